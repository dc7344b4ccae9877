/**
 * `sitemap.xml`: every page, each with its twin in the other language (hreflang alternates).
 * Above 50,000 pages it is an index of `sitemap-N.xml` files (scripts/site/sitemap.ts, which
 * makes the XML). None without a site address: a sitemap holds absolute addresses only. The build writes the same files centre by centre (scripts/build/site-wide-files.ts).
 */
import type { SiteModel } from "../scripts/site/model.ts";
import { sitemapIndex, urlEntry, URL_SEPARATOR, URLSET_END, URLSET_START, type SitemapFile } from "../scripts/site/sitemap.ts";

interface TemplateData {
  readonly etalase: SiteModel;
  readonly sitemap: SitemapFile;
}

export const data = {
  pagination: { data: "etalase.sitemaps", size: 1, alias: "sitemap", addAllPagesToCollections: false },
  permalink: (data: TemplateData) => data.sitemap.path,
  eleventyExcludeFromCollections: true,
};

export function render({ etalase: site, sitemap }: TemplateData): string {
  const address = site.urls.address;
  // `etalase.sitemaps` is empty without a site address, so this is never rendered without one.
  if (!address) throw new Error("sitemap.xml needs the site's address");
  if (sitemap.kind === "index") return sitemapIndex(address, sitemap.parts);
  return `${URLSET_START}${sitemap.pages.map((page) => urlEntry(address, page)).join(URL_SEPARATOR)}${URLSET_END}`;
}
