/** The page kinds every browser check loads: each in Indonesian and English, and the 404 page. */
import type { Kind } from "../../scripts/dev/page-kinds.ts";
import { ALL_KINDS } from "../../scripts/site/page-kinds.ts";

/** The first two languages, which every site has; the Nu HTML Checker reads every page of every language. */
export type CheckedLang = "id" | "en";

export interface KindInLang {
  readonly kind: Kind;
  readonly lang: CheckedLang;
}

/** Every kind of the registry; the 404 page is one page, in the first language only. */
const KINDS: readonly Kind[] = ALL_KINDS.filter((kind) => kind !== "notFound");

export const EVERY_KIND: readonly KindInLang[] = [
  ...KINDS.flatMap((kind) => (["id", "en"] as const).map((lang) => ({ kind, lang }))),
  { kind: "notFound", lang: "id" },
];

export const kindLabel = ({ kind, lang }: KindInLang) => `${kind} (${lang})`;
