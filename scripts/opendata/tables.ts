/**
 * Open data for registries: centres, businesses and events as flat tables with
 * language-neutral keys. Column names are the content's own field names, `_en` for the English
 * text, so a ministry can match them with its registry by slug, address, phone or certificate.
 * docs/open-data.md documents every column; a test keeps the two in step.
 */
import type { BusinessNode, CentreNode, ContentGraph, EventNode, Localized } from "../content/graph.ts";
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
    rows: items.map((item) => Object.fromEntries(columns.map(([column, value]) => [column, value(item)]))),
  };
}

/** English text only where there is some: an untranslated field would repeat the Indonesian. */
function english<T extends object>(text: Localized<T>, field: keyof T): Cell {
  const en = text.en[field];
  return typeof en === "string" && en !== text.id[field] ? en : null;
}

const optional = (value: string | number | undefined): Cell => value ?? null;

/** The page addresses, in both languages, that a registry can link to; empty without a site address. */
function pageUrls<T>(urls: Urls, path: (lang: "id" | "en", item: T) => string): Columns<T> {
  return [
    ["url", (item) => urls.address?.absolute(path("id", item)) ?? null],
    ["url_en", (item) => urls.address?.absolute(path("en", item)) ?? null],
  ];
}

function centreColumns(graph: ContentGraph, urls: Urls): Columns<CentreNode> {
  return [
    ["slug", (c) => c.slug],
    ...pageUrls<CentreNode>(urls, (lang, c) => urls.centre(lang, c.slug)),
    ["nama", (c) => c.data.nama],
    ["nama_en", (c) => english(c.text, "nama")],
    ["kerajinan", (c) => c.data.kerajinan],
    ["kerajinan_en", (c) => english(c.text, "kerajinan")],
    ["ringkasan", (c) => c.data.ringkasan],
    ["ringkasan_en", (c) => english(c.text, "ringkasan")],
    ["provinsi", (c) => c.data.provinsi],
    ["kota", (c) => c.data.kota],
    ["alamat", (c) => c.data.alamat],
    ["lintang", (c) => c.data.koordinat.lintang],
    ["bujur", (c) => c.data.koordinat.bujur],
    ["zona_waktu", (c) => c.data.zona_waktu],
    ["jam_buka", (c) => c.data.jam_buka.map((slot) => `${slot.hari.join(",")} ${slot.buka}-${slot.tutup}`)],
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
  const prices = (b: BusinessNode) => b.data.produk.flatMap((p) => [p.harga_min, p.harga_maks ?? p.harga_min]);
  return [
    ["slug", (b) => b.slug],
    ["sentra", (b) => b.centreSlug],
    ...pageUrls<BusinessNode>(urls, (lang, b) => urls.business(lang, b.centreSlug, b.slug)),
    ["nama_usaha", (b) => b.data.nama_usaha],
    ["pemilik", (b) => b.data.pemilik],
    ["sejak", (b) => optional(b.data.sejak)],
    ["ringkasan", (b) => b.data.ringkasan],
    ["ringkasan_en", (b) => english(b.text, "ringkasan")],
    ["whatsapp", (b) => b.data.whatsapp],
    ["instagram", (b) => optional(b.data.instagram)],
    ["nomor_booth", (b) => optional(b.data.nomor_booth)],
    ["produk", (b) => b.data.produk.map((p) => p.nama)],
    ["produk_en", (b) => (b.text.en.nama_produk.some((name, i) => name !== b.text.id.nama_produk[i]) ? b.text.en.nama_produk : null)],
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
    ["judul_en", (e) => english(e.text, "judul")],
    ["jenis", (e) => e.data.jenis],
    ["ringkasan", (e) => e.data.ringkasan],
    ["ringkasan_en", (e) => english(e.text, "ringkasan")],
    ["mulai", (e) => withOffset(e.data.mulai, e)],
    ["selesai", (e) => withOffset(e.data.selesai, e)],
    ["zona_waktu", (e) => e.zone],
    ["tempat", (e) => optional(e.data.tempat)],
    ["tempat_en", (e) => english(e.text, "tempat")],
    ["status", (e) => e.data.status],
    ["biaya", (e) => e.data.biaya],
    ["kapasitas", (e) => optional(e.data.kapasitas)],
    ["pendaftaran_whatsapp", (e) => optional(e.data.pendaftaran?.whatsapp)],
    ["pengrajin", (e) => e.data.pengrajin],
    ["contoh", (e) => e.data.contoh],
  ];
}

/** The three tables, rows in the graph's order: centres by name, then each centre's entries. */
export function openDataTables(graph: ContentGraph, urls: Urls): readonly [centres: Table, businesses: Table, events: Table] {
  const businesses = graph.centres.flatMap((c) => graph.businessesOf(c));
  const events = graph.centres.flatMap((c) => graph.eventsOf(c));
  return [
    table("centres", centreColumns(graph, urls), graph.centres),
    table("businesses", businessColumns(graph, urls), businesses),
    table("events", eventColumns(urls), events),
  ];
}
