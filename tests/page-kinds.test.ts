/**
 * The two page kinds added through the registry (scripts/site/page-kinds.ts): a centre's products,
 * filterable by category with plain links, in the sitemap, search and menu; and the staff's print
 * page, which no visitor is led to. The fixture's centre has three products in two categories.
 * Then the registry against the build, and the pages the dev tools pick from the model.
 */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, readPage, runCli, tempDir, TEST_SITE_URL } from "./helpers/cli.ts";
import { filesEndingWith, modelPages } from "./helpers/outputs.ts";
import { ALL_KINDS, kindInfo } from "../scripts/site/page-kinds.ts";
import { outputPath, type Page } from "../scripts/site/pages.ts";
import { pageKinds } from "../scripts/dev/page-kinds.ts";

const CONTENT = join(FIXTURES, "centre-products/content");
let site: string;
let model: Page[];

beforeAll(async () => {
  site = join(tempDir(), "_site");
  const run = runCli("build.ts", [
    "--content",
    CONTENT,
    "--out",
    site,
    "--site-url",
    TEST_SITE_URL,
  ]);
  expect(run.code, run.stderr).toBe(0);
  model = await modelPages(CONTENT);
});

const page = (path: string): HTMLElement => parse(readPage(site, path));
const hrefs = (root: HTMLElement, selector: string) =>
  root.querySelectorAll(selector).map((a) => a.getAttribute("href"));
const texts = (root: HTMLElement, selector: string) =>
  root.querySelectorAll(selector).map((e) => e.text.trim());
const sitemap = () =>
  [...readFileSync(join(site, "sitemap.xml"), "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) =>
    m[1]!.slice(TEST_SITE_URL.length),
  );
const jsonLd = (root: HTMLElement) =>
  root
    .querySelectorAll('script[type="application/ld+json"]')
    .map((s) => JSON.parse(s.innerHTML) as { "@graph"?: Record<string, any>[] });

describe("a centre's products page", () => {
  it("shows every product of the centre's businesses, each leading to the business that makes it", () => {
    const root = page("gerabah-uji/produk/");
    expect(texts(root, "h1")).toEqual(["Produk"]);
    expect(texts(root, ".product__name").sort()).toEqual([
      "Gantungan kunci gerabah",
      "Kendi tanah liat",
      "Vas bunga motif cicak",
    ]);
    const satu = root.querySelectorAll(".product").find((p) => p.text.includes("Kendi"))!;
    expect(hrefs(satu, ".product__name a")).toEqual([
      "/gerabah-uji/pengrajin/gerabah-satu/#produk",
    ]);
    expect(satu.querySelector(".product__maker")!.text).toBe("Gerabah Satu");
    expect(satu.querySelector(".product__price")!.text).toBe("Rp45.000 /per buah");
  });

  it("filters by category with plain links, one page per category the products have", () => {
    const all = page("gerabah-uji/produk/");
    const filter = all.querySelector('nav[aria-label="Kategori produk"]')!;
    expect(texts(filter, "a")).toEqual(["Semua", "Dekorasi rumah", "Suvenir"]);
    expect(hrefs(filter, "a")).toEqual([
      "/gerabah-uji/produk/",
      "/gerabah-uji/produk/dekorasi/",
      "/gerabah-uji/produk/suvenir/",
    ]);
    expect(texts(filter, 'a[aria-current="page"]')).toEqual(["Semua"]);
    const decor = page("gerabah-uji/produk/dekorasi/");
    expect(texts(decor, "h1")).toEqual(["Produk: Dekorasi rumah"]);
    expect(texts(decor, ".product__name").sort()).toEqual([
      "Kendi tanah liat",
      "Vas bunga motif cicak",
    ]);
    expect(texts(decor, 'nav[aria-label="Kategori produk"] a[aria-current="page"]')).toEqual([
      "Dekorasi rumah",
    ]);
    const english = page("en/gerabah-uji/products/suvenir/");
    expect(texts(english, "h1")).toEqual(["Products: Souvenirs"]);
    expect(texts(english, ".product__name")).toEqual(["Gantungan kunci gerabah"]);
  });

  it("is in the centre's menu, the sitemap and search (the list of all, not each category)", () => {
    const root = page("en/gerabah-uji/products/");
    expect(hrefs(root, '.centre-menu a[aria-current="page"]')).toEqual([
      "/en/gerabah-uji/products/",
    ]);
    expect(hrefs(page("gerabah-uji/"), ".centre-menu a")).toContain("/gerabah-uji/produk/");
    expect(sitemap()).toEqual(
      expect.arrayContaining([
        "/gerabah-uji/produk/",
        "/gerabah-uji/produk/dekorasi/",
        "/en/gerabah-uji/products/suvenir/",
      ]),
    );
    expect(root.querySelector("main")!.hasAttribute("data-pagefind-body")).toBe(true);
    expect(
      page("en/gerabah-uji/products/suvenir/")
        .querySelector("main")!
        .hasAttribute("data-pagefind-body"),
    ).toBe(false);
    expect(root.querySelector('meta[name="robots"]')).toBeNull();
  });

  it("describes its products to search engines as a list of Products with prices", () => {
    const graph = jsonLd(page("gerabah-uji/produk/"))[0]!["@graph"]!;
    const list = graph.find((node) => node["@type"] === "ItemList")!;
    const items = list.itemListElement as Record<string, any>[];
    expect(items.map((i) => i.position)).toEqual([1, 2, 3]);
    const kendi = items.find((i) => i.item.name === "Kendi tanah liat")!.item;
    expect(kendi).toMatchObject({
      "@type": "Product",
      url: `${TEST_SITE_URL}/gerabah-uji/pengrajin/gerabah-satu/#produk`,
      brand: { name: "Gerabah Satu" },
    });
    expect(kendi.offers).toMatchObject({
      "@type": "AggregateOffer",
      priceCurrency: "IDR",
      lowPrice: 45000,
      highPrice: 45000,
    });
    expect(graph.some((node) => node["@type"] === "BreadcrumbList")).toBe(true);
  });
});

describe("the staff's print page", () => {
  it("lists the centre's poster and every business's booth card", () => {
    const root = page("gerabah-uji/cetak/");
    expect(texts(root, "h1")).toEqual(["Cetak untuk pengelola"]);
    expect(hrefs(root, "main li a, main p a").filter((h) => !h!.endsWith("/gerabah-uji/"))).toEqual(
      [
        "/gerabah-uji/poster/",
        "/gerabah-uji/pengrajin/gerabah-dua/kartu/",
        "/gerabah-uji/pengrajin/gerabah-satu/kartu/",
      ],
    );
    expect(page("en/gerabah-uji/print/").querySelector("h1")!.text).toBe("Print sheets for staff");
  });

  it("is for staff only: noindex, out of the sitemap, search and menu", () => {
    const root = page("gerabah-uji/cetak/");
    expect(root.querySelector('meta[name="robots"]')!.getAttribute("content")).toBe("noindex");
    expect(root.querySelector("main")!.hasAttribute("data-pagefind-body")).toBe(false);
    expect(sitemap().filter((loc) => /\/(cetak|print|poster|kartu|card)\//.test(loc))).toEqual([]);
    expect(hrefs(root, ".centre-menu a")).not.toContain("/gerabah-uji/cetak/");
  });

  it("is the only way to the print sheets: no page a visitor sees links to them", () => {
    const visitorPages = filesEndingWith(site, ".html").filter(
      (file) =>
        !readFileSync(join(site, file), "utf8").includes('<meta name="robots" content="noindex"'),
    );
    expect(visitorPages).toContain("gerabah-uji/pengrajin/gerabah-satu/index.html");
    for (const file of visitorPages)
      expect(
        hrefs(parse(readFileSync(join(site, file), "utf8")), "a").filter((h) =>
          /\/(cetak|print|poster|kartu|card)\//.test(h!),
        ),
        file,
      ).toEqual([]);
  });
});

describe("the page-kind registry", () => {
  it("is what the build wrote: each kind's pages, and noindex exactly where the registry says", () => {
    const built = new Set(filesEndingWith(site, ".html"));
    for (const p of model) {
      const file = p.path.endsWith(".html") ? p.path : `${p.path}index.html`;
      expect(built.has(file), file).toBe(true);
      const noindex = readFileSync(join(site, file), "utf8").includes(
        '<meta name="robots" content="noindex"',
      );
      expect(noindex, file).toBe(kindInfo(p.kind).noindex);
      expect(p.owner === undefined, file).toBe(kindInfo(p.kind).owner === "site");
    }
    // The fixture has no events, so no event page; every other kind is there.
    const kinds = new Set(model.map((p) => p.kind));
    expect(ALL_KINDS.filter((kind) => !kinds.has(kind))).toEqual(["event"]);
  });

  it("gives the dev tools and browser checks each kind's largest built page, from the model", async () => {
    const found = await pageKinds(site, CONTENT);
    const langs = ["id", "en"];
    expect(found.map((p) => `${p.kind} ${p.lang}`)).toEqual(
      ALL_KINDS.flatMap((kind) =>
        langs
          .filter((lang) => model.some((p) => p.kind === kind && p.lang === lang))
          .map((lang) => `${kind} ${lang}`),
      ),
    );
    const size = (file: string) => statSync(file).size;
    for (const chosen of found) {
      const files = model
        .filter((p) => p.kind === chosen.kind && p.lang === chosen.lang)
        .map((p) => ({ url: `/${p.path}`, file: join(site, outputPath(p)) }));
      expect(files, chosen.url).toContainEqual({ url: chosen.url, file: chosen.file });
      expect(Math.max(...files.map((f) => size(f.file))), chosen.url).toBe(size(chosen.file));
    }
  });

  it("refuses to pick pages from a folder the content was not built into", async () => {
    await expect(pageKinds(tempDir(), CONTENT)).rejects.toThrow(/was it built from it/);
  });
});
