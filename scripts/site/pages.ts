/**
 * The list of every page the site has, each with its kind, language, path, the path of its
 * twin in the other language, and the centre that owns it. Eleventy paginates over this list with one template.
 */
import {
  LANGS,
  type BusinessNode,
  type CentreNode,
  type ContentGraph,
  type EventNode,
  type Lang,
} from "../content/graph.ts";
import { cardPages } from "./pagination.ts";
import { hasEnded } from "./time.ts";
import { provincesOf, type Province } from "./provinces.ts";
import type { Urls } from "./urls.ts";
import { kindInfo } from "./page-kinds.ts";
import type { ProductCategory } from "../schema/index.ts";

/** One product on a centre's products page: its business and its place in the business's list. */
export interface ProductEntry {
  readonly business: BusinessNode;
  readonly index: number;
}

interface PageBase {
  readonly lang: Lang;
  /** Path inside the site without the prefix, e.g. `tapis/acara/`; "" is the home page. */
  readonly path: string;
  /** The same page in the other language. */
  readonly alternatePath: string;
  /**
   * The centre whose share of the site this page is, with every file made from it (calendar,
   * feed); undefined for a site-wide page. A build renders each centre's share in a batch and
   * the site-wide share once (scripts/pipeline/render-parts.ts); the cache and shards keep a
   * centre's files by it.
   */
  readonly owner: string | undefined;
}

export type Page =
  | (PageBase & { readonly kind: "directory" })
  | (PageBase & { readonly kind: "search" })
  | (PageBase & {
      readonly kind: "province";
      readonly province: Province;
      /** This page's share of the province's centres, and where it is among the pages (from 1). */
      readonly centres: readonly CentreNode[];
      readonly pageNumber: number;
      readonly pageCount: number;
    })
  | (PageBase & { readonly kind: "centre"; readonly centre: CentreNode })
  | (PageBase & {
      readonly kind: "businesses";
      readonly centre: CentreNode;
      /** This page's share of the centre's businesses, and where it is among the pages (from 1). */
      readonly businesses: readonly BusinessNode[];
      readonly pageNumber: number;
      readonly pageCount: number;
    })
  | (PageBase & {
      readonly kind: "events";
      readonly centre: CentreNode;
      /** This page's share of the centre's events in list order (eventListOrder), and where it is among the pages. */
      readonly events: readonly EventNode[];
      readonly pageNumber: number;
      readonly pageCount: number;
    })
  | (PageBase & {
      readonly kind: "products";
      readonly centre: CentreNode;
      /** The category this page shows, or undefined for every product. */
      readonly category: ProductCategory | undefined;
      /** The categories the centre's products have, for the filter links. */
      readonly categories: readonly ProductCategory[];
      /** This page's share of the products, and where it is among the pages (from 1). */
      readonly products: readonly ProductEntry[];
      readonly pageNumber: number;
      readonly pageCount: number;
    })
  | (PageBase & { readonly kind: "visit"; readonly centre: CentreNode })
  | (PageBase & { readonly kind: "print"; readonly centre: CentreNode })
  | (PageBase & {
      readonly kind: "business";
      readonly centre: CentreNode;
      readonly business: BusinessNode;
    })
  | (PageBase & { readonly kind: "event"; readonly centre: CentreNode; readonly event: EventNode })
  | (PageBase & {
      readonly kind: "boothCard";
      readonly centre: CentreNode;
      readonly business: BusinessNode;
    })
  | (PageBase & { readonly kind: "poster"; readonly centre: CentreNode })
  | (PageBase & { readonly kind: "notFound" });

export type PageKind = Page["kind"];
/** The page of one kind, for the component that renders it. */
export type PageOf<K extends PageKind> = Extract<Page, { kind: K }>;

const other = (lang: Lang): Lang => (lang === "id" ? "en" : "id");

/** The events list's order: upcoming ones first, soonest first, then past ones, latest first. */
function eventListOrder(events: readonly EventNode[], now: number): EventNode[] {
  return [
    ...events.filter((e) => !hasEnded(e, now)),
    ...events.filter((e) => hasEnded(e, now)).reverse(),
  ];
}

/**
 * A long list's pages (scripts/site/pagination.ts): each page's share of the items, where it is
 * among the pages, and its address and its twin's, from `pathOf(lang, pageNumber)`.
 */
function* listPagesOf<T>(
  items: readonly T[],
  lang: Lang,
  pathOf: (lang: Lang, pageNumber: number) => string,
) {
  const shares = cardPages(items);
  for (const [i, share] of shares.entries())
    yield {
      share,
      pageNumber: i + 1,
      pageCount: shares.length,
      path: pathOf(lang, i + 1),
      alternatePath: pathOf(other(lang), i + 1),
    };
}

/**
 * `now`: the build's instant, which splits events into upcoming and past. `onlyCentres`: list the
 * pages of these centres only (and the site-wide ones), for a batch that renders no other.
 */
export function listPages(
  graph: ContentGraph,
  urls: Urls,
  now: number,
  onlyCentres?: ReadonlySet<string>,
): Page[] {
  const pages: Page[] = [];
  for (const lang of LANGS) {
    const twin = other(lang);
    pages.push({
      kind: "directory",
      owner: undefined,
      lang,
      path: urls.home(lang),
      alternatePath: urls.home(twin),
    });
    pages.push({
      kind: "search",
      owner: undefined,
      lang,
      path: urls.search(lang),
      alternatePath: urls.search(twin),
    });
    for (const province of provincesOf(graph)) {
      for (const { share, ...paging } of listPagesOf(province.centres, lang, (l, n) =>
        urls.province(l, province.slug, n),
      ))
        pages.push({
          kind: "province",
          owner: undefined,
          lang,
          province,
          centres: share,
          ...paging,
        });
    }
    for (const centre of graph.centres) {
      if (onlyCentres && !onlyCentres.has(centre.slug)) continue;
      const c = centre.slug;
      pages.push({
        kind: "centre",
        owner: c,
        lang,
        centre,
        path: urls.centre(lang, c),
        alternatePath: urls.centre(twin, c),
      });
      for (const { share, ...paging } of listPagesOf(graph.businessesOf(centre), lang, (l, n) =>
        urls.businesses(l, c, n),
      ))
        pages.push({ kind: "businesses", owner: c, lang, centre, businesses: share, ...paging });
      for (const { share, ...paging } of listPagesOf(
        eventListOrder(graph.eventsOf(centre), now),
        lang,
        (l, n) => urls.events(l, c, n),
      ))
        pages.push({ kind: "events", owner: c, lang, centre, events: share, ...paging });
      const products = graph
        .businessesOf(centre)
        .flatMap((business) => business.data.produk.map((_, index) => ({ business, index })));
      const categories = graph.productCategoriesOf(centre);
      for (const category of [undefined, ...categories]) {
        const shown = category
          ? products.filter((p) => p.business.data.produk[p.index]!.kategori === category)
          : products;
        for (const { share, ...paging } of listPagesOf(shown, lang, (l, n) =>
          urls.products(l, c, category, n),
        ))
          pages.push({
            kind: "products",
            owner: c,
            lang,
            centre,
            category,
            categories,
            products: share,
            ...paging,
          });
      }
      pages.push({
        kind: "visit",
        owner: c,
        lang,
        centre,
        path: urls.visit(lang, c),
        alternatePath: urls.visit(twin, c),
      });
      pages.push({
        kind: "print",
        owner: c,
        lang,
        centre,
        path: urls.print(lang, c),
        alternatePath: urls.print(twin, c),
      });
      pages.push({
        kind: "poster",
        owner: c,
        lang,
        centre,
        path: urls.poster(lang, c),
        alternatePath: urls.poster(twin, c),
      });
      for (const business of graph.businessesOf(centre)) {
        const b = business.slug;
        pages.push({
          kind: "business",
          owner: c,
          lang,
          centre,
          business,
          path: urls.business(lang, c, b),
          alternatePath: urls.business(twin, c, b),
        });
        pages.push({
          kind: "boothCard",
          owner: c,
          lang,
          centre,
          business,
          path: urls.boothCard(lang, c, b),
          alternatePath: urls.boothCard(twin, c, b),
        });
      }
      for (const event of graph.eventsOf(centre))
        pages.push({
          kind: "event",
          owner: c,
          lang,
          centre,
          event,
          path: urls.event(lang, c, event.slug),
          alternatePath: urls.event(twin, c, event.slug),
        });
    }
  }
  pages.push({
    kind: "notFound",
    owner: undefined,
    lang: "id",
    path: "404.html",
    alternatePath: "404.html",
  });
  return pages;
}

/** In sitemap.xml (scripts/site/page-kinds.ts). */
export function isListed(page: Page): boolean {
  return kindInfo(page.kind).sitemap;
}

/** Where Eleventy writes a page: folders get an index.html. */
export function outputPath(page: Page): string {
  return page.path === "" || page.path.endsWith("/") ? `${page.path}index.html` : page.path;
}
