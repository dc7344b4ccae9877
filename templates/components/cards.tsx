/**
 * List items for businesses, events and centres, used on the centre page and on the list pages.
 * Each card has one link, on its title, stretched over the whole card by CSS (`.card__title a::after`),
 * so a thumb anywhere on the card opens the page and a screen reader hears the link once.
 */
import { inLang } from "../../scripts/content/graph.ts";
import type { BusinessNode, CentreNode, EventNode, Lang } from "../../scripts/content/graph.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import { label } from "../lib/labels.ts";
import { count, eventWhen, isoLocal, rupiah } from "../lib/format.ts";
import { t } from "../lib/words.ts";
import { Section, textLang } from "./bits.tsx";
import { Picture } from "./Picture.tsx";

export const CARD_SIZES = "(min-width: 64rem) 19rem, (min-width: 40rem) 45vw, 100vw";

/** Card titles sit one level below the heading of the list they are in (h2 on a list page, h3 under a section). */
type CardHeading = "h2" | "h3";

export function BusinessCard({
  site,
  business,
  lang,
  heading: Heading = "h3",
}: {
  site: SiteModel;
  business: BusinessNode;
  lang: Lang;
  heading?: CardHeading;
}) {
  const prices = business.data.produk.map((p) => p.harga_min);
  return (
    <li class="card" data-pagefind-ignore="all">
      {business.data.foto[0] && (
        <Picture
          site={site}
          centreSlug={business.centreSlug}
          photo={business.data.foto[0]}
          lang={lang}
          sizes={CARD_SIZES}
          maxWidth={640}
          className="card__photo"
        />
      )}
      <Heading class="card__title">
        <a href={site.urls.link(site.urls.business(lang, business.centreSlug, business.slug))}>
          {business.data.nama_usaha}
        </a>
      </Heading>
      <p class="card__meta">
        {business.data.pemilik}
        {business.data.nomor_booth && ` · ${t(lang, "booth")} ${business.data.nomor_booth}`}
        {business.data.contoh && <span class="tag">{t(lang, "sampleShort")}</span>}
      </p>
      <p lang={textLang(lang, business.translations)}>{inLang(business.text, lang).ringkasan}</p>
      {prices.length > 0 && (
        <p class="card__price">
          {t(lang, "priceFrom")} {rupiah(Math.min(...prices), lang)}
        </p>
      )}
    </li>
  );
}

export function EventStatusBadge({ event, lang }: { event: EventNode; lang: Lang }) {
  if (event.data.status === "terjadwal") return null;
  return (
    <strong class={`status status--${event.data.status}`}>
      {label("eventStatus", event.data.status, lang)}
    </strong>
  );
}

export function EventCard({
  site,
  event,
  lang,
}: {
  site: SiteModel;
  event: EventNode;
  lang: Lang;
}) {
  const past = site.isPast(event);
  return (
    <li
      class={past ? "card card--event card--past" : "card card--event"}
      data-pagefind-ignore="all"
    >
      <p class="card__kicker">
        {label("eventKind", event.data.jenis, lang)}{" "}
        {past ? (
          <strong class="status status--past">{t(lang, "past")}</strong>
        ) : (
          <EventStatusBadge event={event} lang={lang} />
        )}
      </p>
      <h3 class="card__title">
        <a
          href={site.urls.link(site.urls.event(lang, event.centreSlug, event.slug))}
          lang={textLang(lang, event.translations)}
        >
          {inLang(event.text, lang).judul}
        </a>
      </h3>
      <p class="card__meta">
        <time dateTime={isoLocal(event.data.mulai, event.zone)}>{eventWhen(event, lang)}</time>
      </p>
      <p class="card__meta">
        {t(lang, "fee")}:{" "}
        {event.data.biaya === 0 ? t(lang, "free") : rupiah(event.data.biaya, lang)}
        {event.data.contoh && <span class="tag">{t(lang, "sampleShort")}</span>}
      </p>
    </li>
  );
}

/** A centre in the directory or on a province page: craft, town, size, and what comes next. */
export function CentreCard({
  site,
  centre,
  lang,
  heading: Heading = "h3",
}: {
  site: SiteModel;
  centre: CentreNode;
  lang: Lang;
  heading?: CardHeading;
}) {
  // Only a scheduled event has a date a visitor can plan around.
  const next = site.graph
    .eventsOf(centre)
    .find((e) => !site.isPast(e) && e.data.status === "terjadwal");
  return (
    <li class="card card--centre" data-pagefind-ignore="all">
      {centre.data.foto_utama && (
        <Picture
          site={site}
          centreSlug={centre.slug}
          photo={centre.data.foto_utama}
          lang={lang}
          sizes={CARD_SIZES}
          maxWidth={640}
          className="card__photo"
        />
      )}
      <p class="card__kicker">{inLang(centre.text, lang).kerajinan}</p>
      <Heading class="card__title">
        <a
          href={site.urls.link(site.urls.centre(lang, centre.slug))}
          lang={textLang(lang, centre.translations)}
        >
          {inLang(centre.text, lang).nama}
        </a>
      </Heading>
      <p class="card__meta">
        {centre.data.kota} · {count(site.graph.businessCount(centre), lang)}{" "}
        {t(lang, "businessesCount")}
        {centre.data.contoh && <span class="tag">{t(lang, "sampleShort")}</span>}
      </p>
      <p lang={textLang(lang, centre.translations)}>{inLang(centre.text, lang).ringkasan}</p>
      {next && (
        <p class="card__next">
          {t(lang, "nextEvents")}:{" "}
          <span lang={textLang(lang, next.translations)}>{inLang(next.text, lang).judul}</span>{" "}
          <time dateTime={isoLocal(next.data.mulai, next.zone)}>({eventWhen(next, lang)})</time>
        </p>
      )}
    </li>
  );
}

/** Events as a list of cards, or a line saying there are none. */
export function EventCards({
  site,
  events,
  lang,
  empty,
}: {
  site: SiteModel;
  events: readonly EventNode[];
  lang: Lang;
  empty?: string;
}) {
  if (events.length === 0) return empty ? <p data-pagefind-ignore>{empty}</p> : null;
  return (
    <ul class="cards">
      {events.map((event) => (
        <EventCard site={site} event={event} lang={lang} />
      ))}
    </ul>
  );
}

/**
 * A centre's or a business's events in two labelled sections, upcoming (soonest first) and past
 * (latest first), so no one takes last year's show for the next one. A section with nothing in it
 * is left out, except the upcoming one when `noUpcoming` says what to write instead.
 */
export function EventSections({
  site,
  events,
  lang,
  ids,
  upcomingLimit = Infinity,
  pastLimit = Infinity,
  noUpcoming,
}: {
  site: SiteModel;
  events: readonly EventNode[];
  lang: Lang;
  /** The two sections' heading ids (anchors). */
  ids: readonly [string, string];
  upcomingLimit?: number;
  pastLimit?: number;
  noUpcoming?: string;
}) {
  const upcoming = events.filter((e) => !site.isPast(e)).slice(0, upcomingLimit);
  const past = events
    .filter((e) => site.isPast(e))
    .reverse()
    .slice(0, pastLimit);
  return (
    <>
      {(upcoming.length > 0 || noUpcoming) && (
        <Section title={t(lang, "upcomingEvents")} id={ids[0]}>
          <EventCards site={site} events={upcoming} lang={lang} empty={noUpcoming} />
        </Section>
      )}
      {past.length > 0 && (
        <Section title={t(lang, "pastEvents")} id={ids[1]}>
          <EventCards site={site} events={past} lang={lang} />
        </Section>
      )}
    </>
  );
}
