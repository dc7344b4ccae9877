/**
 * The search index, in parts of some centres each (in slug order, `partSize`):
 *   pagefind/            part 1: the first centres (what /cari/ loads)
 *   pagefind/bagian-2/   part 2, and so on
 *   pagefind/etalase-parts.json   the addresses of parts 2… , which the search script merges
 *                                 into part 1 with Pagefind's `mergeIndex`.
 * Pagefind cannot update an index, and holds all of one in memory while it writes it (about 85 KB
 * per indexed page). Parts bound that memory, and with the build cache (scripts/pipeline/cache.ts)
 * a part whose centres did not change is linked from the cache instead of indexed again: after one
 * edit, only the edited centre's part is. A site of at most 10 centres has one index and an empty
 * list of more parts. ETALASE_SEARCH_PART sets another part size (for tuning, and to test parts on
 * a small site).
 */
import { createHash } from "node:crypto";
import { join } from "node:path";
import { indexCentres, SEARCH_FOLDER, writeParts } from "../search/pagefind.ts";
import { inGroupsOf } from "../lib/groups.ts";
import type { Urls } from "../site/urls.ts";
import type { BuildCache } from "./cache.ts";

/**
 * Centres per part: an eighth of the site, so a search loads about eight parts (each its language
 * metadata and a chunk per query word; Pagefind's WebAssembly comes once, with part 1); at least
 * 10, so a small site loads fewer; at most 80, which Pagefind indexes in about 850 MB. A part is
 * what one edit re-indexes: at 100 centres 13 centres, about 1,500 pages.
 */
export function partSize(centres: number): number {
  const fixed = Number(process.env.ETALASE_SEARCH_PART);
  if (fixed > 0) return fixed;
  return Math.min(80, Math.max(10, Math.ceil(centres / 8)));
}

/** The centres of each part, in order. */
export function partsOf(centres: readonly string[]): string[][] {
  return inGroupsOf([...centres].sort(), partSize(centres.length));
}

/** Where part `i` (from 0) goes, relative to the site. */
export const partFolder = (i: number) =>
  i === 0 ? SEARCH_FOLDER : `${SEARCH_FOLDER}/bagian-${i + 1}`;

export interface SearchCache {
  readonly cache: BuildCache;
  /** What a centre's searchable pages depend on (its cache key and its events' states). */
  readonly keyOf: (slug: string) => string;
}

export interface IndexedParts {
  readonly indexed: number;
  readonly reused: number;
  /** The cache keys of every part, to keep them in the cache. */
  readonly keys: readonly string[];
}

/** Indexes the site in `outDir`. `centres` are the slugs of every centre whose pages are there. */
export async function indexSearch(
  outDir: string,
  centres: readonly string[],
  urls: Urls,
  cached?: SearchCache,
): Promise<IndexedParts> {
  const parts = partsOf(centres);
  const keys: string[] = [];
  let reused = 0;
  for (const [i, part] of parts.entries()) {
    const key = cached && partKey(partFolder(i), part.map(cached.keyOf));
    if (key) keys.push(key);
    if (key && (await cached.cache.lendPart(key, outDir, partFolder(i)))) {
      reused++;
      continue;
    }
    await indexCentres(outDir, urls, part, partFolder(i));
    if (key) await cached.cache.storePart(key, join(outDir, partFolder(i)));
  }
  // A site without any centre still gets an (empty) index, so /cari/ works.
  if (parts.length === 0) await indexCentres(outDir, urls, "*", SEARCH_FOLDER);
  await writeParts(
    outDir,
    parts.slice(1).map((_, i) => urls.link(`${partFolder(i + 1)}/`)),
  );
  return { indexed: Math.max(1, parts.length) - reused, reused, keys };
}

function partKey(folder: string, centreKeys: readonly string[]): string {
  const hash = createHash("sha256").update(folder);
  for (const key of centreKeys) hash.update(key);
  return hash.digest("hex").slice(0, 32);
}
