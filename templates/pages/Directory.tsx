import { inLang } from "../../scripts/content/graph.ts";
import type { PageOf } from "../../scripts/site/pages.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import { CARDS_PER_PAGE } from "../../scripts/site/pagination.ts";
import { provincesOf, type Province } from "../../scripts/site/provinces.ts";
import type { Lang } from "../../scripts/content/graph.ts";
import { Layout } from "../layout/Layout.tsx";
import { count } from "../lib/format.ts";
import { t } from "../lib/words.ts";
import { CentreCard } from "../components/cards.tsx";
import { SearchForm } from "../components/SearchForm.tsx";

/** One province as a line: how many centres and businesses, and which crafts. */
function ProvinceSummary({
  site,
  province,
  lang,
}: {
  site: SiteModel;
  province: Province;
  lang: Lang;
}) {
  const businesses = province.centres.reduce(
    (sum, centre) => sum + site.graph.businessCount(centre),
    0,
  );
  const crafts = [...new Set(province.centres.map((c) => inLang(c.text, lang).kerajinan))].sort(
    (a, b) => a.localeCompare(b, lang),
  );
  return (
    <li>
      <a href={site.urls.link(site.urls.province(lang, province.slug))}>{province.name}</a>:{" "}
      {count(province.centres.length, lang)} {t(lang, "centresCount")}, {count(businesses, lang)}{" "}
      {t(lang, "businessesCount")} ({crafts.join(", ")})
    </li>
  );
}

/** `/` and `/en/`: every centre, grouped by province, each province linking to its own page. */
export function Directory({ site, page }: { site: SiteModel; page: PageOf<"directory"> }) {
  const { lang } = page;
  const provinces = provincesOf(site.graph);
  return (
    <Layout
      site={site}
      page={page}
      title={t(lang, "directoryTitle")}
      description={t(lang, "directoryIntro")}
    >
      <h1>{t(lang, "directoryTitle")}</h1>
      <p class="lead">{t(lang, "directoryIntro")}</p>
      <SearchForm site={site} lang={lang} />
      {/* Above a page of cards, provinces only, each linking to its pages of centres. */}
      {site.graph.centres.length > CARDS_PER_PAGE ? (
        <section class="section" aria-labelledby="provinsi">
          <h2 id="provinsi">{t(lang, "byProvince")}</h2>
          <ul class="province-list">
            {provinces.map((province) => (
              <ProvinceSummary site={site} province={province} lang={lang} />
            ))}
          </ul>
        </section>
      ) : (
        provinces.map((province) => (
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
        ))
      )}
    </Layout>
  );
}
