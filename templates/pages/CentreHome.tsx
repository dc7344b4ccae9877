import { inLang } from "../../scripts/content/graph.ts";
import type { PageOf } from "../../scripts/site/pages.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import { Layout } from "../layout/Layout.tsx";
import { BusinessCard, EventCards } from "../components/cards.tsx";
import { Prose, SampleNotice, Section, textLang, UntranslatedNotice, WhatsAppButton } from "../components/bits.tsx";
import { calendarDay, count } from "../lib/format.ts";
import { label } from "../lib/labels.ts";
import { fill, t } from "../lib/words.ts";
import { Gallery, HERO_SIZES } from "../components/Gallery.tsx";
import { Picture } from "../components/Picture.tsx";

/** `/<centre>/`: what the centre is, its figures, what is on, who works there. */
export function CentreHome({ site, page }: { site: SiteModel; page: PageOf<"centre"> }) {
  const { lang, centre } = page;
  const text = inLang(centre.text, lang);
  const contentLang = textLang(lang, centre.translations);
  const upcoming = site.graph.eventsOf(centre).filter((e) => !site.isPast(e)).slice(0, 3);
  const businesses = site.graph.businessesOf(centre);
  const greeting = fill(lang, "greetingCentre", { centre: text.nama });
  return (
    <Layout site={site} page={page} title={text.nama} description={text.ringkasan} crumbs={[{ label: t(lang, "directory"), path: site.urls.home(lang) }]}>
      {centre.data.foto_utama && <Picture site={site} centreSlug={centre.slug} photo={centre.data.foto_utama} lang={lang} sizes={HERO_SIZES} eager className="hero" />}
      <div class="intro">
        <p class="kicker">
          {text.kerajinan} · {centre.data.kota}, {centre.data.provinsi}
        </p>
        <h1 lang={contentLang}>{text.nama}</h1>
        <p class="lead" lang={contentLang}>
          {text.ringkasan}
        </p>
        <div class="actions">
          <WhatsAppButton number={centre.data.whatsapp} message={greeting} label={t(lang, "chatWhatsApp")} />
          <a class="button button--quiet" href={site.urls.link(site.urls.visit(lang, centre.slug))}>
            {t(lang, "planVisit")}
          </a>
        </div>
      </div>
      <SampleNotice sample={centre.data.contoh} lang={lang} />
      <UntranslatedNotice translations={centre.translations} lang={lang} />

      {centre.data.angka.length > 0 && (
        <Section title={t(lang, "figures")} id="angka">
          <ul class="figures">
            {centre.data.angka.map((figure, index) => (
              <li>
                <strong class="figures__value">{count(figure.nilai, lang)}</strong>
                <span class="figures__label">{text.label_angka[index]}</span>
                <small class="figures__source">
                  {t(lang, "source")}:{" "}
                  {figure.sumber_url ? <a href={figure.sumber_url}>{figure.sumber}</a> : figure.sumber}, {calendarDay(figure.tanggal, lang)}
                </small>
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Prose site={site} html={inLang(centre.bodyHtml, lang)} lang={contentLang} />
      <Gallery site={site} centreSlug={centre.slug} photos={centre.data.galeri} lang={lang} />

      <Section title={t(lang, "nextEvents")} id="acara">
        <EventCards site={site} events={upcoming} lang={lang} empty={t(lang, "noUpcoming")} />
        <p>
          <a href={site.urls.link(site.urls.events(lang, centre.slug))}>{t(lang, "allEvents")} →</a>
        </p>
      </Section>

      <Section title={`${t(lang, "businessesTitle")} (${count(businesses.length, lang)})`} id="pengrajin">
        <ul class="cards">
          {businesses.slice(0, 6).map((business) => (
            <BusinessCard site={site} business={business} lang={lang} />
          ))}
        </ul>
        <p>
          <a href={site.urls.link(site.urls.businesses(lang, centre.slug))}>{t(lang, "allBusinesses")} →</a>
        </p>
      </Section>

      {centre.data.fasilitas.length > 0 && (
        <Section title={t(lang, "facilities")} id="fasilitas">
          <ul class="chips">
            {centre.data.fasilitas.map((facility) => (
              <li>{label("facility", facility, lang)}</li>
            ))}
          </ul>
        </Section>
      )}
      <p class="print-link">
        <a href={site.urls.link(site.urls.poster(lang, centre.slug))}>{t(lang, "printPoster")}</a>
      </p>
    </Layout>
  );
}
