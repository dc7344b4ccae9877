/** `sitemap.xml`: every page, each with its twin in the other language (hreflang alternates). */
import type { SiteModel } from "../scripts/site/model.ts";
import { isListed } from "../scripts/site/pages.ts";

export const data = { permalink: "sitemap.xml", eleventyExcludeFromCollections: true };

const xml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

export function render({ etalase: site }: { etalase: SiteModel }): string {
  const urls = site.pages
    .filter(isListed)
    .map((page) => {
      const [id, en] = page.lang === "id" ? [page.path, page.alternatePath] : [page.alternatePath, page.path];
      return [
        "  <url>",
        `    <loc>${xml(site.urls.absolute(page.path))}</loc>`,
        `    <xhtml:link rel="alternate" hreflang="id" href="${xml(site.urls.absolute(id))}"/>`,
        `    <xhtml:link rel="alternate" hreflang="en" href="${xml(site.urls.absolute(en))}"/>`,
        `    <xhtml:link rel="alternate" hreflang="x-default" href="${xml(site.urls.absolute(id))}"/>`,
        "  </url>",
      ].join("\n");
    });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`;
}
