/**
 * What search engines and chat apps read from every page: canonical and language alternates,
 * link-preview tags with a real 1200×630 image, JSON-LD with the properties its type needs,
 * and a sitemap that lists every page with its twin.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, runCli, tempDir } from "./helpers/cli.ts";
import { modelPages } from "./helpers/outputs.ts";
import { kindInfo } from "../scripts/site/page-kinds.ts";
import type { Page } from "../scripts/site/pages.ts";

const ORIGIN = "https://sentra.example.id";
let site: string;
const pages = new Map<string, HTMLElement>();
/** The pages the site model lists for the fixture. */
let model: Page[];

beforeAll(async () => {
  model = await modelPages(join(FIXTURES, "valid-site/content"));
  site = join(tempDir(), "_site");
  const run = runCli("build.ts", [
    "--content",
    join(FIXTURES, "valid-site/content"),
    "--out",
    site,
    "--site-url",
    ORIGIN,
  ]);
  expect(run.code, run.stderr).toBe(0);
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith(".html"))
        pages.set(
          join(dir, entry.name)
            .slice(site.length)
            .replace(/index\.html$/, ""),
          parse(readFileSync(join(dir, entry.name), "utf8")),
        );
    }
  };
  walk(site);
});

/** The file a same-site absolute URL points at. */
function fileOf(url: string): string {
  expect(url.startsWith(`${ORIGIN}/`), url).toBe(true);
  const path = url.slice(ORIGIN.length);
  return join(site, path, path.endsWith("/") ? "index.html" : "");
}

type Json = Record<string, any>;
function jsonLd(root: HTMLElement): Json[] {
  return root.querySelectorAll('script[type="application/ld+json"]').flatMap((s) => {
    const data = JSON.parse(s.innerHTML) as Json;
    expect(data["@context"]).toBe("https://schema.org");
    return data["@graph"] ?? [data];
  });
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[789]:00$/;

function checkNode(node: Json, where: string): void {
  switch (node["@type"]) {
    case "LocalBusiness":
      expect(node.name, where).toBeTruthy();
      expect(node.url, where).toMatch(/^https:\/\//);
      expect(node.telephone, where).toMatch(/^\+62\d{8,13}$/);
      expect(node.address.streetAddress, where).toBeTruthy();
      expect(node.address.addressLocality, where).toBeTruthy();
      expect(node.address.addressCountry, where).toBe("ID");
      if (node.geo) {
        expect(typeof node.geo.latitude).toBe("number");
        expect(typeof node.geo.longitude).toBe("number");
        for (const spec of node.openingHoursSpecification) {
          expect(spec.dayOfWeek.length).toBeGreaterThan(0);
          expect(spec.opens).toMatch(/^\d{2}:\d{2}$/);
          expect(spec.closes).toMatch(/^\d{2}:\d{2}$/);
        }
      }
      for (const url of node.sameAs ?? []) expect(url, where).toMatch(/^https:\/\//);
      break;
    case "Product":
      expect(node.name, where).toBeTruthy();
      expect(node.offers["@type"], where).toBe("AggregateOffer");
      expect(node.offers.priceCurrency, where).toBe("IDR");
      expect(node.offers.highPrice, where).toBeGreaterThanOrEqual(node.offers.lowPrice);
      expect(existsSync(fileOf(node.url.split("#")[0])), node.url).toBe(true);
      if (node.image) expect(existsSync(fileOf(node.image)), node.image).toBe(true);
      break;
    case "Event":
      expect(node.name, where).toBeTruthy();
      expect(node.startDate, where).toMatch(ISO_WITH_OFFSET);
      expect(node.endDate, where).toMatch(ISO_WITH_OFFSET);
      expect(Date.parse(node.endDate)).toBeGreaterThanOrEqual(Date.parse(node.startDate));
      expect([
        "https://schema.org/EventScheduled",
        "https://schema.org/EventPostponed",
        "https://schema.org/EventCancelled",
      ]).toContain(node.eventStatus);
      expect(node.eventAttendanceMode).toBe("https://schema.org/OfflineEventAttendanceMode");
      expect(node.location.name).toBeTruthy();
      expect(node.location.address.addressCountry).toBe("ID");
      expect(node.offers.priceCurrency).toBe("IDR");
      expect(typeof node.offers.price).toBe("number");
      expect(node.organizer.name).toBeTruthy();
      break;
    case "BreadcrumbList":
      node.itemListElement.forEach((item: Json, index: number) => {
        expect(item.position).toBe(index + 1);
        expect(existsSync(fileOf(item.item)), item.item).toBe(true);
      });
      break;
    case "ItemList":
      // A list of centres names each one's page; a centre's products list holds each Product.
      node.itemListElement.forEach((item: Json, index: number) => {
        expect(item.position, where).toBe(index + 1);
        if (item.item) checkNode(item.item, where);
        else expect(existsSync(fileOf(item.url))).toBe(true);
      });
      break;
    default:
      throw new Error(`${where}: unexpected JSON-LD type ${node["@type"]}`);
  }
}

describe("every page", () => {
  it("has a canonical address and id, en and x-default alternates that exist", () => {
    for (const [path, root] of pages) {
      if (path === "/404.html") continue;
      expect(root.querySelector('link[rel="canonical"]')?.getAttribute("href"), path).toBe(
        `${ORIGIN}${path}`,
      );
      const alternates = Object.fromEntries(
        root
          .querySelectorAll('link[rel="alternate"][hreflang]')
          .map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")!]),
      );
      expect(Object.keys(alternates).sort(), path).toEqual(["en", "id", "x-default"]);
      for (const href of Object.values(alternates) as string[])
        expect(existsSync(fileOf(href)), `${path} → ${href}`).toBe(true);
      expect(alternates["x-default"]).toBe(alternates.id);
    }
  });

  it("has a title, a description and Open Graph tags", () => {
    for (const [path, root] of pages) {
      expect(root.querySelector("title")?.text, path).toBeTruthy();
      expect(
        root.querySelector('meta[name="description"]')?.getAttribute("content"),
        path,
      ).toBeTruthy();
      if (path === "/404.html") continue;
      for (const property of ["og:title", "og:description", "og:url", "og:type", "og:locale"])
        expect(
          root.querySelector(`meta[property="${property}"]`)?.getAttribute("content"),
          `${path} ${property}`,
        ).toBeTruthy();
    }
  });

  it("shares a 1200×630 picture where the centre has a photo", async () => {
    const images = new Set<string>();
    for (const [path, root] of pages) {
      const image = root.querySelector('meta[property="og:image"]')?.getAttribute("content");
      if (path.includes("batik-uji") || path === "/" || path === "/en/") {
        expect(image, path).toBeTruthy();
        expect(root.querySelector('meta[name="twitter:card"]')?.getAttribute("content")).toBe(
          "summary_large_image",
        );
      }
      if (image) images.add(image);
    }
    for (const image of images) {
      const meta = await sharp(fileOf(image)).metadata();
      expect([meta.width, meta.height, meta.format]).toEqual([1200, 630, "jpeg"]);
    }
  });

  it("holds JSON-LD with every property its type needs", () => {
    let nodes = 0;
    for (const [path, root] of pages) {
      for (const node of jsonLd(root)) {
        checkNode(node, path);
        nodes++;
      }
    }
    expect(nodes).toBeGreaterThan(30);
  });
});

describe("structured data per page kind", () => {
  it("describes the centre as a LocalBusiness with geo and opening hours", () => {
    const [place] = jsonLd(pages.get("/batik-uji/")!);
    expect(place).toMatchObject({
      "@type": "LocalBusiness",
      name: "Sentra Uji Batik",
      telephone: "+62285123456",
      geo: { latitude: -6.89, longitude: 109.67 },
      openingHoursSpecification: [
        {
          opens: "08:00",
          closes: "16:00",
          dayOfWeek: expect.arrayContaining([
            "https://schema.org/Monday",
            "https://schema.org/Friday",
          ]),
        },
      ],
    });
  });
  it("gives a business its products with a price range in rupiah, in the page's language", () => {
    const products = jsonLd(pages.get("/en/batik-uji/artisans/batik-satu/")!).filter(
      (node) => node["@type"] === "Product",
    );
    expect(products).toMatchObject([
      {
        name: "Hand-drawn batik cloth",
        offers: {
          "@type": "AggregateOffer",
          priceCurrency: "IDR",
          lowPrice: 450000,
          highPrice: 1200000,
        },
      },
    ]);
  });
  it("gives an event its local start time, status, price and the businesses in it", () => {
    const [event] = jsonLd(pages.get("/batik-uji/acara/peragaan-mendatang/")!);
    expect(event).toMatchObject({
      "@type": "Event",
      startDate: "2027-01-10T19:00:00+07:00",
      eventStatus: "https://schema.org/EventScheduled",
      offers: { price: 50000 },
    });
    expect(event!.performer.map((p: Json) => p.name)).toEqual(["Batik Satu", "Batik Dua"]);
  });
  it("cannot be closed early by text in the content", () => {
    for (const root of pages.values())
      for (const script of root.querySelectorAll('script[type="application/ld+json"]'))
        expect(script.innerHTML).not.toContain("</");
  });
});

describe("sitemap and robots", () => {
  it("lists every page a search engine may index once, with its language twin", () => {
    const xml = readFileSync(join(site, "sitemap.xml"), "utf8");
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const indexable = [...pages].filter(
      ([, root]) =>
        root.querySelector('meta[name="robots"]')?.getAttribute("content") !== "noindex",
    );
    // Out of the sitemap and noindex: exactly the kinds the registry says (404, search, print pages).
    const unlisted = model.filter((p) => !kindInfo(p.kind).sitemap);
    expect(unlisted.every((p) => kindInfo(p.kind).noindex)).toBe(true);
    expect(indexable.length).toBe(pages.size - unlisted.length);
    expect(unlisted.map((p) => p.kind)).toEqual(
      expect.arrayContaining(["notFound", "search", "print", "boothCard", "poster"]),
    );
    expect(locs.sort()).toEqual(indexable.map(([path]) => `${ORIGIN}${path}`).sort());
    expect(new Set(locs).size).toBe(locs.length);
    for (const loc of locs) expect(existsSync(fileOf(loc)), loc).toBe(true);
    expect(xml).toContain(
      `<xhtml:link rel="alternate" hreflang="en" href="${ORIGIN}/en/batik-uji/artisans/batik-satu/"/>`,
    );
  });
  it("points robots at the sitemap", () => {
    expect(readFileSync(join(site, "robots.txt"), "utf8")).toBe(
      `User-agent: *\nAllow: /\n\nSitemap: ${ORIGIN}/sitemap.xml\n`,
    );
  });

  it("becomes an index of sitemap files when the site has more pages than one file may list", () => {
    // 50,000 URLs is the protocol's limit; a limit of 10 shows the same on the fixture.
    const split = join(tempDir(), "_site");
    const run = runCli(
      "build.ts",
      ["--content", join(FIXTURES, "valid-site/content"), "--out", split, "--site-url", ORIGIN],
      { ETALASE_SITEMAP_URLS: "10" },
    );
    expect(run.code, run.stderr).toBe(0);
    const index = readFileSync(join(split, "sitemap.xml"), "utf8");
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(parts[0]).toBe(`${ORIGIN}/sitemap-1.xml`);

    const locs = parts.flatMap((part) => {
      const xml = readFileSync(join(split, part.slice(ORIGIN.length)), "utf8");
      const inPart = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
      expect(inPart.length).toBeGreaterThan(0);
      expect(inPart.length).toBeLessThanOrEqual(10);
      return inPart;
    });
    const whole = readFileSync(join(site, "sitemap.xml"), "utf8");
    expect(locs).toEqual([...whole.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    expect(readFileSync(join(split, "robots.txt"), "utf8")).toContain(
      `Sitemap: ${ORIGIN}/sitemap.xml`,
    );
  });
});
