import { inLang } from "../../scripts/content/graph.ts";
import type { PageOf } from "../../scripts/site/pages.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import { CARDS_PER_PAGE } from "../../scripts/site/pagination.ts";
import { provincesOf } from "../../scripts/site/provinces.ts";
import { Layout } from "../layout/Layout.tsx";
import { SearchForm } from "../components/SearchForm.tsx";
import { filterChoices, FILTER_KEYS, PAST_FILTER, type FilterKey } from "../lib/search.ts";
import { t, type WordKey } from "../lib/words.ts";
import { SEARCH_FOLDER } from "../../scripts/search/pagefind.ts";
import { count } from "../lib/format.ts";

const FILTER_LABELS: Record<FilterKey, WordKey> = {
  provinsi: "filterProvince",
  kerajinan: "filterCraft",
  kategori: "filterCategory",
};

/**
 * `/cari/` and `/en/search/`: the form, filters and results. The script (templates/client/search.js)
 * asks Pagefind's index for the page's language and takes its words from the data attributes
 * here, in the page's language; without it, the list of centres below still reaches every page.
 */
export function Search({ site, page }: { site: SiteModel; page: PageOf<"search"> }) {
  const { lang } = page;
  const choices = filterChoices(site, lang);
  return (
    <Layout
      site={site}
      page={page}
      title={t(lang, "searchTitle")}
      description={t(lang, "searchHint")}
      crumbs={[{ label: t(lang, "directory"), path: site.urls.home(lang) }]}
    >
      <h1>{t(lang, "searchTitle")}</h1>
      <SearchForm site={site} lang={lang}>
        <div class="search__filters">
          {FILTER_KEYS.map((key) => (
            <p>
              <label for={`filter-${key}`}>{t(lang, FILTER_LABELS[key])}</label>
              <select id={`filter-${key}`} name={key} data-filter={key}>
                <option value="">{t(lang, "filterAll")}</option>
                {choices[key].map((value) => (
                  <option value={value}>{value}</option>
                ))}
              </select>
            </p>
          ))}
        </div>
      </SearchForm>
      <noscript>
        <p class="notice">{t(lang, "searchNeedsScript")}</p>
      </noscript>
      <p
        id="search-status"
        class="search__status"
        aria-live="polite"
        data-found={t(lang, "searchFound")}
        data-none={t(lang, "searchNone")}
        data-failed={t(lang, "searchFailed")}
      />
      <ol
        id="search-results"
        class="results"
        data-past={t(lang, "past")}
        data-past-filter={`${PAST_FILTER.key}:${PAST_FILTER.value}`}
      />
      <button type="button" id="search-more" class="button button--quiet" hidden>
        {t(lang, "showMore")}
      </button>
      <section class="section" aria-labelledby="browse">
        <h2 id="browse">{t(lang, "browseAll")}</h2>
        {site.graph.centres.length > CARDS_PER_PAGE ? (
          <ul>
            {provincesOf(site.graph).map((province) => (
              <li>
                <a href={site.urls.link(site.urls.province(lang, province.slug))}>
                  {province.name}
                </a>{" "}
                ({count(province.centres.length, lang)} {t(lang, "centresCount")})
              </li>
            ))}
          </ul>
        ) : (
          provincesOf(site.graph).map((province) => (
            <>
              <h3>
                <a href={site.urls.link(site.urls.province(lang, province.slug))}>
                  {province.name}
                </a>
              </h3>
              <ul>
                {province.centres.map((centre) => (
                  <li>
                    <a href={site.urls.link(site.urls.centre(lang, centre.slug))}>
                      {inLang(centre.text, lang).nama}
                    </a>{" "}
                    ({inLang(centre.text, lang).kerajinan})
                  </li>
                ))}
              </ul>
            </>
          ))
        )}
      </section>
      <script
        type="module"
        src={site.urls.link(site.assets.searchScript.path)}
        data-bundle={site.urls.link(`${SEARCH_FOLDER}/`)}
      />
    </Layout>
  );
}
