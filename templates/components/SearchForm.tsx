/**
 * The search box. It is a plain GET form to the search page, so it also works from pages that
 * load no script: the search page reads `?q=` and runs the query.
 */
import type { Lang } from "../../scripts/content/graph.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import type { ComponentChildren } from "preact";
import { t } from "../lib/words.ts";

export function SearchForm({
  site,
  lang,
  children,
}: {
  site: SiteModel;
  lang: Lang;
  children?: ComponentChildren;
}) {
  return (
    <form
      class="search"
      role="search"
      action={site.urls.link(site.urls.search(lang))}
      method="get"
      id="cari"
    >
      <label for="q">{t(lang, "searchLabel")}</label>
      <div class="search__row">
        <input type="search" id="q" name="q" autocomplete="off" aria-describedby="q-hint" />
        <button type="submit" class="button">
          {t(lang, "search")}
        </button>
      </div>
      <p id="q-hint" class="search__hint">
        {t(lang, "searchHint")}
      </p>
      {children}
    </form>
  );
}
