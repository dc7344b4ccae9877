/**
 * Today's opening hours of a centre, worked out when the site is built (it is rebuilt nightly):
 * the weekday and date in the centre's own time zone are always shown with them, so a page that
 * was not rebuilt says which day it speaks of instead of misleading.
 */
import type { CentreNode, Lang } from "../../scripts/content/graph.ts";
import { language } from "../../scripts/content/languages.ts";
import { DAYS, type Day } from "../../scripts/schema/index.ts";
import type { TimeZone } from "../../scripts/schema/fields.ts";
import { clockTime } from "./format.ts";
import { label } from "./labels.ts";

const OFFSET_HOURS: Record<TimeZone, number> = { WIB: 7, WITA: 8, WIT: 9 };
const IANA: Record<TimeZone, string> = {
  WIB: "Asia/Jakarta",
  WITA: "Asia/Makassar",
  WIT: "Asia/Jayapura",
};

export interface Today {
  /** "Sabtu, 28 November 2026", in the page's language. */
  readonly date: string;
  /** "09.00–15.00 WIB", or undefined when the centre is closed all day. */
  readonly hours: string | undefined;
  /** When closed: the next day it opens ("Senin") and its hours. */
  readonly next?: { readonly day: string; readonly hours: string };
}

/** The weekday (senin…minggu) an instant falls on in a zone; none of Indonesia's zones has daylight saving. */
export function weekdayAt(instant: number, zone: TimeZone): Day {
  const sundayFirst = new Date(instant + OFFSET_HOURS[zone] * 3_600_000).getUTCDay();
  return DAYS[(sundayFirst + 6) % 7]!;
}

/** A day's opening hours as the language writes them, every slot of that day ("08.00–12.00, 13.00–16.00 WIB"). */
function hoursOn(centre: CentreNode, day: Day, lang: Lang): string | undefined {
  const d = centre.data;
  const slots = d.jam_buka
    .filter((slot) => slot.hari.includes(day))
    .sort((a, b) => a.buka.localeCompare(b.buka));
  if (slots.length === 0) return undefined;
  return `${slots.map((slot) => `${clockTime(slot.buka, lang)}–${clockTime(slot.tutup, lang)}`).join(", ")} ${d.zona_waktu}`;
}

export function todayAt(centre: CentreNode, now: number, lang: Lang): Today {
  const zone = centre.data.zona_waktu;
  const { locale, formats } = language(lang);
  const date = new Intl.DateTimeFormat(locale, {
    ...formats.dayAndDate,
    timeZone: IANA[zone],
  }).format(now);
  const day = weekdayAt(now, zone);
  const hours = hoursOn(centre, day, lang);
  if (hours) return { date, hours };
  for (let ahead = 1; ahead < 7; ahead++) {
    const nextDay = DAYS[(DAYS.indexOf(day) + ahead) % 7]!;
    const nextHours = hoursOn(centre, nextDay, lang);
    if (nextHours)
      return {
        date,
        hours: undefined,
        next: { day: label("day", nextDay, lang), hours: nextHours },
      };
  }
  return { date, hours: undefined };
}
