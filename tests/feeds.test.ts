/**
 * Atom feeds: each centre's feed in each language is read by a strict XML parser
 * and checked against RFC 4287 and the content: entries, absolute links with the path prefix,
 * titles in the language. Also: feeds, calendars and data stay out of the sitemap.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { CentreNode } from "../scripts/content/graph.ts";
import { xmlEscape } from "../scripts/feeds/atom.ts";
import {
  buildOutputSites,
  EDGE_ORIGIN,
  EDGE_PREFIX,
  instantIn,
  pagePath,
  TEST_NOW,
  type OutputSite,
} from "./helpers/outputs.ts";
import { childrenNamed, parseXmlStrict, type XmlElement } from "./helpers/xml.ts";

const ATOM = "http://www.w3.org/2005/Atom";
const LANGS = ["id", "en"] as const;
/** RFC 3339 date-time, as Atom requires (§3.3). */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

let sites: OutputSite[];
beforeAll(async () => {
  sites = await buildOutputSites();
});

const feedFile = (lang: "id" | "en", c: string) => `${lang === "en" ? "en/" : ""}${c}/feed.xml`;

function one(element: XmlElement, name: string, where: string): XmlElement {
  const found = childrenNamed(element, name);
  expect(found.length, `${where}: one <${name}>`).toBe(1);
  return found[0]!;
}

function link(element: XmlElement, rel: string, where: string): string {
  const links = childrenNamed(element, "link").filter((l) => (l.attrs.rel ?? "alternate") === rel);
  expect(links.length, `${where}: one link rel=${rel}`).toBe(1);
  return links[0]!.attrs.href!;
}

/** The built file an absolute address of the site points at. */
function fileAt(site: OutputSite, url: string): string {
  expect(url.startsWith(site.base), `${url} starts with ${site.base}`).toBe(true);
  const path = url.slice(site.base.length);
  return join(site.dir, path, path === "" || path.endsWith("/") ? "index.html" : "");
}

function readFeed(site: OutputSite, lang: "id" | "en", centre: string): XmlElement {
  const xml = readFileSync(join(site.dir, feedFile(lang, centre)), "utf8");
  expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
  return parseXmlStrict(xml);
}

/** Runs a check on every feed of every built site, with a name for failure messages. */
function eachFeed(
  check: (
    site: OutputSite,
    centre: CentreNode,
    lang: "id" | "en",
    feed: XmlElement,
    where: string,
  ) => void,
) {
  for (const site of sites)
    for (const centre of site.graph.centres)
      for (const lang of LANGS)
        check(
          site,
          centre,
          lang,
          readFeed(site, lang, centre.slug),
          `${site.name} ${feedFile(lang, centre.slug)}`,
        );
}

describe("Atom feeds of the built sites", () => {
  it("builds the sites, one of them under a path prefix on a real host", () => {
    expect(sites.map((s) => s.name)).toContain("fixture events-edge");
    expect(sites.find((s) => s.name === "fixture events-edge")!.base).toBe(
      `${EDGE_ORIGIN}${EDGE_PREFIX}`,
    );
  });

  it("writes a valid Atom 1.0 feed per centre per language, titled in that language", () => {
    eachFeed((site, centre, lang, feed, where) => {
      expect(feed.name, where).toBe("feed");
      expect(feed.ns, where).toBe(ATOM);
      expect(feed.lang, where).toBe(lang);
      expect(one(feed, "title", where).text, where).toBe(
        lang === "id" ? `Acara ${centre.text.id!.nama}` : `Events at ${centre.text.en!.nama}`,
      );
      expect(one(feed, "subtitle", where).text, where).toContain(centre.text[lang]!.nama);
      expect(one(feed, "updated", where).text, where).toMatch(RFC3339);
      // No entry has its own author, so the feed must have one (RFC 4287 §4.1.1).
      expect(one(one(feed, "author", where), "name", where).text, where).toBe(
        centre.data.pengelola,
      );
      const self = link(feed, "self", where);
      expect(self, where).toBe(`${site.base}${feedFile(lang, centre.slug)}`);
      expect(one(feed, "id", where).text, where).toBe(self);
      expect(existsSync(fileAt(site, self)), where).toBe(true);
      const alternate = link(feed, "alternate", where);
      expect(alternate, where).toBe(`${site.base}${pagePath.events(lang, centre.slug)}`);
      expect(existsSync(fileAt(site, alternate)), where).toBe(true);
    });
  });

  it("lists every event of the centre, newest first, each with id, title, updated, link and summary", () => {
    eachFeed((site, centre, lang, feed, where) => {
      const events = [...site.graph.eventsOf(centre)]
        .reverse()
        .sort((a, b) => instantIn(b.data.mulai, b.zone) - instantIn(a.data.mulai, a.zone));
      const entries = childrenNamed(feed, "entry");
      expect(entries.length, where).toBe(events.length);
      entries.forEach((entry, i) => {
        const event = events[i]!;
        const page = `${site.base}${pagePath.event(lang, centre.slug, event.slug)}`;
        const at = `${where} entry ${event.slug}`;
        expect(one(entry, "id", at).text, at).toBe(page);
        expect(one(entry, "title", at).text, at).toBe(event.text[lang]!.judul);
        // English feeds mark a title still in Indonesian.
        expect(one(entry, "title", at).lang, at).toBe(
          lang === "en" && !event.translations.includes("en") ? "id" : lang,
        );
        const updated = one(entry, "updated", at).text;
        expect(updated, at).toMatch(RFC3339);
        expect(Date.parse(updated), at).toBe(instantIn(event.data.mulai, event.zone));
        expect(link(entry, "alternate", at), at).toBe(page);
        expect(existsSync(fileAt(site, page)), at).toBe(true);
        const summary = one(entry, "summary", at).text;
        expect(summary, at).toContain(event.text[lang]!.ringkasan);
        if (event.data.status !== "terjadwal")
          expect(summary, at).toMatch(
            lang === "id"
              ? /^Status: (Ditunda|Dibatalkan) · /
              : /^Status: (Postponed|Cancelled) · /,
          );
      });
      const ids = entries.map((e) => one(e, "id", where).text);
      expect(new Set(ids).size, where).toBe(ids.length);
      const newest = entries.length
        ? Math.max(...entries.map((e) => Date.parse(one(e, "updated", where).text)))
        : Date.parse(TEST_NOW);
      expect(Date.parse(one(feed, "updated", where).text), where).toBe(newest);
    });
  });

  it("uses only absolute addresses, and those of the site carry its path prefix", () => {
    const edge = sites.find((s) => s.name === "fixture events-edge")!;
    for (const lang of LANGS) {
      const xml = readFileSync(join(edge.dir, feedFile(lang, "noken-uji")), "utf8");
      const hrefs = [...xml.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
      expect(hrefs.length).toBeGreaterThan(3);
      for (const href of hrefs)
        expect(href.startsWith(`${EDGE_ORIGIN}${EDGE_PREFIX}`), href).toBe(true);
      // The body of an event comes as HTML whose links were made absolute.
      const feed = parseXmlStrict(xml);
      const festival = childrenNamed(feed, "entry").find((e) =>
        one(e, "id", lang).text.includes("festival-ditunda"),
      )!;
      const content = one(festival, "content", lang);
      expect(content.attrs.type).toBe("html");
      const links = [...content.text.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
      expect(links.length).toBe(lang === "id" ? 2 : 1);
      for (const href of links) expect(href, href).toMatch(/^https:\/\//);
      // A link staff wrote from the site's root gets the prefix, in the feed as on the page.
      const centreLink = `${EDGE_PREFIX}${lang === "en" ? "en/" : ""}noken-uji/`;
      expect(links).toContain(`${EDGE_ORIGIN}${centreLink}`);
      const page = readFileSync(
        join(
          edge.dir,
          lang === "en"
            ? "en/noken-uji/events/festival-ditunda/index.html"
            : "noken-uji/acara/festival-ditunda/index.html",
        ),
        "utf8",
      );
      expect(page).toContain(`<a href="${centreLink}">`);
    }
  });

  it("escapes the content's text, which a strict parser reads back exactly", () => {
    const edge = sites.find((s) => s.name === "fixture events-edge")!;
    const feed = readFeed(edge, "en", "noken-uji");
    const titles = childrenNamed(feed, "entry").map((e) => one(e, "title", "en").text);
    expect(titles).toContain(
      "Noken Festival — Bark & Orchid-Fibre Weaving ✨ Joint Exhibition of Papuan Mothers in Sentani 🧵",
    );
    expect(xmlEscape(`<a href="x">Tom & 'Jerry'</a>\u0000`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;",
    );
  });
});

describe("the sitemap", () => {
  it("lists HTML pages only: no feed, calendar or data file", () => {
    for (const site of sites) {
      const locs = [
        ...readFileSync(join(site.dir, "sitemap.xml"), "utf8").matchAll(/<loc>([^<]*)<\/loc>/g),
      ].map((m) => m[1]!);
      expect(locs.length, site.name).toBeGreaterThan(0);
      for (const loc of locs) expect(loc, site.name).toMatch(/\/$|\.html$/);
    }
  });
});
