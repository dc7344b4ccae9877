/**
 * What the templates receive: the frozen content graph, the page list, the URLs and the build's
 * "now". A class, so Eleventy's data cascade passes it along instead of deep-merging it.
 */
import type { ContentGraph, EventNode } from "../content/graph.ts";
import { photoKey } from "../images/collect.ts";
import type { PhotoResult, ProcessedPhoto } from "../images/process.ts";
import type { Photo } from "../schema/photo.ts";
import { listPages, type Page } from "./pages.ts";
import { readAssets, type Asset, type Assets } from "./assets.ts";
import { sitemapFiles, type SitemapFile } from "./sitemap.ts";
import { hasEnded } from "./time.ts";
import { Urls } from "./urls.ts";

export class SiteModel {
  readonly pages: readonly Page[];
  readonly assets: Assets = readAssets();
  /** The same, as a list for Eleventy to paginate over. */
  get assetList(): readonly Asset[] {
    return Object.values(this.assets);
  }
  /** `sitemap.xml`, or an index and its parts on a site of more than 50,000 pages. */
  get sitemaps(): readonly SitemapFile[] {
    // A batch's model knows only its own centres' pages, and writes no sitemap: the site-wide step does.
    if (this.onlyCentres) return [];
    // A sitemap lists absolute addresses: none without a site address.
    if (!this.urls.address) return [];
    return sitemapFiles(this.pages);
  }
  constructor(
    readonly graph: ContentGraph,
    readonly urls: Urls,
    /** Events that ended before this instant are past (ms since 1970). */
    readonly now: number,
    readonly photos: PhotoResult,
    /**
     * A batch's model: pages for these centres only, with the site-wide ones (every centre is still
     * in the graph, for what pages say about the site). Listing every centre's pages for each
     * batch of 6 took 65 ms and 6 MB at 2,000 centres, and as long again to list their outputs.
     */
    readonly onlyCentres?: ReadonlySet<string>,
  ) {
    this.pages = Object.freeze(listPages(graph, urls, now, onlyCentres));
  }

  /**
   * The same site with only some of its pages to write, for rendering a share of it with Eleventy
   * (scripts/build/eleventy-render.ts): the templates paginate over `pages`, while the sitemap still
   * lists every page of the site. A view, not a copy: it keeps no state of its own.
   */
  withPagesOnly(keep: (page: Page) => boolean): SiteModel {
    return Object.create(this, {
      pages: { value: Object.freeze(this.pages.filter(keep)) },
      // Read from the whole site, and only if a template asks (a batch's view never renders the sitemap).
      sitemaps: { get: () => this.sitemaps },
    }) as SiteModel;
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
