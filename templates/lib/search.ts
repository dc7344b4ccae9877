/**
 * What Pagefind indexes and how visitors narrow a search. Only centre, business and event pages
 * are indexed (lists would only repeat them); each carries filters for province, craft and, for
 * businesses, the categories of its products. The search page offers the same values.
 */
import { inLang } from "../../scripts/content/graph.ts";
import type { Lang } from "../../scripts/content/graph.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import type { Page } from "../../scripts/site/pages.ts";
import { provincesOf } from "../../scripts/site/provinces.ts";
import { PRODUCT_CATEGORIES } from "../../scripts/schema/index.ts";
import { label } from "./labels.ts";

export const FILTER_KEYS = ["provinsi", "kerajinan", "kategori"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, readonly string[]>>;

/** Pagefind reads `key:value, key:value` from the attribute, so a value keeps no comma. */
function filterValue(text: string): string {
  return text.replace(/\s*,\s*/g, " ").trim();
}

/** The filters of an indexed page, or undefined when the page stays out of the index. */
export function searchFilters(page: Page): Filters | undefined {
  if (page.kind !== "centre" && page.kind !== "business" && page.kind !== "event") return undefined;
  const place = { provinsi: [filterValue(page.centre.data.provinsi)], kerajinan: [filterValue(inLang(page.centre.text, page.lang).kerajinan)] };
  if (page.kind !== "business") return place;
  const categories = new Set(page.business.data.produk.map((p) => label("productCategory", p.kategori, page.lang)));
  return { ...place, kategori: [...categories] };
}

/** Every value a filter can take in this site, in the page's language, for the search form. */
export function filterChoices(site: SiteModel, lang: Lang): Record<FilterKey, string[]> {
  const sorted = (values: string[]) => [...new Set(values.map(filterValue))].sort((a, b) => a.localeCompare(b, lang));
  const used = new Set(site.graph.centres.flatMap((c) => site.graph.productCategoriesOf(c)));
  return {
    provinsi: sorted(provincesOf(site.graph).map((p) => p.name)),
    kerajinan: sorted(site.graph.centres.map((c) => inLang(c.text, lang).kerajinan)),
    kategori: PRODUCT_CATEGORIES.filter((c) => used.has(c)).map((c) => label("productCategory", c, lang)),
  };
}
