/** Centres grouped by province, for the directory and the province pages. */
import type { CentreNode, ContentGraph } from "../content/graph.ts";
import { slugify } from "../schema/fields.ts";

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
