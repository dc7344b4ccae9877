/**
 * The one Eleventy template: it paginates over every page of the site model and hands each to
 * the component for its kind (templates/pages/index.ts, where a page kind of
 * scripts/site/page-kinds.ts without a component is a type error).
 */
import type { VNode } from "preact";
import { renderToString } from "preact-render-to-string";
import type { Page } from "../scripts/site/pages.ts";
import { outputPath } from "../scripts/site/pages.ts";
import type { SiteModel } from "../scripts/site/model.ts";
import { componentFor } from "./pages/index.ts";

interface TemplateData {
  readonly etalase: SiteModel;
  readonly route: Page;
}

export const data = {
  pagination: { data: "etalase.pages", size: 1, alias: "route", addAllPagesToCollections: false },
  permalink: (data: TemplateData) => outputPath(data.route),
  eleventyExcludeFromCollections: true,
};

function PageFor({ site, page }: { site: SiteModel; page: Page }): VNode {
  const Component = componentFor(page);
  return <Component site={site} page={page} />;
}

export function render(data: TemplateData): string {
  return `<!doctype html>\n${renderToString(<PageFor site={data.etalase} page={data.route} />)}`;
}
