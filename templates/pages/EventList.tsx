import { inLang } from "../../scripts/content/graph.ts";
import type { PageOf } from "../../scripts/site/pages.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import { Layout } from "../layout/Layout.tsx";
import { EventCards } from "../components/cards.tsx";
import { Section } from "../components/bits.tsx";
import { listCrumbs, Pager, pageSuffix } from "../components/Pager.tsx";
import { t } from "../lib/words.ts";

/**
 * `/<centre>/acara/`: upcoming events first (soonest first), then past ones (latest first). Past
 * events pile up year after year, so a long list goes on over `/<centre>/acara/halaman/2/` and so
 * on; the first page always says whether anything is coming, later pages show what they hold.
 */
export function EventList({ site, page }: { site: SiteModel; page: PageOf<"events"> }) {
  const { lang, centre, pageNumber, pageCount } = page;
  const upcoming = page.events.filter((e) => !site.isPast(e));
  const past = page.events.filter((e) => site.isPast(e));
  const first = pageNumber === 1;
  // The first page may be full of upcoming events, with every past one on the pages after it.
  const pastLater = past.length === 0 && site.graph.eventsOf(centre).some((e) => site.isPast(e));
  const name = inLang(centre.text, lang).nama;
  const paged = pageSuffix(lang, pageNumber, pageCount);
  return (
    <Layout
      site={site}
      page={page}
      title={`${t(lang, "eventsTitle")}: ${name}${paged}`}
      description={`${t(lang, "eventsTitle")} · ${name}`}
      {...listCrumbs(
        lang,
        pageNumber,
        pageCount,
        [
          { label: t(lang, "directory"), path: site.urls.home(lang) },
          { label: name, path: site.urls.centre(lang, centre.slug) },
        ],
        { label: t(lang, "eventsTitle"), path: site.urls.events(lang, centre.slug) },
      )}
    >
      <h1>
        {t(lang, "eventsTitle")}
        {paged}
      </h1>
      <ul class="links-inline">
        <li>
          <a
            href={site.urls.link(site.urls.centreCalendar(lang, centre.slug))}
            type="text/calendar"
          >
            {t(lang, "subscribeCalendar")}
          </a>
        </li>
        <li>
          <a href={site.urls.link(site.urls.feed(lang, centre.slug))} type="application/atom+xml">
            {t(lang, "feed")}
          </a>
        </li>
      </ul>
      {(first || upcoming.length > 0) && (
        <Section title={t(lang, "upcoming")} id="akan-datang">
          <EventCards site={site} events={upcoming} lang={lang} empty={t(lang, "noUpcoming")} />
        </Section>
      )}
      {(first || past.length > 0) && (
        <Section title={t(lang, "past")} id="lalu">
          <EventCards
            site={site}
            events={past}
            lang={lang}
            empty={pastLater ? t(lang, "pastOnNextPages") : t(lang, "noPast")}
          />
        </Section>
      )}
      <Pager
        site={site}
        lang={lang}
        pageNumber={pageNumber}
        pageCount={pageCount}
        pathOf={(n) => site.urls.events(lang, centre.slug, n)}
      />
    </Layout>
  );
}
