/**
 * The build cache (`npm run build -- --cache`): each centre's rendered files and summary, kept
 * under a key made of everything its pages can depend on but the day, so the next build process
 * re-renders only the centres whose files changed and links the others' files into the staging
 * folder.
 *
 * A centre's key hashes: the build's code (scripts/, templates/, .eleventy.ts, the lockfile), its
 * options (prefix, site address), every centre's index files and photos (every page shows the list
 * of centres), and the centre's own files (Markdown by content, photos by size and time). The day
 * counts only where pages show it:
 *   - an event moving from upcoming to past (or the other way) re-renders its centre;
 *   - otherwise a centre cached on another day keeps every file but those of its daily pages
 *     (scripts/site/page-kinds.ts `changesDaily`), which are rendered anew from the inputs its last
 *     full render kept (scripts/pipeline/render-parts.ts `renderDailyPages`).
 * The search index is cached in parts the same way (scripts/pipeline/search-parts.ts). The output
 * equals a clean build's (tests/incremental.test.ts).
 *
 * Cached files are hard links into the published site: never edit files in `_site/` in place.
 */
import { createHash } from "node:crypto";
import {
  copyFile,
  mkdir,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  unlink,
  writeFile,
} from "node:fs/promises";
import { join, relative } from "node:path";
import { serialize } from "node:v8";
import type { ContentFile } from "../content/discover.ts";
import { hasEnded } from "../site/time.ts";
import { linkFiles, linkFolders } from "./link-tree.ts";
import { dailyInputsFile, type BuildContext, type CentreSummary } from "./render-parts.ts";
import { digestOf, readSummary, type CentreDigest } from "./summaries.ts";

const SUMMARY = "summary.v9";
const DAILY_INPUTS = "daily.v8";

async function filesBelow(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await filesBelow(path)));
    else found.push(path);
  }
  return found.sort();
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

/** Which of a centre's events are past at `now`, as a string: what its pages say of the date. */
export function eventStates(summary: Pick<CentreSummary, "events">, now: number): string {
  return summary.events.map((event) => (hasEnded(event, now) ? "p" : "u")).join("");
}

/** A centre's entry in the cache. */
export interface Cached {
  readonly key: string;
  readonly summary: CentreSummary;
}

/** What the cache gave for a centre. */
export interface Restored {
  readonly digest: CentreDigest;
  /** Its daily pages are missing from the staging folder: render them from these inputs. */
  readonly dailyInputs?: string;
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

  /**
   * The centres the cache can give, with their summaries: not a centre one of whose events
   * changed state since it was rendered (its pages list the event elsewhere now).
   */
  async cached(keys: ReadonlyMap<string, string>): Promise<Map<string, Cached>> {
    const found = new Map<string, Cached>();
    for (const [slug, key] of keys) {
      const summary = await readSummary({ summary: join(this.#entry(key), SUMMARY) }).catch(
        () => undefined,
      );
      if (summary && eventStates(summary, summary.now) === eventStates(summary, this.context.now))
        found.set(slug, { key, summary });
    }
    return found;
  }

  /**
   * Links cached centres' files into `outDir`: all but their daily pages' when they were rendered
   * on another day, which are left for the build to render.
   */
  async restore(
    found: ReadonlyMap<string, Cached>,
    outDir: string,
  ): Promise<Map<string, Restored>> {
    const folders = new Map(
      [...found.values()].map(({ key, summary }) => [
        join(this.#entry(key), "files"),
        summary.files,
      ]),
    );
    await linkFolders([...folders.keys()], outDir, async (folder) => folders.get(folder)!);
    const restored = new Map<string, Restored>();
    for (const [slug, { key, summary }] of found) {
      const digest = digestOf(summary, join(this.#entry(key), SUMMARY));
      if (summary.now === this.context.now) {
        restored.set(slug, { digest });
        continue;
      }
      // Rendered anew below: unlinked first, so the new files do not overwrite the cached ones.
      await Promise.all(summary.dailyFiles.map((file) => unlink(join(outDir, file))));
      restored.set(slug, { digest, dailyInputs: join(this.#entry(key), DAILY_INPUTS) });
    }
    return restored;
  }

  /**
   * Keeps a freshly rendered centre: its files (linked from `outDir`), summary and daily inputs,
   * written whole or not at all, in place of an entry of the same key rendered on another day.
   */
  async store(
    key: string,
    digest: CentreDigest,
    outDir: string,
    dailyInputsDir: string,
  ): Promise<void> {
    const entry = this.#entry(key);
    const temporary = `${entry}.${process.pid}.tmp`;
    await rm(temporary, { recursive: true, force: true });
    await linkFiles(outDir, join(temporary, "files"), (await readSummary(digest)).files);
    await copyFile(digest.summary, join(temporary, SUMMARY));
    await copyFile(dailyInputsFile(dailyInputsDir, digest.slug), join(temporary, DAILY_INPUTS));
    await rm(entry, { recursive: true, force: true });
    await rename(temporary, entry).catch(() => rm(temporary, { recursive: true, force: true }));
  }

  /** Keeps a cached centre's daily files rendered today, with its summary saying so. */
  async storeDaily(key: string, files: readonly string[], outDir: string): Promise<void> {
    const entry = this.#entry(key);
    const path = join(entry, SUMMARY);
    const summary = await readSummary({ summary: path });
    // Without its summary while its files change, an entry cut off midway is not used again.
    await rm(path);
    await Promise.all(
      summary.dailyFiles.map((file) => rm(join(entry, "files", file), { force: true })),
    );
    await linkFiles(outDir, join(entry, "files"), files);
    const old = new Set(summary.dailyFiles);
    const updated: CentreSummary = {
      ...summary,
      files: [...summary.files.filter((file) => !old.has(file)), ...files],
      dailyFiles: files,
      now: this.context.now,
    };
    await writeFile(`${path}.tmp`, serialize(updated));
    await rename(`${path}.tmp`, path);
  }

  #part(key: string): string {
    return join(this.dir, "search", key);
  }

  /** Links a cached part of the search index into `folder`; false when it is not cached. */
  async restorePart(key: string, folder: string): Promise<boolean> {
    const files = await filesBelow(this.#part(key));
    if (files.length === 0) return false;
    await linkFolders([this.#part(key)], folder, async () =>
      files.map((file) => relative(this.#part(key), file)),
    );
    return true;
  }

  /** Keeps a freshly written part of the search index (its files, not the parts inside it). */
  async storePart(key: string, folder: string, files: readonly string[]): Promise<void> {
    const temporary = `${this.#part(key)}.${process.pid}.tmp`;
    await rm(temporary, { recursive: true, force: true });
    await mkdir(temporary, { recursive: true });
    await linkFiles(folder, temporary, files);
    await rm(this.#part(key), { recursive: true, force: true });
    await rename(temporary, this.#part(key));
  }

  /** Removes the entries and index parts this build did not use. */
  async prune(used: ReadonlySet<string>, usedParts: ReadonlySet<string>): Promise<void> {
    for (const [kind, kept] of [
      ["centres", used],
      ["search", usedParts],
    ] as const) {
      const dir = join(this.dir, kind);
      for (const name of await readdir(dir).catch(() => [] as string[]))
        if (!kept.has(name)) await rm(join(dir, name), { recursive: true, force: true });
    }
  }
}
