/**
 * What Pagefind indexes and what each result shows. Only centre, business and event pages are
 * indexed (lists would only repeat them); each carries filters for province, craft and, for
 * businesses, the categories of its products, and the facts a result line shows (kind, centre,
 * price or date). The search page offers the same filter values.
 */
import { inLang } from "../../scripts/content/graph.ts";
import type { Lang } from "../../scripts/content/graph.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import type { Page, PageOf } from "../../scripts/site/pages.ts";
import { kindInfo } from "../../scripts/site/page-kinds.ts";
import { provincesOf } from "../../scripts/site/provinces.ts";
import { PRODUCT_CATEGORIES } from "../../scripts/schema/index.ts";
import { rupiah, shortDate } from "./format.ts";
import { label } from "./labels.ts";
import { t } from "./words.ts";

export const FILTER_KEYS = ["provinsi", "kerajinan", "kategori"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
/**
 * The filter past events carry: the search script asks for the others first and then for these,
 * so centres, businesses and coming events rank above events that are over.
 */
export const PAST_FILTER = { key: "waktu", value: "lewat" } as const;
export type Filters = Partial<Record<FilterKey | typeof PAST_FILTER.key, readonly string[]>>;

/**
 * What a result line shows besides its title, excerpt and photo, in the page's language. Pagefind
 * also matches words in these; the search script gives them no weight in the ranking, so a page
 * found only through its centre's name comes after the pages about it.
 */
export const META_KEYS = ["kind", "centre", "place", "owner", "price", "date", "status"] as const;
export type SearchMeta = Partial<Record<(typeof META_KEYS)[number], string>>;

type IndexedPage = PageOf<"centre"> | PageOf<"business"> | PageOf<"event"> | PageOf<"products">;

/** The searchable kinds of the registry (scripts/site/page-kinds.ts); of products, the list of all. */
export function isIndexed(page: Page): page is IndexedPage {
  return (
    kindInfo(page.kind).searchable !== undefined && !(page.kind === "products" && page.category)
  );
}

/** Pagefind reads `key:value, key:value` from the attribute, so a value keeps no comma. */
function filterValue(text: string): string {
  return text.replace(/\s*,\s*/g, " ").trim();
}

/** The filters of an indexed page. */
export function searchFilters(site: SiteModel, page: IndexedPage): Filters {
  const place = {
    provinsi: [filterValue(page.centre.data.provinsi)],
    kerajinan: [filterValue(inLang(page.centre.text, page.lang).kerajinan)],
  };
  if (page.kind === "event")
    return site.isPast(page.event) ? { ...place, [PAST_FILTER.key]: [PAST_FILTER.value] } : place;
  if (page.kind === "products")
    return {
      ...place,
      kategori: page.categories.map((c) => label("productCategory", c, page.lang)),
    };
  if (page.kind !== "business") return place;
  const categories = new Set(
    page.business.data.produk.map((p) => label("productCategory", p.kategori, page.lang)),
  );
  return { ...place, kategori: [...categories] };
}

/** The lowest and highest price of a business's products, "Rp50.000–Rp1.500.000". */
function priceRange(page: PageOf<"business">): string | undefined {
  const products = page.business.data.produk;
  if (products.length === 0) return undefined;
  const low = Math.min(...products.map((p) => p.harga_min));
  const high = Math.max(...products.map((p) => p.harga_maks ?? p.harga_min));
  return low === high
    ? rupiah(low, page.lang)
    : `${rupiah(low, page.lang)}–${rupiah(high, page.lang)}`;
}

/** The day an event starts, and the day it ends when that is another day. */
function eventDays(page: PageOf<"event">): string {
  const { event, lang } = page;
  const start = shortDate(event.startsAt, event.zone, lang);
  const end = shortDate(event.endsAt, event.zone, lang);
  return start === end ? start : `${start} – ${end}`;
}

export function searchMeta(page: IndexedPage): SearchMeta {
  const { lang } = page;
  const centre = inLang(page.centre.text, lang);
  switch (page.kind) {
    case "centre":
      return {
        kind: t(lang, "resultCentre"),
        place: `${centre.kerajinan} · ${page.centre.data.kota}, ${page.centre.data.provinsi}`,
      };
    case "products":
      return { kind: t(lang, "products"), centre: centre.nama };
    case "business":
      return {
        kind: t(lang, "resultBusiness"),
        centre: centre.nama,
        owner: page.business.data.pemilik,
        price: priceRange(page),
      };
    case "event":
      return {
        kind: t(lang, "resultEvent"),
        centre: centre.nama,
        date: eventDays(page),
        // Called off or moved: said beside the date, so nobody plans around it.
        status:
          page.event.data.status === "terjadwal"
            ? undefined
            : label("eventStatus", page.event.data.status, lang),
      };
  }
}

/** Every value a filter can take in this site, in the page's language, for the search form. */
export function filterChoices(site: SiteModel, lang: Lang): Record<FilterKey, string[]> {
  const sorted = (values: string[]) =>
    [...new Set(values.map(filterValue))].sort((a, b) => a.localeCompare(b, lang));
  const used = new Set(site.graph.centres.flatMap((c) => site.graph.productCategoriesOf(c)));
  return {
    provinsi: sorted(provincesOf(site.graph).map((p) => p.name)),
    kerajinan: sorted(site.graph.centres.map((c) => inLang(c.text, lang).kerajinan)),
    kategori: PRODUCT_CATEGORIES.filter((c) => used.has(c)).map((c) =>
      label("productCategory", c, lang),
    ),
  };
}
