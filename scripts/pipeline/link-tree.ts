/**
 * Hard links between the build cache and the staging folder, for what cannot be moved whole
 * (scripts/pipeline/cache.ts moves a centre's own folders): a freshly rendered centre's files into
 * its cache entry, a cached centre's photos, a new search index part. Where links cannot be made
 * (another disk), the files are copied.
 *
 * Hard links share their bytes: a file in the published site must never be rewritten in place.
 */
import { copyFile, link, mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { inGroupsOf } from "../lib/groups.ts";

/** Hard link, or a copy where links cannot be made. */
async function place(from: string, to: string): Promise<void> {
  await link(from, to).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code === "EEXIST") return;
    await copyFile(from, to);
  });
}

/** Links (or copies) `files`, relative paths, from `fromDir` to the same places under `toDir`. */
export async function linkFiles(
  fromDir: string,
  toDir: string,
  files: readonly string[],
): Promise<void> {
  const made = new Set<string>();
  for (const group of inGroupsOf(files, 64))
    await Promise.all(
      group.map(async (file) => {
        const dir = dirname(join(toDir, file));
        if (!made.has(dir)) {
          await mkdir(dir, { recursive: true });
          made.add(dir);
        }
        await place(join(fromDir, file), join(toDir, file));
      }),
    );
}
