/**
 * `sitemap.xml`: every page, each with its twin in the other language (hreflang alternates).
 * Above 50,000 pages it is an index of `sitemap-N.xml` files (scripts/site/sitemap.ts).
 */
import type { SiteModel } from "../scripts/site/model.ts";
import type { Page } from "../scripts/site/pages.ts";
import type { SitemapFile } from "../scripts/site/sitemap.ts";

interface TemplateData {
  readonly etalase: SiteModel;
  readonly sitemap: SitemapFile;
}

export const data = {
  pagination: { data: "etalase.sitemaps", size: 1, alias: "sitemap", addAllPagesToCollections: false },
  permalink: (data: TemplateData) => data.sitemap.path,
  eleventyExcludeFromCollections: true,
};

const xml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

function urlEntry(site: SiteModel, page: Page): string {
  const [id, en] = page.lang === "id" ? [page.path, page.alternatePath] : [page.alternatePath, page.path];
  return [
    "  <url>",
    `    <loc>${xml(site.urls.absolute(page.path))}</loc>`,
    `    <xhtml:link rel="alternate" hreflang="id" href="${xml(site.urls.absolute(id))}"/>`,
    `    <xhtml:link rel="alternate" hreflang="en" href="${xml(site.urls.absolute(en))}"/>`,
    `    <xhtml:link rel="alternate" hreflang="x-default" href="${xml(site.urls.absolute(id))}"/>`,
    "  </url>",
  ].join("\n");
}

export function render({ etalase: site, sitemap }: TemplateData): string {
  const head = `<?xml version="1.0" encoding="UTF-8"?>\n`;
  if (sitemap.kind === "index") {
    const parts = sitemap.parts.map((part) => `  <sitemap>\n    <loc>${xml(site.urls.absolute(part))}</loc>\n  </sitemap>`);
    return `${head}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${parts.join("\n")}\n</sitemapindex>\n`;
  }
  const urls = sitemap.pages.map((page) => urlEntry(site, page));
  return `${head}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`;
}
