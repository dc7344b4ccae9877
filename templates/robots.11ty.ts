/**
 * `robots.txt`: everything may be indexed; the sitemap says where every page is. The `Sitemap:`
 * line must be absolute, so a build without a site address (and so without a sitemap) has none.
 */
import type { SiteModel } from "../scripts/site/model.ts";
import type { Page } from "../scripts/site/pages.ts";
import { SITEMAP } from "../scripts/site/sitemap.ts";

export const data = {
  // One per site, made with the home page: a run over a batch of centres, which has no site-wide page, writes none.
  pagination: {
    data: "etalase.pages",
    size: 1,
    alias: "route",
    addAllPagesToCollections: false,
    before: (pages: readonly Page[]) =>
      pages.filter((page) => page.kind === "directory" && page.lang === "id"),
  },
  permalink: "robots.txt",
  eleventyExcludeFromCollections: true,
};

export function render({ etalase: site }: { etalase: SiteModel }): string {
  const address = site.urls.address;
  return `User-agent: *\nAllow: /\n${address ? `\nSitemap: ${address.absolute(SITEMAP)}\n` : ""}`;
}
