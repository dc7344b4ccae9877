/**
 * Builds the valid two-centre fixture into a temporary folder and reads the pages as a visitor
 * would: their text, their links, their language, in Indonesian and in English.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, readPage, runBuild, runCli, snapshot, tempDir } from "./helpers/cli.ts";
import { modelPages } from "./helpers/outputs.ts";
import { outputPath, type Page } from "../scripts/site/pages.ts";
import { isIndexed } from "../templates/lib/search.ts";

let site: string;
let firstRun: { code: number | null; stdout: string; stderr: string };
/** The pages the site model lists for the fixture: every total below is counted from them. */
let expected: Page[];

beforeAll(async () => {
  site = join(tempDir(), "_site");
  firstRun = runBuild(join(FIXTURES, "valid-site/content"), site);
  expected = await modelPages(join(FIXTURES, "valid-site/content"));
});

function page(path: string): HTMLElement {
  return parse(readPage(site, path));
}
const text = (root: HTMLElement, selector: string) => root.querySelector(selector)?.text.trim();
const links = (root: HTMLElement, selector = "a") =>
  root.querySelectorAll(selector).map((a) => a.getAttribute("href"));

describe("the build of a valid site", () => {
  it("exits 0 and says how many pages it wrote", () => {
    expect(firstRun.stderr).toBe("");
    expect(firstRun.code).toBe(0);
    // Every page of every kind the registry lists (scripts/site/page-kinds.ts), both languages and the 404.
    expect(firstRun.stdout).toContain(
      `etalase: ${expected.length} halaman/pages, 2 sentra/centres`,
    );
  });

  it("writes every page at the addresses of docs/quality.md, in both languages", () => {
    for (const path of [
      "",
      "en/",
      "batik-uji/",
      "en/batik-uji/",
      "batik-uji/pengrajin/",
      "en/batik-uji/artisans/",
      "batik-uji/pengrajin/batik-satu/",
      "en/batik-uji/artisans/batik-satu/",
      "batik-uji/acara/",
      "en/batik-uji/events/",
      "batik-uji/acara/peragaan-mendatang/",
      "en/batik-uji/events/peragaan-mendatang/",
      "batik-uji/kunjungi/",
      "en/batik-uji/visit/",
      "gerabah-uji/",
      "en/gerabah-uji/artisans/gerabah-satu/",
      "cari/",
      "en/search/",
      "provinsi/jawa-tengah/",
      "en/province/nusa-tenggara-barat/",
    ])
      expect(existsSync(join(site, path, "index.html")), path).toBe(true);
    expect(existsSync(join(site, "404.html"))).toBe(true);
    expect(readdirSync(join(site, "assets")).sort()).toEqual([
      expect.stringMatching(/^search\.[0-9a-f]{10}\.js$/),
      expect.stringMatching(/^site\.[0-9a-f]{10}\.css$/),
    ]);
  });

  it("serves the CMS at /admin/ from the site itself, with its config, when built with --admin", () => {
    const withAdmin = join(tempDir(), "_site");
    // The CMS saves into a repository; without one known, the build leaves /admin/ out.
    expect(
      runCli(
        "build.ts",
        ["--content", join(FIXTURES, "valid-site/content"), "--out", withAdmin, "--admin"],
        { ETALASE_CMS_REPO: "dinas-uji/etalase" },
      ).code,
    ).toBe(0);
    const admin = readPage(withAdmin, "admin/index.html");
    expect(admin).toContain('<script type="module" src="decap-cms.js"></script>');
    expect(existsSync(join(withAdmin, "admin/decap-cms.js"))).toBe(true);
    expect(readFileSync(join(withAdmin, "admin/config.yml"), "utf8")).toContain("batik-uji");
  });

  it("links every page only to pages that exist", () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(dir, entry.name));
        else if (entry.name.endsWith(".html")) files.push(join(dir, entry.name));
      }
    };
    walk(site);
    const broken: string[] = [];
    for (const file of files) {
      const root = parse(readPage(site, file.slice(site.length + 1)));
      for (const href of [
        ...links(root),
        ...root.querySelectorAll("link[href]").map((l) => l.getAttribute("href")),
      ]) {
        if (!href || !href.startsWith("/")) continue;
        const target = join(site, href.split("#")[0]!, href.endsWith("/") ? "index.html" : "");
        if (!existsSync(target)) broken.push(`${file.slice(site.length)} → ${href}`);
      }
    }
    expect(files.map((file) => file.slice(site.length + 1)).sort()).toEqual(
      expected.map(outputPath).sort(),
    );
    expect(broken).toEqual([]);
  });
});

describe("search index", () => {
  it("holds exactly the pages marked for search, in each language", () => {
    // Pagefind reads only the pages searchableGlob names (scripts/search/pagefind.ts); the pages
    // that carry data-pagefind-body (templates/lib/search.ts) must be exactly those.
    const marked = { id: 0, en: 0 };
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (
          entry.name.endsWith(".html") &&
          readFileSync(path, "utf8").includes("data-pagefind-body")
        )
          marked[path.includes("/en/") ? "en" : "id"]++;
      }
    };
    walk(site);
    const entry = JSON.parse(readFileSync(join(site, "pagefind/pagefind-entry.json"), "utf8")) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = (lang: string) =>
      expected.filter((p) => p.lang === lang && isIndexed(p)).length;
    expect(marked).toEqual({ id: indexed("id"), en: indexed("en") });
    expect(marked.id).toBeGreaterThan(0);
    expect({ id: entry.languages.id?.page_count, en: entry.languages.en?.page_count }).toEqual(
      marked,
    );
  });
});

describe("directory", () => {
  it("groups the centres by province, with craft and number of businesses", () => {
    const root = page("");
    expect(root.querySelector("html")?.getAttribute("lang")).toBe("id");
    expect(text(root, "h1")).toBe("Direktori sentra industri kecil");
    expect(root.querySelectorAll("h2").map((h) => h.text)).toEqual([
      "Sentra di Jawa Tengah",
      "Sentra di Nusa Tenggara Barat",
    ]);
    const card = root.querySelectorAll(".card--centre")[0]!;
    expect(card.querySelector("a")?.getAttribute("href")).toBe("/batik-uji/");
    expect(card.text).toContain("Kota Pekalongan · 2 usaha");
    expect(card.text).toContain("Acara berikutnya: Peragaan Busana Batik");
  });
  it("has an English twin that links to the English centre pages", () => {
    const root = page("en/");
    expect(root.querySelector("html")?.getAttribute("lang")).toBe("en");
    expect(text(root, "h1")).toBe("Directory of small-industry centres");
    expect(links(root, ".card--centre h3 a")).toEqual(["/en/batik-uji/", "/en/gerabah-uji/"]);
    expect(text(root, ".card--centre h3 a")).toBe("Batik Test Centre");
    expect(root.querySelector(".lang-switch")?.getAttribute("href")).toBe("/");
  });
});

describe("centre home", () => {
  it("shows the centre, its figures with their source, and a WhatsApp link with a message", () => {
    const root = page("batik-uji/");
    expect(text(root, "h1")).toBe("Sentra Uji Batik");
    expect(text(root, ".figures li")).toBe(
      "12usaha batik di gedung sentraSumber: Dinas Uji, 15 Januari 2026",
    );
    expect(root.querySelector(".button--wa")?.getAttribute("href")).toBe(
      "https://wa.me/6281234567890?text=Halo%20Sentra%20Uji%20Batik%2C%20saya%20ingin%20bertanya%20tentang%20kunjungan%20ke%20sentra.",
    );
    expect(text(root, ".notice--sample")).toBe(
      "Contoh: data ini dibuat untuk peragaan Etalase, bukan data resmi.",
    );
    expect(links(root, ".centre-menu a")).toEqual([
      "/batik-uji/",
      "/batik-uji/pengrajin/",
      "/batik-uji/produk/",
      "/batik-uji/acara/",
      "/batik-uji/kunjungi/",
    ]);
  });
  it("shows Markdown as text: the script and the javascript: link in the fixture stay inert", () => {
    const html = readPage(site, "batik-uji/");
    // The only script element is the page's JSON-LD, which browsers never run.
    expect(html.match(/<script[^>]*>/gi)).toEqual(['<script type="application/ld+json">']);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(text(parse(html), ".prose")).toContain('Ini <script>alert("x")</script> teks');
  });
  it("in English uses the translation and English section addresses", () => {
    const root = page("en/batik-uji/");
    expect(text(root, "h1")).toBe("Batik Test Centre");
    expect(text(root, ".figures li")).toBe(
      "12batik businesses in the centre buildingSource: Dinas Uji, 15 January 2026",
    );
    expect(text(root, ".prose")).toBe("This centre exists only for tests.");
    expect(links(root, ".centre-menu a")).toEqual([
      "/en/batik-uji/",
      "/en/batik-uji/artisans/",
      "/en/batik-uji/products/",
      "/en/batik-uji/events/",
      "/en/batik-uji/visit/",
    ]);
    expect(root.querySelector(".lang-switch")?.getAttribute("href")).toBe("/batik-uji/");
  });
  it("marks Indonesian text on the English page of an untranslated centre", () => {
    const root = page("en/gerabah-uji/");
    expect(root.querySelector("h1")?.getAttribute("lang")).toBe("id");
    expect(text(root, "h1")).toBe("Sentra Uji Gerabah");
    expect(root.text).toContain(
      "This entry has not been translated yet; it is shown in Indonesian.",
    );
  });
});

describe("businesses", () => {
  it("lists every business of the centre", () => {
    const root = page("batik-uji/pengrajin/");
    expect(text(root, "h1")).toBe("Pengrajin dan usaha");
    expect(links(root, ".card__title a")).toEqual([
      "/batik-uji/pengrajin/batik-dua/",
      "/batik-uji/pengrajin/batik-satu/",
    ]);
  });
  it("shows one business with its products, prices, contact and the events it is in", () => {
    const root = page("batik-uji/pengrajin/batik-satu/");
    expect(text(root, "h1")).toBe("Batik Satu");
    expect(text(root, ".kicker")).toBe("Pemilik: Ibu Uji · Berdiri sejak 2001 · Booth A-01");
    expect(text(root, ".product .product__name")).toBe("Kain batik tulis");
    // "/" is shown, "per" is read out: "Rp450.000–Rp1.200.000 / lembar" on screen.
    expect(text(root, ".product .product__price")).toBe("Rp450.000–Rp1.200.000 /per lembar");
    expect(root.querySelector(".button--wa")?.getAttribute("href")).toContain(
      "https://wa.me/6281211113333?text=Halo%20Batik%20Satu",
    );
    expect(links(root, ".actions a")).toContain("https://www.instagram.com/batik.satu/");
    expect(links(root, "#acara + ul a, section .card__title a")).toContain(
      "/batik-uji/acara/peragaan-mendatang/",
    );
  });
  it("in English shows the translated product name and English price units", () => {
    const root = page("en/batik-uji/artisans/batik-satu/");
    expect(text(root, ".product .product__name")).toBe("Hand-drawn batik cloth");
    expect(text(root, ".product .product__price")).toBe("Rp450,000–Rp1,200,000 /per piece");
    expect(text(root, ".lead")).toBe("Hand-drawn coastal batik.");
  });
});

describe("events", () => {
  it("splits upcoming and past at build time", () => {
    const root = page("batik-uji/acara/");
    const sections = root.querySelectorAll("section.section");
    expect(text(sections[0]!, "h2")).toBe("Akan datang");
    expect(links(sections[0]!, ".card__title a")).toEqual(["/batik-uji/acara/peragaan-mendatang/"]);
    expect(text(sections[1]!, "h2")).toBe("Sudah lewat");
    expect(links(sections[1]!, ".card__title a")).toEqual(["/batik-uji/acara/pameran-lalu/"]);
  });
  it("shows when, where, fee, places, registration and the featured businesses", () => {
    const root = page("batik-uji/acara/peragaan-mendatang/");
    expect(text(root, "h1")).toBe("Peragaan Busana Batik");
    const facts = root.querySelector(".facts")!.text;
    expect(facts).toContain("Minggu, 10 Januari 2027, 19.00–21.00 WIB");
    expect(facts).toContain("Rp50.000");
    expect(facts).toContain("120 orang");
    expect(root.querySelector("time")?.getAttribute("datetime")).toBe("2027-01-10T19:00:00+07:00");
    expect(root.querySelector(".button--wa")?.getAttribute("href")).toContain(
      "https://wa.me/6281255556666?text=",
    );
    expect(links(root, ".card__title a")).toEqual([
      "/batik-uji/pengrajin/batik-satu/",
      "/batik-uji/pengrajin/batik-dua/",
    ]);
  });
  it("in English uses the English title and date", () => {
    const root = page("en/batik-uji/events/peragaan-mendatang/");
    expect(text(root, "h1")).toBe("Batik Fashion Show");
    expect(root.querySelector(".facts")!.text).toContain(
      "Sunday, 10 January 2027, 7:00 pm–9:00 pm WIB (local time)",
    );
  });
  it("offers no registration for a past event", () => {
    expect(page("batik-uji/acara/pameran-lalu/").querySelector(".button--wa")).toBeNull();
  });
});

describe("visit information", () => {
  it("gives address, hours with the time zone, group visits and contacts", () => {
    const root = page("batik-uji/kunjungi/");
    expect(text(root, "h1")).toBe("Informasi kunjungan");
    expect(text(root, "address")).toBe(
      "Sentra Uji Batik\nJl. Uji Coba No. 1\nKota Pekalongan, Jawa Tengah",
    );
    expect(text(root, ".hours tr")).toBe("Senin–Jumat08.00–16.00 WIB");
    expect(root.text).toContain("Kapasitas: 40 orang");
    expect(links(root)).toContain("tel:+62285123456");
    expect(links(root)).toContain("mailto:sentra@contoh.go.id");
  });
  it("in English gives the hours in English and the translated group note", () => {
    const root = page("en/batik-uji/visit/");
    expect(text(root, ".hours tr")).toBe("Monday–Friday8:00 am–4:00 pm WIB");
    expect(root.text).toContain("Book three days ahead.");
  });
  it("uses the centre's own time zone", () => {
    expect(text(page("gerabah-uji/kunjungi/"), ".hours tr")).toBe("Sabtu, Minggu09.00–15.00 WITA");
  });
});

describe("404", () => {
  it("speaks both languages and links home", () => {
    const root = parse(readPage(site, "404.html"));
    expect(text(root, "h1")).toBe("Halaman tidak ditemukan");
    expect(root.querySelector('[lang="en"] h2')?.text).toBe("Page not found");
    expect(links(root, "main a")).toEqual(["/", "/en/"]);
  });
});

describe("rebuilding", () => {
  it("removes pages whose content is gone, and leaves nothing beside the output", () => {
    const before = snapshot(site);
    const again = runBuild(join(FIXTURES, "valid-site/content"), site);
    expect(again.code).toBe(0);
    expect(Object.keys(snapshot(site)).sort()).toEqual(Object.keys(before).sort());
    expect(
      readdirSync(join(site, "..")).filter((n) => n.includes("staging") || n.includes("previous")),
    ).toEqual([]);
  });
});
