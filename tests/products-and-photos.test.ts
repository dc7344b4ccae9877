/**
 * What a visitor and a search engine get from a business's products and a centre's photos: a
 * card per product with photo, name, price range and unit; photos that open at full size; JSON-LD
 * with the business's and centre's other profiles (sameAs) and each product's price range; and a
 * share picture on every page a link can point at.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURES } from "./helpers/cli.ts";
import { buildOutputSites, filesEndingWith, type OutputSite } from "./helpers/outputs.ts";
import { buildSite, type BuiltSite } from "./helpers/sites.ts";

const ORIGIN = "https://sentra.contoh.go.id";
let site: BuiltSite;

beforeAll(async () => {
  site = await buildSite(
    "fixture products-and-photos",
    join(FIXTURES, "products-and-photos/content"),
    { ETALASE_SITE_URL: ORIGIN },
  );
});

function page(path: string): HTMLElement {
  return parse(readFileSync(join(site.dir, path, "index.html"), "utf8"));
}

type Json = Record<string, any>;
function jsonLd(root: HTMLElement): Json[] {
  return root.querySelectorAll('script[type="application/ld+json"]').flatMap((s) => {
    const data = JSON.parse(s.innerHTML) as Json;
    return data["@graph"] ?? [data];
  });
}

const text = (el: HTMLElement | null) => el?.text.replace(/\s+/g, " ").trim();
/** The text a sighted visitor reads: without what is there for screen readers only. */
function seen(el: HTMLElement | null): string | undefined {
  if (!el) return undefined;
  const copy = parse(el.outerHTML);
  for (const hidden of copy.querySelectorAll(".visually-hidden")) hidden.remove();
  return text(copy);
}

describe("a business's products", () => {
  it("shows each product as a card with its name, price range and unit, in both languages", () => {
    const cards = page("tenun-uji/pengrajin/tenun-satu").querySelectorAll(".product-grid > li");
    expect(
      cards.map((card) => [
        text(card.querySelector("h3")),
        seen(card.querySelector(".product__price")),
      ]),
    ).toEqual([
      ["Kain tenun ikat", "Rp150.000–Rp400.000 / lembar"],
      ["Selendang tenun", "Rp75.000 / potong"],
    ]);
    const en = page("en/tenun-uji/artisans/tenun-satu").querySelectorAll(".product-grid > li");
    expect(seen(en[0]!.querySelector(".product__price"))).toBe("Rp150,000–Rp400,000 / piece");
  });

  it("hides the slash from screen readers and says 'per' to them instead", () => {
    const unit = page("tenun-uji/pengrajin/tenun-satu").querySelector(".product__unit")!;
    expect(unit.querySelector('[aria-hidden="true"]')?.text).toBe("/");
    expect(unit.querySelector(".visually-hidden")?.text).toBe("per");
  });

  it("opens a product's own photo at full size, and shows the business's photo, silent, for one without", () => {
    const [withPhoto, without] = page("tenun-uji/pengrajin/tenun-satu").querySelectorAll(
      ".product-grid > li",
    );
    const button = withPhoto!.querySelector("button.photo__open")!;
    const view = withPhoto!.querySelector(`#${button.getAttribute("popovertarget")}`)!;
    expect(view.getAttribute("popover")).toBe("auto");
    expect(view.querySelector("img")?.getAttribute("alt")).toBe("Selembar kain tenun ikat biru");
    expect(view.querySelector("button")?.getAttribute("popovertargetaction")).toBe("hide");
    expect(view.querySelector("img")?.getAttribute("loading")).toBe("lazy");
    expect(without!.querySelector("button")).toBeNull();
    expect(without!.querySelector("img")?.getAttribute("alt")).toBe("");
  });

  it("shows the centre's motif for a product when nothing near it has a photo", () => {
    const card = page("anyaman-uji/pengrajin/anyaman-satu").querySelector(".product-grid > li")!;
    expect(card.querySelector("img")).toBeNull();
    expect(card.querySelector(".product__photo--motif")?.getAttribute("aria-hidden")).toBe("true");
    expect(seen(card.querySelector(".product__price"))).toBe("Rp50.000–Rp120.000 / buah");
  });
});

describe("the centre's gallery", () => {
  it("gives each photo a button that opens it at full size, with the same description", () => {
    const root = page("tenun-uji");
    const buttons = root.querySelectorAll("#galeri ~ .gallery button.photo__open");
    expect(buttons.map((b) => b.getAttribute("popovertarget"))).toEqual(["foto-1", "foto-2"]);
    for (const button of buttons) {
      const view = root.querySelector(`#${button.getAttribute("popovertarget")}`)!;
      expect(view.querySelector("img")?.getAttribute("alt")).toBe(
        button.querySelector("img")?.getAttribute("alt"),
      );
      expect(text(view.querySelector("button"))).toBe("Tutup");
    }
    expect(text(page("en/tenun-uji").querySelector("#foto-1 button"))).toBe("Close");
  });
});

describe("JSON-LD", () => {
  it("names a business's Instagram and marketplace shops as sameAs", () => {
    const [business] = jsonLd(page("tenun-uji/pengrajin/tenun-satu")).filter(
      (node) => node["@type"] === "LocalBusiness",
    );
    expect(business!.sameAs).toEqual([
      "https://www.instagram.com/tenun.satu/",
      "https://www.tokopedia.com/tenun-satu",
      "https://shopee.co.id/tenun-satu",
    ]);
  });

  it("names a centre's social media as sameAs, on its home and visit pages", () => {
    for (const path of ["tenun-uji", "en/tenun-uji/visit"]) {
      const [centre] = jsonLd(page(path)).filter((node) => node["@type"] === "LocalBusiness");
      expect(centre!.sameAs, path).toEqual([
        "https://www.instagram.com/tenun.uji/",
        "https://www.facebook.com/tenun.uji",
      ]);
    }
    const [bare] = jsonLd(page("anyaman-uji")).filter((node) => node["@type"] === "LocalBusiness");
    expect(bare!.sameAs).toBeUndefined();
  });

  it("describes each product with its price range in rupiah, and its own photo only", () => {
    const products = jsonLd(page("en/tenun-uji/artisans/tenun-satu")).filter(
      (node) => node["@type"] === "Product",
    );
    expect(products).toMatchObject([
      {
        name: "Kain tenun ikat",
        image: expect.stringMatching(/^https:\/\/sentra\.contoh\.go\.id\/img\/.+\.jpeg$/),
        offers: {
          "@type": "AggregateOffer",
          priceCurrency: "IDR",
          lowPrice: 150000,
          highPrice: 400000,
        },
      },
      {
        name: "Selendang tenun",
        offers: {
          "@type": "AggregateOffer",
          priceCurrency: "IDR",
          lowPrice: 75000,
          highPrice: 75000,
        },
      },
    ]);
    expect(products[1]!.image).toBeUndefined();
  });
});

describe("share pictures", () => {
  let sites: OutputSite[];
  beforeAll(async () => {
    sites = [
      ...(await buildOutputSites()),
      { ...site, graph: undefined as never, base: `${ORIGIN}/` },
    ];
  });

  it("are on every page but the 404 of every site built with an address, and are 1200×630 JPEGs", async () => {
    const images = new Set<string>();
    let checked = 0;
    for (const built of sites) {
      for (const file of filesEndingWith(built.dir, ".html")) {
        const root = parse(readFileSync(join(built.dir, file), "utf8"));
        if (file === "404.html") continue;
        const image = root.querySelector('meta[property="og:image"]')?.getAttribute("content");
        expect(image, `${built.name}: ${file}`).toMatch(/^https:\/\//);
        images.add(join(built.dir, image!.slice(built.base.length)));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
    for (const image of images) {
      const meta = await sharp(image).metadata();
      expect([meta.width, meta.height, meta.format], image).toEqual([1200, 630, "jpeg"]);
    }
  });

  it("is the site's own picture where no centre has a photo, described by the site's name", () => {
    const root = page("anyaman-uji");
    expect(root.querySelector('meta[property="og:image"]')?.getAttribute("content")).toBe(
      `${ORIGIN}/share.jpg`,
    );
    expect(
      root.querySelector('meta[property="og:image:alt"]')?.getAttribute("content"),
    ).toBeTruthy();
    const province = parse(
      readFileSync(join(site.dir, "provinsi/kalimantan-selatan/index.html"), "utf8"),
    );
    expect(province.querySelector('meta[property="og:image"]')?.getAttribute("content")).toMatch(
      /\/img\/og-/,
    );
  });
});
