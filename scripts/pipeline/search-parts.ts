/**
 * The search index of a large site, in parts. Pagefind holds the whole index in memory while it
 * builds it, about 85 KB per indexed page (measured: 865 MB for the 10,650 indexed pages of 100
 * synthetic centres, more with photos), so one index for 400 centres would need 3.5 GB. Above
 * PART_CENTRES centres (80: at most ~1 GB for Pagefind, so a build stays under 1.5 GB)
 * the index is written in parts of at most that many centres, one Pagefind process at a time:
 *   pagefind/            part 1: the first centres (what /cari/ loads)
 *   pagefind/bagian-2/   part 2, and so on
 *   pagefind/etalase-parts.json   the addresses of parts 2… , which the search script merges
 *                                 into part 1 with Pagefind's `mergeIndex`.
 * A site of at most PART_CENTRES centres gets exactly the one index scripts/search/pagefind.ts writes.
 * ETALASE_SEARCH_PART sets another part size (for tuning, and to test parts on a small site).
 */
import { indexCentres, indexSite, SEARCH_FOLDER, writeParts } from "../search/pagefind.ts";
import { inGroupsOf } from "../lib/groups.ts";
import type { Urls } from "../site/urls.ts";

export const PART_CENTRES = Number(process.env.ETALASE_SEARCH_PART ?? 80);

/**
 * Indexes the site in `outDir`. `centres` are the slugs of every centre whose pages are there.
 */
export async function indexSearch(
  outDir: string,
  centres: readonly string[],
  urls: Urls,
): Promise<void> {
  if (centres.length <= PART_CENTRES) {
    await indexSite(outDir, urls);
    return;
  }
  const sorted = [...centres].sort();
  const parts = inGroupsOf(sorted, PART_CENTRES);
  const more: string[] = [];
  for (const [i, part] of parts.entries()) {
    const folder = i === 0 ? SEARCH_FOLDER : `${SEARCH_FOLDER}/bagian-${i + 1}`;
    await indexCentres(outDir, urls, part, folder);
    if (i > 0) more.push(urls.link(`${folder}/`));
  }
  await writeParts(outDir, more);
}
