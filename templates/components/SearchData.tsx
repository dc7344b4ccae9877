/**
 * What Pagefind reads from an indexed page besides its text: the filters and the facts a result
 * line shows (templates/lib/search.ts). Attributes of empty elements, so none of it becomes
 * indexed text or an excerpt.
 */
import type { SiteModel } from "../../scripts/site/model.ts";
import type { Page } from "../../scripts/site/pages.ts";
import { isIndexed, searchFilters, searchMeta } from "../lib/search.ts";

export function SearchData({ site, page }: { site: SiteModel; page: Page }) {
  if (!isIndexed(page)) return null;
  const filters = Object.entries(searchFilters(site, page)).flatMap(([key, values]) =>
    values.map((value) => <span data-pagefind-filter={`${key}:${value}`} />),
  );
  // `key:value` runs to the end of the attribute, commas included: one fact per element.
  const meta = Object.entries(searchMeta(page)).flatMap(([key, value]) =>
    value ? [<span data-pagefind-meta={`${key}:${value}`} />] : [],
  );
  return (
    <div hidden>
      {filters}
      {meta}
    </div>
  );
}
