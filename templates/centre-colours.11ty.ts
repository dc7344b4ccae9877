/**
 * A centre that chose its own two colours gets a small stylesheet of them beside its home page
 * (`<centre>/warna.<hash>.css`): the strict CSP allows no inline style (templates/lib/theme.ts).
 */
import { defaultLanguage } from "../scripts/content/languages.ts";
import type { SiteModel } from "../scripts/site/model.ts";
import type { Page, PageOf } from "../scripts/site/pages.ts";
import { centreColours, centreColoursPath } from "./lib/theme.ts";

interface TemplateData {
  readonly etalase: SiteModel;
  readonly route: PageOf<"centre">;
}

export const data = {
  pagination: {
    data: "etalase.pages",
    size: 1,
    alias: "route",
    addAllPagesToCollections: false,
    before: (pages: readonly Page[]) =>
      pages.filter(
        (page): page is PageOf<"centre"> =>
          page.kind === "centre" &&
          page.lang === defaultLanguage().code &&
          centreColours(page.centre) !== undefined,
      ),
  },
  permalink: ({ etalase: site, route }: TemplateData) => centreColoursPath(site.urls, route.centre),
  eleventyExcludeFromCollections: true,
};

export function render({ route }: TemplateData): string {
  return centreColours(route.centre)!.css;
}
