/**
 * The one Eleventy template: it paginates over every page of the site model and hands each to
 * the component for its kind. Adding a page kind (scripts/site/page-kinds.ts) without a component
 * is a type error.
 */
import type { VNode } from "preact";
import { renderToString } from "preact-render-to-string";
import type { Page } from "../scripts/site/pages.ts";
import { outputPath } from "../scripts/site/pages.ts";
import type { SiteModel } from "../scripts/site/model.ts";
import { Business } from "./pages/Business.tsx";
import { BusinessList } from "./pages/BusinessList.tsx";
import { CentreHome } from "./pages/CentreHome.tsx";
import { Directory } from "./pages/Directory.tsx";
import { Event } from "./pages/Event.tsx";
import { EventList } from "./pages/EventList.tsx";
import { NotFound } from "./pages/NotFound.tsx";
import { Visit } from "./pages/Visit.tsx";
import { Search } from "./pages/Search.tsx";
import { Province } from "./pages/Province.tsx";
import { BoothCard, Poster, PrintIndex } from "./pages/PrintSheets.tsx";
import { ProductList } from "./pages/ProductList.tsx";

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
  switch (page.kind) {
    case "directory":
      return <Directory site={site} page={page} />;
    case "search":
      return <Search site={site} page={page} />;
    case "province":
      return <Province site={site} page={page} />;
    case "centre":
      return <CentreHome site={site} page={page} />;
    case "businesses":
      return <BusinessList site={site} page={page} />;
    case "business":
      return <Business site={site} page={page} />;
    case "events":
      return <EventList site={site} page={page} />;
    case "event":
      return <Event site={site} page={page} />;
    case "products":
      return <ProductList site={site} page={page} />;
    case "visit":
      return <Visit site={site} page={page} />;
    case "print":
      return <PrintIndex site={site} page={page} />;
    case "boothCard":
      return <BoothCard site={site} page={page} />;
    case "poster":
      return <Poster site={site} page={page} />;
    case "notFound":
      return <NotFound site={site} page={page} />;
  }
}

export function render(data: TemplateData): string {
  return `<!doctype html>\n${renderToString(<PageFor site={data.etalase} page={data.route} />)}`;
}
