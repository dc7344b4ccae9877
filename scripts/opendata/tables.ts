/**
 * Open data for registries: centres, businesses and events as flat tables with
 * language-neutral keys. Column names are the content's own field names, `_<code>` for the text
 * in each other language of the list (`_en` for English), so a ministry can match them with its registry by slug, address, phone or certificate.
 * docs/open-data.md documents every column; a test keeps the two in step.
 */
import {
  inDefault,
  inLang,
  type BusinessNode,
  type CentreNode,
  type ContentGraph,
  type EventNode,
  type Lang,
  type Localized,
} from "../content/graph.ts";
import { defaultLanguage, translationLanguages } from "../content/languages.ts";
import { TIME_ZONES } from "../schema/fields.ts";
import type { Urls } from "../site/urls.ts";

/** One value: lists become JSON arrays and `;`-joined CSV cells; `null` is an empty CSV cell. */
export type Cell = string | number | boolean | null | readonly string[];
export type Row = Readonly<Record<string, Cell>>;

export interface Table {
  /** The file name without extension: `centres`, `businesses`, `events`. */
  readonly name: string;
  /** Column names, in the order both files write them. */
  readonly columns: readonly string[];
  readonly rows: readonly Row[];
}

type Columns<T> = readonly (readonly [name: string, value: (item: T) => Cell])[];

function table<T>(name: string, columns: Columns<T>, items: readonly T[]): Table {
  return {
    name,
    columns: columns.map(([column]) => column),
    rows: items.map((item) =>
      Object.fromEntries(columns.map(([column, value]) => [column, value(item)])),
    ),
  };
}

/** `nama_en`, `nama_zh`…: the field in each other language, only where there is some (an untranslated field would repeat the Indonesian). */
function translated<U extends object>(
  field: keyof U & string,
): Columns<{ readonly text: Localized<U> }> {
  return translationLanguages().map(({ code }) => [
    `${field}_${code}`,
    (item) => {
      const value = inLang(item.text, code)[field];
      return typeof value === "string" && value !== inDefault(item.text)[field] ? value : null;
    },
  ]);
}

const optional = (value: string | number | undefined): Cell => value ?? null;

/** The page addresses, in every language (`url`, `url_en`…), that a registry can link to; empty without a site address. */
function pageUrls<T>(urls: Urls, path: (lang: Lang, item: T) => string): Columns<T> {
  return [
    ["url", (item) => urls.address?.absolute(path(defaultLanguage().code, item)) ?? null],
    ...translationLanguages().map(({ code }): Columns<T>[number] => [
      `url_${code}`,
      (item) => urls.address?.absolute(path(code, item)) ?? null,
    ]),
  ];
}

function centreColumns(graph: ContentGraph, urls: Urls): Columns<CentreNode> {
  return [
    ["slug", (c) => c.slug],
    ...pageUrls<CentreNode>(urls, (lang, c) => urls.centre(lang, c.slug)),
    ["nama", (c) => c.data.nama],
    ...translated<CentreNode["text"][Lang]>("nama"),
    ["kerajinan", (c) => c.data.kerajinan],
    ...translated<CentreNode["text"][Lang]>("kerajinan"),
    ["ringkasan", (c) => c.data.ringkasan],
    ...translated<CentreNode["text"][Lang]>("ringkasan"),
    ["provinsi", (c) => c.data.provinsi],
    ["kota", (c) => c.data.kota],
    ["alamat", (c) => c.data.alamat],
    ["lintang", (c) => c.data.koordinat.lintang],
    ["bujur", (c) => c.data.koordinat.bujur],
    ["zona_waktu", (c) => c.data.zona_waktu],
    [
      "jam_buka",
      (c) => c.data.jam_buka.map((slot) => `${slot.hari.join(",")} ${slot.buka}-${slot.tutup}`),
    ],
    ["whatsapp", (c) => c.data.whatsapp],
    ["telepon", (c) => optional(c.data.telepon)],
    ["email", (c) => optional(c.data.email)],
    ["pengelola", (c) => c.data.pengelola],
    ["pengelola_url", (c) => optional(c.data.pengelola_url)],
    ["fasilitas", (c) => c.data.fasilitas],
    ["kunjungan_rombongan_kapasitas", (c) => optional(c.data.kunjungan_rombongan?.kapasitas)],
    ["kunjungan_rombongan_kontak", (c) => optional(c.data.kunjungan_rombongan?.kontak)],
    ["jumlah_pengrajin", (c) => graph.businessCount(c)],
    ["jumlah_acara", (c) => graph.eventsOf(c).length],
    ["contoh", (c) => c.data.contoh],
  ];
}

function businessColumns(graph: ContentGraph, urls: Urls): Columns<BusinessNode> {
  const prices = (b: BusinessNode) =>
    b.data.produk.flatMap((p) => [p.harga_min, p.harga_maks ?? p.harga_min]);
  return [
    ["slug", (b) => b.slug],
    ["sentra", (b) => b.centreSlug],
    ...pageUrls<BusinessNode>(urls, (lang, b) => urls.business(lang, b.centreSlug, b.slug)),
    ["nama_usaha", (b) => b.data.nama_usaha],
    ["pemilik", (b) => b.data.pemilik],
    ["sejak", (b) => optional(b.data.sejak)],
    ["ringkasan", (b) => b.data.ringkasan],
    ...translated<BusinessNode["text"][Lang]>("ringkasan"),
    ["whatsapp", (b) => b.data.whatsapp],
    ["instagram", (b) => optional(b.data.instagram)],
    ["nomor_booth", (b) => optional(b.data.nomor_booth)],
    ["produk", (b) => b.data.produk.map((p) => p.nama)],
    ...translationLanguages().map(({ code }): Columns<BusinessNode>[number] => [
      `produk_${code}`,
      (b) =>
        inLang(b.text, code).nama_produk.some(
          (name, i) => name !== inDefault(b.text).nama_produk[i],
        )
          ? inLang(b.text, code).nama_produk
          : null,
    ]),
    ["produk_kategori", (b) => [...new Set(b.data.produk.map((p) => p.kategori))]],
    ["harga_min", (b) => (prices(b).length ? Math.min(...prices(b)) : null)],
    ["harga_maks", (b) => (prices(b).length ? Math.max(...prices(b)) : null)],
    ["marketplace", (b) => b.data.marketplace.map((m) => m.url)],
    ["sertifikasi_jenis", (b) => b.data.sertifikasi.map((s) => s.jenis)],
    ["sertifikasi_nomor", (b) => b.data.sertifikasi.map((s) => s.nomor)],
    ["sertifikasi_berlaku_hingga", (b) => b.data.sertifikasi.map((s) => s.berlaku_hingga ?? "")],
    ["acara", (b) => graph.eventsFeaturing(b).map((e) => e.slug)],
    ["contoh", (b) => b.data.contoh],
  ];
}

/** `2027-01-10T19:00` in WIB → `2027-01-10T19:00:00+07:00`: the local time, and the instant too. */
const withOffset = (local: string, e: EventNode) => `${local}:00${TIME_ZONES[e.zone]}`;

function eventColumns(urls: Urls): Columns<EventNode> {
  return [
    ["slug", (e) => e.slug],
    ["sentra", (e) => e.centreSlug],
    ...pageUrls<EventNode>(urls, (lang, e) => urls.event(lang, e.centreSlug, e.slug)),
    ["judul", (e) => e.data.judul],
    ...translated<EventNode["text"][Lang]>("judul"),
    ["jenis", (e) => e.data.jenis],
    ["ringkasan", (e) => e.data.ringkasan],
    ...translated<EventNode["text"][Lang]>("ringkasan"),
    ["mulai", (e) => withOffset(e.data.mulai, e)],
    ["selesai", (e) => withOffset(e.data.selesai, e)],
    ["zona_waktu", (e) => e.zone],
    ["tempat", (e) => optional(e.data.tempat)],
    ...translated<EventNode["text"][Lang]>("tempat"),
    ["status", (e) => e.data.status],
    ["biaya", (e) => e.data.biaya],
    ["kapasitas", (e) => optional(e.data.kapasitas)],
    ["pendaftaran_whatsapp", (e) => optional(e.data.pendaftaran?.whatsapp)],
    ["pengrajin", (e) => e.data.pengrajin],
    ["contoh", (e) => e.data.contoh],
  ];
}

/** The three tables, rows in the graph's order: centres by name, then each centre's entries. */
export function openDataTables(
  graph: ContentGraph,
  urls: Urls,
): readonly [centres: Table, businesses: Table, events: Table] {
  const businesses = graph.centres.flatMap((c) => graph.businessesOf(c));
  const events = graph.centres.flatMap((c) => graph.eventsOf(c));
  return [
    table("centres", centreColumns(graph, urls), graph.centres),
    table("businesses", businessColumns(graph, urls), businesses),
    table("events", eventColumns(urls), events),
  ];
}
