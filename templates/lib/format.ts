/** Numbers, money, dates and contact links, formatted for the page's language. */
import type { EventNode, Lang } from "../../scripts/content/graph.ts";
import { language } from "../../scripts/content/languages.ts";
import type { TimeZone } from "../../scripts/schema/fields.ts";
import { DAYS, type Day } from "../../scripts/schema/index.ts";
import { label } from "./labels.ts";

/** Each language's Intl locale and options come from the list of languages (languages/languages.json). */
const formatOf = (lang: Lang) => language(lang);

/**
 * One formatter per locale and options, kept: creating an Intl formatter costs ~50 µs of ICU
 * setup, a third of a business page's render time when made per call. Formatters are immutable.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function kept<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: unknown[], make: () => F): F {
  const id = JSON.stringify(key);
  let made = formatters.get(id) as F | undefined;
  if (!made) formatters.set(id, (made = make()));
  return made;
}
const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}) =>
  kept(["number", locale, options], () => new Intl.NumberFormat(locale, options));
const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  kept(["date", locale, options], () => new Intl.DateTimeFormat(locale, options));
/** IANA zones for Indonesia's three zones, so Intl prints the local clock. */
const IANA: Record<TimeZone, string> = {
  WIB: "Asia/Jakarta",
  WITA: "Asia/Makassar",
  WIT: "Asia/Jayapura",
};

export function rupiah(amount: number, lang: Lang): string {
  const { locale, formats } = formatOf(lang);
  return `Rp${numberFormat(locale, { ...formats.number, maximumFractionDigits: 0 }).format(amount)}`;
}

export function count(value: number, lang: Lang): string {
  const { locale, formats } = formatOf(lang);
  return numberFormat(locale, formats.number).format(value);
}

/** A clock time as the language writes it: `19.00`, `7:00 pm`. `clock` is `HH:MM`. */
export function clockTime(clock: string, lang: Lang): string {
  const { locale, formats } = formatOf(lang);
  return dateFormat(locale, { ...formats.time, timeZone: "UTC" }).format(
    new Date(`1970-01-01T${clock}:00Z`),
  );
}

/** `12 Desember 2026` / `12 December 2026` for a `YYYY-MM-DD`. */
export function calendarDay(date: string, lang: Lang): string {
  const { locale, formats } = formatOf(lang);
  return dateFormat(locale, { ...formats.date, timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

function dayAndTime(instant: number, zone: TimeZone, lang: Lang) {
  const tz = IANA[zone];
  const { locale, formats } = formatOf(lang);
  const day = dateFormat(locale, { ...formats.dayAndDate, timeZone: tz }).format(instant);
  const time = dateFormat(locale, { ...formats.time, timeZone: tz }).format(instant);
  return { day, time };
}

/** `Sabtu, 12 Desember 2026, 09.00–12.00 WIB` (`…, 9:00 am–12:00 pm WIB` in English), or two days when the event spans more than one. */
export function eventWhen(event: EventNode, lang: Lang): string {
  const start = dayAndTime(event.startsAt, event.zone, lang);
  const end = dayAndTime(event.endsAt, event.zone, lang);
  // An event with no end time given ends when it starts: show the start only.
  if (event.endsAt === event.startsAt) return `${start.day}, ${start.time} ${event.zone}`;
  if (start.day === end.day) return `${start.day}, ${start.time}–${end.time} ${event.zone}`;
  return `${start.day}, ${start.time} – ${end.day}, ${end.time} ${event.zone}`;
}

/** A date short enough for a list: `12 Des 2026`. */
export function shortDate(instant: number, zone: TimeZone, lang: Lang): string {
  const { locale, formats } = formatOf(lang);
  return dateFormat(locale, { ...formats.shortDate, timeZone: IANA[zone] }).format(instant);
}

/** The instant as an ISO string with the zone's offset, for `<time datetime>`. */
export function isoLocal(local: string, zone: TimeZone): string {
  return `${local}:00${{ WIB: "+07:00", WITA: "+08:00", WIT: "+09:00" }[zone]}`;
}

/** A wa.me link that opens WhatsApp with a message already typed. */
export function whatsAppLink(number: string, message: string): string {
  return `https://wa.me/${number}?text=${encodeURIComponent(message)}`;
}

/** `6281234567890` shown as `+62 812-3456-7890`. */
export function displayPhone(number: string): string {
  const local = number.slice(2);
  const groups =
    local.length > 7 ? [local.slice(0, 3), local.slice(3, 7), local.slice(7)] : [local];
  return `+62 ${groups[0]}${groups.length > 1 ? `-${groups.slice(1).join("-")}` : ""}`;
}

/** Days as staff would say them: consecutive days become a range ("Senin–Jumat, Minggu"). */
export function dayRanges(days: readonly Day[], lang: Lang): string {
  const sorted = [...new Set(days)].sort((a, b) => DAYS.indexOf(a) - DAYS.indexOf(b));
  const runs: Day[][] = [];
  for (const day of sorted) {
    const run = runs.at(-1);
    if (run && DAYS.indexOf(day) === DAYS.indexOf(run.at(-1)!) + 1) run.push(day);
    else runs.push([day]);
  }
  const name = (day: Day) => label("day", day, lang);
  return runs
    .map((run) =>
      run.length > 2 ? `${name(run[0]!)}–${name(run.at(-1)!)}` : run.map(name).join(", "),
    )
    .join(", ");
}
