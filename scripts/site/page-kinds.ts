/**
 * Every kind of page as one table: who owns it, its word in addresses, whether search engines,
 * the sitemap, Pagefind and the centre's menu see it, and the word naming it. The sitemap, SEO,
 * search, the menu, the build cache, the dev tools and the tests read it; the dev tools and
 * browser tests take each built page's kind from the site model, never from its address.
 * Nothing in scripts/site imports templates, so each kind's component is a table of its own
 * keyed by these kinds (templates/pages/index.ts); the compiler demands an entry in both.
 */
import type { Lang, SectionNames, WordKey } from "../content/languages.ts";
import type { PageKind } from "./pages.ts";
import { SECTION_NAMES, type Urls } from "./urls.ts";

export interface PageKindInfo {
  /** A centre's page (rendered in the centre's batch, cached with it) or a site-wide one. */
  readonly owner: "centre" | "site";
  /** Its own word in addresses (`languages.json` `sections`), when it has one. */
  readonly section?: keyof SectionNames;
  /** Listed in sitemap.xml. */
  readonly sitemap: boolean;
  /** `<meta name="robots" content="noindex">`: pages for staff, the search form, the 404. */
  readonly noindex: boolean;
  /**
   * The folders Pagefind reads for this kind (`*` for any slug), for one centre or `*`; absent
   * when the kind is not searchable. Only these pages carry `data-pagefind-body`.
   */
  readonly searchable?: (urls: Urls, lang: Lang, centre: string) => readonly string[];
  /** The item of the centre's menu this page is under (a business under `businesses`); absent: none. */
  readonly menu?: PageKind;
  /** For a kind with its own menu item: the address the item links to. */
  readonly menuPath?: (urls: Urls, lang: Lang, centre: string) => string;
  /** Its name in menus and breadcrumbs. */
  readonly word?: WordKey;
  /**
   * Shows today's date (the centre's opening hours today): each day's build renders it anew, and
   * the build cache keeps it apart from the centre's other files (scripts/pipeline/cache.ts).
   * The files made from such a page (the centre's calendar, its feed) go with it.
   */
  readonly changesDaily?: true;
}

/** In the order the dev tools and browser tests go through them; the centre's menu follows it too. */
export const PAGE_KINDS = {
  directory: { owner: "site", sitemap: true, noindex: false, word: "directory" },
  search: { owner: "site", section: "search", sitemap: false, noindex: true, word: "search" },
  province: { owner: "site", section: "province", sitemap: true, noindex: false },
  centre: {
    owner: "centre",
    sitemap: true,
    noindex: false,
    searchable: (urls, lang, c) => [urls.centre(lang, c)],
    menu: "centre",
    menuPath: (urls, lang, c) => urls.centre(lang, c),
    word: "overview",
    changesDaily: true,
  },
  businesses: {
    owner: "centre",
    section: "businesses",
    sitemap: true,
    noindex: false,
    menu: "businesses",
    menuPath: (urls, lang, c) => urls.businesses(lang, c),
    word: "businesses",
  },
  business: {
    owner: "centre",
    section: "businesses",
    sitemap: true,
    noindex: false,
    searchable: (urls, lang, c) => [urls.business(lang, c, "*")],
    menu: "businesses",
  },
  // The list of every product is searchable, each category's page is not: the same products again.
  products: {
    owner: "centre",
    section: "products",
    sitemap: true,
    noindex: false,
    searchable: (urls, lang, c) => [
      urls.products(lang, c),
      `${urls.products(lang, c)}${SECTION_NAMES[lang]!.page}/*/`,
    ],
    menu: "products",
    menuPath: (urls, lang, c) => urls.products(lang, c),
    word: "products",
  },
  events: {
    owner: "centre",
    section: "events",
    sitemap: true,
    noindex: false,
    menu: "events",
    menuPath: (urls, lang, c) => urls.events(lang, c),
    word: "events",
  },
  event: {
    owner: "centre",
    section: "events",
    sitemap: true,
    noindex: false,
    searchable: (urls, lang, c) => [urls.event(lang, c, "*")],
    menu: "events",
  },
  visit: {
    owner: "centre",
    section: "visit",
    sitemap: true,
    noindex: false,
    menu: "visit",
    menuPath: (urls, lang, c) => urls.visit(lang, c),
    word: "visit",
  },
  print: { owner: "centre", section: "print", sitemap: false, noindex: true, word: "printSheets" },
  boothCard: { owner: "centre", section: "card", sitemap: false, noindex: true, word: "boothCard" },
  poster: { owner: "centre", sitemap: false, noindex: true, word: "poster" },
  notFound: { owner: "site", sitemap: false, noindex: true },
} as const satisfies Record<PageKind, PageKindInfo>;

/** The kinds, in the table's order. */
export const ALL_KINDS = Object.keys(PAGE_KINDS) as PageKind[];

export function kindInfo(kind: PageKind): PageKindInfo {
  return PAGE_KINDS[kind];
}

/** The kinds whose pages change with the day, though their content does not. */
export const DAILY_KINDS: ReadonlySet<PageKind> = new Set(
  ALL_KINDS.filter((kind) => kindInfo(kind).changesDaily),
);

/** The kinds with an item of their own in the centre's menu, in order. */
export const MENU_KINDS = ALL_KINDS.filter((kind) => kindInfo(kind).menuPath !== undefined);
