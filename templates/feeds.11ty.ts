/**
 * An Atom feed of each centre's events, in both languages (`<centre>/feed.xml`,
 * `en/<centre>/feed.xml`), newest start first. Written by scripts/feeds/atom.ts.
 * Without a site address, ids are `urn:uuid:`s of the paths and links are root-relative.
 */
import type { CentreNode, EventNode, Lang } from "../scripts/content/graph.ts";
import { urnFor, writeAtom, type AtomEntry } from "../scripts/feeds/atom.ts";
import type { SiteModel } from "../scripts/site/model.ts";
import type { Page, PageOf } from "../scripts/site/pages.ts";
import {
  centreEventsSubtitle,
  centreEventsTitle,
  eventPlace,
  practicalLines,
  statusLine,
} from "./lib/event-lines.ts";
import { eventWhen } from "./lib/format.ts";
import { label } from "./lib/labels.ts";
import { inLang } from "../scripts/content/graph.ts";
import { textLang } from "./components/bits.tsx";

interface TemplateData {
  readonly etalase: SiteModel;
  readonly route: PageOf<"centre">;
}

export const data = {
  pagination: {
    data: "etalase.pages",
    size: 1,
    alias: "route",
    addAllPagesToCollections: false,
    before: (pages: readonly Page[]) => pages.filter((page) => page.kind === "centre"),
  },
  permalink: ({ etalase: site, route }: TemplateData) =>
    site.urls.feed(route.lang, route.centre.slug),
  eleventyExcludeFromCollections: true,
};

/** A page's address for the feed, and the feed's id for it: absolute with a site address. */
function feedAddress(site: SiteModel, path: string): { id: string; link: string } {
  const absolute = site.urls.address?.absolute(path);
  return absolute
    ? { id: absolute, link: absolute }
    : { id: urnFor(site.urls.link(path)), link: site.urls.link(path) };
}

function feedEntry(site: SiteModel, centre: CentreNode, event: EventNode, lang: Lang): AtomEntry {
  const { id, link } = feedAddress(site, site.urls.event(lang, centre.slug, event.slug));
  const { judul, ringkasan } = inLang(event.text, lang);
  const status = event.data.status;
  return {
    id,
    title: judul,
    // The content has no date of its last edit. The start is stable from build to build, so a
    // reader never shows an unchanged event as new, and it orders the feed the way visitors think.
    updated: event.startsAt,
    link,
    summary: [
      ...statusLine(event, lang),
      eventWhen(event, lang),
      eventPlace(centre, event, lang),
      ringkasan,
      ...practicalLines(event, lang),
    ].join(" · "),
    contentHtml: site.urls.prefixRootLinks(inLang(event.bodyHtml, lang)),
    categories: [
      { term: event.data.jenis, label: label("eventKind", event.data.jenis, lang) },
      ...(status === "terjadwal"
        ? []
        : [{ term: status, label: label("eventStatus", status, lang) }]),
    ],
    titleLang: textLang(lang, event.translations),
  };
}

export function render({ etalase: site, route }: TemplateData): Promise<string> {
  const { centre, lang } = route;
  const self = feedAddress(site, site.urls.feed(lang, centre.slug));
  return writeAtom({
    lang,
    title: centreEventsTitle(centre, lang),
    subtitle: centreEventsSubtitle(centre, lang),
    id: self.id,
    self: self.link,
    alternate: feedAddress(site, site.urls.events(lang, centre.slug)).link,
    author: { name: centre.data.pengelola, uri: centre.data.pengelola_url },
    entries: [...site.graph.eventsOf(centre)]
      .reverse()
      .map((event) => feedEntry(site, centre, event, lang)),
    emptyUpdated: site.now,
  });
}
