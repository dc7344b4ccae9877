/**
 * A small Atom 1.0 writer (RFC 4287), with the dates and URL helpers of
 * @11ty/eleventy-plugin-rss. It knows nothing about Etalase's content: the feed template says what
 * goes in.
 *
 * A build without a site address still writes valid feeds: ids are `urn:uuid:` names made from the
 * page's path (stable from build to build), and links are root-relative, which a feed reader
 * resolves against the address it fetched the feed from (RFC 4287 §1.2 and RFC 3986 §5.1.3).
 */
import { createHash } from "node:crypto";
import {
  convertHtmlToAbsoluteUrls,
  dateToRfc3339,
  getNewestCollectionItemDate,
} from "@11ty/eleventy-plugin-rss";

export interface AtomEntry {
  /** An absolute IRI that stays the same for the life of the entry (`urnFor` when there is no site address). */
  readonly id: string;
  readonly title: string;
  /** Instant, ms since 1970. */
  readonly updated: number;
  /** The entry's page, absolute, or root-relative without a site address. */
  readonly link: string;
  readonly summary: string;
  /** The entry's body as HTML; its relative links are resolved against `link`. */
  readonly contentHtml?: string | undefined;
  readonly categories?: readonly { readonly term: string; readonly label: string }[];
  /** The language of the title when it is not the feed's (an entry not yet translated). */
  readonly titleLang?: string | undefined;
}

export interface AtomFeed {
  readonly lang: string;
  readonly title: string;
  readonly subtitle: string;
  /** An absolute IRI for the feed: its own URL, or `urnFor` its path without a site address. */
  readonly id: string;
  /** The feed's own URL; absolute, or root-relative without a site address. */
  readonly self: string;
  /** The web page the feed stands for; absolute, or root-relative without a site address. */
  readonly alternate: string;
  readonly author: { readonly name: string; readonly uri?: string | undefined };
  readonly entries: readonly AtomEntry[];
  /** `updated` of a feed with no entries. */
  readonly emptyUpdated: number;
}

/** Text and attribute values: markup characters escaped, characters XML 1.0 forbids dropped. */
export function xmlEscape(value: string): string {
  return value
    .replace(
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
      "",
    )
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const date = (instant: number) => dateToRfc3339(new Date(instant));

/** A link or source without a scheme: a feed reader has no page to resolve it against. */
const RELATIVE_URL = /\s(?:href|src)="(?![a-z][a-z0-9+.-]*:)/i;

/** Stands in for the host while a root-relative base is resolved; removed again after. */
const NO_HOST = "https://etalase-no-site-address.invalid";

/**
 * The body with every URL resolved against `base`: absolute, or root-relative when `base` is.
 * Parsing is skipped when there is nothing to change, which on a large site is most bodies.
 */
async function resolvedHtml(html: string | undefined, base: string): Promise<string | undefined> {
  if (!html?.trim()) return undefined;
  if (!RELATIVE_URL.test(html)) return html;
  if (!base.startsWith("/")) return convertHtmlToAbsoluteUrls(html, base);
  return (await convertHtmlToAbsoluteUrls(html, NO_HOST + base)).replaceAll(`${NO_HOST}/`, "/");
}

/** A stable `urn:uuid:` for a page's path (an RFC 9562 version 5 UUID, name-based with SHA-1). */
export function urnFor(path: string): string {
  const hash = createHash("sha1").update(`etalase:${path}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

async function entry(item: AtomEntry): Promise<string> {
  const content = await resolvedHtml(item.contentHtml, item.link);
  return [
    "  <entry>",
    `    <id>${xmlEscape(item.id)}</id>`,
    `    <title type="text"${item.titleLang ? ` xml:lang="${xmlEscape(item.titleLang)}"` : ""}>${xmlEscape(item.title)}</title>`,
    `    <updated>${date(item.updated)}</updated>`,
    `    <link rel="alternate" type="text/html" href="${xmlEscape(item.link)}"/>`,
    ...(item.categories ?? []).map(
      (c) => `    <category term="${xmlEscape(c.term)}" label="${xmlEscape(c.label)}"/>`,
    ),
    `    <summary type="text">${xmlEscape(item.summary)}</summary>`,
    ...(content ? [`    <content type="html">${xmlEscape(content)}</content>`] : []),
    "  </entry>",
  ].join("\n");
}

export async function writeAtom(feed: AtomFeed): Promise<string> {
  const updated = getNewestCollectionItemDate(
    feed.entries.map((e) => ({ date: new Date(e.updated) })),
    new Date(feed.emptyUpdated),
  );
  const author = feed.author;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlEscape(feed.lang)}">`,
    `  <id>${xmlEscape(feed.id)}</id>`,
    `  <title type="text">${xmlEscape(feed.title)}</title>`,
    `  <subtitle type="text">${xmlEscape(feed.subtitle)}</subtitle>`,
    `  <updated>${dateToRfc3339(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(feed.alternate)}"/>`,
    `  <author><name>${xmlEscape(author.name)}</name>${author.uri ? `<uri>${xmlEscape(author.uri)}</uri>` : ""}</author>`,
    "  <generator>Etalase</generator>",
    ...(await Promise.all(feed.entries.map(entry))),
    "</feed>",
    "",
  ].join("\n");
}
