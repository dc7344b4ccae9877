import { inLang } from "../../scripts/content/graph.ts";
import type { PageOf } from "../../scripts/site/pages.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import { Layout } from "../layout/Layout.tsx";
import { BusinessCard, EventStatusBadge } from "../components/cards.tsx";
import {
  Prose,
  SampleNotice,
  Section,
  ShareOnWhatsApp,
  textLang,
  UntranslatedNotice,
  WhatsAppButton,
} from "../components/bits.tsx";
import { count, eventWhen, isoLocal, rupiah } from "../lib/format.ts";
import { label } from "../lib/labels.ts";
import { fill, t } from "../lib/words.ts";
import { HERO_SIZES } from "../components/Gallery.tsx";
import { Picture } from "../components/Picture.tsx";
import { RunningOrder } from "../components/RunningOrder.tsx";

/**
 * `/<centre>/acara/<slug>/`: when, where, what it costs, how to register, the running order, who
 * takes part. Once it has ended the page says so first, and offers neither registration nor a
 * calendar entry.
 */
export function Event({ site, page }: { site: SiteModel; page: PageOf<"event"> }) {
  const { lang, centre, event } = page;
  const d = event.data;
  const text = inLang(event.text, lang);
  const contentLang = textLang(lang, event.translations);
  const centreName = inLang(centre.text, lang).nama;
  const featured = site.graph.featuredIn(event);
  const past = site.isPast(event);
  const message = fill(lang, "greetingEvent", { centre: centreName, event: text.judul });
  return (
    <Layout
      site={site}
      page={page}
      title={text.judul}
      description={text.ringkasan}
      crumbs={[
        { label: centreName, path: site.urls.centre(lang, centre.slug) },
        { label: t(lang, "events"), path: site.urls.events(lang, centre.slug) },
      ]}
    >
      {past && (
        <p class="notice notice--past" data-pagefind-ignore>
          <strong>{t(lang, "eventEnded")}</strong>{" "}
          {fill(lang, "eventEndedOn", { when: eventWhen(event, lang) })}
        </p>
      )}
      {d.foto && (
        <Picture
          site={site}
          centreSlug={centre.slug}
          photo={d.foto}
          lang={lang}
          sizes={HERO_SIZES}
          eager
          className="hero"
        />
      )}
      <div class="intro">
        <p class="kicker" data-pagefind-ignore>
          {label("eventKind", d.jenis, lang)} <EventStatusBadge event={event} lang={lang} />
        </p>
        <h1 lang={contentLang}>{text.judul}</h1>
        <p class="lead" lang={contentLang}>
          {text.ringkasan}
        </p>
        <ShareOnWhatsApp site={site} path={page.path} title={text.judul} lang={lang} />
      </div>
      <SampleNotice sample={d.contoh} lang={lang} />
      <UntranslatedNotice translations={event.translations} lang={lang} />
      <dl class="facts" data-pagefind-ignore>
        <dt>{t(lang, "when")}</dt>
        <dd>
          <time dateTime={isoLocal(event.data.mulai, event.zone)}>{eventWhen(event, lang)}</time> (
          {t(lang, "timeZoneNote")})
        </dd>
        <dt>{t(lang, "where")}</dt>
        <dd lang={text.tempat ? contentLang : undefined}>
          {text.tempat ?? `${centreName}, ${centre.data.alamat}`}
        </dd>
        <dt>{t(lang, "fee")}</dt>
        <dd>{d.biaya === 0 ? t(lang, "free") : rupiah(d.biaya, lang)}</dd>
        {d.kapasitas !== undefined && (
          <>
            <dt>{t(lang, "capacity")}</dt>
            <dd>
              {count(d.kapasitas, lang)} {t(lang, "people")}
            </dd>
          </>
        )}
        {d.status !== "terjadwal" && (
          <>
            <dt>{t(lang, "status")}</dt>
            <dd>
              <EventStatusBadge event={event} lang={lang} />
            </dd>
          </>
        )}
      </dl>
      {d.pendaftaran && !past && d.status !== "dibatalkan" && (
        <div class="actions" data-pagefind-ignore>
          <WhatsAppButton
            number={d.pendaftaran.whatsapp}
            message={message}
            label={t(lang, d.status === "ditunda" ? "askNewDate" : "register")}
          />
          {text.catatan_pendaftaran && <p lang={contentLang}>{text.catatan_pendaftaran}</p>}
        </div>
      )}
      {!past && d.status !== "dibatalkan" && (
        <p data-pagefind-ignore>
          <a
            href={site.urls.link(site.urls.eventCalendar(lang, centre.slug, event.slug))}
            type="text/calendar"
            download
          >
            {t(lang, "addToCalendar")}
          </a>
        </p>
      )}
      <Prose site={site} html={inLang(event.bodyHtml, lang)} lang={contentLang} />
      <RunningOrder site={site} event={event} lang={lang} />
      {featured.length > 0 && (
        <Section title={t(lang, "featuring")} id="pengrajin">
          <ul class="cards">
            {featured.map((business) => (
              <BusinessCard site={site} business={business} lang={lang} />
            ))}
          </ul>
        </Section>
      )}
    </Layout>
  );
}
