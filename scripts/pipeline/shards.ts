/**
 * Sharded builds for a CI matrix (issue 7): `npm run build -- --shard 2/8` renders a stable share
 * of the centres (scripts/pipeline/build.ts `shardOf`) with a manifest of what the site-wide files
 * need; `npm run merge -- --out _site shard-1 shard-2 …` joins the shards' folders into one site
 * and writes the site-wide files (directory, sitemap, open data…) and one search index over it.
 * Every shard checks every centre's index file, so all shards render with the same list of centres
 * and the merged site equals a build of the whole content in one go (tests/shards.test.ts).
 */
import { cp, readFile, readdir, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { deserialize, serialize } from "node:v8";
import { publishAdmin } from "../cms/admin.ts";
import { BuildFailedError } from "../problems/problem.ts";
import {
  finishSite,
  prepareBuild,
  stepTimer,
  type BuildOptions,
  type BuildSummary,
} from "./build.ts";
import { openCache, renderAllCentres, renderWithCache } from "./render-centres.ts";
import { publishAtomically } from "./publish.ts";
import { checkOutputFolder, OUTPUT_MARKER } from "./output-folder.ts";
import { withOutputLock } from "./output-lock.ts";
import type { BuildContext } from "./render-parts.ts";
import { SUMMARIES_FOLDER, SummaryWriter, type CentreDigest } from "./summaries.ts";

/** In the shard's folder, with its centres' summaries in SUMMARIES_FOLDER; the merge reads both and leaves them out of the site. */
export const MANIFEST = ".etalase-shard";
const VERSION = 2;

interface Manifest {
  readonly version: number;
  readonly shard: { readonly index: number; readonly count: number };
  readonly context: BuildContext;
  /** Each summary's path relative to the shard's folder, which CI moves between jobs. */
  readonly digests: readonly CentreDigest[];
}

/** `2/8` → { index: 1, count: 8 } (the CLI counts from 1, as a CI matrix does). */
export function parseShard(text: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (!match || count < 1 || index < 1 || index > count)
    throw new BuildFailedError(`--shard ${text}: write it as i/n with 1 ≤ i ≤ n, e.g. --shard 2/8`);
  return { index: index - 1, count };
}

export async function buildShard(
  options: BuildOptions & { readonly shard: { index: number; count: number } },
): Promise<BuildSummary> {
  const projectRoot = options.projectRoot ?? process.cwd();
  const outDir = await checkOutputFolder({
    outDir: options.outDir,
    projectRoot,
    contentDir: options.contentDir,
  });
  return withOutputLock(outDir, () => buildShardInto(outDir, options));
}

async function buildShardInto(
  outDir: string,
  options: BuildOptions & { readonly shard: { index: number; count: number } },
): Promise<BuildSummary> {
  const started = performance.now();
  const projectRoot = options.projectRoot ?? process.cwd();
  const prepared = await prepareBuild({ ...options, projectRoot });
  const step = stepTimer();
  step("centres checked");
  const cache = await openCache(prepared, options.cacheDir);
  let pages = 0;
  await publishAtomically(
    outDir,
    "shard",
    async (staging) => {
      const summaries = new SummaryWriter(join(staging, SUMMARIES_FOLDER));
      let digests: CentreDigest[];
      if (cache) {
        const centres = await renderWithCache(prepared, cache, staging, summaries, options, step);
        await centres.placeDaily();
        await cache.prune(new Set(centres.keys), new Set());
        digests = centres.digests;
      } else digests = await renderAllCentres(prepared, staging, options, summaries);
      pages = digests.reduce((sum, d) => sum + d.pages, 0);
      const manifest: Manifest = {
        version: VERSION,
        shard: options.shard,
        context: prepared.context,
        digests: digests.map((d) => ({ ...d, summary: relative(staging, d.summary) })),
      };
      await writeFile(join(staging, MANIFEST), serialize(manifest));
    },
    { published: async (previous) => cache?.giveBack(outDir, previous) },
  );
  return { pages, centres: prepared.toRender.size, milliseconds: performance.now() - started };
}

async function readManifest(dir: string): Promise<Manifest> {
  const manifest = deserialize(await readFile(join(dir, MANIFEST)).catch(() => Buffer.alloc(0))) as
    | Manifest
    | undefined;
  if (manifest?.version !== VERSION)
    throw new BuildFailedError(
      `${dir} is not the output of \`npm run build -- --shard i/n\` from this version of Etalase`,
    );
  return manifest;
}

const sameSite = (a: BuildContext, b: BuildContext) =>
  a.pathPrefix === b.pathPrefix &&
  a.siteUrl === b.siteUrl &&
  a.now === b.now &&
  a.centres.map((c) => c.slug).join() === b.centres.map((c) => c.slug).join();

interface MergeOptions {
  readonly shardDirs: readonly string[];
  readonly outDir: string;
  readonly projectRoot?: string;
  readonly admin?: boolean;
  /** The content folder the shards were built from, kept safe from the output: `content` unless given. */
  readonly contentDir?: string;
}

/** Joins shard folders into one published site. */
export async function mergeShards(options: MergeOptions): Promise<BuildSummary> {
  const projectRoot = options.projectRoot ?? process.cwd();
  const outDir = await checkOutputFolder({
    outDir: options.outDir,
    projectRoot,
    contentDir: options.contentDir ?? "content",
    inputs: options.shardDirs,
  });
  return withOutputLock(outDir, () => mergeShardsInto(outDir, options));
}

async function mergeShardsInto(outDir: string, options: MergeOptions): Promise<BuildSummary> {
  const started = performance.now();
  const step = stepTimer();
  const projectRoot = options.projectRoot ?? process.cwd();
  const dirs = options.shardDirs.map((dir) => resolve(projectRoot, dir));
  const manifests = await Promise.all(dirs.map(readManifest));
  const first = manifests[0];
  if (!first) throw new BuildFailedError("merge: name the shard folders to join");
  const count = first.shard.count;
  const seen = new Set(manifests.map((m) => m.shard.index));
  if (manifests.some((m) => m.shard.count !== count || !sameSite(m.context, first.context)))
    throw new BuildFailedError(
      "merge: the shards were built from different content or with different options (--prefix, --site-url, ETALASE_NOW); build them again together",
    );
  if (seen.size !== manifests.length || seen.size !== count)
    throw new BuildFailedError(
      `merge: expected shards 1/${count} to ${count}/${count} once each, got ${manifests.map((m) => `${m.shard.index + 1}/${m.shard.count}`).join(", ")}`,
    );
  const digests = manifests
    .flatMap((m, i) => m.digests.map((d) => ({ ...d, summary: join(dirs[i]!, d.summary) })))
    .sort((a, b) => a.slug.localeCompare(b.slug));
  const context = { ...first.context, projectRoot };
  let pages = 0;
  let files = 0;
  await publishAtomically(outDir, "site", async (staging) => {
    for (const dir of dirs)
      for (const name of await readdir(dir))
        if (name !== MANIFEST && name !== SUMMARIES_FOLDER && name !== OUTPUT_MARKER)
          await cp(join(dir, name), join(staging, name), {
            recursive: true,
            force: false,
            errorOnExist: false,
          });
    step("shards copied");
    ({ pages, files } = await finishSite(context, digests, staging, step));
    // The CMS when asked for, as in a whole build; its content folder as the shards saw it.
    if (options.admin)
      await publishAdmin(
        staging,
        relative(first.context.projectRoot, first.context.contentDir),
        projectRoot,
      );
  });
  return {
    pages,
    files,
    centres: context.centres.length,
    milliseconds: performance.now() - started,
  };
}
