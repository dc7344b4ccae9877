/** `robots.txt`: everything may be indexed; the sitemap says where every page is. */
import type { SiteModel } from "../scripts/site/model.ts";

export const data = { permalink: "robots.txt", eleventyExcludeFromCollections: true };

export function render({ etalase: site }: { etalase: SiteModel }): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${site.urls.absolute("sitemap.xml")}\n`;
}
