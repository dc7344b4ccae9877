import type { PageOf } from "../../scripts/site/pages.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import { Layout } from "../layout/Layout.tsx";
import { count } from "../lib/format.ts";
import { t } from "../lib/words.ts";
import { CentreCard } from "../components/cards.tsx";

/** `/provinsi/<slug>/`: the centres of one province, for a tour guide planning a route. */
export function Province({ site, page }: { site: SiteModel; page: PageOf<"province"> }) {
  const { lang, province } = page;
  const title = `${t(lang, "centresIn")} ${province.name}`;
  const businesses = province.centres.reduce((sum, centre) => sum + site.graph.businessesOf(centre).length, 0);
  return (
    <Layout
      site={site}
      page={page}
      title={title}
      description={`${count(province.centres.length, lang)} ${t(lang, "centresCount")}, ${count(businesses, lang)} ${t(lang, "businessesCount")} · ${province.name}`}
      crumbs={[{ label: t(lang, "directory"), path: site.urls.home(lang) }]}
    >
      <h1>{title}</h1>
      <p class="lead">
        {count(province.centres.length, lang)} {t(lang, "centresCount")}, {count(businesses, lang)} {t(lang, "businessesCount")}
      </p>
      <ul class="cards">
        {province.centres.map((centre) => (
          <CentreCard site={site} centre={centre} lang={lang} heading="h2" />
        ))}
      </ul>
    </Layout>
  );
}
