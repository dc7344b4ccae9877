/**
 * The address of a page in each of the site's languages, for the hreflang links and the language
 * switch: the same kind of page, for the same centre, entry or list page, in another language.
 */
import { LANGS, type Lang } from "../content/languages.ts";
import type { Page } from "./pages.ts";
import type { Urls } from "./urls.ts";

/** The path of `page` in `lang`, inside the site and without the prefix (as `page.path`). */
export function pathIn(urls: Urls, page: Page, lang: Lang): string {
  if (lang === page.lang) return page.path;
  switch (page.kind) {
    case "directory":
      return urls.home(lang);
    case "search":
      return urls.search(lang);
    case "province":
      return urls.province(lang, page.province.slug, page.pageNumber);
    case "centre":
      return urls.centre(lang, page.centre.slug);
    case "businesses":
      return urls.businesses(lang, page.centre.slug, page.pageNumber);
    case "events":
      return urls.events(lang, page.centre.slug, page.pageNumber);
    case "visit":
      return urls.visit(lang, page.centre.slug);
    case "products":
      return urls.products(lang, page.centre.slug, page.category, page.pageNumber);
    case "print":
      return urls.print(lang, page.centre.slug);
    case "poster":
      return urls.poster(lang, page.centre.slug);
    case "business":
      return urls.business(lang, page.centre.slug, page.business.slug);
    case "boothCard":
      return urls.boothCard(lang, page.centre.slug, page.business.slug);
    case "event":
      return urls.event(lang, page.centre.slug, page.event.slug);
    case "notFound":
      return page.path;
  }
}

/** The page in every language, the default first: `[{ lang: "id", path }, { lang: "en", path }]`. */
export function alternatesOf(
  urls: Urls,
  page: Page,
): { readonly lang: Lang; readonly path: string }[] {
  return LANGS.map((lang) => ({ lang, path: pathIn(urls, page, lang) }));
}
