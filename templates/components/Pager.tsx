import type { Lang } from "../../scripts/content/graph.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import { t } from "../lib/words.ts";
import type { Crumb } from "../layout/Layout.tsx";

/** "Halaman 2 dari 5" / "Page 2 of 5", for the title and the pager. */
function pageLabel(lang: Lang, pageNumber: number, pageCount: number): string {
  return `${t(lang, "page")} ${pageNumber} ${t(lang, "pageOf")} ${pageCount}`;
}

/** " (halaman 2 dari 5)" after a list's heading and title, so each page has its own; "" for a list of one page. */
export function pageSuffix(lang: Lang, pageNumber: number, pageCount: number): string {
  return pageCount > 1 ? ` (${pageLabel(lang, pageNumber, pageCount).toLowerCase()})` : "";
}

/**
 * A long list's breadcrumb: on page 2 and on it leads back to the list's first page and ends with
 * "Halaman 2 dari 5", instead of repeating the page's whole title. For Layout's `crumbs` and `here`.
 */
export function listCrumbs(
  lang: Lang,
  pageNumber: number,
  pageCount: number,
  crumbs: readonly Crumb[],
  firstPage: Crumb,
): { crumbs: readonly Crumb[]; here?: string } {
  return pageNumber > 1
    ? { crumbs: [...crumbs, firstPage], here: pageLabel(lang, pageNumber, pageCount) }
    : { crumbs };
}

/**
 * Links between the pages of a long list: previous, every page by number, next. Plain links,
 * so it works without JavaScript; the current page is marked for screen readers.
 */
export function Pager({
  site,
  lang,
  pageNumber,
  pageCount,
  pathOf,
}: {
  site: SiteModel;
  lang: Lang;
  pageNumber: number;
  pageCount: number;
  pathOf: (pageNumber: number) => string;
}) {
  if (pageCount < 2) return null;
  const numbers = Array.from({ length: pageCount }, (_, i) => i + 1);
  return (
    <nav class="pager" aria-label={t(lang, "pages")}>
      <p>{pageLabel(lang, pageNumber, pageCount)}</p>
      <ul>
        {pageNumber > 1 && (
          <li>
            <a href={site.urls.link(pathOf(pageNumber - 1))} rel="prev">
              {t(lang, "previousPage")}
            </a>
          </li>
        )}
        {numbers.map((n) => (
          <li>
            <a
              href={site.urls.link(pathOf(n))}
              aria-current={n === pageNumber ? "page" : undefined}
            >
              {n}
            </a>
          </li>
        ))}
        {pageNumber < pageCount && (
          <li>
            <a href={site.urls.link(pathOf(pageNumber + 1))} rel="next">
              {t(lang, "nextPage")}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
