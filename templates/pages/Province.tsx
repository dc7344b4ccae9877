import type { PageOf } from "../../scripts/site/pages.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import { Layout } from "../layout/Layout.tsx";
import { count } from "../lib/format.ts";
import { t } from "../lib/words.ts";
import { CentreCard } from "../components/cards.tsx";
import { listCrumbs, Pager, pageSuffix } from "../components/Pager.tsx";

/**
 * `/provinsi/<slug>/`: the centres of one province, for a tour guide planning a route. A province
 * with more centres than fit one page gets `/provinsi/<slug>/2/` and so on, linked by a pager.
 */
export function Province({ site, page }: { site: SiteModel; page: PageOf<"province"> }) {
  const { lang, province, pageNumber, pageCount } = page;
  const heading = `${t(lang, "centresIn")} ${province.name}`;
  // Each page of a long list gets a title of its own, for search engines and browser tabs.
  const title = `${heading}${pageSuffix(lang, pageNumber, pageCount)}`;
  const businesses = province.centres.reduce(
    (sum, centre) => sum + site.graph.businessCount(centre),
    0,
  );
  const summary = `${count(province.centres.length, lang)} ${t(lang, "centresCount")}, ${count(businesses, lang)} ${t(lang, "businessesCount")}`;
  return (
    <Layout
      site={site}
      page={page}
      title={title}
      description={`${summary} · ${province.name}`}
      {...listCrumbs(
        lang,
        pageNumber,
        pageCount,
        [{ label: t(lang, "directory"), path: site.urls.home(lang) }],
        { label: heading, path: site.urls.province(lang, province.slug) },
      )}
    >
      <h1>{title}</h1>
      <p class="lead">{summary}</p>
      <ul class="cards">
        {page.centres.map((centre) => (
          <CentreCard site={site} centre={centre} lang={lang} heading="h2" />
        ))}
      </ul>
      <Pager
        site={site}
        lang={lang}
        pageNumber={pageNumber}
        pageCount={pageCount}
        pathOf={(n) => site.urls.province(lang, province.slug, n)}
      />
    </Layout>
  );
}
