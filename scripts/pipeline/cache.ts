/**
 * The build cache (`npm run build -- --cache`): each centre's rendered files and summary, kept
 * under a key made of everything its pages can depend on but the day, so the next build process
 * re-renders only the centres whose files changed.
 *
 * A centre's key hashes: the build's code (scripts/, templates/, .eleventy.ts, the lockfile), its
 * options (prefix, site address), every centre's index files and photos (every page shows the list
 * of centres), and the centre's own files (Markdown and photos, by content). The day
 * counts only where pages show it:
 *   - an event moving from upcoming to past (or the other way) re-renders its centre;
 *   - otherwise a centre cached on another day keeps every file but those of its daily pages
 *     (scripts/site/page-kinds.ts `changesDaily`), which are rendered anew from the inputs its last
 *     full render kept (scripts/pipeline/render-parts.ts `renderDailyPages`).
 * The search index is cached in parts the same way (scripts/pipeline/search-parts.ts).
 *
 * A centre's files lie in a few folders of its own (`<slug>/`, `en/<slug>/`): a build moves a
 * cached centre's folders into the staging folder by renaming them (`lend`), not file by file,
 * which at 100 centres took seconds; once the new site is published, the old site's folders of
 * the same centres, the same files, go back into the cache the same way (`giveBack`). Files are
 * hard links between the cache and the published site: never edit files in `_site/` in place.
 * The output equals a clean build's (tests/incremental.test.ts).
 */
import { createHash } from "node:crypto";
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { serialize } from "node:v8";
import type { ContentFile } from "../content/discover.ts";
import { hasEnded } from "../site/time.ts";
import { linkFiles } from "./link-tree.ts";
import { removeInBackground } from "./publish.ts";
import { fileHashes } from "./file-hashes.ts";
import { inGroupsOf } from "../lib/groups.ts";
import { PARTS_FILE } from "../search/pagefind.ts";
import { dailyInputsFile, type BuildContext, type CentreSummary } from "./render-parts.ts";
import { readSummary, type CentreDigest, type SummaryWriter } from "./summaries.ts";

const SUMMARY = "summary.v9";
/** A lent entry's summary, put back by giveBack. */
const LENT_SUMMARY = "summary.v9.lent";
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

/**
 * The folders a centre's files lie in, whole (each file's path up to the segment that is the
 * centre's slug: `tapis/`, `en/tapis/`), and its files outside them (photos in `img/`).
 */
export function foldersOf(
  slug: string,
  files: readonly string[],
): { roots: string[]; loose: string[] } {
  const roots = new Set<string>();
  const loose: string[] = [];
  for (const file of files) {
    const parts = file.split("/");
    const at = parts.indexOf(slug);
    if (at >= 0 && at < parts.length - 1) roots.add(parts.slice(0, at + 1).join("/"));
    else loose.push(file);
  }
  return { roots: [...roots].sort(), loose };
}

/** A file every index part has, to tell whether two part folders hold the same files. */
const PART_PROBE = "pagefind-entry.json";
/** Centres lent or given back at once. */
const AT_ONCE = 16;
/**
 * Folders of unused entries being removed, named so that a `--cache-dir` given by mistake (the
 * project, a home folder) has none: only folders of exactly this shape are ever removed there.
 */
const TRASH = ".etalase-unused-";
const isTrash = (name: string) => /^\.etalase-unused-\d+-\d+$/.test(name);

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Whether `a` and `b` are one file (hard links of it), or `probe` inside each of two folders is. */
async function sameFile(a: string, b: string, probe?: string): Promise<boolean> {
  const [x, y] = await Promise.all(
    [a, b].map((path) => stat(probe ? join(path, probe) : path).catch(() => undefined)),
  );
  return x !== undefined && y !== undefined && x.ino === y.ino && x.dev === y.dev;
}

/** The files one Pagefind run wrote into a part's folder: not the parts inside part 1's folder. */
export async function partFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .filter((file) => file !== PARTS_FILE && !file.startsWith("bagian-"));
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
  /**
   * Centres whose entries are in the staging folder, by slug. Their summaries stay on disk: a large
   * site's would hold hundreds of megabytes here until the site is published.
   */
  readonly #lent = new Map<string, { readonly key: string; readonly roots: readonly string[] }>();
  /** Index parts in the staging folder: their folder in the site, and key. */
  readonly #lentParts = new Map<string, string>();

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
        // By name: photos encoded anew come back in the order they finished.
        [...context.centrePhotos.entries()].sort(([a], [b]) => a.localeCompare(b)),
      ]),
    );
    for (const file of [...indexFiles].sort((a, b) => a.file.localeCompare(b.file)))
      hash.update(file.file).update(await readFile(file.path));
    return new BuildCache(cacheDir, context, hash.digest("hex").slice(0, 24));
  }

  /**
   * Each centre's key: the site key and its own files (Markdown and photos, by content;
   * scripts/pipeline/file-hashes.ts).
   */
  async keysOf(centres: ReadonlyMap<string, readonly ContentFile[]>): Promise<Map<string, string>> {
    const contentDir = this.context.contentDir;
    const own = new Map<string, string[]>();
    for (const [slug, files] of centres)
      own.set(slug, [
        ...files.map((file) => file.path),
        ...(await filesBelow(join(contentDir, slug, "foto"))),
      ]);
    const hashes = await fileHashes(contentDir, [...own.values()].flat());
    const keys = new Map<string, string>();
    for (const [slug, paths] of own) {
      const hash = createHash("sha256").update(this.siteKey);
      for (const path of [...paths].sort())
        hash.update(relative(contentDir, path)).update(hashes.get(path)!);
      keys.set(slug, `${slug}-${hash.digest("hex").slice(0, 24)}`);
    }
    return keys;
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
    for (const group of inGroupsOf([...keys], 32))
      await Promise.all(
        group.map(async ([slug, key]) => {
          const summary = await readSummary({ summary: join(this.#entry(key), SUMMARY) }).catch(
            () => undefined,
          );
          const now = this.context.now;
          if (summary && eventStates(summary, summary.now) === eventStates(summary, now))
            found.set(slug, { key, summary });
        }),
      );
    // In the order asked for, so the build goes through them the same way every time.
    return new Map(
      [...keys.keys()].filter((slug) => found.has(slug)).map((s) => [s, found.get(s)!]),
    );
  }

  /**
   * Moves cached centres' folders into `outDir` and links their other files (photos). A centre
   * rendered on another day comes with the inputs of its daily pages, to render them anew. Each centre's summary is copied into `summaries`. Until `giveBack`, a lent entry is
   * not in the cache: a build that stops before then renders those centres again next time.
   */
  async lend(
    found: ReadonlyMap<string, Cached>,
    outDir: string,
    summaries: SummaryWriter,
  ): Promise<Map<string, Restored>> {
    const restored = new Map<string, Restored>();
    // A few centres at a time: each is a handful of renames, which wait on the disk, not the CPU.
    for (const group of inGroupsOf([...found], AT_ONCE))
      await Promise.all(
        group.map(async ([slug, { key, summary }]) => {
          const entry = this.#entry(key);
          const { roots, loose } = foldersOf(slug, summary.files);
          // Without its summary the entry is no hit for another build until it is given back.
          await rename(join(entry, SUMMARY), join(entry, LENT_SUMMARY));
          this.#lent.set(slug, { key, roots });
          for (const root of roots) {
            await mkdir(dirname(join(outDir, root)), { recursive: true });
            await rename(join(entry, "files", root), join(outDir, root));
          }
          await linkFiles(join(entry, "files"), outDir, loose);
          const digest = await summaries.put(summary);
          restored.set(
            slug,
            summary.now === this.context.now
              ? { digest }
              : { digest, dailyInputs: join(entry, DAILY_INPUTS) },
          );
        }),
      );
    // In the order found, so the build goes through them the same way every time.
    return new Map([...found.keys()].map((slug) => [slug, restored.get(slug)!]));
  }

  /**
   * After publishing `site`: the lent centres and index parts go back into the cache, from the
   * old site (`previous`) by renaming where it holds the same files (hard links of the same
   * entries), otherwise linked from the new site file by file.
   */
  async giveBack(site: string, previous: string | undefined): Promise<void> {
    for (const [folder, key] of [...this.#lentParts].sort(([a], [b]) => b.length - a.length)) {
      const part = this.#part(key);
      const old = previous && join(previous, folder);
      if (old && (await sameFile(join(site, folder), old, PART_PROBE))) {
        // Part 1's folder holds the other parts and the list of them: moved aside, not taken.
        for (const name of await readdir(old))
          if (name.startsWith("bagian-") || name === PARTS_FILE)
            await rename(join(old, name), join(previous!, `.${name}-${key}`));
        await rename(old, part);
      } else await linkFiles(join(site, folder), part, await partFiles(join(site, folder)));
    }
    this.#lentParts.clear();
    // An entry not given back whole is left without its summary: a miss, rendered next time.
    for (const group of inGroupsOf([...this.#lent.values()], AT_ONCE))
      await Promise.all(
        group.map((lent) => this.#giveBackCentre(lent, site, previous).catch(() => undefined)),
      );
    this.#lent.clear();
  }

  async #giveBackCentre(
    { key, roots }: { readonly key: string; readonly roots: readonly string[] },
    site: string,
    previous: string | undefined,
  ): Promise<void> {
    const entry = this.#entry(key);
    const summary = await readSummary({ summary: join(entry, LENT_SUMMARY) });
    const probe = summary.files.find(
      (file) => file.startsWith(`${roots[0]}/`) && !summary.dailyFiles.includes(file),
    );
    const same =
      previous !== undefined &&
      probe !== undefined &&
      (await sameFile(join(site, probe), join(previous, probe))) &&
      (await Promise.all(roots.map((root) => exists(join(previous, root))))).every(Boolean);
    if (same) {
      for (const root of roots) {
        await mkdir(dirname(join(entry, "files", root)), { recursive: true });
        await rename(join(previous!, root), join(entry, "files", root));
      }
      // Today's daily files are the new site's.
      for (const file of summary.dailyFiles) await rm(join(entry, "files", file), { force: true });
      await linkFiles(site, join(entry, "files"), summary.dailyFiles);
    } else {
      const inRoots = summary.files.filter((file) =>
        roots.some((root) => file.startsWith(`${root}/`)),
      );
      await linkFiles(site, join(entry, "files"), inRoots);
    }
    await writeFile(
      `${join(entry, SUMMARY)}.tmp`,
      serialize({ ...summary, now: this.context.now }),
    );
    await rename(`${join(entry, SUMMARY)}.tmp`, join(entry, SUMMARY));
    await rm(join(entry, LENT_SUMMARY));
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

  #part(key: string): string {
    return join(this.dir, "search", key);
  }

  /** Moves a cached part of the search index to `folder` in `outDir`; false when it is not cached. */
  async lendPart(key: string, outDir: string, folder: string): Promise<boolean> {
    if (!(await exists(this.#part(key)))) return false;
    await mkdir(dirname(join(outDir, folder)), { recursive: true });
    await rename(this.#part(key), join(outDir, folder));
    this.#lentParts.set(folder, key);
    return true;
  }

  /** Keeps a freshly written part of the search index (its files, not the parts inside it). */
  async storePart(key: string, folder: string): Promise<void> {
    const temporary = `${this.#part(key)}.${process.pid}.tmp`;
    await rm(temporary, { recursive: true, force: true });
    await mkdir(temporary, { recursive: true });
    await linkFiles(folder, temporary, await partFiles(folder));
    await rm(this.#part(key), { recursive: true, force: true });
    await rename(temporary, this.#part(key));
  }

  /**
   * Removes the entries and index parts this build did not use, and what a killed build left. They
   * are moved into a folder that a process of their own deletes: the build does not wait for it.
   */
  async prune(used: ReadonlySet<string>, usedParts: ReadonlySet<string>): Promise<void> {
    for (const name of await readdir(this.dir).catch(() => [] as string[]))
      if (isTrash(name)) removeInBackground(join(this.dir, name));
    const trash = join(this.dir, `${TRASH}${process.pid}-${Date.now()}`);
    let moved = false;
    for (const [kind, kept] of [
      ["centres", used],
      ["search", usedParts],
    ] as const) {
      const dir = join(this.dir, kind);
      for (const name of await readdir(dir).catch(() => [] as string[]))
        if (!kept.has(name)) {
          await mkdir(trash, { recursive: true });
          await rename(join(dir, name), join(trash, `${kind}-${name}`));
          moved = true;
        }
    }
    if (moved) removeInBackground(trash);
  }
}
