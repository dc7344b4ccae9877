/**
 * The two halves of a sharded build. `renderCentres` loads, checks and renders the pages of a
 * batch of centres (in a worker process, or in the build's own process for a small site);
 * `renderSiteWide` renders what belongs to no centre (directory, search, provinces, 404,
 * sitemap, robots, open data, assets) once, from a summary of every centre.
 *
 * Every page is rendered with a site model whose graph has every centre of the site (so what a
 * page says about the site as a whole is the same in any shard) but only the batch's businesses
 * and events; the site-wide pass gets every business and event without their Markdown bodies,
 * which no site-wide file shows (tests/renderer.test.ts proves the output equals Eleventy's).
 */
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { ContentFile } from "../content/discover.ts";
import { ContentGraph, type BusinessNode, type CentreNode, type EventNode } from "../content/graph.ts";
import { photoKey } from "../images/collect.ts";
import { checkPhotos, processPhotos, type PhotoResult, type ProcessedPhoto } from "../images/process.ts";
import { loadFiles } from "../content/load.ts";
import type { Problem } from "../problems/problem.ts";
import { SiteModel } from "../site/model.ts";
import { Urls } from "../site/urls.ts";
import { RENDERER, renderWithEleventy } from "./eleventy-render.ts";
import { ownedBy, scanHtml, type UnsafeOutput } from "./scan.ts";
import { STREAMED_TEMPLATES, summaryGraph, writeStreamedFiles } from "./site-wide-files.ts";
import type { CentreDigest } from "./summaries.ts";
import { copyPassthrough, listOutputs, outputFile, recordEleventySetup, renderOutput, templatesOf, type Output } from "./templates.ts";

/** What every part of one build shares; plain data, so it crosses to worker processes. */
export interface BuildContext {
  readonly projectRoot: string;
  /** Absolute. */
  readonly contentDir: string;
  readonly imageCacheDir: string;
  readonly pathPrefix: string;
  /** Resolved once by prepareBuild (scripts/build/site-model.ts); undefined: the site has no address. */
  readonly siteUrl: string | undefined;
  readonly now: number;
  /** Every centre of the site, validated. */
  readonly centres: readonly CentreNode[];
  /** The centres' own photos (hero and gallery), encoded. */
  readonly centrePhotos: ReadonlyMap<string, ProcessedPhoto>;
}

/** What the site-wide pass (and the build cache) keeps of a rendered centre. */
export interface CentreSummary {
  readonly slug: string;
  /** Without their Markdown bodies. */
  readonly businesses: readonly BusinessNode[];
  readonly events: readonly EventNode[];
  /** Every file written for the centre, relative to the site. */
  readonly files: readonly string[];
  /** How many of the site's pages are the centre's. */
  readonly pages: number;
}

export interface BatchResult {
  readonly problems: readonly Problem[];
  readonly unsafe: readonly UnsafeOutput[];
  readonly summaries: readonly CentreSummary[];
}

const NO_BODY = Object.freeze({ id: "", en: "" });
const withoutBody = <T extends { bodyHtml: unknown }>(node: T): T => ({ ...node, bodyHtml: NO_BODY });

function siteModel(context: BuildContext, businesses: readonly BusinessNode[], events: readonly EventNode[], photos: PhotoResult, onlyCentres?: ReadonlySet<string>): SiteModel {
  const graph = new ContentGraph([...context.centres], [...businesses], [...events]);
  return new SiteModel(graph, siteUrls(context), context.now, photos, onlyCentres);
}

const siteUrls = (context: BuildContext) => new Urls(context.pathPrefix, context.siteUrl);

/**
 * Writes files, creating each folder once. Synchronously on purpose: with writes in flight on
 * libuv's thread pool, its threads creating folders and files side by side in one tree cost the
 * kernel 2–4 times the system time of one thread doing it (issue 7: measured on a 100-centre
 * build), and a worker process has nothing else to do meanwhile.
 */
class FileWriter {
  readonly #made = new Set<string>();

  #dir(path: string): void {
    const dir = dirname(path);
    if (this.#made.has(dir)) return;
    mkdirSync(dir, { recursive: true });
    this.#made.add(dir);
  }

  write(path: string, content: string | Buffer): void {
    this.#dir(path);
    writeFileSync(path, content);
  }
  copy(from: string, to: string): void {
    this.#dir(to);
    copyFileSync(from, to);
  }
}

/** Renders outputs into `dirOf(output)`, scanning each HTML page before it is written. */
async function renderInto(outputs: readonly Output[], site: SiteModel, dirOf: (output: Output) => string, writer: FileWriter, unsafe: UnsafeOutput[], written: (output: Output, file: string) => void): Promise<void> {
  const allowed = ownedBy(site);
  for (const output of outputs) {
    const file = outputFile(output);
    if (file === undefined) continue;
    const content = await renderOutput(output);
    if (file.endsWith(".html") && typeof content === "string") for (const what of scanHtml(content, allowed)) unsafe.push({ page: file, what });
    written(output, file);
    writer.write(join(dirOf(output), file), content);
  }
}

/**
 * Loads and checks the files of some centres and, when `dirOf` is given and they have no problem,
 * renders every output that belongs to them into `dirOf(centre)`, photos included.
 */
export async function renderCentres(context: BuildContext, files: readonly ContentFile[], dirOf: ((centre: string) => string) | undefined): Promise<BatchResult> {
  const loaded = await loadFiles(files);
  // The centres' own photos were encoded (or reported) before the batches.
  const uses = loaded.photoUses.filter((use) => !context.centrePhotos.has(photoKey(use.centreSlug, use.photo)));
  // Photos of content with problems are only checked: encoding waits until the content is right.
  if (!loaded.graph) return { problems: [...loaded.problems, ...(await checkPhotos(uses, context.contentDir))], unsafe: [], summaries: [] };
  const batch = loaded.graph;
  const processed = await processPhotos(uses, context.contentDir, context.imageCacheDir);
  if (processed.problems.length) return { problems: processed.problems, unsafe: [], summaries: [] };
  if (!dirOf) return { problems: [], unsafe: [], summaries: [] };

  const businesses = batch.centres.flatMap((c) => batch.businessesOf(c));
  const events = batch.centres.flatMap((c) => batch.eventsOf(c));
  const photos = new Map([...context.centrePhotos, ...processed.photos]);
  const mine = new Set(batch.centres.map((c) => c.slug));
  const site = siteModel(context, businesses, events, { photos, files: [], problems: [] }, mine);
  const setup = recordEleventySetup(site);
  const outputs = listOutputs(await templatesOf(context.projectRoot), setup.globalData).filter((o) => o.centre !== undefined && mine.has(o.centre));

  const writer = new FileWriter();
  const unsafe: UnsafeOutput[] = [];
  const filesOf = new Map<string, string[]>([...mine].map((slug) => [slug, []]));
  const record = (o: Output, file: string) => filesOf.get(o.centre!)!.push(file);
  if (RENDERER === "direct") await renderInto(outputs, site, (o) => dirOf(o.centre!), writer, unsafe, record);
  else
    // One Eleventy run per output folder (a build gives every centre the same one).
    for (const dir of new Set([...mine].map(dirOf))) {
      const here = new Set([...mine].filter((slug) => dirOf(slug) === dir));
      const view = site.withPagesOnly((page) => "centre" in page && here.has(page.centre.slug));
      await renderWithEleventy(outputs.filter((o) => here.has(o.centre!)), view, dir, context.projectRoot, unsafe, record);
    }

  // Each centre's photos go with its pages, so a centre's output is complete on its own.
  const summaries: CentreSummary[] = [];
  for (const centre of batch.centres) {
    const own = new Map<string, ProcessedPhoto>();
    for (const use of loaded.photoUses.filter((u) => u.centreSlug === centre.slug)) own.set(photoKey(use.centreSlug, use.photo), photos.get(photoKey(use.centreSlug, use.photo))!);
    const images = new Set([...own.values()].flatMap((p) => [...p.sources.flatMap((s) => s.files.map((f) => f.filename)), p.og]));
    for (const name of images) writer.copy(join(context.imageCacheDir, name), join(dirOf(centre.slug), "img", name));
    summaries.push({
      slug: centre.slug,
      businesses: batch.businessesOf(centre).map(withoutBody),
      events: batch.eventsOf(centre).map(withoutBody),
      files: [...filesOf.get(centre.slug)!, ...[...images].map((name) => `img/${name}`)],
      pages: site.pages.filter((page) => "centre" in page && page.centre.slug === centre.slug).length,
    });
  }
  return { problems: [], unsafe, summaries };
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
 * The site-wide files, from every centre's digest: the pages from the summary graph (every centre,
 * its events, its number of businesses), the sitemap and the open data centre by centre
 * (scripts/build/site-wide-files.ts), so the memory they take does not grow with the businesses.
 */
export async function renderSiteWide(context: BuildContext, digests: readonly CentreDigest[], outDir: string): Promise<SiteWideResult> {
  const graph = await summaryGraph(context.centres, digests);
  // No site-wide page shows a business's or an event's photo: the centres' own are enough.
  const site = new SiteModel(graph, siteUrls(context), context.now, { photos: new Map(context.centrePhotos), files: [], problems: [] });
  const setup = recordEleventySetup(site);
  const outputs = listOutputs(await templatesOf(context.projectRoot), setup.globalData).filter((o) => o.centre === undefined && !STREAMED_TEMPLATES.has(o.template.file));
  const unsafe: UnsafeOutput[] = [];
  const files: string[] = [];
  // Directly, not with Eleventy: one Eleventy run holds every output until the end; the direct
  // renderer writes one at a time.
  await renderInto(outputs, site, () => outDir, new FileWriter(), unsafe, (_, file) => files.push(file));
  files.push(...(await writeStreamedFiles(site, digests, outDir)));
  files.push(...(await copyPassthrough(setup, context.projectRoot, outDir)));
  await mkdir(join(outDir, "img"), { recursive: true });
  for (const handler of setup.after) await handler({ directories: { output: outDir } });
  const pages = site.pages.filter((page) => !("centre" in page)).length + digests.reduce((sum, digest) => sum + digest.pages, 0);
  return { pages, unsafe, files };
}
