import { inLang } from "../../scripts/content/graph.ts";
import type { PageOf } from "../../scripts/site/pages.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import { Layout } from "../layout/Layout.tsx";
import { BusinessCard } from "../components/cards.tsx";
import { count } from "../lib/format.ts";
import { t } from "../lib/words.ts";
import { listCrumbs, Pager, pageSuffix } from "../components/Pager.tsx";

/**
 * `/<centre>/pengrajin/`: every business of the centre. A centre with more businesses than fit one
 * page gets `/<centre>/pengrajin/halaman/2/` and so on, linked by a pager.
 */
export function BusinessList({ site, page }: { site: SiteModel; page: PageOf<"businesses"> }) {
  const { lang, centre, businesses, pageNumber, pageCount } = page;
  const name = inLang(centre.text, lang).nama;
  const paged = pageSuffix(lang, pageNumber, pageCount);
  const total = site.graph.businessesOf(centre).length;
  return (
    <Layout
      site={site}
      page={page}
      title={`${t(lang, "businessesTitle")}: ${name}${paged}`}
      description={`${t(lang, "businessesTitle")} · ${name}`}
      {...listCrumbs(
        lang,
        pageNumber,
        pageCount,
        [
          { label: t(lang, "directory"), path: site.urls.home(lang) },
          { label: name, path: site.urls.centre(lang, centre.slug) },
        ],
        { label: t(lang, "businessesTitle"), path: site.urls.businesses(lang, centre.slug) },
      )}
    >
      <h1>
        {t(lang, "businessesTitle")}
        {paged}
      </h1>
      {businesses.length ? (
        <>
          {pageCount > 1 && (
            <p class="lead">
              {count(total, lang)} {t(lang, "businessesCount")}
            </p>
          )}
          <ul class="cards">
            {businesses.map((business) => (
              <BusinessCard site={site} business={business} lang={lang} heading="h2" />
            ))}
          </ul>
          <Pager
            site={site}
            lang={lang}
            pageNumber={pageNumber}
            pageCount={pageCount}
            pathOf={(n) => site.urls.businesses(lang, centre.slug, n)}
          />
        </>
      ) : (
        <p>{t(lang, "noBusinesses")}</p>
      )}
    </Layout>
  );
}
