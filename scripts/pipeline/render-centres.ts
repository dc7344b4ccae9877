/**
 * The centres' share of a build: every centre loaded, checked and rendered in batches in worker
 * processes (`renderAllCentres`), or, with the build cache, the cached centres linked from it, the
 * daily pages of those cached on another day rendered anew, and only the others rendered and kept
 * in the cache (`renderWithCache`). A build (scripts/pipeline/build.ts) and a shard
 * (scripts/pipeline/shards.ts) go on from the centres' digests.
 */
import { join, resolve } from "node:path";
import { rename, rm } from "node:fs/promises";
import { ContentProblemsError, type Problem } from "../problems/problem.ts";
import { inGroupsOf } from "../lib/groups.ts";
import type { BuildOptions, Prepared } from "./build.ts";
import { BuildCache, eventStates, type Restored } from "./cache.ts";
import type { BuildContext } from "./render-parts.ts";
import { readSummary, type CentreDigest, type SummaryWriter } from "./summaries.ts";
import { WorkerPool } from "./pool.ts";
import { unsafeOutputError, type UnsafeOutput } from "./scan.ts";

/** Below this many centres, starting worker processes costs more than it saves. */
export const SMALL_SITE = 8;
const DEFAULT_BATCH = 6;
/** Cached centres per run of their daily pages: a few pages each, so many fit in one run. */
const DAILY_BATCH = 50;
/**
 * Up to this many cached centres, their daily pages are rendered in the build's own process: two
 * workers would each spend more starting Eleventy than rendering, beside the site-wide pages and
 * Pagefind on two cores.
 */
const DAILY_IN_PROCESS = 150;

/** Index files are checked once, before the batches; a batch loads them again only to link. */
const isIndexFile = (problem: Problem, indexFiles: ReadonlySet<string>) =>
  indexFiles.has(problem.file);

/**
 * Loads, checks and renders the given centres in batches, into `outDir`; writes every
 * centre's summary into `summaries` and returns their digests, or throws every problem of every
 * centre. After the first problem the remaining batches are only checked, not rendered.
 */
export async function renderAllCentres(
  prepared: Prepared,
  outDir: string,
  options: Pick<BuildOptions, "workers" | "batchSize" | "onProgress">,
  summaries: SummaryWriter,
): Promise<CentreDigest[]> {
  const problems = [...prepared.problems];
  const unsafe: UnsafeOutput[] = [];
  const digests: CentreDigest[] = [];
  const indexFiles = new Set(
    [...prepared.toRender.values()].flatMap((files) =>
      files.filter((f) => f.kind === "centre").map((f) => f.file),
    ),
  );
  const slugs = [...prepared.toRender.keys()];
  const size = Math.max(1, options.batchSize ?? DEFAULT_BATCH);
  const batches = inGroupsOf(slugs, size);
  const workers = options.workers ?? (slugs.length < SMALL_SITE ? 0 : undefined);
  const pool = new WorkerPool(prepared.context, workers);
  let done = 0;
  try {
    await Promise.all(
      batches.map(async (batch) => {
        const result = await pool.run(
          batch.flatMap((slug) => prepared.toRender.get(slug)!),
          () => (problems.length === 0 && unsafe.length === 0 ? outDir : undefined),
        );
        problems.push(...result.problems.filter((p) => !isIndexFile(p, indexFiles)));
        unsafe.push(...result.unsafe);
        for (const summary of result.summaries) digests.push(await summaries.put(summary));
        done += batch.length;
        options.onProgress?.(done, slugs.length);
      }),
    );
  } finally {
    await pool.close();
  }
  if (problems.length) throw new ContentProblemsError(problems);
  if (unsafe.length) throw unsafeOutputError(unsafe);
  return digests.sort((a, b) => a.slug.localeCompare(b.slug));
}

/** The build cache in `cacheDir`, if asked for: only for content whose index files are all valid. */
export async function openCache(
  prepared: Prepared,
  cacheDir: string | undefined,
): Promise<BuildCache | undefined> {
  if (cacheDir === undefined || prepared.problems.length > 0) return undefined;
  const indexFiles = [...prepared.toRender.values()].flat().filter((f) => f.kind === "centre");
  return BuildCache.open(
    resolve(prepared.context.projectRoot, cacheDir),
    prepared.context,
    indexFiles,
  );
}

export interface CentresFromCache {
  readonly digests: CentreDigest[];
  /**
   * Puts the cached centres' daily pages, rendered meanwhile beside the staging folder, in place of
   * the previous day's: after the search index, which reads the previous day's home pages, whose
   * searchable words are the same (the date is kept out of the index).
   */
  readonly placeDaily: () => Promise<void>;
  /** The cache keys of every centre, to keep their entries. */
  readonly keys: readonly string[];
  /** What a centre's searchable pages depend on: its key and its events' states today. */
  readonly searchKeyOf: (slug: string) => string;
}

/**
 * The centres with the build cache (scripts/pipeline/cache.ts): the centres it does not have are
 * rendered first (a content problem stops the build before the cache lends anything), then the
 * others are moved in from it, and the daily pages of those cached on another day rendered anew.
 * Every centre's summary ends up in `summaries`. The caller gives the lent entries back once the
 * site is published (`BuildCache.giveBack`).
 */
export async function renderWithCache(
  prepared: Prepared,
  cache: BuildCache,
  staging: string,
  summaries: SummaryWriter,
  options: Pick<BuildOptions, "workers" | "batchSize" | "onProgress">,
  step: (step: string) => void,
): Promise<CentresFromCache> {
  const context: BuildContext = {
    ...prepared.context,
    dailyInputsDir: join(cache.dir, `daily-inputs-${process.pid}`),
  };
  const keys = await cache.keysOf(prepared.toRender);
  const cached = await cache.cached(keys);
  const toRender = new Map([...prepared.toRender].filter(([slug]) => !cached.has(slug)));
  try {
    const rendered = await renderAllCentres(
      { ...prepared, context, toRender },
      staging,
      options,
      summaries,
    );
    step(`${rendered.length} centres rendered`);
    for (const digest of rendered)
      await cache.store(keys.get(digest.slug)!, digest, staging, context.dailyInputsDir!);
    step("cache updated");
    const restored = await cache.lend(cached, staging, summaries);
    step(`${restored.size} centres from the cache`);
    const stale = [...restored].filter(([, r]) => r.dailyInputs !== undefined);
    const dailyDir = `${staging}-daily`;
    const daily = renderCachedDailyPages(context, stale, dailyDir, options).then((written) => {
      step(`${stale.length} centres' daily pages rendered`);
      return written;
    });
    // Awaited by placeDaily; until then a failure must not count as unhandled.
    daily.catch(() => undefined);
    const placeDaily = async () => {
      try {
        // A rename replaces the previous day's file (a hard link of the cache's) without writing into it.
        for (const [, files] of await daily)
          for (const file of files) await rename(join(dailyDir, file), join(staging, file));
      } finally {
        await rm(dailyDir, { recursive: true, force: true });
      }
    };
    const digests = [...[...restored.values()].map((r) => r.digest), ...rendered].sort((a, b) =>
      a.slug.localeCompare(b.slug),
    );
    // The cached centres' summaries are at hand; only the rendered ones are read back.
    const searchKeys = new Map<string, string>();
    for (const digest of digests) {
      const summary = cached.get(digest.slug)?.summary ?? (await readSummary(digest));
      searchKeys.set(digest.slug, `${keys.get(digest.slug)}:${eventStates(summary, context.now)}`);
    }
    return {
      digests,
      placeDaily,
      keys: [...keys.values()],
      searchKeyOf: (slug) => searchKeys.get(slug)!,
    };
  } finally {
    await rm(context.dailyInputsDir!, { recursive: true, force: true });
  }
}

/** Cached centres' daily pages, in batches of many centres: a centre has only a few. */
async function renderCachedDailyPages(
  context: BuildContext,
  centres: readonly (readonly [string, Restored])[],
  staging: string,
  options: Pick<BuildOptions, "workers">,
): Promise<(readonly [string, readonly string[]])[]> {
  if (centres.length === 0) return [];
  const jobs = centres.map(([slug, r]) => ({ slug, inputs: r.dailyInputs! }));
  const pool = new WorkerPool(
    context,
    options.workers ?? (jobs.length <= DAILY_IN_PROCESS ? 0 : undefined),
    false,
  );
  try {
    const results = await Promise.all(
      inGroupsOf(jobs, DAILY_BATCH).map((batch) => pool.daily(batch, staging)),
    );
    const unsafe = results.flatMap((r) => r.unsafe);
    if (unsafe.length) throw unsafeOutputError(unsafe);
    return results.flatMap((r) => r.files);
  } finally {
    await pool.close();
  }
}
