/** Labels for the values of the schemas' enums, from each language's dictionary (`labels` in languages/<code>.json). */
import { language, type Dictionary, type Lang } from "../../scripts/content/languages.ts";
import type {
  Certification,
  Day,
  EventKind,
  EventStatus,
  Facility,
  Marketplace,
  ProductCategory,
  Unit,
} from "../../scripts/schema/index.ts";

type Tables = Dictionary["labels"];
export type LabelTable = keyof Tables;

/** Fails the type check when the default dictionary lacks a label for a value of a schema's enum. */
type Covers<
  T extends {
    facility: Record<Facility, string>;
    day: Record<Day, string>;
    unit: Record<Unit, string>;
    marketplace: Record<Marketplace, string>;
    certification: Record<Certification, string>;
    eventKind: Record<EventKind, string>;
    eventStatus: Record<EventStatus, string>;
    productCategory: Record<ProductCategory, string>;
  },
> = T;
export type LabelTables = Covers<Tables>;

/** The label of `value` from `table`, in `lang`: `label("facility", "musala", "en")` is "Prayer room". */
export function label<T extends LabelTable>(
  table: T,
  value: keyof Tables[T] & string,
  lang: Lang,
): string {
  const labels: Readonly<Record<string, string>> = language(lang).dictionary.labels[table];
  return labels[value] ?? value;
}
