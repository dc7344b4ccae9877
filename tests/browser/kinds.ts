/** The page kinds every browser check loads: each in Indonesian and English, and the 404 page. */
import type { Kind, Lang } from "../../scripts/dev/page-kinds.ts";
import { ALL_KINDS } from "../../scripts/site/page-kinds.ts";

export interface KindInLang {
  readonly kind: Kind;
  readonly lang: Lang;
}

/** Every kind of the registry; the 404 page is one page, in the first language only. */
const KINDS: readonly Kind[] = ALL_KINDS.filter((kind) => kind !== "notFound");

export const EVERY_KIND: readonly KindInLang[] = [
  ...KINDS.flatMap((kind) => (["id", "en"] as const).map((lang) => ({ kind, lang }))),
  { kind: "notFound", lang: "id" },
];

export const kindLabel = ({ kind, lang }: KindInLang) => `${kind} (${lang})`;
