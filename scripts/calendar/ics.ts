/**
 * A small iCalendar writer (RFC 5545): content lines with CRLF, lines folded at 75 octets without
 * splitting a UTF-8 character, TEXT escaping, local times with a TZID and a VTIMEZONE for each of
 * Indonesia's three zones. It knows nothing about Etalase's content: the calendar template says
 * what goes in.
 */
import { TIME_ZONES, type TimeZone } from "../schema/fields.ts";
import { instantOf } from "../site/time.ts";

export const CRLF = "\r\n";
/** RFC 5545 §3.1: "Lines of text SHOULD NOT be longer than 75 octets, excluding the line break." */
export const MAX_LINE_OCTETS = 75;

/** The IANA names calendar programs know Indonesia's zones by. */
export const TZID: Record<TimeZone, string> = {
  WIB: "Asia/Jakarta",
  WITA: "Asia/Makassar",
  WIT: "Asia/Jayapura",
};

export type EventStatus = "CONFIRMED" | "TENTATIVE" | "CANCELLED";

export interface CalendarEvent {
  /** Globally unique and stable across builds, so a subscribed calendar updates the event instead of adding it again. */
  readonly uid: string;
  /** Local `YYYY-MM-DDTHH:MM` in `zone`. */
  readonly start: string;
  readonly end: string;
  readonly zone: TimeZone;
  readonly summary: string;
  readonly description: string;
  readonly location: string;
  readonly geo?: { readonly latitude: number; readonly longitude: number } | undefined;
  /** The event's page, absolute; none when the build has no site address. */
  readonly url?: string | undefined;
  readonly status: EventStatus;
  readonly categories?: readonly string[];
}

export interface Calendar {
  /** Who wrote the file, e.g. `-//Etalase//Sentra IKM//ID`. */
  readonly prodId: string;
  readonly events: readonly CalendarEvent[];
  /** For a subscribable calendar: its name, description and home zone, shown by calendar apps. */
  readonly subscription?: {
    readonly name: string;
    readonly description: string;
    readonly zone: TimeZone;
  };
}

/** TEXT values (§3.3.11): backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, "");
}

const utf8 = new TextEncoder();

/**
 * Folds one content line (§3.1): each physical line is at most 75 octets, and a continuation line
 * starts with one space, which counts. Code points are kept whole, so no UTF-8 character is split.
 */
export function foldLine(line: string): string {
  if (utf8.encode(line).length <= MAX_LINE_OCTETS) return line;
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8.encode(char).length;
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** `2027-01-10T19:00` → `20270110T190000`, a local time read in the TZID of its property. */
export function localStamp(local: string): string {
  return `${local.replace(/[-:]/g, "")}00`;
}

/** An instant as a UTC DATE-TIME: `20261128T050000Z`. */
export function utcStamp(instant: number): string {
  return `${new Date(instant)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "")}`;
}

function component(name: string, body: readonly string[]): string[] {
  return [`BEGIN:${name}`, ...body, `END:${name}`];
}

/** Indonesia has had no daylight saving since 1964, so one STANDARD rule describes each zone. */
export function vtimezone(zone: TimeZone): string[] {
  const offset = TIME_ZONES[zone].replace(":", "");
  return component("VTIMEZONE", [
    `TZID:${TZID[zone]}`,
    ...component("STANDARD", [
      "DTSTART:19700101T000000",
      `TZOFFSETFROM:${offset}`,
      `TZOFFSETTO:${offset}`,
      `TZNAME:${zone}`,
    ]),
  ]);
}

function vevent(event: CalendarEvent): string[] {
  const tz = `TZID=${TZID[event.zone]}`;
  return component("VEVENT", [
    `UID:${event.uid}`,
    // Required; the event's start, not the build's time: a file that changed every day would be
    // rebuilt every night for nothing, and a moved event still gets a new stamp.
    `DTSTAMP:${utcStamp(instantOf(event.start, event.zone))}`,
    `DTSTART;${tz}:${localStamp(event.start)}`,
    // DTEND must be later than DTSTART (§3.8.2.2); without it the event ends when it starts.
    ...(event.end > event.start ? [`DTEND;${tz}:${localStamp(event.end)}`] : []),
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `LOCATION:${escapeText(event.location)}`,
    ...(event.geo ? [`GEO:${event.geo.latitude};${event.geo.longitude}`] : []),
    ...(event.categories?.length
      ? [`CATEGORIES:${event.categories.map(escapeText).join(",")}`]
      : []),
    // A URI value is not escaped (§3.3.13), so control characters are dropped: none can start a new line.
    ...(event.url ? [`URL:${event.url.replace(/[\u0000-\u001f\u007f]/g, "")}`] : []),
    `STATUS:${event.status}`,
  ]);
}

/** The whole `.ics` file: every line folded and ended with CRLF. */
export function writeCalendar(calendar: Calendar): string {
  const sub = calendar.subscription;
  const zones = new Set<TimeZone>([
    ...(sub ? [sub.zone] : []),
    ...calendar.events.map((e) => e.zone),
  ]);
  const lines = component("VCALENDAR", [
    `PRODID:${calendar.prodId}`,
    "VERSION:2.0",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...(sub
      ? [
          `X-WR-CALNAME:${escapeText(sub.name)}`,
          `NAME:${escapeText(sub.name)}`,
          `X-WR-CALDESC:${escapeText(sub.description)}`,
          `DESCRIPTION:${escapeText(sub.description)}`,
          `X-WR-TIMEZONE:${TZID[sub.zone]}`,
          // RFC 7986 and its older Outlook spelling: look for changes once a day.
          "REFRESH-INTERVAL;VALUE=DURATION:P1D",
          "X-PUBLISHED-TTL:P1D",
        ]
      : []),
    // A VTIMEZONE for every TZID used (§3.2.19); a subscribed calendar always has its own, so even
    // a centre with no events yet writes a calendar with one component, as §3.6 requires.
    ...[...zones].flatMap(vtimezone),
    ...calendar.events.flatMap((event) => vevent(event)),
  ]);
  return lines.map(foldLine).join(CRLF) + CRLF;
}
