/**
 * The content graph: every centre, business and event, validated and linked, frozen.
 * Templates read only this; they never see a raw file. Entries point at each other by slug
 * and the graph answers the lookups, so the data has no cycles to trip a deep copy.
 */
import type { BusinessData, CentreData, EventData } from "../schema/index.ts";
import type { TimeZone } from "../schema/fields.ts";
import type { ProductCategory } from "../schema/business.ts";

import { defaultLanguage, language, type Lang } from "./languages.ts";

export { LANGS, type Lang } from "./languages.ts";
/** A value in each of the site's languages (scripts/content/languages.ts). */
export type Localized<T> = Readonly<Record<Lang, T>>;

/** The value in `lang`; every language has one, an untranslated entry's being the default language's. */
export function inLang<T>(values: Localized<T>, lang: Lang): T {
  const found = values[lang];
  if (found === undefined) throw new Error(`no "${language(lang).code}" value`);
  return found;
}

/** The value in the language of the content's main files. */
export function inDefault<T>(values: Localized<T>): T {
  return inLang(values, defaultLanguage().code);
}

interface EntryBase {
  readonly slug: string;
  /** The Indonesian file, relative to the project. */
  readonly file: string;
  /**
   * The languages this entry has words in: the default one, and each one with a translation file
   * (`<slug>.<code>.md`); pages in another language show the default language's words.
   */
  readonly translations: readonly Lang[];
  readonly bodyHtml: Localized<string>;
}

export interface CentreText {
  readonly nama: string;
  readonly kerajinan: string;
  readonly ringkasan: string;
  readonly catatan_jam?: string | undefined;
  readonly cara_ke_sini?: string | undefined;
  readonly catatan_rombongan?: string | undefined;
  readonly label_angka: readonly string[];
}

export interface CentreNode extends EntryBase {
  readonly data: CentreData;
  readonly text: Localized<CentreText>;
}

export interface BusinessNode extends EntryBase {
  readonly centreSlug: string;
  readonly data: BusinessData;
  readonly text: Localized<{ readonly ringkasan: string; readonly nama_produk: readonly string[] }>;
}

export interface EventNode extends EntryBase {
  readonly centreSlug: string;
  readonly data: EventData;
  readonly zone: TimeZone;
  /** Start and end as instants (ms since 1970), from the local times in `zone`. */
  readonly startsAt: number;
  readonly endsAt: number;
  readonly text: Localized<EventText>;
}

export interface EventText {
  readonly judul: string;
  readonly ringkasan: string;
  readonly tempat?: string | undefined;
  readonly catatan_pendaftaran?: string | undefined;
  /** The running order's words, one per item of `data.susunan_acara`. */
  readonly susunan_acara: readonly { readonly segmen: string; readonly keterangan?: string | undefined }[];
}

/** What the site-wide pages need of a centre's businesses. */
export interface BusinessTally {
  readonly count: number;
  readonly categories: readonly ProductCategory[];
}

export function tallyOf(businesses: readonly BusinessNode[]): BusinessTally {
  return { count: businesses.length, categories: [...new Set(businesses.flatMap((b) => b.data.produk.map((p) => p.kategori)))] };
}

export class ContentGraph {
  readonly centres: readonly CentreNode[];
  readonly #businesses: ReadonlyMap<string, readonly BusinessNode[]>;
  readonly #events: ReadonlyMap<string, readonly EventNode[]>;
  readonly #tallies: ReadonlyMap<string, BusinessTally> | undefined;

  /**
   * `tallies`: for a graph of every centre without their businesses, what a build renders the
   * site-wide pages from; they only count a centre's businesses and their kinds of product
   * (scripts/pipeline/site-wide-files.ts).
   */
  constructor(centres: CentreNode[], businesses: BusinessNode[], events: EventNode[], tallies?: ReadonlyMap<string, BusinessTally>) {
    this.centres = Object.freeze([...centres].sort((a, b) => inDefault(a.text).nama.localeCompare(inDefault(b.text).nama, defaultLanguage().code)));
    const group = <T extends { centreSlug: string }>(items: T[]) => {
      const map = new Map<string, T[]>();
      for (const item of items) map.set(item.centreSlug, [...(map.get(item.centreSlug) ?? []), item]);
      for (const list of map.values()) Object.freeze(list);
      return map;
    };
    this.#businesses = group([...businesses].sort((a, b) => a.data.nama_usaha.localeCompare(b.data.nama_usaha, defaultLanguage().code)));
    this.#events = group([...events].sort((a, b) => a.startsAt - b.startsAt || a.slug.localeCompare(b.slug)));
    this.#tallies = tallies;
    Object.freeze(this);
  }

  centre(slug: string): CentreNode | undefined {
    return this.centres.find((c) => c.slug === slug);
  }
  businessesOf(centre: CentreNode): readonly BusinessNode[] {
    return this.#businesses.get(centre.slug) ?? [];
  }
  businessCount(centre: CentreNode): number {
    return this.#tallies?.get(centre.slug)?.count ?? this.businessesOf(centre).length;
  }
  /** The kinds of product a centre's businesses make. */
  productCategoriesOf(centre: CentreNode): readonly ProductCategory[] {
    return this.#tallies?.get(centre.slug)?.categories ?? tallyOf(this.businessesOf(centre)).categories;
  }
  eventsOf(centre: CentreNode): readonly EventNode[] {
    return this.#events.get(centre.slug) ?? [];
  }
  /** The events that feature a business, earliest first. */
  eventsFeaturing(business: BusinessNode): readonly EventNode[] {
    return (this.#events.get(business.centreSlug) ?? []).filter((e) => e.data.pengrajin.includes(business.slug));
  }
  /** The businesses an event features, in the order the event lists them. */
  featuredIn(event: EventNode): readonly BusinessNode[] {
    const all = this.#businesses.get(event.centreSlug) ?? [];
    return event.data.pengrajin.map((slug) => all.find((b) => b.slug === slug)).filter((b): b is BusinessNode => b !== undefined);
  }
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
