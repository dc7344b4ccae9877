/**
 * The search index: Pagefind reads the built pages and writes `pagefind/` beside them, one index
 * per `<html lang>`, so /cari/ searches Indonesian pages and /en/search/ English ones. Only the
 * parts of a page marked `data-pagefind-body` are indexed; filters come from `data-pagefind-filter`.
 */
import * as pagefind from "pagefind";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { LANGS } from "../content/graph.ts";
import { BuildFailedError } from "../problems/problem.ts";
import type { Urls } from "../site/urls.ts";
import { ALL_KINDS, kindInfo } from "../site/page-kinds.ts";

export const SEARCH_FOLDER = "pagefind";
/**
 * The addresses of more index parts for the search script to merge: a large site's index comes in
 * parts (scripts/pipeline/search-parts.ts); a whole index lists none. Always written, so the search
 * script never asks for a file that is not there.
 */
export const PARTS_FILE = "etalase-parts.json";

export async function writeParts(outDir: string, addresses: readonly string[]): Promise<void> {
  await writeFile(join(outDir, SEARCH_FOLDER, PARTS_FILE), `${JSON.stringify(addresses)}\n`);
}

/**
 * The pages Pagefind reads, as a glob: the searchable kinds' folders (scripts/site/page-kinds.ts)
 * in every language, the only pages with `data-pagefind-body` (templates/lib/search.ts;
 * tests/build.test.ts checks the two agree). Reading the other pages, more than half of all,
 * only to drop them would double Pagefind's time. `centres`: slugs, or every centre.
 */
export function searchableGlob(urls: Urls, centres: readonly string[] | "*" = "*"): string {
  const centre =
    centres === "*" ? "*" : centres.length === 1 ? centres[0]! : `{${centres.join(",")}}`;
  const folders = LANGS.flatMap((lang) =>
    ALL_KINDS.flatMap((kind) => kindInfo(kind).searchable?.(urls, lang, centre) ?? []),
  );
  return `{${folders.map((folder) => `${folder}index.html`).join(",")}}`;
}

/**
 * One Pagefind run: indexes the searchable pages of `centres` in `outDir` into `output`, in a fresh
 * Pagefind process that is closed afterwards, so its memory is given back before the next run.
 */
export async function indexCentres(
  outDir: string,
  urls: Urls,
  centres: readonly string[] | "*",
  output: string,
): Promise<{ pages: number }> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join("; "));
    const added = await index.addDirectory({ path: outDir, glob: searchableGlob(urls, centres) });
    if (added.errors.length) throw new Error(added.errors.join("; "));
    const written = await index.writeFiles({ outputPath: join(outDir, output) });
    if (written.errors.length) throw new Error(written.errors.join("; "));
    return { pages: added.page_count };
  } catch (error) {
    throw new BuildFailedError(`Pagefind could not index the site: ${(error as Error).message}`, {
      cause: error,
    });
  } finally {
    await pagefind.close();
  }
}

/** The whole site as one index, with an empty list of more parts. */
export async function indexSite(outDir: string, urls: Urls): Promise<{ pages: number }> {
  const indexed = await indexCentres(outDir, urls, "*", SEARCH_FOLDER);
  await writeParts(outDir, []);
  return indexed;
}
