import type { PageOf } from "../../scripts/site/pages.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import { Layout } from "../layout/Layout.tsx";
import { BusinessCard } from "../components/cards.tsx";
import { t } from "../lib/words.ts";

/** `/<centre>/pengrajin/`: every business of the centre. */
export function BusinessList({ site, page }: { site: SiteModel; page: PageOf<"businesses"> }) {
  const { lang, centre } = page;
  const businesses = site.graph.businessesOf(centre);
  const name = centre.text[lang].nama;
  return (
    <Layout
      site={site}
      page={page}
      title={`${t(lang, "businessesTitle")}: ${name}`}
      description={`${t(lang, "businessesTitle")} · ${name}`}
      crumbs={[{ label: t(lang, "directory"), path: site.urls.home(lang) }, { label: name, path: site.urls.centre(lang, centre.slug) }]}
    >
      <h1>{t(lang, "businessesTitle")}</h1>
      {businesses.length ? (
        <ul class="cards">
          {businesses.map((business) => (
            <BusinessCard site={site} business={business} lang={lang} heading="h2" />
          ))}
        </ul>
      ) : (
        <p>{t(lang, "noBusinesses")}</p>
      )}
    </Layout>
  );
}
