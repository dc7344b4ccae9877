/**
 * The two shares of a build, each one Eleventy run (scripts/pipeline/eleventy-run.ts).
 * `renderCentres` loads, checks and renders the pages of a batch of centres (in a worker process,
 * or in the build's own process for a small site); `renderSiteWide` renders what belongs to no
 * centre (directory, search, provinces, 404, robots, assets, sitemap, open data) once, from a
 * summary of every centre.
 *
 * A batch's site model has every centre of the site (so what a page says about the site as a whole
 * is the same in any shard) but only the batch's businesses and events; the site-wide share gets
 * every centre, its events and a tally of its businesses (tests/renderer.test.ts proves the output
 * equals one Eleventy run over the whole site).
 */
import { copyFileSync, mkdirSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { deserialize, serialize } from "node:v8";
import { dirname, join } from "node:path";
import type { ContentFile } from "../content/discover.ts";
import {
  ContentGraph,
  type BusinessNode,
  type CentreNode,
  type EventNode,
} from "../content/graph.ts";
import { photoKey } from "../images/collect.ts";
import { checkPhotos, processPhotos, type ProcessedPhoto } from "../images/process.ts";
import { loadFiles } from "../content/load.ts";
import { BuildFailedError, type Problem } from "../problems/problem.ts";
import { SiteModel } from "../site/model.ts";
import { DAILY_KINDS } from "../site/page-kinds.ts";
import { useQrCache } from "../site/qr.ts";
import { Urls } from "../site/urls.ts";
import { runEleventy, type Written } from "./eleventy-run.ts";
import { ownedBy, scanHtml, type UnsafeOutput } from "./scan.ts";
import { centreGraphsOf, summaryGraph, type CentreDigest } from "./summaries.ts";

/** What every part of one build shares; plain data, so it crosses to worker processes. */
export interface BuildContext {
  readonly projectRoot: string;
  /** Absolute. */
  readonly contentDir: string;
  readonly imageCacheDir: string;
  readonly pathPrefix: string;
  /** Resolved once by prepareBuild (scripts/pipeline/site-model.ts); undefined: the site has no address. */
  readonly siteUrl: string | undefined;
  readonly now: number;
  /** Every centre of the site, validated. */
  readonly centres: readonly CentreNode[];
  /** The centres' own photos (hero and gallery), encoded. */
  readonly centrePhotos: ReadonlyMap<string, ProcessedPhoto>;
  /**
   * With the build cache: where each rendered centre's daily inputs go, so a later day's build can
   * render its daily pages without loading its content again.
   */
  readonly dailyInputsDir?: string;
}

/** What a centre's daily pages are made from: its loaded content and encoded photos. */
export interface DailyInputs {
  readonly businesses: readonly BusinessNode[];
  readonly events: readonly EventNode[];
  readonly photos: readonly (readonly [string, ProcessedPhoto])[];
}

export const dailyInputsFile = (dir: string, slug: string) => join(dir, `${slug}.daily.v8`);

/** What the site-wide pass (and the build cache) keeps of a rendered centre. */
export interface CentreSummary {
  readonly slug: string;
  /** Without their Markdown bodies. */
  readonly businesses: readonly BusinessNode[];
  readonly events: readonly EventNode[];
  /** Every file written for the centre, relative to the site. */
  readonly files: readonly string[];
  /** Those of them made from its pages that change with the day (scripts/site/page-kinds.ts). */
  readonly dailyFiles: readonly string[];
  /** The "now" they were rendered for. */
  readonly now: number;
  /** How many of the site's pages are the centre's. */
  readonly pages: number;
}

export interface BatchResult {
  readonly problems: readonly Problem[];
  readonly unsafe: readonly UnsafeOutput[];
  readonly summaries: readonly CentreSummary[];
}

const NO_BODY = Object.freeze({ id: "", en: "" });
const withoutBody = <T extends { bodyHtml: unknown }>(node: T): T => ({
  ...node,
  bodyHtml: NO_BODY,
});

const siteUrls = (context: BuildContext) => new Urls(context.pathPrefix, context.siteUrl);

/** Every share's QR codes are kept beside the encoded photos, for the next build (scripts/site/qr.ts). */
const keepQrCodes = (context: BuildContext) => useQrCache(join(context.imageCacheDir, "qr"));

/** The HTML pages Eleventy wrote that hold something unsafe (scripts/pipeline/scan.ts). */
function scan(written: readonly Written[], site: SiteModel): UnsafeOutput[] {
  const allowed = ownedBy(site);
  return written.flatMap(({ file, content }) =>
    file.endsWith(".html") && typeof content === "string"
      ? scanHtml(content, allowed).map((what) => ({ page: file, what }))
      : [],
  );
}

/** A file of another share means a template or plugin writes something no page owns. */
function notInShare(file: string, share: string): BuildFailedError {
  return new BuildFailedError(
    `Eleventy wrote ${file} while rendering ${share}, which does not own it: a template or plugin writes a file that no page of scripts/site/pages.ts owns`,
  );
}

/** Copies a photo, creating each folder once: a worker copies thousands. */
function photoCopier(): (from: string, to: string) => void {
  const made = new Set<string>();
  return (from, to) => {
    if (!made.has(dirname(to))) mkdirSync(dirname(to), { recursive: true });
    made.add(dirname(to));
    copyFileSync(from, to);
  };
}

/**
 * Loads and checks the files of some centres and, when `outDir` is given and they have no problem,
 * renders every file they own into it, photos included.
 */
export async function renderCentres(
  context: BuildContext,
  files: readonly ContentFile[],
  outDir: string | undefined,
): Promise<BatchResult> {
  keepQrCodes(context);
  const loaded = await loadFiles(files);
  // The centres' own photos were encoded (or reported) before the batches.
  const uses = loaded.photoUses.filter(
    (use) => !context.centrePhotos.has(photoKey(use.centreSlug, use.photo)),
  );
  // Photos of content with problems are only checked: encoding waits until the content is right.
  if (!loaded.graph)
    return {
      problems: [...loaded.problems, ...(await checkPhotos(uses, context.contentDir))],
      unsafe: [],
      summaries: [],
    };
  const batch = loaded.graph;
  const processed = await processPhotos(uses, context.contentDir, context.imageCacheDir);
  if (processed.problems.length) return { problems: processed.problems, unsafe: [], summaries: [] };
  if (outDir === undefined) return { problems: [], unsafe: [], summaries: [] };

  const businesses = batch.centres.flatMap((c) => batch.businessesOf(c));
  const events = batch.centres.flatMap((c) => batch.eventsOf(c));
  const photos = new Map([...context.centrePhotos, ...processed.photos]);
  const mine = new Set(batch.centres.map((c) => c.slug));
  const graph = new ContentGraph([...context.centres], businesses, events);
  const site = new SiteModel(
    graph,
    siteUrls(context),
    context.now,
    { photos, files: [], problems: [] },
    { centres: mine, siteWide: false },
  );
  const { written } = await runEleventy(site, outDir, context.projectRoot);

  const filesOf = filesByOwner(written, mine);
  const dailyFiles = new Set(
    written.filter((w) => w.kind !== undefined && DAILY_KINDS.has(w.kind)).map((w) => w.file),
  );

  // Each centre's photos go with its pages, so a centre's output is complete on its own.
  const copy = photoCopier();
  const summaries: CentreSummary[] = [];
  for (const centre of batch.centres) {
    const own = new Map<string, ProcessedPhoto>();
    for (const use of loaded.photoUses.filter((u) => u.centreSlug === centre.slug))
      own.set(
        photoKey(use.centreSlug, use.photo),
        photos.get(photoKey(use.centreSlug, use.photo))!,
      );
    const images = new Set(
      [...own.values()].flatMap((p) => [
        ...p.sources.flatMap((s) => s.files.map((f) => f.filename)),
        p.og,
      ]),
    );
    for (const name of images) copy(join(context.imageCacheDir, name), join(outDir, "img", name));
    const files = filesOf.get(centre.slug)!;
    summaries.push({
      slug: centre.slug,
      businesses: batch.businessesOf(centre).map(withoutBody),
      events: batch.eventsOf(centre).map(withoutBody),
      files: [...files, ...[...images].map((name) => `img/${name}`)],
      dailyFiles: files.filter((file) => dailyFiles.has(file)),
      now: context.now,
      pages: site.pages.filter((page) => page.owner === centre.slug).length,
    });
    if (context.dailyInputsDir)
      await writeDailyInputs(context.dailyInputsDir, centre.slug, {
        businesses: batch.businessesOf(centre),
        events: batch.eventsOf(centre),
        photos: [...own],
      });
  }
  return { problems: [], unsafe: scan(written, site), summaries };
}

async function writeDailyInputs(dir: string, slug: string, inputs: DailyInputs): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(dailyInputsFile(dir, slug), serialize(inputs));
}

/** Each centre's files of a run, or an error for a file no centre of the run owns. */
function filesByOwner(
  written: readonly Written[],
  mine: ReadonlySet<string>,
): Map<string, string[]> {
  const filesOf = new Map<string, string[]>([...mine].map((slug) => [slug, []]));
  for (const { file, owner } of written) {
    const own = owner === undefined ? undefined : filesOf.get(owner);
    if (!own) throw notInShare(file, `the centres ${[...mine].join(", ")}`);
    own.push(file);
  }
  return filesOf;
}

/** What rendering some centres' daily pages wrote. */
export interface DailyResult {
  readonly unsafe: readonly UnsafeOutput[];
  /** Each centre's files, relative to the site. */
  readonly files: readonly (readonly [string, readonly string[]])[];
}

/**
 * Renders only the pages that change with the day (scripts/site/page-kinds.ts `changesDaily`) of
 * centres whose other files come from the build cache, from the inputs their last full render kept.
 */
export async function renderDailyPages(
  context: BuildContext,
  centres: readonly { readonly slug: string; readonly inputs: string }[],
  outDir: string,
): Promise<DailyResult> {
  keepQrCodes(context);
  const businesses: BusinessNode[] = [];
  const events: EventNode[] = [];
  const photos = new Map(context.centrePhotos);
  for (const centre of centres) {
    const inputs = deserialize(await readFile(centre.inputs)) as DailyInputs;
    businesses.push(...inputs.businesses);
    events.push(...inputs.events);
    for (const [key, photo] of inputs.photos) photos.set(key, photo);
  }
  const mine = new Set(centres.map((c) => c.slug));
  const site = new SiteModel(
    new ContentGraph([...context.centres], businesses, events),
    siteUrls(context),
    context.now,
    { photos, files: [], problems: [] },
    { centres: mine, siteWide: false, kinds: DAILY_KINDS },
  );
  const { written } = await runEleventy(site, outDir, context.projectRoot);
  return { unsafe: scan(written, site), files: [...filesByOwner(written, mine)] };
}

/** What the site-wide step reports. */
export interface SiteWideResult {
  /** Every page of the site, as the build reports it. */
  readonly pages: number;
  readonly unsafe: readonly UnsafeOutput[];
  /** The files written, relative to the site. */
  readonly files: readonly string[];
}

/**
 * The site-wide share, from every centre's digest: the pages from the summary graph (every centre,
 * its events, its number of businesses); the sitemap and the open data centre by centre from the
 * summaries (scripts/pipeline/site-wide-files.ts), so their memory does not grow with the businesses.
 */
export async function renderSiteWide(
  context: BuildContext,
  digests: readonly CentreDigest[],
  outDir: string,
): Promise<SiteWideResult> {
  keepQrCodes(context);
  const graph = await summaryGraph(context.centres, digests);
  // No site-wide page shows a business's or an event's photo: the centres' own are enough.
  const photos = { photos: new Map(context.centrePhotos), files: [], problems: [] };
  const site = new SiteModel(
    graph,
    siteUrls(context),
    context.now,
    photos,
    { centres: new Set(), siteWide: true },
    centreGraphsOf(graph.centres, digests),
  );
  const { written, otherFiles } = await runEleventy(site, outDir, context.projectRoot);
  for (const { file, owner } of written)
    if (owner !== undefined) throw notInShare(file, "the site-wide pages");
  await mkdir(join(outDir, "img"), { recursive: true });
  const pages = site.pages.length + digests.reduce((sum, digest) => sum + digest.pages, 0);
  return {
    pages,
    unsafe: scan(written, site),
    files: [...written.map((w) => w.file), ...otherFiles],
  };
}
