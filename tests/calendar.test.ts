/**
 * Calendar files, read with an independent iCalendar library (ical.js) and
 * compared with the content: every event file and every centre calendar, in both languages, of
 * every site we build. Plus the two hard parts of the format on their own: folding and escaping.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { escapeText, foldLine, writeCalendar } from "../scripts/calendar/ics.ts";
import type { CentreNode, EventNode } from "../scripts/content/graph.ts";
import {
  buildOutputSites,
  filesEndingWith,
  instantIn,
  pagePath,
  type OutputSite,
} from "./helpers/outputs.ts";

// ical.js keeps unknown properties as raw text; these are TEXT (RFC 7986 and the common X-WR- names).
for (const name of ["name", "x-wr-calname", "x-wr-caldesc"])
  ICAL.design.icalendar.property[name] = { defaultType: "text" };

const LANGS = ["id", "en"] as const;
const TZID = { WIB: "Asia/Jakarta", WITA: "Asia/Makassar", WIT: "Asia/Jayapura" } as const;
const OFFSET = { WIB: "+0700", WITA: "+0800", WIT: "+0900" } as const;
const STATUS = { terjadwal: "CONFIRMED", ditunda: "TENTATIVE", dibatalkan: "CANCELLED" } as const;
const utf8 = new TextEncoder();

let sites: OutputSite[];
beforeAll(async () => {
  sites = await buildOutputSites();
});

/** The raw file, checked as RFC 5545 bytes: CRLF only, ≤ 75 octets a line, valid UTF-8. */
function readIcs(site: OutputSite, path: string): string {
  const bytes = readFileSync(join(site.dir, path));
  const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  expect(text.endsWith("\r\n"), path).toBe(true);
  expect(
    text.replace(/\r\n/g, "").match(/[\r\n]/),
    `${path}: a CR or LF outside a CRLF`,
  ).toBeNull();
  const lines = text.slice(0, -2).split("\r\n");
  const long = lines.filter((line) => utf8.encode(line).length > 75);
  expect(long, `${path}: lines over 75 octets`).toEqual([]);
  return text;
}

function parse(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text));
}

function expectTimeZones(
  calendar: ICAL.Component,
  zones: Iterable<keyof typeof TZID>,
  path: string,
) {
  const written = calendar
    .getAllSubcomponents("vtimezone")
    .map((tz) => tz.getFirstPropertyValue("tzid"));
  expect(new Set(written), path).toEqual(new Set([...zones].map((z) => TZID[z])));
  for (const tz of calendar.getAllSubcomponents("vtimezone")) {
    const zone = (Object.keys(TZID) as (keyof typeof TZID)[]).find(
      (z) => TZID[z] === tz.getFirstPropertyValue("tzid"),
    )!;
    const standard = tz.getFirstSubcomponent("standard")!;
    expect(standard.getFirstPropertyValue("tzoffsetto")?.toString().replace(":", "")).toBe(
      OFFSET[zone],
    );
    expect(standard.getFirstPropertyValue("tzname")).toBe(zone);
  }
}

/** One VEVENT against its content, in one language. */
function expectEvent(
  site: OutputSite,
  vevent: ICAL.Component,
  centre: CentreNode,
  event: EventNode,
  lang: "id" | "en",
  file: string,
) {
  const ev = new ICAL.Event(vevent);
  const text = event.text[lang]!;
  const page = `${site.base}${pagePath.event(lang, centre.slug, event.slug)}`;
  const where = `${file} ${event.slug}`;
  expect(ev.uid, where).toBe(`${event.slug}@${centre.slug}.etalase`);
  expect(ev.summary, where).toBe(text.judul);
  expect(ev.startDate.zone?.tzid, where).toBe(TZID[event.zone]);
  expect(ev.startDate.toUnixTime() * 1000, where).toBe(instantIn(event.data.mulai, event.zone));
  if (event.data.selesai > event.data.mulai) {
    expect(ev.endDate.zone?.tzid, where).toBe(TZID[event.zone]);
    expect(ev.endDate.toUnixTime() * 1000, where).toBe(instantIn(event.data.selesai, event.zone));
  } else
    expect(
      vevent.hasProperty("dtend"),
      `${where}: DTEND must be later than DTSTART, or absent`,
    ).toBe(false);
  expect(vevent.getFirstPropertyValue("dtstamp")?.toString(), where).toBe(
    new Date(instantIn(event.data.mulai, event.zone)).toISOString().replace(".000", ""),
  );
  if (text.tempat) expect(ev.location, where).toBe(text.tempat);
  else {
    expect(ev.location, where).toContain(centre.text[lang]!.nama);
    expect(ev.location, where).toContain(centre.data.alamat);
  }
  expect(vevent.getFirstPropertyValue("status"), where).toBe(STATUS[event.data.status]);
  expect(vevent.getFirstPropertyValue("url"), where).toBe(page);
  expect(ev.description, where).toContain(text.ringkasan);
  expect(ev.description, where).toContain(page);
  if (event.data.status !== "terjadwal")
    expect(ev.description.split("\n")[0], where).toMatch(
      lang === "id" ? /^Status: (Ditunda|Dibatalkan)$/ : /^Status: (Postponed|Cancelled)$/,
    );
}

const eventFile = (lang: "id" | "en", c: string, slug: string) =>
  lang === "id" ? `${c}/acara/${slug}.ics` : `en/${c}/events/${slug}.ics`;
const centreFile = (lang: "id" | "en", c: string) =>
  lang === "id" ? `${c}/kalender.ics` : `en/${c}/calendar.ics`;

describe("calendar files of the built sites", () => {
  it("builds the sites", () => expect(sites.length).toBeGreaterThanOrEqual(2));

  it("writes exactly one .ics per event per language and one calendar per centre per language", () => {
    for (const site of sites) {
      const expected = site.graph.centres.flatMap((c) =>
        LANGS.flatMap((lang) => [
          centreFile(lang, c.slug),
          ...site.graph.eventsOf(c).map((e) => eventFile(lang, c.slug, e.slug)),
        ]),
      );
      expect(filesEndingWith(site.dir, ".ics"), site.name).toEqual([...expected].sort());
    }
  });

  it("describes each event as its content says, in the zone of the event, in each language", () => {
    let checked = 0;
    for (const site of sites)
      for (const centre of site.graph.centres)
        for (const event of site.graph.eventsOf(centre))
          for (const lang of LANGS) {
            const file = eventFile(lang, centre.slug, event.slug);
            const calendar = parse(readIcs(site, file));
            expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
            expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
            expect(calendar.getFirstPropertyValue("prodid")).toMatch(/^-\/\/Etalase\/\//);
            const vevents = calendar.getAllSubcomponents("vevent");
            expect(vevents.length, file).toBe(1);
            expectEvent(site, vevents[0]!, centre, event, lang, file);
            expectTimeZones(calendar, [event.zone], file);
            checked++;
          }
    expect(checked).toBeGreaterThanOrEqual(2 * (2 + 3));
  });

  it("gives each centre a subscribable calendar of all its events, named in the language", () => {
    for (const site of sites)
      for (const centre of site.graph.centres)
        for (const lang of LANGS) {
          const file = centreFile(lang, centre.slug);
          const calendar = parse(readIcs(site, file));
          expect(calendar.getFirstPropertyValue("x-wr-calname"), file).toBe(
            lang === "id" ? `Acara ${centre.text.id!.nama}` : `Events at ${centre.text.en!.nama}`,
          );
          expect(calendar.getFirstPropertyValue("name"), file).toBe(
            calendar.getFirstPropertyValue("x-wr-calname"),
          );
          const events = site.graph.eventsOf(centre);
          const vevents = calendar.getAllSubcomponents("vevent");
          expect(
            vevents.map((v) => v.getFirstPropertyValue("uid")),
            file,
          ).toEqual(events.map((e) => `${e.slug}@${centre.slug}.etalase`));
          vevents.forEach((vevent, i) => {
            expectEvent(site, vevent, centre, events[i]!, lang, file);
          });
          expectTimeZones(
            calendar,
            new Set([centre.data.zona_waktu, ...events.map((e) => e.zone)]),
            file,
          );
        }
  });

  it("covers every zone and status in the events-edge fixture", () => {
    const edge = sites.find((s) => s.name === "fixture events-edge")!;
    const events = edge.graph.centres.flatMap((c) => edge.graph.eventsOf(c));
    expect(new Set(events.map((e) => e.zone))).toEqual(new Set(["WIT", "WITA"]));
    expect(new Set(events.map((e) => e.data.status))).toEqual(
      new Set(["terjadwal", "ditunda", "dibatalkan"]),
    );
    const text = readIcs(edge, "noken-uji/kalender.ics");
    // The multi-byte title was folded, and unfolds to the content's text.
    expect(text).toMatch(/\r\n [^\r]*🧵/u);
    expect(existsSync(join(edge.dir, "en/noken-uji/events/festival-ditunda.ics"))).toBe(true);
  });
});

describe("folding (RFC 5545 §3.1)", () => {
  const unfold = (text: string) => text.replace(/\r\n /g, "");
  const octets = (line: string) => utf8.encode(line).length;

  it("leaves a line of 75 octets alone and folds one of 76", () => {
    expect(foldLine("A".repeat(75))).toBe("A".repeat(75));
    expect(foldLine("A".repeat(76))).toBe(`${"A".repeat(75)}\r\n A`);
  });

  it("never splits a multi-byte character, and every physical line stays within 75 octets", () => {
    for (const char of ["é", "—", "✨", "🧵"]) {
      for (let pad = 60; pad < 80; pad++) {
        const line = `SUMMARY:${"x".repeat(pad)}${char.repeat(30)}ujung`;
        const folded = foldLine(line);
        const physical = folded.split("\r\n");
        for (const [i, part] of physical.entries()) {
          expect(octets(part), `${char} pad ${pad} line ${i}`).toBeLessThanOrEqual(75);
          if (i > 0) expect(part.startsWith(" "), part).toBe(true);
          // A split character would leave a lone surrogate or a broken sequence behind.
          expect(new TextDecoder("utf-8", { fatal: true }).decode(utf8.encode(part))).toBe(part);
          expect(part).not.toMatch(/[\ud800-\udfff](?![\udc00-\udfff])/u);
        }
        expect(unfold(folded)).toBe(line);
        // Full lines: a line ends early only when the next character would not fit.
        for (const part of physical.slice(0, -1))
          expect(octets(part) + 4, `${char} pad ${pad}`).toBeGreaterThan(75);
      }
    }
  });

  it("folds a long multi-byte summary that ical.js reads back exactly", () => {
    const summary =
      "Festival Noken — Anyaman ✨ Kulit Kayu & Serat Anggrek 🧵; pameran, lomba, pasar \\ malam "
        .repeat(3)
        .trim();
    const ics = writeCalendar({
      prodId: "-//Etalase//Uji//ID",
      events: [
        {
          uid: "x@y.etalase",
          start: "2027-02-20T09:00",
          end: "2027-02-20T12:00",
          zone: "WIT",
          summary,
          description: "baris satu\nbaris, dua; tiga",
          location: "Sentani",
          url: "https://contoh.go.id/x/",
          status: "CONFIRMED",
        },
      ],
    });
    for (const line of ics.slice(0, -2).split("\r\n")) expect(octets(line)).toBeLessThanOrEqual(75);
    const event = new ICAL.Event(parse(ics).getFirstSubcomponent("vevent")!);
    expect(event.summary).toBe(summary);
    expect(event.description).toBe("baris satu\nbaris, dua; tiga");
  });
});

describe("TEXT escaping (RFC 5545 §3.3.11)", () => {
  it("escapes backslash, semicolon, comma and every kind of line break", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf\rg")).toBe("a\\\\b\\;c\\,d\\ne\\nf\\ng");
  });
  it("escapes the backslash first, so an escape is never escaped twice", () => {
    expect(escapeText("\\n;")).toBe("\\\\n\\;");
  });
  it("drops control characters that TEXT may not hold, and keeps tabs", () => {
    expect(escapeText("a\u0000b\u001bc\td\u007f")).toBe("ab" + "c\td");
  });
});
