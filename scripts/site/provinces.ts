/** Centres grouped by province, for the directory and the province pages. */
import type { CentreNode, ContentGraph } from "../content/graph.ts";
import { inGroupsOf } from "../lib/groups.ts";
import { slugify } from "../schema/fields.ts";

/**
 * At most this many centre cards on one page (the directory, a page of a province): a card per
 * centre beyond that would not fit a page in 14 KB. A province with more gets more pages.
 */
export const CENTRE_CARDS_PER_PAGE = 24;

export interface Province {
  /** As staff wrote it in `provinsi`, e.g. "Nusa Tenggara Timur". */
  readonly name: string;
  /** For the address: `nusa-tenggara-timur`. */
  readonly slug: string;
  readonly centres: readonly CentreNode[];
}

/** Provinces in alphabetical order; centres keep the graph's order. */
export function provincesOf(graph: ContentGraph): Province[] {
  const bySlug = new Map<string, { name: string; centres: CentreNode[] }>();
  for (const centre of graph.centres) {
    const slug = slugify(centre.data.provinsi) || "lainnya";
    const entry = bySlug.get(slug) ?? { name: centre.data.provinsi, centres: [] };
    entry.centres.push(centre);
    bySlug.set(slug, entry);
  }
  return [...bySlug.entries()]
    .map(([slug, { name, centres }]) => ({ slug, name, centres: Object.freeze(centres) }))
    .sort((a, b) => a.name.localeCompare(b.name, "id"));
}

/** A province's centres in pages of CENTRE_CARDS_PER_PAGE; a province always has one page. */
export function provincePages(province: Province): (readonly CentreNode[])[] {
  const pages = inGroupsOf(province.centres, CENTRE_CARDS_PER_PAGE);
  return pages.length ? pages : [[]];
}
