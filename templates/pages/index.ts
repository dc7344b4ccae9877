/**
 * The component of each page kind. The registry of kinds (scripts/site/page-kinds.ts) is read by
 * code that must not load templates, so this table lives beside the components, keyed by the
 * same kinds: a kind without a component, or a component for another kind's page, is a type error.
 */
import type { VNode } from "preact";
import type { SiteModel } from "../../scripts/site/model.ts";
import type { Page, PageKind, PageOf } from "../../scripts/site/pages.ts";
import { Business } from "./Business.tsx";
import { BusinessList } from "./BusinessList.tsx";
import { CentreHome } from "./CentreHome.tsx";
import { Directory } from "./Directory.tsx";
import { Event } from "./Event.tsx";
import { EventList } from "./EventList.tsx";
import { NotFound } from "./NotFound.tsx";
import { BoothCard, Poster, PrintIndex } from "./PrintSheets.tsx";
import { ProductList } from "./ProductList.tsx";
import { Province } from "./Province.tsx";
import { Search } from "./Search.tsx";
import { Visit } from "./Visit.tsx";

/** A page component: the site model and one page of its kind. */
export type PageComponent<K extends PageKind = PageKind> = (props: {
  site: SiteModel;
  page: PageOf<K>;
}) => VNode;

export const PAGE_COMPONENTS: { readonly [K in PageKind]: PageComponent<K> } = {
  directory: Directory,
  search: Search,
  province: Province,
  centre: CentreHome,
  businesses: BusinessList,
  business: Business,
  products: ProductList,
  events: EventList,
  event: Event,
  visit: Visit,
  print: PrintIndex,
  boothCard: BoothCard,
  poster: Poster,
  notFound: NotFound,
};

/** The component for `page`'s kind. */
export function componentFor(page: Page): PageComponent {
  // TypeScript does not tie `page.kind` to the entry it picks, so the entry is widened here.
  return PAGE_COMPONENTS[page.kind] as PageComponent;
}
