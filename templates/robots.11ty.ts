/**
 * `robots.txt`: everything may be indexed; the sitemap says where every page is. The `Sitemap:`
 * line must be absolute, so a build without a site address (and so without a sitemap) has none.
 */
import type { SiteModel } from "../scripts/site/model.ts";
import { SITEMAP } from "../scripts/site/sitemap.ts";

export const data = {
  // A site-wide file: a run over a batch of centres writes none.
  permalink: ({ etalase: site }: { etalase: SiteModel }) => (site.share.siteWide ? "robots.txt" : false),
  eleventyExcludeFromCollections: true,
};

export function render({ etalase: site }: { etalase: SiteModel }): string {
  const address = site.urls.address;
  return `User-agent: *\nAllow: /\n${address ? `\nSitemap: ${address.absolute(SITEMAP)}\n` : ""}`;
}
