/**
 * An event told in plain lines of text, for the places that have no HTML: calendar files (.ics)
 * and Atom feed summaries. The words come from the page's language, like on the event page.
 */
import { inLang } from "../../scripts/content/graph.ts";
import type { CentreNode, EventNode, Lang } from "../../scripts/content/graph.ts";
import { count, displayPhone, rupiah } from "./format.ts";
import { label } from "./labels.ts";
import { fill, t } from "./words.ts";

/** Where it happens: its own venue, else the centre with its full address. */
export function eventPlace(centre: CentreNode, event: EventNode, lang: Lang): string {
  const venue = inLang(event.text, lang).tempat;
  if (venue) return venue;
  const d = centre.data;
  return `${inLang(centre.text, lang).nama}, ${d.alamat}, ${d.kota}, ${d.provinsi}`;
}

/** "Status: Dibatalkan" for a postponed or cancelled event, so no reader misses it; nothing when scheduled. */
export function statusLine(event: EventNode, lang: Lang): string[] {
  const status = event.data.status;
  return status === "terjadwal"
    ? []
    : [`${t(lang, "status")}: ${label("eventStatus", status, lang)}`];
}

/** Fee, places and how to register. */
export function practicalLines(event: EventNode, lang: Lang): string[] {
  const d = event.data;
  const note = inLang(event.text, lang).catatan_pendaftaran;
  return [
    `${t(lang, "fee")}: ${d.biaya ? rupiah(d.biaya, lang) : t(lang, "free")}`,
    ...(d.kapasitas
      ? [`${t(lang, "capacity")}: ${count(d.kapasitas, lang)} ${t(lang, "people")}`]
      : []),
    ...(d.pendaftaran
      ? [
          `${t(lang, "register")}: ${displayPhone(d.pendaftaran.whatsapp)}${note ? ` (${note})` : ""}`,
        ]
      : []),
  ];
}

/** The name of a centre's calendar and feed of events. */
export function centreEventsTitle(centre: CentreNode, lang: Lang): string {
  return fill(lang, "centreEvents", { centre: inLang(centre.text, lang).nama });
}

/** What the calendar and the feed hold, in one sentence. */
export function centreEventsSubtitle(centre: CentreNode, lang: Lang): string {
  const { nama, kerajinan } = inLang(centre.text, lang);
  const where = `${centre.data.kota}, ${centre.data.provinsi}`;
  return fill(lang, "centreEventsSummary", { centre: nama, craft: kerajinan, place: where });
}
