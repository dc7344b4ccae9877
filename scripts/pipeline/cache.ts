/**
 * The build cache (`npm run build -- --cache`): each centre's rendered files and summary, kept
 * under a key made of everything its pages can depend on, so the next build process re-renders
 * only the centres whose files changed and links the others' files into the staging folder.
 *
 * A centre's key hashes: the build's code (scripts/, templates/, .eleventy.ts, the lockfile), its
 * options (prefix, site address, "now"), every centre's index files and photos (every page shows
 * the list of centres), and the centre's own files (Markdown by content, photos by size and time).
 * So an edited business re-renders its centre (its page, lists, calendars, feed, cards); the
 * site-wide files and the search index are always written anew. The output equals a clean build's
 * (tests/incremental.test.ts). "Now" is in the key, so a build with a cache takes "now" by the day
 * (scripts/site/time.ts) unless ETALASE_NOW pins it.
 *
 * Cached files are hard links into the published site: never edit files in `_site/` in place.
 */
import { createHash } from "node:crypto";
import { copyFile, link, mkdir, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import type { ContentFile } from "../content/discover.ts";
import type { BuildContext } from "./render-parts.ts";
import { digestOf, readSummary, type CentreDigest } from "./summaries.ts";

const SUMMARY = "summary.v8";

async function filesBelow(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await filesBelow(path)));
    else found.push(path);
  }
  return found.sort();
}

/** Hard link, or a copy where links cannot be made (another disk). */
async function place(from: string, to: string): Promise<void> {
  await link(from, to).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code === "EEXIST") return;
    await copyFile(from, to);
  });
}

async function placeAll(fromDir: string, toDir: string, files: readonly string[]): Promise<void> {
  const made = new Set<string>();
  for (let i = 0; i < files.length; i += 64)
    await Promise.all(
      files.slice(i, i + 64).map(async (file) => {
        const dir = dirname(join(toDir, file));
        if (!made.has(dir)) {
          await mkdir(dir, { recursive: true });
          made.add(dir);
        }
        await place(join(fromDir, file), join(toDir, file));
      }),
    );
}

async function codeHash(projectRoot: string): Promise<string> {
  const hash = createHash("sha256");
  const files = [
    ...(await filesBelow(join(projectRoot, "scripts"))),
    ...(await filesBelow(join(projectRoot, "templates"))),
    join(projectRoot, ".eleventy.ts"),
    join(projectRoot, "package-lock.json"),
  ];
  for (const file of files)
    hash
      .update(relative(projectRoot, file))
      .update(await readFile(file).catch(() => Buffer.alloc(0)));
  return hash.digest("hex");
}

export class BuildCache {
  private constructor(
    readonly dir: string,
    readonly context: BuildContext,
    /** Everything but the centre's own files. */
    readonly siteKey: string,
  ) {}

  static async open(
    cacheDir: string,
    context: BuildContext,
    indexFiles: readonly ContentFile[],
  ): Promise<BuildCache> {
    const hash = createHash("sha256").update(await codeHash(context.projectRoot));
    hash.update(
      JSON.stringify([
        context.pathPrefix,
        context.siteUrl ?? null,
        context.now,
        [...context.centrePhotos.entries()],
      ]),
    );
    for (const file of [...indexFiles].sort((a, b) => a.file.localeCompare(b.file)))
      hash.update(file.file).update(await readFile(file.path));
    return new BuildCache(cacheDir, context, hash.digest("hex").slice(0, 24));
  }

  /** The key of a centre's entry: the site key and the centre's own files. */
  async keyOf(slug: string, files: readonly ContentFile[]): Promise<string> {
    const hash = createHash("sha256").update(this.siteKey);
    for (const file of [...files].sort((a, b) => a.file.localeCompare(b.file)))
      hash.update(file.file).update(await readFile(file.path));
    for (const photo of await filesBelow(join(this.context.contentDir, slug, "foto"))) {
      const info = await stat(photo);
      hash.update(relative(this.context.contentDir, photo)).update(`${info.size}:${info.mtimeMs}`);
    }
    return `${slug}-${hash.digest("hex").slice(0, 24)}`;
  }

  #entry(key: string): string {
    return join(this.dir, "centres", key);
  }

  /** Links a cached centre's files into `outDir` and returns its digest (its summary stays in the cache), or undefined when not cached. */
  async restore(key: string, outDir: string): Promise<CentreDigest | undefined> {
    const path = join(this.#entry(key), SUMMARY);
    const summary = await readSummary({ summary: path }).catch(() => undefined);
    if (!summary) return undefined;
    await placeAll(join(this.#entry(key), "files"), outDir, summary.files);
    return digestOf(summary, path);
  }

  /** Keeps a freshly rendered centre: its files (linked from `outDir`) and summary, written whole or not at all. */
  async store(key: string, digest: CentreDigest, outDir: string): Promise<void> {
    const entry = this.#entry(key);
    const temporary = `${entry}.${process.pid}.tmp`;
    await rm(temporary, { recursive: true, force: true });
    await placeAll(outDir, join(temporary, "files"), (await readSummary(digest)).files);
    await copyFile(digest.summary, join(temporary, SUMMARY));
    await rename(temporary, entry).catch(() => rm(temporary, { recursive: true, force: true }));
  }

  /** Removes the entries this build did not use: older versions of its centres, and other builds. */
  async prune(used: ReadonlySet<string>): Promise<void> {
    const dir = join(this.dir, "centres");
    for (const name of await readdir(dir).catch(() => [] as string[]))
      if (!used.has(name)) await rm(join(dir, name), { recursive: true, force: true });
  }
}
