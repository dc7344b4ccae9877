/**
 * What the templates receive: the frozen content graph, the page list, the URLs and the build's
 * "now". A class, so Eleventy's data cascade passes it along instead of deep-merging it.
 */
import type { ContentGraph, EventNode } from "../content/graph.ts";
import { listPages, type Page } from "./pages.ts";
import { Urls } from "./urls.ts";

export class SiteModel {
  readonly pages: readonly Page[];
  constructor(
    readonly graph: ContentGraph,
    readonly urls: Urls,
    /** Events that ended before this instant are past (ms since 1970). */
    readonly now: number,
  ) {
    this.pages = Object.freeze(listPages(graph, urls));
  }

  isPast(event: EventNode): boolean {
    return event.endsAt < this.now;
  }
}
