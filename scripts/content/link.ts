/**
 * Joins validated entries into the content graph: each language's translation laid over the
 * main (Indonesian) text, bodies rendered, references between events and businesses checked, duplicates found.
 */
import { bilingual as b, type Problem } from "../problems/problem.ts";
import { closestSlug } from "../problems/suggest.ts";
import type { BusinessData, BusinessTranslation, CentreData, CentreTranslation, EventData, EventTranslation } from "../schema/index.ts";
import { instantOf } from "../site/time.ts";
import { ContentGraph, deepFreeze, type BusinessNode, type CentreNode, type EventNode, type Localized } from "./graph.ts";
import { LANGS, defaultLanguage, type Lang } from "./languages.ts";
import { renderMarkdown } from "./markdown.ts";

/** One validated file, with what it takes to point back at its lines. */
export interface Entry<T> {
  readonly file: string;
  readonly centreSlug: string;
  readonly slug: string;
  /** The language of its words: the default one for a main file, the translation's otherwise. */
  readonly lang: Lang;
  readonly data: T;
  readonly body: string;
  readonly lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

export interface ValidatedContent {
  centres: Entry<CentreData>[];
  centreTranslations: Entry<CentreTranslation>[];
  businesses: Entry<BusinessData>[];
  businessTranslations: Entry<BusinessTranslation>[];
  events: Entry<EventData>[];
  eventTranslations: Entry<EventTranslation>[];
}

/**
 * Main files that failed validation, with only their fields that are valid on their own: the
 * artisans an event names are still checked, so that mistake shows in the same report.
 */
export interface UnfinishedEntries {
  centres: Entry<Partial<CentreData>>[];
  businesses: Entry<Partial<BusinessData>>[];
  events: Entry<Partial<EventData>>[];
}

const key = (e: { centreSlug: string; slug: string }) => `${e.centreSlug}/${e.slug}`;
/** One entry in one language: a file's identity, for duplicates. */
const fileKey = (e: { centreSlug: string; slug: string; lang: Lang }) => `${key(e)}.${e.lang}`;

/** Finds entries that claim the same slug, and names every file involved (docs/bad-inputs.md, case 4). */
function findDuplicates(entries: readonly Entry<unknown>[], problems: Problem[]): void {
  const byKey = new Map<string, Entry<unknown>[]>();
  for (const entry of entries) byKey.set(fileKey(entry), [...(byKey.get(fileKey(entry)) ?? []), entry]);
  for (const [, group] of byKey) {
    if (group.length < 2) continue;
    const files = group.map((e) => e.file).join(", ");
    for (const entry of group)
      problems.push({
        file: entry.file,
        message: b(`Slug "${entry.slug}" dipakai oleh lebih dari satu berkas: ${files}.`, `The slug "${entry.slug}" is used by more than one file: ${files}.`),
        fix: b("ganti nama salah satu berkas, atau gabungkan isinya menjadi satu.", "rename one of the files, or merge them into one."),
      });
  }
}

function byKeyMap<T>(entries: readonly Entry<T>[]): Map<string, Entry<T>> {
  return new Map(entries.map((e) => [key(e), e]));
}

/** Translations by entry, then by language. */
function translationsByKey<T>(entries: readonly Entry<T>[]): Map<string, Map<Lang, Entry<T>>> {
  const map = new Map<string, Map<Lang, Entry<T>>>();
  for (const e of entries) map.set(key(e), (map.get(key(e)) ?? new Map()).set(e.lang, e));
  return map;
}

/** The main file's name for a translation's: `tenun.en.md` → `tenun.md`. */
const mainFileOf = (t: Entry<unknown>) => `${t.file.slice(0, -`.${t.lang}.md`.length)}.md`;

/** A value in every active language: the default language's as it is, each other one from its translation (or undefined). */
function perLanguage<T, Tr>(main: T, translations: ReadonlyMap<Lang, Tr> | undefined, translate: (main: T, translation: Tr | undefined) => T): Localized<T> {
  const def = defaultLanguage().code;
  return Object.fromEntries(LANGS.map((lang) => [lang, lang === def ? main : translate(main, translations?.get(lang))]));
}

/** The languages an entry has words in: the default one and each one it has a translation for. */
const languagesOf = (translations: ReadonlyMap<Lang, unknown> | undefined) => LANGS.filter((lang, i) => i === 0 || translations?.has(lang));

/** A translation whose Indonesian file does not exist. One that exists but has problems is reported for those, not here. */
function orphanTranslations(translations: readonly Entry<unknown>[], mains: Map<string, unknown>, foundFiles: ReadonlySet<string>, problems: Problem[]): void {
  for (const t of translations)
    if (!mains.has(key(t)) && !foundFiles.has(mainFileOf(t)))
      problems.push({
        file: t.file,
        message: b("Terjemahan ini tidak punya berkas bahasa Indonesia dengan nama yang sama.", "This translation has no Indonesian file with the same name."),
        fix: b(`buat ${mainFileOf(t)} atau ganti nama berkas terjemahan ini.`, `create ${mainFileOf(t)} or rename this translation.`),
      });
}

/** A translated list (product names, figure labels) must match the Indonesian list one to one. */
function sameLength(t: Entry<unknown>, field: string, got: readonly unknown[] | undefined, want: number, problems: Problem[]): void {
  if (got && got.length !== want)
    problems.push({
      file: t.file,
      line: t.lineOf([field]),
      field,
      message: b(`Daftar "${field}" berisi ${got.length} isi, padahal berkas bahasa Indonesia punya ${want}.`, `The list "${field}" has ${got.length} item(s), but the Indonesian file has ${want}.`),
      fix: b("tulis satu terjemahan untuk setiap isi, dalam urutan yang sama.", "write one translation per item, in the same order."),
    });
}

function body(main: Entry<unknown>, translations: ReadonlyMap<Lang, Entry<unknown>> | undefined): Localized<string> {
  return perLanguage(renderMarkdown(main.body), translations, (html, t) => (t?.body.trim() ? renderMarkdown(t.body) : html));
}

/** An event names an artisan by a slug no file in the centre has (docs/bad-inputs.md, case 10). */
function missingArtisan(slug: string, centreSlug: string, known: readonly string[]): Pick<Problem, "message" | "fix"> {
  const message = b(`Pengrajin "${slug}" tidak ada di sentra ${centreSlug}.`, `There is no artisan "${slug}" in the centre ${centreSlug}.`);
  if (!known.length)
    return { message, fix: b(`sentra ini belum punya pengrajin: buat dulu pengrajin/${slug}.md, atau hapus "${slug}" dari daftar.`, `this centre has no artisans yet: create pengrajin/${slug}.md first, or remove "${slug}" from the list.`) };
  const guess = closestSlug(slug, known);
  const list = known.join(", ");
  return {
    message,
    fix: guess
      ? b(`mungkin maksudnya "${guess}"? Slug yang ada: ${list}.`, `did you mean "${guess}"? The existing slugs are: ${list}.`)
      : b(`pilih salah satu slug yang ada: ${list}.`, `use one of the existing slugs: ${list}.`),
  };
}

/**
 * Every business slug an event names, among its artisans or in its running order, must be a
 * business file of its centre (which may have problems of its own).
 */
function checkArtisans(event: Entry<Partial<EventData>>, existingBusinesses: ReadonlySet<string>, problems: Problem[]): void {
  const known = [...existingBusinesses].filter((k) => k.startsWith(`${event.centreSlug}/`)).map((k) => k.slice(event.centreSlug.length + 1));
  const named = [
    ...(event.data.pengrajin ?? []).map((slug, index) => ({ slug, path: ["pengrajin", index] })),
    ...(event.data.susunan_acara ?? []).flatMap((item, i) => item.usaha.map((slug, index) => ({ slug, path: ["susunan_acara", i, "usaha", index] }))),
  ];
  for (const { slug, path } of named)
    if (!existingBusinesses.has(`${event.centreSlug}/${slug}`))
      problems.push({ file: event.file, line: event.lineOf(path), field: path.join("."), ...missingArtisan(slug, event.centreSlug, known) });
}

export function link(
  content: ValidatedContent,
  /** `centre/slug` of every business file found, valid or not. */ existingBusinesses: ReadonlySet<string>,
  /** Every content file found, valid or not, relative to the project. */ foundFiles: ReadonlySet<string> = new Set(),
  unfinished: UnfinishedEntries = { centres: [], businesses: [], events: [] },
): { graph?: ContentGraph; problems: Problem[] } {
  const problems: Problem[] = [];
  findDuplicates(content.centres, problems);
  findDuplicates(content.businesses, problems);
  findDuplicates(content.events, problems);
  findDuplicates(content.centreTranslations, problems);
  findDuplicates(content.businessTranslations, problems);
  findDuplicates(content.eventTranslations, problems);

  const centreMap = byKeyMap(content.centres);
  const businessMap = byKeyMap(content.businesses);
  const eventMap = byKeyMap(content.events);
  orphanTranslations(content.centreTranslations, centreMap, foundFiles, problems);
  orphanTranslations(content.businessTranslations, businessMap, foundFiles, problems);
  orphanTranslations(content.eventTranslations, eventMap, foundFiles, problems);
  const centreTranslations = translationsByKey(content.centreTranslations);
  const businessTranslations = translationsByKey(content.businessTranslations);
  const eventTranslations = translationsByKey(content.eventTranslations);

  const centres: CentreNode[] = content.centres.map((entry) => {
    const translations = centreTranslations.get(key(entry));
    const d = entry.data;
    for (const t of translations?.values() ?? []) sameLength(t, "label_angka", t.data.label_angka, d.angka.length, problems);
    const idText = { nama: d.nama, kerajinan: d.kerajinan, ringkasan: d.ringkasan, catatan_jam: d.catatan_jam, cara_ke_sini: d.cara_ke_sini, catatan_rombongan: d.kunjungan_rombongan?.catatan, label_angka: d.angka.map((f) => f.label) };
    return {
      slug: entry.slug,
      file: entry.file,
      translations: languagesOf(translations),
      data: d,
      bodyHtml: body(entry, translations),
      text: perLanguage(idText, translations, (main, t) => {
        const tr = t?.data ?? {};
        return {
          nama: tr.nama ?? main.nama,
          kerajinan: tr.kerajinan ?? main.kerajinan,
          ringkasan: tr.ringkasan ?? main.ringkasan,
          catatan_jam: tr.catatan_jam ?? main.catatan_jam,
          cara_ke_sini: tr.cara_ke_sini ?? main.cara_ke_sini,
          catatan_rombongan: tr.catatan_rombongan ?? main.catatan_rombongan,
          label_angka: tr.label_angka ?? main.label_angka,
        };
      }),
    };
  });

  const businesses: BusinessNode[] = content.businesses.map((entry) => {
    const translations = businessTranslations.get(key(entry));
    const d = entry.data;
    for (const t of translations?.values() ?? []) sameLength(t, "nama_produk", t.data.nama_produk, d.produk.length, problems);
    const idText = { ringkasan: d.ringkasan, nama_produk: d.produk.map((p) => p.nama) };
    return {
      slug: entry.slug,
      centreSlug: entry.centreSlug,
      file: entry.file,
      translations: languagesOf(translations),
      data: d,
      bodyHtml: body(entry, translations),
      text: perLanguage(idText, translations, (main, t) => ({ ringkasan: t?.data.ringkasan ?? main.ringkasan, nama_produk: t?.data.nama_produk ?? main.nama_produk })),
    };
  });

  // Booth numbers are physical places: two businesses in one booth is a typing error.
  const booths = new Map<string, BusinessNode[]>();
  for (const business of businesses) {
    if (!business.data.nomor_booth) continue;
    const boothKey = `${business.centreSlug}/${business.data.nomor_booth.toUpperCase()}`;
    booths.set(boothKey, [...(booths.get(boothKey) ?? []), business]);
  }
  for (const group of booths.values())
    if (group.length > 1)
      for (const business of group)
        problems.push({
          file: business.file,
          line: businessMap.get(key(business))?.lineOf(["nomor_booth"]),
          field: "nomor_booth",
          message: b(`Booth ${business.data.nomor_booth} juga dipakai oleh: ${group.filter((x) => x !== business).map((x) => x.file).join(", ")}.`, `Booth ${business.data.nomor_booth} is also used by: ${group.filter((x) => x !== business).map((x) => x.file).join(", ")}.`),
          fix: b("periksa nomor booth di kedua berkas.", "check the booth number in both files."),
        });

  const events: EventNode[] = [];
  for (const entry of content.events) {
    checkArtisans(entry, existingBusinesses, problems);
    const centre = centreMap.get(`${entry.centreSlug}/${entry.centreSlug}`);
    if (!centre) continue; // a missing or invalid index.md is reported for itself
    const d = entry.data;
    const zone = d.zona_waktu ?? centre.data.zona_waktu;
    const translations = eventTranslations.get(key(entry));
    for (const t of translations?.values() ?? []) sameLength(t, "susunan_acara", t.data.susunan_acara, d.susunan_acara.length, problems);
    const order = d.susunan_acara.map((item) => ({ segmen: item.segmen, keterangan: item.keterangan }));
    const idText = { judul: d.judul, ringkasan: d.ringkasan, tempat: d.tempat, catatan_pendaftaran: d.pendaftaran?.catatan, susunan_acara: order };
    events.push({
      slug: entry.slug,
      centreSlug: entry.centreSlug,
      file: entry.file,
      translations: languagesOf(translations),
      data: d,
      zone,
      startsAt: instantOf(d.mulai, zone),
      endsAt: instantOf(d.selesai, zone),
      bodyHtml: body(entry, translations),
      text: perLanguage(idText, translations, (main, t) => ({
        judul: t?.data.judul ?? main.judul,
        ringkasan: t?.data.ringkasan ?? main.ringkasan,
        tempat: t?.data.tempat ?? main.tempat,
        catatan_pendaftaran: t?.data.catatan_pendaftaran ?? main.catatan_pendaftaran,
        susunan_acara: main.susunan_acara.map((item, i) => ({ segmen: t?.data.susunan_acara?.[i]?.segmen ?? item.segmen, keterangan: item.keterangan && (t?.data.susunan_acara?.[i]?.keterangan ?? item.keterangan) })),
      })),
    });
  }

  for (const entry of unfinished.events) checkArtisans(entry, existingBusinesses, problems);

  if (problems.length) return { problems };
  return { graph: new ContentGraph(deepFreeze(centres), deepFreeze(businesses), deepFreeze(events)), problems };
}
