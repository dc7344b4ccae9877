/**
 * What the templates receive: the frozen content graph, the page list of the share being
 * rendered, the URLs and the build's "now". A class, so Eleventy's data cascade passes it along
 * instead of deep-merging it.
 */
import { ContentGraph, type EventNode } from "../content/graph.ts";
import { photoKey } from "../images/collect.ts";
import type { PhotoResult, ProcessedPhoto } from "../images/process.ts";
import type { Photo } from "../schema/photo.ts";
import { listPages, type Page, type PageKind } from "./pages.ts";
import { readAssets, type Asset, type Assets } from "./assets.ts";
import { hasEnded } from "./time.ts";
import type { Urls } from "./urls.ts";

/**
 * Which share of the site one Eleventy run writes: some centres' pages and files, the site-wide
 * ones, or both (the whole site, as `npm start` renders it). A page's share is its `owner`.
 */
export interface Share {
  /** The centres whose pages are written; every centre of the graph when absent. */
  readonly centres?: ReadonlySet<string>;
  /** The site-wide pages and files: directory, provinces, search, 404, robots, assets, sitemap, open data. */
  readonly siteWide: boolean;
  /** Only pages of these kinds (a cached centre's daily pages); every kind when absent. */
  readonly kinds?: ReadonlySet<PageKind>;
}

export const WHOLE_SITE: Share = { siteWide: true };

/** Each centre's own graph (the centre, its businesses and events), centre by centre. */
export type CentreGraphs = () => AsyncIterable<ContentGraph>;

export class SiteModel {
  /** The pages of this model's share, for the templates to paginate over. */
  readonly pages: readonly Page[];
  readonly assets: Assets = readAssets();
  /** The assets as a list for Eleventy to paginate over; they are site-wide files. */
  get assetList(): readonly Asset[] {
    return this.share.siteWide ? Object.values(this.assets) : [];
  }
  constructor(
    readonly graph: ContentGraph,
    readonly urls: Urls,
    /** Events that ended before this instant are past (ms since 1970). */
    readonly now: number,
    readonly photos: PhotoResult,
    /**
     * A batch's share lists the pages of its own centres only (every centre is still in the graph,
     * for what pages say about the site): listing every centre's pages for each batch of 6 took
     * 65 ms and 6 MB at 2,000 centres.
     */
    readonly share: Share = WHOLE_SITE,
    /**
     * For the files that list every business and event (sitemap, open data,
     * scripts/pipeline/site-wide-files.ts): by default cut from `graph`; a build's site-wide share,
     * whose graph has no businesses, reads them from each centre's summary on disk.
     */
    readonly centreGraphs: CentreGraphs = () => eachCentreOf(graph),
  ) {
    const pages = listPages(graph, urls, now, share.centres);
    this.pages = Object.freeze(
      pages.filter(
        (page) =>
          (share.siteWide || page.owner !== undefined) &&
          (share.kinds === undefined || share.kinds.has(page.kind)),
      ),
    );
  }

  /** The encoded versions of a photo of a centre; every photo in a built model has them. */
  photo(centreSlug: string, photo: Photo): ProcessedPhoto {
    const found = this.photos.photos.get(photoKey(centreSlug, photo));
    if (!found) throw new Error(`photo ${photoKey(centreSlug, photo)} was not processed`);
    return found;
  }

  isPast(event: EventNode): boolean {
    return hasEnded(event, this.now);
  }
}

async function* eachCentreOf(graph: ContentGraph): AsyncGenerator<ContentGraph> {
  for (const centre of graph.centres)
    yield new ContentGraph([centre], [...graph.businessesOf(centre)], [...graph.eventsOf(centre)]);
}
