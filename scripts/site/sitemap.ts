/**
 * The files of the sitemap. The sitemaps.org protocol allows 50,000 URLs in one file (and 50 MB;
 * ours take about 500 bytes a URL, so the count binds first), which a site passes at about 450
 * centres. A larger site gets `sitemap.xml` as a sitemap index naming `sitemap-1.xml`,
 * `sitemap-2.xml`, …; robots.txt names `sitemap.xml` either way.
 * ETALASE_SITEMAP_URLS sets a smaller limit, so a test can see the index on a small site.
 */
import { inGroupsOf } from "../lib/groups.ts";
import { isListed, type Page } from "./pages.ts";

export const SITEMAP_URLS = Number(process.env.ETALASE_SITEMAP_URLS ?? 50_000);
export const SITEMAP = "sitemap.xml";

export type SitemapFile =
  | { readonly kind: "urls"; readonly path: string; readonly pages: readonly Page[] }
  | { readonly kind: "index"; readonly path: string; readonly parts: readonly string[] };

/** The sitemap files for a site's pages: one list of URLs, or an index and its parts. */
export function sitemapFiles(pages: readonly Page[], limit = SITEMAP_URLS): SitemapFile[] {
  const listed = pages.filter(isListed);
  if (listed.length <= limit) return [{ kind: "urls", path: SITEMAP, pages: listed }];
  const parts = inGroupsOf(listed, limit).map((share, i) => ({ kind: "urls", path: `sitemap-${i + 1}.xml`, pages: share }) as const);
  return [{ kind: "index", path: SITEMAP, parts: parts.map((part) => part.path) }, ...parts];
}
