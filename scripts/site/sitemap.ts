/**
 * The files of the sitemap. The sitemaps.org protocol allows 50,000 URLs in one file (and 50 MB;
 * ours take about 500 bytes a URL, so the count binds first), which a site passes at about 450
 * centres. A larger site gets `sitemap.xml` as a sitemap index naming `sitemap-1.xml`,
 * `sitemap-2.xml`, …; robots.txt names `sitemap.xml` either way.
 * ETALASE_SITEMAP_URLS sets a smaller limit, so a test can see the index on a small site.
 * A sitemap holds absolute addresses only, so a build without a site address writes none.
 *
 * The XML is made here; scripts/pipeline/site-wide-files.ts writes the files centre by centre.
 */
import type { Page } from "./pages.ts";
import { alternatesOf } from "./alternates.ts";
import { Urls, type SiteAddress } from "./urls.ts";

/** Paths inside the site (no prefix: `address.absolute` adds it). */
const PATHS = new Urls();

export const SITEMAP_URLS = Number(process.env.ETALASE_SITEMAP_URLS ?? 50_000);
export const SITEMAP = "sitemap.xml";
/** The name of the sitemap's `n`th part (from 1) on a site with an index. */
export const sitemapPart = (n: number) => `sitemap-${n}.xml`;

const xml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
const HEAD = `<?xml version="1.0" encoding="UTF-8"?>\n`;

/** A list of URLs: `URLSET_START`, the entries joined by `URL_SEPARATOR`, `URLSET_END`. */
export const URLSET_START = `${HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n`;
export const URL_SEPARATOR = "\n";
export const URLSET_END = "\n</urlset>\n";

/** One page, with the same page in every language of the list (hreflang alternates). */
export function urlEntry(address: SiteAddress, page: Page): string {
  const alternates = alternatesOf(PATHS, page);
  return [
    "  <url>",
    `    <loc>${xml(address.absolute(page.path))}</loc>`,
    ...alternates.map(
      ({ lang, path }) =>
        `    <xhtml:link rel="alternate" hreflang="${xml(lang)}" href="${xml(address.absolute(path))}"/>`,
    ),
    `    <xhtml:link rel="alternate" hreflang="x-default" href="${xml(address.absolute(alternates[0]!.path))}"/>`,
    "  </url>",
  ].join("\n");
}

export function sitemapIndex(address: SiteAddress, parts: readonly string[]): string {
  const entries = parts.map(
    (part) => `  <sitemap>\n    <loc>${xml(address.absolute(part))}</loc>\n  </sitemap>`,
  );
  return `${HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join("\n")}\n</sitemapindex>\n`;
}
