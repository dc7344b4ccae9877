/**
 * Calendar files (RFC 5545), in both languages: one `.ics` per event beside its page
 * (`<centre>/acara/<slug>.ics`), and a subscribable calendar of all a centre's events
 * (`<centre>/kalender.ics`, `en/<centre>/calendar.ics`). Written by scripts/calendar/ics.ts.
 */
import type { CentreNode, EventNode, Lang } from "../scripts/content/graph.ts";
import { writeCalendar, type CalendarEvent, type EventStatus } from "../scripts/calendar/ics.ts";
import type { EventStatus as ContentStatus } from "../scripts/schema/index.ts";
import type { SiteModel } from "../scripts/site/model.ts";
import type { Page, PageOf } from "../scripts/site/pages.ts";
import {
  centreEventsSubtitle,
  centreEventsTitle,
  eventPlace,
  practicalLines,
  statusLine,
} from "./lib/event-lines.ts";
import { label } from "./lib/labels.ts";
import { inLang } from "../scripts/content/graph.ts";

/** A centre page stands for the centre's calendar, an event page for the event's own file. */
type CalendarPage = PageOf<"centre"> | PageOf<"event">;

interface TemplateData {
  readonly etalase: SiteModel;
  readonly route: CalendarPage;
}

export const data = {
  pagination: {
    data: "etalase.pages",
    size: 1,
    alias: "route",
    addAllPagesToCollections: false,
    before: (pages: readonly Page[]) =>
      pages.filter((page): page is CalendarPage => page.kind === "centre" || page.kind === "event"),
  },
  permalink: ({ etalase: site, route }: TemplateData) =>
    route.kind === "centre"
      ? site.urls.centreCalendar(route.lang, route.centre.slug)
      : site.urls.eventCalendar(route.lang, route.centre.slug, route.event.slug),
  eleventyExcludeFromCollections: true,
};

const STATUS: Record<ContentStatus, EventStatus> = {
  terjadwal: "CONFIRMED",
  ditunda: "TENTATIVE",
  dibatalkan: "CANCELLED",
};

/** The same UID in both languages and in both files: it is one event, whichever file a phone read it from. */
function eventUid(event: EventNode): string {
  return `${event.slug}@${event.centreSlug}.etalase`;
}

function calendarEvent(
  site: SiteModel,
  centre: CentreNode,
  event: EventNode,
  lang: Lang,
): CalendarEvent {
  const text = inLang(event.text, lang);
  // RFC 5545's URL is absolute; without a site address the event has none, rather than a wrong one.
  const url = site.urls.address?.absolute(site.urls.event(lang, centre.slug, event.slug));
  return {
    uid: eventUid(event),
    start: event.data.mulai,
    end: event.data.selesai,
    zone: event.zone,
    summary: text.judul,
    description: [
      ...statusLine(event, lang),
      text.ringkasan,
      ...practicalLines(event, lang),
      ...(url ? [url] : []),
    ].join("\n"),
    location: eventPlace(centre, event, lang),
    // The centre's coordinates say where it is only when the event happens there.
    geo: text.tempat
      ? undefined
      : { latitude: centre.data.koordinat.lintang, longitude: centre.data.koordinat.bujur },
    url,
    status: STATUS[event.data.status],
    categories: [label("eventKind", event.data.jenis, lang)],
  };
}

export function render({ etalase: site, route }: TemplateData): string {
  const { centre, lang } = route;
  const prodId = `-//Etalase//Etalase Sentra IKM//${lang.toUpperCase()}`;
  if (route.kind === "event")
    return writeCalendar({
      prodId,
      events: [calendarEvent(site, centre, route.event, lang)],
    });
  return writeCalendar({
    prodId,
    subscription: {
      name: centreEventsTitle(centre, lang),
      description: centreEventsSubtitle(centre, lang),
      zone: centre.data.zona_waktu,
    },
    events: site.graph.eventsOf(centre).map((event) => calendarEvent(site, centre, event, lang)),
  });
}
