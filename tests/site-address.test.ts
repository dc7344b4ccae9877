/**
 * Where a build's site address comes from (--site-url, ETALASE_SITE_URL, the host's variables),
 * and that a build without one writes no guessed host anywhere: no canonical link, sitemap or
 * calendar URL, and print sheets that say there is no QR code instead of printing a dead one.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gunzipSync } from "node:zlib";
import jsQRModule from "jsqr";
import { parse } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { writeCalendar } from "../scripts/calendar/ics.ts";
import { resolveSiteAddress } from "../scripts/site/site-address.ts";
import type { SiteModel } from "../scripts/site/model.ts";
import { Urls } from "../scripts/site/urls.ts";
import { render as renderRobots } from "../templates/robots.11ty.ts";
import { FIXTURES, PROJECT_ROOT, TEST_NOW, tempDir, type RunResult } from "./helpers/cli.ts";

// jsqr is CommonJS whose types describe an ES default export; at run time the import is the function.
const jsQR = jsQRModule as unknown as (typeof jsQRModule)["default"];

const CONTENT = join(FIXTURES, "valid-site/content");
const IMAGE_CACHE = tempDir("etalase-images-");
/** Every variable a build may read its address from; none of them is passed on unless a test sets it. */
const ADDRESS_VARIABLES = [
  "ETALASE_SITE_URL",
  "URL",
  "NETLIFY",
  "CF_PAGES",
  "CF_PAGES_URL",
  "GITHUB_ACTIONS",
  "GITHUB_REPOSITORY_OWNER",
  "GITHUB_REPOSITORY",
];
const LOCAL_HOSTS = ["localhost", "127.0.0.1", "null/", "0.0.0.0"];
const POSTER = "batik-uji/poster/index.html";
const BOOTH_CARD = "en/batik-uji/artisans/batik-satu/card/index.html";

/** `npm run build` on the valid fixture in an environment without any address variable but `env`. */
function build(env: Record<string, string> = {}): RunResult & { dir: string } {
  const dir = join(tempDir(), "_site");
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !ADDRESS_VARIABLES.includes(key)),
  );
  const result = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      join(PROJECT_ROOT, "scripts/cli/build.ts"),
      "--content",
      CONTENT,
      "--out",
      dir,
    ],
    {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
      env: { ...inherited, ETALASE_NOW: TEST_NOW, ETALASE_IMAGE_CACHE: IMAGE_CACHE, ...env },
      timeout: 120_000,
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, dir };
}

/** Every file below `dir`, relative to it. */
function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

const PHOTO = /\.(avif|webp|jpe?g|png)$/;

/** A file's text as a reader of it would get it: gzip (the search index) unpacked. */
function textOf(path: string): string {
  const bytes = readFileSync(path);
  return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString("latin1");
}

/** Reads the QR code of a print sheet as a phone would: the SVG's modules painted black on white, then decoded. */
function decodeQr(html: string): string | undefined {
  const svg = parse(html).querySelector("svg.qr");
  if (!svg) return undefined;
  const size = Number(svg.getAttribute("viewBox")!.split(" ")[2]);
  const scale = 4;
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y, run] of svg
    .querySelector("path")!
    .getAttribute("d")!
    .matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g))
    for (let dx = 0; dx < Number(run) * scale; dx++)
      for (let dy = 0; dy < scale; dy++)
        pixels.fill(
          0,
          ((Number(y) * scale + dy) * width + Number(x) * scale + dx) * 4,
          ((Number(y) * scale + dy) * width + Number(x) * scale + dx) * 4 + 3,
        );
  return jsQR(pixels, width, width)?.data;
}

const page = (dir: string, path: string) => readFileSync(join(dir, path), "utf8");
const canonical = (dir: string, path: string) =>
  parse(page(dir, path)).querySelector('link[rel="canonical"]')?.getAttribute("href");

describe("a build with no site address", () => {
  let run: ReturnType<typeof build>;
  beforeAll(() => {
    run = build();
  });

  it("still builds, and says once, in both languages, what is left out and how to set the address", () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      "Alamat situs belum diatur. Kode QR di kartu booth dan poster, peta situs (sitemap.xml)",
    );
    expect(run.stderr).toContain(
      "The site address is not set. QR codes on booth cards and posters, the sitemap (sitemap.xml)",
    );
    expect(run.stderr).toContain(
      "--site-url https://sentra.contoh.go.id or the ETALASE_SITE_URL variable",
    );
    expect(run.stderr.match(/The site address is not set/g)).toHaveLength(1);
  });

  it("writes no local address into any file: pages, feeds, calendars, open data, search index", () => {
    const files = filesIn(run.dir);
    const read = files.filter((file) => !PHOTO.test(file));
    expect(read.filter((f) => f.endsWith(".ics")).length).toBeGreaterThan(0);
    expect(read.filter((f) => f.endsWith(".xml")).length).toBeGreaterThan(0);
    expect(read.some((f) => f.startsWith("pagefind/"))).toBe(true);
    for (const file of read) {
      const text = textOf(join(run.dir, file));
      for (const host of LOCAL_HOSTS)
        expect(text.includes(host), `${file} holds ${host}`).toBe(false);
    }
  });

  it("writes no sitemap, and robots.txt names none", () => {
    expect(filesIn(run.dir).filter((f) => f.startsWith("sitemap"))).toEqual([]);
    expect(page(run.dir, "robots.txt")).toBe("User-agent: *\nAllow: /\n");
  });

  it("leaves out canonical links, og:url, og:image and absolute addresses in JSON-LD and calendars", () => {
    const html = parse(page(run.dir, "batik-uji/index.html"));
    expect(html.querySelector('link[rel="canonical"]')).toBeNull();
    expect(html.querySelector('meta[property="og:url"]')).toBeNull();
    expect(html.querySelector('meta[property="og:image"]')).toBeNull();
    expect(html.querySelector('meta[property="og:title"]')?.getAttribute("content")).toBe(
      "Sentra Uji Batik",
    );
    const jsonLd = html.querySelector('script[type="application/ld+json"]')!.innerHTML;
    expect(jsonLd).toContain('"@type":"LocalBusiness"');
    expect(jsonLd).not.toMatch(/"(url|@id|item)":/);
    const ics = page(run.dir, "batik-uji/kalender.ics");
    expect(ics).toContain("BEGIN:VEVENT");
    expect(ics).not.toMatch(/^URL/m);
    expect(ics).not.toContain("http");
  });

  it("writes Atom feeds with stable urn:uuid ids and links from the site's root", () => {
    const feed = page(run.dir, "batik-uji/feed.xml");
    expect(feed).toMatch(
      /^ {2}<id>urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/id>$/m,
    );
    expect(feed).toContain(
      '<link rel="self" type="application/atom+xml" href="/batik-uji/feed.xml"/>',
    );
    expect(feed).toContain(
      '<link rel="alternate" type="text/html" href="/batik-uji/acara/peragaan-mendatang/"/>',
    );
  });

  it("prints a notice in both languages on the poster and the booth card instead of a QR code", () => {
    for (const sheet of [POSTER, BOOTH_CARD]) {
      const html = parse(page(run.dir, sheet));
      expect(html.querySelector("svg"), sheet).toBeNull();
      const notice = html.querySelector(".sheet .qr-missing");
      expect(notice?.querySelector('p[lang="id"]')?.text).toBe(
        "Belum ada kode QR: alamat situs belum diatur. Jangan cetak lembar ini. Minta pengelola situs mengisi ETALASE_SITE_URL (atau --site-url) lalu membangun situs lagi.",
      );
      expect(notice?.querySelector('p[lang="en"]')?.text).toBe(
        "No QR code yet: the site address is not set. Do not print this sheet. Ask the site's maintainer to set ETALASE_SITE_URL (or --site-url) and build the site again.",
      );
    }
  });
});

describe("a build with ETALASE_SITE_URL", () => {
  const ORIGIN = "https://sentra.example.go.id";
  let run: ReturnType<typeof build>;
  beforeAll(() => {
    run = build({ ETALASE_SITE_URL: ORIGIN });
  });

  it("writes it into canonical links, the sitemap, robots.txt and calendars, without a warning", () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toContain("site address is not set");
    expect(canonical(run.dir, "batik-uji/index.html")).toBe(`${ORIGIN}/batik-uji/`);
    expect(page(run.dir, "sitemap.xml")).toContain(
      `<loc>${ORIGIN}/en/batik-uji/artisans/batik-satu/</loc>`,
    );
    expect(page(run.dir, "robots.txt")).toBe(
      `User-agent: *\nAllow: /\n\nSitemap: ${ORIGIN}/sitemap.xml\n`,
    );
    expect(page(run.dir, "batik-uji/kalender.ics")).toContain(`URL:${ORIGIN}/batik-uji/acara/`);
  });

  it("prints QR codes that a phone reads as the page's full address", () => {
    expect(decodeQr(page(run.dir, POSTER))).toBe(`${ORIGIN}/batik-uji/`);
    expect(decodeQr(page(run.dir, BOOTH_CARD))).toBe(`${ORIGIN}/en/batik-uji/artisans/batik-satu/`);
    expect(parse(page(run.dir, POSTER)).querySelector(".qr-missing")).toBeNull();
  });
});

describe("the host's own address", () => {
  it("is Netlify's URL when the build runs on Netlify", () => {
    const run = build({ NETLIFY: "true", URL: "https://x.netlify.app" });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toContain("site address is not set");
    expect(canonical(run.dir, "batik-uji/index.html")).toBe("https://x.netlify.app/batik-uji/");
    expect(decodeQr(page(run.dir, POSTER))).toBe("https://x.netlify.app/batik-uji/");
  });
});

describe("a site address setting that cannot be used", () => {
  it("stops the build with exit code 2 and a message naming ETALASE_SITE_URL, before anything is written", () => {
    const run = build({ ETALASE_SITE_URL: "javascript:alert(1)" });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      '✖ Alamat situs di ETALASE_SITE_URL ("javascript:alert(1)") tidak bisa dipakai: alamat situs harus diawali https://',
    );
    expect(run.stderr).toContain(
      '✖ The site address in ETALASE_SITE_URL ("javascript:alert(1)") cannot be used: the site address must start with https://',
    );
    expect(existsSync(run.dir)).toBe(false);
  });
});

describe("resolveSiteAddress", () => {
  it("takes the first setting that has an address: flag, ETALASE_SITE_URL, Netlify, Cloudflare Pages", () => {
    const all = {
      ETALASE_SITE_URL: "https://env.example.id",
      NETLIFY: "true",
      URL: "https://n.netlify.app",
      CF_PAGES: "1",
      CF_PAGES_URL: "https://abc.p.pages.dev",
    };
    expect(resolveSiteAddress("https://flag.example.id", all)).toEqual({
      url: "https://flag.example.id",
      source: "--site-url",
    });
    expect(resolveSiteAddress(undefined, all)).toEqual({
      url: "https://env.example.id",
      source: "ETALASE_SITE_URL",
    });
    expect(resolveSiteAddress(undefined, { ...all, ETALASE_SITE_URL: "" })).toEqual({
      url: "https://n.netlify.app",
      source: "URL (Netlify)",
    });
    expect(
      resolveSiteAddress(undefined, {
        CF_PAGES: "1",
        CF_PAGES_URL: "https://abc.p.pages.dev",
        URL: "https://n.netlify.app",
      }),
    ).toEqual({
      url: "https://abc.p.pages.dev",
      source: "CF_PAGES_URL (Cloudflare Pages)",
    });
  });

  it("finds none in a host's variables when the host is not the one building, nor on GitHub Actions", () => {
    expect(
      resolveSiteAddress(undefined, {
        URL: "https://n.netlify.app",
        CF_PAGES_URL: "https://abc.p.pages.dev",
      }),
    ).toEqual({});
    expect(
      resolveSiteAddress(undefined, { GITHUB_ACTIONS: "true", GITHUB_REPOSITORY_OWNER: "dinas" }),
    ).toEqual({});
  });

  it("names the setting whose address is bad, and never falls back to the next one", () => {
    const netlify = resolveSiteAddress(undefined, {
      NETLIFY: "true",
      URL: "http://localhost:8888",
    });
    expect(netlify.url).toBeUndefined();
    expect(netlify.problem?.en).toContain(
      'The site address in URL (Netlify) ("http://localhost:8888") cannot be used: localhost only opens on this computer',
    );
    expect(
      resolveSiteAddress(undefined, {
        ETALASE_SITE_URL: "https://sentra.example.go.id/katalog/",
        NETLIFY: "true",
        URL: "https://n.netlify.app",
      }).problem?.id,
    ).toContain("Tulis https://sentra.example.go.id dan pakai --prefix /katalog/");
  });
});

describe("a path prefix in robots.txt and calendars", () => {
  it("cannot add a line: characters outside a URL path are percent-encoded, control characters dropped", () => {
    const urls = new Urls("/a\r\nDisallow: x/", "https://sentra.example.go.id");
    expect(urls.prefix).toBe("/a%0D%0ADisallow:%20x/");
    expect(renderRobots({ etalase: { urls } as SiteModel })).toBe(
      "User-agent: *\nAllow: /\n\nSitemap: https://sentra.example.go.id/a%0D%0ADisallow:%20x/sitemap.xml\n",
    );
    const ics = writeCalendar({
      prodId: "-//Etalase//Uji//ID",
      events: [
        {
          uid: "x@y.etalase",
          start: "2027-02-20T09:00",
          end: "2027-02-20T12:00",
          zone: "WIB",
          summary: "s",
          description: "d",
          location: "l",
          url: "https://h.example/a\r\nATTACH:x",
          status: "CONFIRMED",
        },
      ],
    });
    expect(ics).toContain("URL:https://h.example/aATTACH:x\r\n");
    expect(ics).not.toMatch(/^ATTACH/m);
  });
});
