/** The page kinds every browser check loads: each in Indonesian and English, and the 404 page. */
import type { Kind, Lang } from "../../scripts/dev/page-kinds.ts";

export interface KindInLang {
  readonly kind: Kind;
  readonly lang: Lang;
}

const KINDS: readonly Kind[] = ["directory", "search", "province", "centre", "businesses", "business", "events", "event", "visit", "boothCard", "poster"];

export const EVERY_KIND: readonly KindInLang[] = [
  ...KINDS.flatMap((kind) => (["id", "en"] as const).map((lang) => ({ kind, lang }))),
  { kind: "notFound", lang: "id" },
];

export const kindLabel = ({ kind, lang }: KindInLang) => `${kind} (${lang})`;
