import type { PageOf } from "../../scripts/site/pages.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import { Layout } from "../layout/Layout.tsx";
import { count } from "../lib/format.ts";
import { t } from "../lib/words.ts";
import { textLang } from "../components/bits.tsx";
import { CARD_SIZES } from "../components/cards.tsx";
import { Picture } from "../components/Picture.tsx";

/** `/` and `/en/`: every centre, grouped by province. */
export function Directory({ site, page }: { site: SiteModel; page: PageOf<"directory"> }) {
  const { lang } = page;
  const provinces = new Map<string, typeof site.graph.centres[number][]>();
  for (const centre of site.graph.centres) provinces.set(centre.data.provinsi, [...(provinces.get(centre.data.provinsi) ?? []), centre]);
  const sorted = [...provinces.entries()].sort(([a], [b]) => a.localeCompare(b, "id"));
  return (
    <Layout site={site} page={page} title={t(lang, "directoryTitle")} description={t(lang, "directoryIntro")}>
      <h1>{t(lang, "directoryTitle")}</h1>
      <p class="lead">{t(lang, "directoryIntro")}</p>
      {sorted.map(([province, centres]) => (
        <section class="section" aria-labelledby={`prov-${centres[0]!.slug}`}>
          <h2 id={`prov-${centres[0]!.slug}`}>
            {t(lang, "centresIn")} {province}
          </h2>
          <ul class="cards">
            {centres.map((centre) => {
              const upcoming = site.graph.eventsOf(centre).find((e) => !site.isPast(e) && e.data.status !== "dibatalkan");
              return (
                <li class="card card--centre">
                  {centre.data.foto_utama && <Picture site={site} centreSlug={centre.slug} photo={centre.data.foto_utama} lang={lang} sizes={CARD_SIZES} maxWidth={640} className="card__photo" />}
                  <p class="card__kicker">{centre.text[lang].kerajinan}</p>
                  <h3 class="card__title">
                    <a href={site.urls.link(site.urls.centre(lang, centre.slug))} lang={textLang(lang, centre.translated)}>
                      {centre.text[lang].nama}
                    </a>
                  </h3>
                  <p class="card__meta">
                    {centre.data.kota} · {count(site.graph.businessesOf(centre).length, lang)} {t(lang, "businessesCount")}
                    {centre.data.contoh && <span class="tag">{t(lang, "sampleShort")}</span>}
                  </p>
                  <p lang={textLang(lang, centre.translated)}>{centre.text[lang].ringkasan}</p>
                  {upcoming && (
                    <p class="card__next">
                      {t(lang, "nextEvents")}: <span lang={textLang(lang, upcoming.translated)}>{upcoming.text[lang].judul}</span>
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </Layout>
  );
}
