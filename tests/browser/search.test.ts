/**
 * Search as a visitor uses it, in Chromium under the site's own CSP: type a business's name on
 * /cari/ and its page is listed; choose a province and the results narrow to it; the English
 * page searches the English index. On the sample content: what a result line shows, where its
 * excerpt comes from, "show more", the language switch and past events ranking last.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { join } from "node:path";
import { FIXTURES } from "../helpers/cli.ts";
import { launchChromium, PHONE, serveSite, type SiteServer } from "../helpers/browser.ts";
import { buildSite, hasSampleContent } from "../helpers/sites.ts";
import { PROJECT_ROOT } from "../helpers/cli.ts";
import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";

/** The alt text of a sample business's first photo, as its file has it: the thumbnail carries it. */
function photoAltOf(file: string): string {
  const frontMatter = readFileSync(join(PROJECT_ROOT, "content", file), "utf8").split(/^---$/m)[1]!;
  return (parseYaml(frontMatter) as { foto: { alt: string }[] }).foto[0]!.alt;
}

let browser: Browser;
let server: SiteServer;
/** The same site with its index in parts of one centre, as a site of more than 80 centres has. */
let partsServer: SiteServer;
/** The sample content in content/, built with the tests' fixed "now" (2026-11-28). */
let sampleServer: SiteServer | undefined;
let tab: Page;
const problems: string[] = [];

beforeAll(async () => {
  const content = join(FIXTURES, "valid-site/content");
  const site = await buildSite("fixture valid-site", content);
  server = await serveSite(site.dir, { headers: true });
  const inParts = await buildSite("fixture valid-site, index in parts", content, {
    ETALASE_SEARCH_PART: "1",
  });
  partsServer = await serveSite(inParts.dir, { headers: true });
  if (hasSampleContent())
    sampleServer = await serveSite(
      (await buildSite("content/", join(PROJECT_ROOT, "content"))).dir,
      { headers: true },
    );
  browser = await launchChromium();
  tab = await browser.newPage({ viewport: PHONE });
  tab.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  tab.on("pageerror", (e) => problems.push(e.message));
});
afterAll(async () => {
  await browser?.close();
  server?.close();
  partsServer?.close();
  sampleServer?.close();
});

async function resultLinks(): Promise<string[]> {
  return tab.$$eval("#search-results a", (links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

/** Types like a person and waits until the list shows what the index answered. */
async function search(term: string): Promise<string[]> {
  await tab.fill("#q", term);
  await tab.waitForFunction(
    () => (document.getElementById("search-status")?.textContent ?? "") !== "",
  );
  return resultLinks();
}

/** "sentra" finds pages of both centres; choosing NTB leaves only the Gerabah centre's. */
async function expectProvinceFilterNarrows(site: SiteServer): Promise<void> {
  await tab.goto(`${site.origin}/cari/?q=sentra`);
  await tab.waitForFunction(() => document.querySelectorAll("#search-results li").length > 0);
  const everywhere = await resultLinks();
  expect(everywhere.some((l) => l.startsWith("/batik-uji/"))).toBe(true);
  expect(everywhere.some((l) => l.startsWith("/gerabah-uji/"))).toBe(true);

  await tab.selectOption("#filter-provinsi", "Nusa Tenggara Barat");
  await tab.waitForFunction(() => {
    const links = [...document.querySelectorAll("#search-results a")];
    return (
      links.length > 0 && links.every((a) => a.getAttribute("href")?.includes("/gerabah-uji/"))
    );
  });
  const narrowed = await resultLinks();
  expect(narrowed.length).toBeGreaterThan(0);
  expect(narrowed.length).toBeLessThan(everywhere.length);
  expect(problems).toEqual([]);
}

describe("search page", () => {
  it("finds a business by its name and links to its page", async () => {
    await tab.goto(`${server.origin}/cari/`);
    expect(await tab.textContent("h1")).toBe("Cari sentra, pengrajin dan acara");
    const links = await search("Batik Satu");
    expect(links[0]).toBe("/batik-uji/pengrajin/batik-satu/");
    expect(await tab.textContent("#search-results li:first-child h2")).toContain("Batik Satu");
    expect(problems).toEqual([]);
  });

  it("narrows the results with the province filter", async () => {
    await expectProvinceFilterNarrows(server);
  });

  it("runs the query from the address, so the search box on other pages works", async () => {
    await tab.goto(`${server.origin}/?`);
    await tab.fill("#q", "Gerabah");
    await tab.press("#q", "Enter");
    await tab.waitForURL(/\/cari\/\?q=Gerabah/);
    await tab.waitForFunction(() => document.querySelectorAll("#search-results li").length > 0);
    expect((await resultLinks()).every((l) => l.startsWith("/gerabah-uji/"))).toBe(true);
  });

  it("searches English pages from /en/search/", async () => {
    await tab.goto(`${server.origin}/en/search/`);
    expect(await tab.textContent("h1")).toBe("Search centres, artisans and events");
    const links = await search("Batik Satu");
    expect(links[0]).toBe("/en/batik-uji/artisans/batik-satu/");
    expect(problems).toEqual([]);
  });

  it("tells a visitor without JavaScript how to reach every centre", async () => {
    const page = await browser.newPage({ javaScriptEnabled: false, viewport: PHONE });
    await page.goto(`${server.origin}/cari/`);
    expect(await page.textContent("main")).toContain("Pencarian memerlukan JavaScript");
    const centres = await page.$$eval("#browse ~ ul a", (links) =>
      links.map((a) => a.getAttribute("href")),
    );
    expect(centres).toEqual(["/batik-uji/", "/gerabah-uji/"]);
    await page.close();
  });
});

describe("search on a site whose index is in parts", () => {
  it("finds pages of a centre in the second part, in both languages, under the site's CSP", async () => {
    const parts = await (await fetch(`${partsServer.origin}/pagefind/etalase-parts.json`)).json();
    expect(parts).toEqual(["/pagefind/bagian-2/"]);

    await tab.goto(`${partsServer.origin}/cari/`);
    expect(await search("Gerabah Satu")).toContain("/gerabah-uji/pengrajin/gerabah-satu/");
    // The first part still answers too: one query searches every part.
    expect(await search("Batik Satu")).toContain("/batik-uji/pengrajin/batik-satu/");

    await tab.goto(`${partsServer.origin}/en/search/`);
    expect(await search("Batik Satu")).toContain("/en/batik-uji/artisans/batik-satu/");
    expect(problems).toEqual([]);
  });

  it("narrows results from every part with a filter", async () => {
    await expectProvinceFilterNarrows(partsServer);
  });
});

/** Each result line as a visitor reads it. */
async function resultLines(): Promise<
  {
    href: string;
    title: string;
    facts: string;
    excerpt: string;
    photo: { alt: string; loaded: boolean } | null;
  }[]
> {
  return tab.$$eval("#search-results li", (items) =>
    items.map((li) => {
      const img = li.querySelector("img");
      return {
        href: new URL(li.querySelector("a")!.href).pathname,
        title: li.querySelector("h2")?.textContent ?? "",
        facts: li.querySelector(".results__facts")?.textContent ?? "",
        excerpt: li.querySelector(".results__excerpt")?.textContent ?? "",
        photo: img ? { alt: img.alt, loaded: img.complete && img.naturalWidth > 0 } : null,
      };
    }),
  );
}

/** Opens the search page with a query in its address and waits for the answer. */
async function searchFromAddress(path: string): Promise<void> {
  await tab.goto(`${sampleServer!.origin}${path}`);
  await tab.waitForFunction(
    () => (document.getElementById("search-status")?.textContent ?? "") !== "",
  );
}

describe.runIf(hasSampleContent())("search results on the sample content", () => {
  it("show a business's kind, centre, photo and price range, and an event's date", async () => {
    await searchFromAddress("/cari/?q=Tapis+Siger+Emas");
    const business = (await resultLines())[0]!;
    expect(business.href).toBe("/tapis-bandarlampung/pengrajin/tapis-siger-emas/");
    expect(business.facts).toBe(
      "Pengrajin · Sentra IKM Tapis Bandar Lampung · Rp350.000–Rp25.000.000",
    );
    await tab.waitForFunction(() =>
      [...document.querySelectorAll<HTMLImageElement>("#search-results img")].every(
        (img) => img.complete,
      ),
    );
    expect((await resultLines())[0]!.photo).toEqual({
      alt: photoAltOf("tapis-bandarlampung/pengrajin/tapis-siger-emas.md"),
      loaded: true,
    });

    await searchFromAddress("/cari/?q=Peragaan+Busana+Tapis+Akhir+Tahun");
    const event = (await resultLines())[0]!;
    expect(event.href).toBe("/tapis-bandarlampung/acara/peragaan-busana-tapis-akhir-tahun/");
    expect(event.facts).toBe("Acara · Sentra IKM Tapis Bandar Lampung · 19 Des 2026");

    await searchFromAddress("/en/search/?q=Siger");
    expect((await resultLines())[0]!.facts).toBe(
      "Artisan · Bandar Lampung Tapis Craft Centre · Rp350,000–Rp25,000,000",
    );
    expect(problems).toEqual([]);
  });

  it("take excerpts from the descriptions, not from notices, badges and labels", async () => {
    const excerpts: string[] = [];
    for (const query of ["tapis", "pameran", "songket"]) {
      await searchFromAddress(`/cari/?q=${query}`);
      while (await tab.isVisible("#search-more")) {
        const before = (await resultLines()).length;
        await tab.click("#search-more");
        await tab.waitForFunction(
          (n) => document.querySelectorAll("#search-results li").length > n,
          before,
        );
      }
      excerpts.push(...(await resultLines()).map((line) => line.excerpt));
    }
    expect(excerpts.length).toBeGreaterThan(15);
    const labels =
      /contoh|Biaya|Gratis|Pemilik|Booth|Sudah lewat|Sudah berlalu|Ilustrasi gambar|Tampil di acara|Chat WhatsApp|Produk\./i;
    expect(excerpts.filter((excerpt) => labels.test(excerpt))).toEqual([]);
  });

  it("show ten results, and the rest with 'show more'", async () => {
    await searchFromAddress("/cari/?q=tapis");
    // The centre, its products page, its businesses and events that say "tapis".
    expect(await tab.textContent("#search-status")).toBe("13 hasil");
    expect(await resultLines()).toHaveLength(10);
    expect(await tab.textContent("#search-more")).toContain("Tampilkan lebih banyak");
    await tab.click("#search-more");
    await tab.waitForFunction(() => document.querySelectorAll("#search-results li").length === 13);
    const all = await resultLines();
    expect(new Set(all.map((line) => line.href)).size).toBe(13);
    expect(await tab.isVisible("#search-more")).toBe(false);
    // The first new result has the focus, so a keyboard user goes on from there.
    expect(
      await tab.evaluate(
        () =>
          document.activeElement?.closest("li") ===
          document.querySelectorAll("#search-results li")[10],
      ),
    ).toBe(true);
  });

  it("keeps the query when switching language", async () => {
    await searchFromAddress("/cari/?q=tapis");
    expect(await tab.getAttribute("header a[hreflang=en]", "href")).toBe("/en/search/?q=tapis");
    await tab.fill("#q", "kain ikat");
    await tab.waitForFunction(
      () =>
        document.querySelector("header a[hreflang=en]")?.getAttribute("href") ===
        "/en/search/?q=kain+ikat",
    );
    await tab.click("header a[hreflang=en]");
    await tab.waitForURL(/\/en\/search\/\?q=kain\+ikat$/);
    expect(await tab.inputValue("#q")).toBe("kain ikat");
    await tab.waitForFunction(() => document.querySelectorAll("#search-results li").length > 0);
    expect(await tab.getAttribute("header a[hreflang=id]", "href")).toBe("/cari/?q=kain+ikat");

    // Without JavaScript the form still sends the query.
    const page = await browser.newPage({ javaScriptEnabled: false, viewport: PHONE });
    await page.goto(`${sampleServer!.origin}/en/search/`);
    await page.fill("#q", "tapis");
    await page.press("#q", "Enter");
    await page.waitForURL(/\/en\/search\/\?q=tapis(&|$)/);
    await page.close();
    expect(problems).toEqual([]);
  });

  it("ranks a centre above a past event that matches the same words, and labels the past event", async () => {
    // Pagefind alone ranks the July exhibition (over by the tests' "now") first for these words.
    await searchFromAddress("/cari/?q=tenun+ikat+sikka");
    const lines = await resultLines();
    const centre = lines.findIndex((line) => line.href === "/tenun-ikat-sikka/");
    const past = lines.findIndex(
      (line) => line.href === "/tenun-ikat-sikka/acara/pameran-tenun-ikat-juli/",
    );
    expect(centre).toBeGreaterThanOrEqual(0);
    expect(past).toBeGreaterThan(centre);
    expect(lines[past]!.facts).toMatch(/ · 10 Jul 2026 – 12 Jul 2026 Sudah lewat$/);
    expect(lines[centre]!.facts).toBe("Sentra · Tenun Ikat · Kabupaten Sikka, Nusa Tenggara Timur");
  });
});
