import type { PageOf } from "../../scripts/site/pages.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import { Layout } from "../layout/Layout.tsx";
import { EventCards } from "../components/cards.tsx";
import { Section } from "../components/bits.tsx";
import { t } from "../lib/words.ts";

/** `/<centre>/acara/`: upcoming events first (soonest first), then past ones (latest first). */
export function EventList({ site, page }: { site: SiteModel; page: PageOf<"events"> }) {
  const { lang, centre } = page;
  const events = site.graph.eventsOf(centre);
  const upcoming = events.filter((e) => !site.isPast(e));
  const past = events.filter((e) => site.isPast(e)).reverse();
  const name = centre.text[lang].nama;
  return (
    <Layout
      site={site}
      page={page}
      title={`${t(lang, "eventsTitle")}: ${name}`}
      description={`${t(lang, "eventsTitle")} · ${name}`}
      crumbs={[{ label: t(lang, "directory"), path: site.urls.home(lang) }, { label: name, path: site.urls.centre(lang, centre.slug) }]}
    >
      <h1>{t(lang, "eventsTitle")}</h1>
      <ul class="links-inline">
        <li>
          <a href={site.urls.link(site.urls.centreCalendar(lang, centre.slug))} type="text/calendar">{t(lang, "subscribeCalendar")}</a>
        </li>
        <li>
          <a href={site.urls.link(site.urls.feed(lang, centre.slug))} type="application/atom+xml">{t(lang, "feed")}</a>
        </li>
      </ul>
      <Section title={t(lang, "upcoming")} id="akan-datang">
        <EventCards site={site} events={upcoming} lang={lang} empty={t(lang, "noUpcoming")} />
      </Section>
      <Section title={t(lang, "past")} id="lalu">
        <EventCards site={site} events={past} lang={lang} empty={t(lang, "noPast")} past />
      </Section>
    </Layout>
  );
}
