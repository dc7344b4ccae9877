/**
 * The search index: Pagefind reads the built pages and writes `pagefind/` beside them, one index
 * per `<html lang>`, so /cari/ searches Indonesian pages and /en/search/ English ones. Only the
 * parts of a page marked `data-pagefind-body` are indexed; filters come from `data-pagefind-filter`.
 */
import * as pagefind from "pagefind";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { BuildFailedError } from "../problems/problem.ts";

export const SEARCH_FOLDER = "pagefind";
/**
 * The addresses of more index parts for the search script to merge: a large site's index comes in
 * parts (scripts/build/search-parts.ts); a whole index lists none. Always written, so the search
 * script never asks for a file that is not there.
 */
export const PARTS_FILE = "etalase-parts.json";

export async function writeParts(outDir: string, addresses: readonly string[]): Promise<void> {
  await writeFile(join(outDir, SEARCH_FOLDER, PARTS_FILE), `${JSON.stringify(addresses)}\n`);
}

export async function indexSite(outDir: string): Promise<{ pages: number }> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join("; "));
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length) throw new Error(added.errors.join("; "));
    const written = await index.writeFiles({ outputPath: join(outDir, SEARCH_FOLDER) });
    if (written.errors.length) throw new Error(written.errors.join("; "));
    await writeParts(outDir, []);
    return { pages: added.page_count };
  } catch (error) {
    throw new BuildFailedError(`Pagefind could not index the site: ${(error as Error).message}`, { cause: error });
  } finally {
    await pagefind.close();
  }
}
