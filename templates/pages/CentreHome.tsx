import { inLang } from "../../scripts/content/graph.ts";
import type { PageOf } from "../../scripts/site/pages.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import { Layout } from "../layout/Layout.tsx";
import { BusinessCard, EventSections } from "../components/cards.tsx";
import {
  Prose,
  SampleNotice,
  Section,
  ShareOnWhatsApp,
  textLang,
  UntranslatedNotice,
  WhatsAppButton,
} from "../components/bits.tsx";
import { AtAGlance } from "../components/AtAGlance.tsx";
import { calendarDay, count } from "../lib/format.ts";
import { label } from "../lib/labels.ts";
import { fill, t } from "../lib/words.ts";
import { Gallery, HERO_SIZES } from "../components/Gallery.tsx";
import { Picture } from "../components/Picture.tsx";

/**
 * `/<centre>/`: on a phone's first screen, what the centre is, whether it is open today, where it
 * is, the way there and WhatsApp; below, its figures, what is on, who works there.
 */
export function CentreHome({ site, page }: { site: SiteModel; page: PageOf<"centre"> }) {
  const { lang, centre } = page;
  const text = inLang(centre.text, lang);
  const contentLang = textLang(lang, centre.translations);
  const businesses = site.graph.businessesOf(centre);
  const greeting = fill(lang, "greetingCentre", { centre: text.nama });
  return (
    <Layout
      site={site}
      page={page}
      title={text.nama}
      description={text.ringkasan}
      crumbs={[{ label: t(lang, "directory"), path: site.urls.home(lang) }]}
    >
      {centre.data.foto_utama && (
        <Picture
          site={site}
          centreSlug={centre.slug}
          photo={centre.data.foto_utama}
          lang={lang}
          sizes={HERO_SIZES}
          eager
          className="hero"
        />
      )}
      <div class="intro">
        <p class="kicker" data-pagefind-ignore>
          {text.kerajinan} · {centre.data.kota}, {centre.data.provinsi}
        </p>
        <h1 lang={contentLang}>{text.nama}</h1>
        <AtAGlance site={site} centre={centre} lang={lang}>
          <WhatsAppButton
            number={centre.data.whatsapp}
            message={greeting}
            label={t(lang, "chatWhatsApp")}
          />
        </AtAGlance>
        <p class="lead" lang={contentLang}>
          {text.ringkasan}
        </p>
        <ShareOnWhatsApp site={site} path={page.path} title={text.nama} lang={lang} />
      </div>
      <SampleNotice sample={centre.data.contoh} lang={lang} />
      <UntranslatedNotice translations={centre.translations} lang={lang} />

      {centre.data.angka.length > 0 && (
        <Section title={t(lang, "figures")} id="angka">
          <ul class="figures" data-pagefind-ignore>
            {centre.data.angka.map((figure, index) => (
              <li>
                <strong class="figures__value">{count(figure.nilai, lang)}</strong>
                <span class="figures__label">{text.label_angka[index]}</span>
                <small class="figures__source">
                  {t(lang, "source")}:{" "}
                  {figure.sumber_url ? (
                    <a href={figure.sumber_url}>{figure.sumber}</a>
                  ) : (
                    figure.sumber
                  )}
                  , {calendarDay(figure.tanggal, lang)}
                </small>
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Prose site={site} html={inLang(centre.bodyHtml, lang)} lang={contentLang} />
      <Gallery site={site} centreSlug={centre.slug} photos={centre.data.galeri} lang={lang} />

      <EventSections
        site={site}
        events={site.graph.eventsOf(centre)}
        lang={lang}
        ids={["acara", "acara-lalu"]}
        upcomingLimit={3}
        pastLimit={2}
        noUpcoming={t(lang, "noUpcoming")}
      />
      <p data-pagefind-ignore>
        <a href={site.urls.link(site.urls.events(lang, centre.slug))}>{t(lang, "allEvents")} →</a>
      </p>

      <Section
        title={`${t(lang, "businessesTitle")} (${count(businesses.length, lang)})`}
        id="pengrajin"
      >
        <ul class="cards">
          {businesses.slice(0, 6).map((business) => (
            <BusinessCard site={site} business={business} lang={lang} />
          ))}
        </ul>
        <p data-pagefind-ignore>
          <a href={site.urls.link(site.urls.businesses(lang, centre.slug))}>
            {t(lang, "allBusinesses")} →
          </a>
        </p>
      </Section>

      {centre.data.fasilitas.length > 0 && (
        <Section title={t(lang, "facilities")} id="fasilitas">
          <ul class="chips" data-pagefind-ignore>
            {centre.data.fasilitas.map((facility) => (
              <li>{label("facility", facility, lang)}</li>
            ))}
          </ul>
        </Section>
      )}
    </Layout>
  );
}
