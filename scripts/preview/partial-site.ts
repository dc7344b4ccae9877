/**
 * The site model of each live-preview rebuild (`npm start`). The first rebuild, and any after a
 * change that touches every page (scripts/preview/changes.ts), loads the whole site. After an
 * edit inside centres, only those centres' files are loaded again (as a build's batch does,
 * scripts/pipeline/render-parts.ts) and put into the last whole graph; the model's share is those
 * centres, plus the site-wide pages when what they show of the centres changed (events, number
 * of businesses, kinds of product). The other centres' files stay in the output from before.
 */
import { resolve } from "node:path";
import { discoverContent, type ContentFile } from "../content/discover.ts";
import { ContentGraph, tallyOf } from "../content/graph.ts";
import { loadFiles } from "../content/load.ts";
import { checkPhotos, processPhotos, type ProcessedPhoto } from "../images/process.ts";
import { imageCacheDir, loadSiteModel, type SiteOptions } from "../pipeline/site-model.ts";
import { ContentProblemsError } from "../problems/problem.ts";
import { SiteModel, WHOLE_SITE, type Share } from "../site/model.ts";
import { buildNow } from "../site/time.ts";
import { changesOf } from "./changes.ts";

/** What the site-wide pages show of a centre: its events and a tally of its businesses. */
function summaryOf(graph: ContentGraph, slug: string): string {
  const centre = graph.centre(slug);
  if (!centre) return "";
  const events = graph.eventsOf(centre).map((event) => ({ ...event, bodyHtml: undefined }));
  return JSON.stringify([tallyOf(graph.businessesOf(centre)), events]);
}

/** Each centre's content files, as one string per centre: a file added or removed changes it. */
function filesByCentre(files: readonly ContentFile[]): Map<string, string> {
  const by = new Map<string, string[]>();
  for (const file of files)
    by.set(file.centreSlug, [...(by.get(file.centreSlug) ?? []), file.file]);
  return new Map([...by].map(([slug, list]) => [slug, list.sort().join("\n")]));
}

/** `base` with the centres of `fresh` in place of its own. */
function mergeGraphs(base: ContentGraph, fresh: ContentGraph): ContentGraph {
  const replaced = new Set(fresh.centres.map((centre) => centre.slug));
  const kept = base.centres.filter((centre) => !replaced.has(centre.slug));
  // In the order a whole load would give, so centres with the same name sort the same way.
  const centres = [...kept, ...fresh.centres].sort((a, b) => a.slug.localeCompare(b.slug));
  return new ContentGraph(
    centres,
    centres.flatMap((c) => [...(replaced.has(c.slug) ? fresh : base).businessesOf(c)]),
    centres.flatMap((c) => [...(replaced.has(c.slug) ? fresh : base).eventsOf(c)]),
  );
}

export class PartialSite {
  /** The last good whole graph and every photo it uses; undefined until a whole load worked. */
  #graph: ContentGraph | undefined;
  #photos = new Map<string, ProcessedPhoto>();
  /** Centres changed since the last good load, or every page. */
  #pending = new Set<string>();
  #whole = true;
  /** Each centre's files at the last good load: a deletion Eleventy did not report still shows. */
  #files = new Map<string, string>();
  /** The model the sitemap and open data are written from: the site-wide share of the whole graph. */
  #siteFiles: SiteModel | undefined;

  #listing = 0;

  constructor(private readonly options: SiteOptions) {}

  /** Changes whenever a load found files added or removed, or loaded every file again. */
  get listing(): number {
    return this.#listing;
  }

  /** Told the files Eleventy saw change before a rebuild. */
  changed(paths: readonly string[]): void {
    const graph = this.#graph;
    const changes = changesOf(paths, resolve(this.options.contentDir), (slug) => {
      const centre = graph?.centre(slug);
      if (!centre) return undefined;
      const photos = [centre.data.foto_utama, ...(centre.data.galeri ?? [])];
      return new Set(photos.flatMap((photo) => (photo ? [photo.berkas] : [])));
    });
    if (changes.whole) this.#whole = true;
    for (const slug of changes.centres) this.#pending.add(slug);
  }

  /** The model for this rebuild; throws ContentProblemsError when the content has problems. */
  async load(): Promise<SiteModel> {
    try {
      return this.#whole || !this.#graph ? await this.#loadWhole() : await this.#loadPending();
    } catch (error) {
      if (!(error instanceof ContentProblemsError)) this.#whole = true;
      throw error;
    }
  }

  /** The model of the sitemap and open data of the latest good load. */
  siteFiles(): SiteModel | undefined {
    return this.#siteFiles;
  }

  /**
   * While the content has problems: the last good content, for the pages the pending changes
   * touch (they get the problem report on top), not the whole site again.
   */
  lastGood(good: SiteModel): SiteModel {
    if (!this.#graph) return good;
    const share: Share = this.#whole
      ? WHOLE_SITE
      : { centres: new Set(this.#pending), siteWide: false };
    const photos = { photos: this.#photos, files: [], problems: [] };
    return new SiteModel(this.#graph, good.urls, good.now, photos, share);
  }

  async #loadWhole(): Promise<SiteModel> {
    const discovery = await discoverContent(this.#contentDir(), this.#projectRoot());
    const model = await loadSiteModel(this.options);
    this.#files = filesByCentre(discovery.files);
    this.#listing++;
    this.#graph = model.graph;
    this.#photos = new Map(model.photos.photos);
    this.#siteFiles = model;
    this.#whole = false;
    this.#pending.clear();
    return model;
  }

  #projectRoot(): string {
    return this.options.projectRoot ?? process.cwd();
  }

  #contentDir(): string {
    return resolve(this.#projectRoot(), this.options.contentDir);
  }

  async #loadPending(): Promise<SiteModel> {
    const contentDir = this.#contentDir();
    const discovery = await discoverContent(contentDir, this.#projectRoot());
    const now = filesByCentre(discovery.files);
    // A centre added or removed: every page lists the centres.
    if (now.size !== this.#files.size || [...now.keys()].some((slug) => !this.#files.has(slug)))
      return this.#loadWhole();
    for (const [slug, files] of now)
      if (this.#files.get(slug) !== files) {
        this.#pending.add(slug);
        this.#listing++;
      }
    const files = discovery.files.filter((file) => this.#pending.has(file.centreSlug));
    const indexed = new Set(files.flatMap((f) => (f.kind === "centre" ? [f.centreSlug] : [])));
    // A centre folder without its index file: every page lists the centres.
    if ([...this.#pending].some((slug) => !indexed.has(slug))) return this.#loadWhole();
    const loaded = await loadFiles(files);
    if (discovery.problems.length || !loaded.graph)
      throw new ContentProblemsError([
        ...discovery.problems,
        ...loaded.problems,
        ...(await checkPhotos(loaded.photoUses, contentDir)),
      ]);
    const photos = await processPhotos(loaded.photoUses, contentDir, imageCacheDir(this.options));
    if (photos.problems.length) throw new ContentProblemsError(photos.problems);

    const before = this.#graph!;
    const graph = mergeGraphs(before, loaded.graph);
    const centres = new Set(this.#pending);
    const siteWide = [...centres].some(
      (slug) => summaryOf(before, slug) !== summaryOf(graph, slug),
    );
    this.#graph = graph;
    this.#files = now;
    for (const [key, photo] of photos.photos) this.#photos.set(key, photo);
    const urls = this.#siteFiles!.urls;
    const instant = this.options.now ?? buildNow();
    const all = { photos: this.#photos, files: [], problems: [] };
    const siteFilesShare = { centres: new Set<string>(), siteWide: true };
    this.#siteFiles = new SiteModel(graph, urls, instant, all, siteFilesShare);
    this.#pending.clear();
    const share = { centres, siteWide };
    return new SiteModel(graph, urls, instant, { ...all, files: photos.files }, share);
  }
}
