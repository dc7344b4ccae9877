import type { PageOf } from "../../scripts/site/pages.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import { provincesOf } from "../../scripts/site/provinces.ts";
import { Layout } from "../layout/Layout.tsx";
import { t } from "../lib/words.ts";
import { CentreCard } from "../components/cards.tsx";
import { SearchForm } from "../components/SearchForm.tsx";

/** `/` and `/en/`: every centre, grouped by province, each province linking to its own page. */
export function Directory({ site, page }: { site: SiteModel; page: PageOf<"directory"> }) {
  const { lang } = page;
  return (
    <Layout site={site} page={page} title={t(lang, "directoryTitle")} description={t(lang, "directoryIntro")}>
      <h1>{t(lang, "directoryTitle")}</h1>
      <p class="lead">{t(lang, "directoryIntro")}</p>
      <SearchForm site={site} lang={lang} />
      {provincesOf(site.graph).map((province) => (
        <section class="section" aria-labelledby={`prov-${province.slug}`}>
          <h2 id={`prov-${province.slug}`}>
            <a href={site.urls.link(site.urls.province(lang, province.slug))}>
              {t(lang, "centresIn")} {province.name}
            </a>
          </h2>
          <ul class="cards">
            {province.centres.map((centre) => (
              <CentreCard site={site} centre={centre} lang={lang} />
            ))}
          </ul>
        </section>
      ))}
    </Layout>
  );
}
