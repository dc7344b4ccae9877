/**
 * One build, in bounded memory at any size (issue 7):
 *   discover every content file
 *   → load and check every centre's index file, encode the centres' photos   (in this process)
 *   → batches of centres: load, check, render into the staging folder         (worker processes)
 *   → site-wide files from every centre's summary, then the search index       (in this process)
 *   → publish the staging folder atomically.
 * Every content problem of every batch is collected and reported together, and nothing is
 * published unless there is none: the staging folder is thrown away and the output stays as it was.
 */
import { createHash } from "node:crypto";
import { rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { discoverContent, type ContentFile } from "../content/discover.ts";
import { loadFiles } from "../content/load.ts";
import { checkPhotos, processPhotos } from "../images/process.ts";
import { bilingual as b, ContentProblemsError, type Problem } from "../problems/problem.ts";
import { closestSlug } from "../problems/suggest.ts";
import { buildNow } from "../site/time.ts";
import { Urls } from "../site/urls.ts";
import { SEARCH_FOLDER } from "../search/pagefind.ts";
import type { BuildCache } from "./cache.ts";
import { countFiles } from "./deploy-check.ts";
import { hostOfBuild, writeHeadersFor } from "../site/headers-file.ts";
import { publishAtomically, recoverInterruptedPublish } from "./publish.ts";
import { checkOutputFolder } from "./output-folder.ts";
import { withOutputLock } from "./output-lock.ts";
import { publishAdmin } from "../cms/admin.ts";
import { indexSearch, type SearchCache } from "./search-parts.ts";
import type { BuildContext } from "./render-parts.ts";
import { SUMMARIES_FOLDER, SummaryWriter, type CentreDigest } from "./summaries.ts";
import { imageCacheDir, siteAddressFor, type SiteOptions } from "./site-model.ts";
import { WorkerPool } from "./pool.ts";
import { openCache, renderAllCentres, renderWithCache } from "./render-centres.ts";
import { unsafeOutputError } from "./scan.ts";

export interface BuildOptions extends SiteOptions {
  /** Write the CMS at /admin/ into the site (the published site has it; test builds do not need it). */
  readonly admin?: boolean;
  readonly outDir: string;
  /** Worker processes for the centres' pages; 0 renders in this process. Default: one per core, none for a small site. */
  readonly workers?: number;
  /** Centres per batch: the memory a worker needs grows with it. */
  readonly batchSize?: number;
  /** Only this centre, as a standalone site of its own. */
  readonly centre?: string;
  /** With `shard`: the shard's centres as a complete site of their own, not a part to merge. */
  readonly standalone?: boolean;
  readonly shard?: { readonly index: number; readonly count: number };
  /** Keep each centre's output here and re-render only the centres that changed (scripts/pipeline/cache.ts). */
  readonly cacheDir?: string;
  /** Called as each batch of centres finishes, so the command line can show progress. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface BuildSummary {
  readonly pages: number;
  readonly centres: number;
  /** Files in the output, for the hosts' limits (scripts/pipeline/deploy-check.ts); not known for a shard. */
  readonly files?: number;
  readonly milliseconds: number;
}

/** Up to this many centres, the site-wide pass and the search index run at the same time. */
const SIDE_BY_SIDE = 400;
/** Up to this many centres, the site-wide pass runs in the build's own process. */
const SITE_WIDE_IN_PROCESS = 150;

/** The files of each centre, centres in slug order. */
export function filesByCentre(files: readonly ContentFile[]): Map<string, ContentFile[]> {
  const byCentre = new Map<string, ContentFile[]>();
  for (const file of files)
    byCentre.set(file.centreSlug, [...(byCentre.get(file.centreSlug) ?? []), file]);
  return new Map([...byCentre.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/** A stable share of the centres for `--shard i/n`: a centre stays in its shard when others come and go. */
export function shardOf(slug: string, count: number): number {
  return createHash("sha256").update(slug).digest().readUInt32BE(0) % count;
}

export interface Prepared {
  readonly context: BuildContext;
  /** The files of the centres this build renders, by centre. */
  readonly toRender: Map<string, ContentFile[]>;
  readonly problems: Problem[];
}

/** Discovers the content and loads every centre's index file: what every batch needs. */
export async function prepareBuild(
  options: SiteOptions & {
    readonly centre?: string;
    readonly shard?: { index: number; count: number };
    readonly standalone?: boolean;
    readonly cacheDir?: string;
  },
): Promise<Prepared> {
  const projectRoot = options.projectRoot ?? process.cwd();
  // Before the content is read: a bad address setting stops the build at once.
  const siteUrl = siteAddressFor(options.siteUrl, true);
  const contentDir = resolve(projectRoot, options.contentDir);
  const discovery = await discoverContent(contentDir, projectRoot);
  let byCentre = filesByCentre(discovery.files);
  let problems = [...discovery.problems];
  if (options.centre !== undefined) {
    // A standalone microsite: the site has this one centre, and only its problems matter.
    const own = byCentre.get(options.centre);
    if (!own)
      throw new ContentProblemsError([
        noSuchCentre(options.centre, options.contentDir, [...byCentre.keys()]),
      ]);
    byCentre = new Map([[options.centre, own]]);
    problems = problems.filter((p) => p.file.split("/").includes(options.centre!));
  }
  if (options.shard && options.standalone) {
    // A share of the centres as a site of its own (for hosts with a file limit per deployment).
    const { index, count } = options.shard;
    byCentre = new Map([...byCentre].filter(([slug]) => shardOf(slug, count) === index));
    problems = problems.filter((p) =>
      [...byCentre.keys()].some((slug) => p.file.split("/").includes(slug)),
    );
  }
  const indexFiles = [...byCentre.values()].flatMap((files) =>
    files.filter((f) => f.kind === "centre"),
  );
  const centres = await loadFiles(indexFiles);
  problems.push(...centres.problems);
  const photos = centres.graph
    ? await processPhotos(centres.photoUses, contentDir, imageCacheDir({ ...options, projectRoot }))
    : undefined;
  problems.push(...(photos?.problems ?? (await checkPhotos(centres.photoUses, contentDir))));
  const toRender = options.shard
    ? new Map(
        [...byCentre].filter(
          ([slug]) => shardOf(slug, options.shard!.count) === options.shard!.index,
        ),
      )
    : byCentre;
  return {
    context: {
      projectRoot,
      contentDir,
      imageCacheDir: imageCacheDir({ ...options, projectRoot }),
      pathPrefix: options.pathPrefix ?? "/",
      siteUrl,
      now: options.now ?? buildNow(process.env, options.cacheDir !== undefined),
      centres: centres.graph?.centres ?? [],
      centrePhotos: photos?.photos ?? new Map(),
    },
    toRender,
    problems,
  };
}

/** `--centre` names a folder that is not there: say which ones are. */
function noSuchCentre(slug: string, contentDir: string, known: readonly string[]): Problem {
  const guess = closestSlug(slug, known);
  const list = known.slice(0, 20).join(", ");
  return {
    file: `${contentDir.replace(/\/+$/, "")}/${slug}`,
    message: b(
      `Tidak ada sentra "${slug}" di ${contentDir}.`,
      `There is no centre "${slug}" in ${contentDir}.`,
    ),
    fix: guess
      ? b(
          `mungkin maksudnya --centre ${guess}? Sentra yang ada: ${list}.`,
          `did you mean --centre ${guess}? The centres are: ${list}.`,
        )
      : b(
          `tulis nama folder salah satu sentra: ${list}.`,
          `give the folder name of one of the centres: ${list}.`,
        ),
  };
}

/**
 * Site-wide files and the search index, into a folder that already holds every centre's pages.
 * The two run side by side: the search index reads only centres' pages, the site-wide files are
 * none of them. For a large site the site-wide files are rendered in a worker process, so their
 * memory and Pagefind's are two processes' that end when done.
 */
export async function finishSite(
  context: BuildContext,
  digests: readonly CentreDigest[],
  staging: string,
  step = stepTimer(),
  workers?: number,
  searchCache?: SearchCache,
): Promise<{ pages: number; files: number; searchParts: readonly string[] }> {
  // One graph of every centre: for a large site its memory, not its speed, matters, so it gets a
  // process of its own; a site up to a few hundred centres saves starting one.
  const inProcess = digests.length <= SITE_WIDE_IN_PROCESS;
  const pool = new WorkerPool(context, workers ?? (inProcess ? 0 : 1), false);
  const siteWide = pool
    .siteWide(digests, staging)
    .finally(() => pool.close())
    .then(async (result) => {
      if (result.unsafe.length) throw unsafeOutputError(result.unsafe);
      await writeHeadersFor(hostOfBuild(), staging, context.pathPrefix);
      step("site-wide files rendered");
      return result;
    });
  // Side by side their memory adds up: a large site indexes after the site-wide pass.
  const before = digests.length > SIDE_BY_SIDE ? siteWide.catch(() => undefined) : undefined;
  // The index is part of the site: it is written into the staging folder and published with it.
  const search = Promise.resolve(before)
    .then(() =>
      indexSearch(
        staging,
        digests.map((d) => d.slug),
        new Urls(context.pathPrefix, context.siteUrl),
        searchCache,
      ),
    )
    .then((parts) => {
      step(`search index written (${parts.indexed} parts indexed, ${parts.reused} from the cache)`);
      return parts;
    });
  // Both ended before the build goes on (or removes the staging folder on a failure).
  const [wide, index] = await Promise.allSettled([siteWide, search]);
  if (wide.status === "rejected") throw wide.reason;
  if (index.status === "rejected") throw index.reason;
  const [result, parts] = [wide.value, index.value];
  // Counted from what was written; the photos (a photo two centres share is one file) and the search index on disk.
  const written = digests.reduce((sum, d) => sum + d.filesButPhotos, 0) + result.files.length;
  return {
    pages: result.pages,
    files:
      written +
      (await countFiles(join(staging, "img"))) +
      (await countFiles(join(staging, SEARCH_FOLDER))),
    searchParts: parts.keys,
  };
}

/** `ETALASE_TIMINGS=1` prints how long each step took, on stderr. */
export function stepTimer(): (step: string) => void {
  let last = performance.now();
  return (step) => {
    const now = performance.now();
    if (process.env.ETALASE_TIMINGS)
      process.stderr.write(
        `etalase: ${step} ${((now - last) / 1000).toFixed(2)} s (rss ${Math.round(process.memoryUsage().rss / 1048576)} MB)\n`,
      );
    last = now;
  };
}

export async function buildSite(options: BuildOptions): Promise<BuildSummary> {
  const projectRoot = options.projectRoot ?? process.cwd();
  const outDir = await checkOutputFolder({
    outDir: options.outDir,
    projectRoot,
    contentDir: options.contentDir,
  });
  return withOutputLock(outDir, () => buildSiteInto(outDir, options));
}

/** A build into `outDir`, a real path that checkOutputFolder allowed, holding its lock. */
async function buildSiteInto(outDir: string, options: BuildOptions): Promise<BuildSummary> {
  const started = performance.now();
  const step = stepTimer();
  const projectRoot = options.projectRoot ?? process.cwd();
  // A build killed between its two renames left the old site aside: put it back first, so even a
  // build that then fails on content leaves the published site where visitors expect it.
  await recoverInterruptedPublish(outDir);
  const prepared = await prepareBuild({ ...options, projectRoot });
  step("centres checked");
  const cache = await openCache(prepared, options.cacheDir);
  let pages = 0;
  let files = 0;
  await publishAtomically(
    outDir,
    "site",
    async (staging) => {
      const summaries = new SummaryWriter(join(staging, SUMMARIES_FOLDER));
      if (!cache) {
        const digests = await renderAllCentres(prepared, staging, options, summaries);
        step(`${digests.length} centres rendered`);
        ({ pages, files } = await finishSite(
          prepared.context,
          digests,
          staging,
          step,
          workersOf(options),
        ));
      } else {
        ({ pages, files } = await buildWithCache(
          prepared,
          cache,
          staging,
          summaries,
          options,
          step,
        ));
      }
      await rm(summaries.dir, { recursive: true, force: true });
      // The CMS at /admin/ comes with a complete site when asked for (a shard to merge is not one).
      if (options.admin && (!options.shard || options.standalone))
        await publishAdmin(staging, options.contentDir, projectRoot);
    },
    {
      // Rebuilding with the cache is about speed: the old site goes after the new one is live.
      removeOld: cache ? "background" : "wait",
      published: async (previous) => cache?.giveBack(outDir, previous),
    },
  );
  step("published");
  return {
    pages,
    files,
    centres: prepared.context.centres.length,
    milliseconds: performance.now() - started,
  };
}

const workersOf = (options: Pick<BuildOptions, "workers">) =>
  options.workers === 0 ? 0 : undefined;

/** With the cache: the centres, then the site-wide files and the search index (its parts cached too). */
async function buildWithCache(
  prepared: Prepared,
  cache: BuildCache,
  staging: string,
  summaries: SummaryWriter,
  options: BuildOptions,
  step: (step: string) => void,
): Promise<{ pages: number; files: number }> {
  const centres = await renderWithCache(prepared, cache, staging, summaries, options, step);
  let finished: Awaited<ReturnType<typeof finishSite>>;
  try {
    finished = await finishSite(
      prepared.context,
      centres.digests,
      staging,
      step,
      workersOf(options),
      {
        cache,
        keyOf: centres.searchKeyOf,
      },
    );
  } finally {
    await centres.placeDaily();
  }
  await cache.prune(new Set(centres.keys), new Set(finished.searchParts));
  return finished;
}
