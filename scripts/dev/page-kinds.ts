/**
 * Finds, in a built site, one page of every kind in each language: what browser tests and the
 * Lighthouse audit load. Read from the output folder (not the content graph), so it checks
 * exactly what would be uploaded.
 */
import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { SECTION_NAMES } from "../site/urls.ts";
import type { PageKind } from "../site/pages.ts";
import { ALL_KINDS } from "../site/page-kinds.ts";

export type Lang = "id" | "en";
export type Kind = PageKind;

export interface SitePage {
  readonly kind: Kind;
  readonly lang: Lang;
  /** The address to load, e.g. `/en/batik-uji/artisans/` or `/404.html`. */
  readonly url: string;
  /** The file on disk. */
  readonly file: string;
}

/** Every `.html` file below `siteDir`, sorted. */
export function htmlFiles(siteDir: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".html")) files.push(path);
    }
  };
  walk(siteDir);
  return files.sort();
}

/** The kind and language of a built page from its address (docs/quality.md, "Pages and addresses"). */
export function classify(siteDir: string, file: string): Omit<SitePage, "file"> | undefined {
  const rel = relative(siteDir, file).split(sep).join("/");
  if (rel === "404.html") return { kind: "notFound", lang: "id", url: "/404.html" };
  if (!rel.endsWith("index.html")) return undefined;
  const url = `/${rel.slice(0, -"index.html".length)}`;
  const parts = rel.split("/").slice(0, -1);
  const lang: Lang = parts[0] === "en" ? "en" : "id";
  if (lang === "en") parts.shift();
  const names = SECTION_NAMES[lang]!;
  const [centre, section, slug, ...rest] = parts;
  if (section === names.businesses && slug && rest.length === 1 && rest[0] === names.card)
    return { kind: "boothCard", lang, url };
  const pageNumber = (words: readonly string[]) =>
    words.length === 2 && words[0] === names.page && /^\d+$/.test(words[1]!);
  if (slug && pageNumber([slug, ...rest])) {
    if (section === names.businesses) return { kind: "businesses", lang, url };
    if (section === names.events) return { kind: "events", lang, url };
  }
  // A centre's products: all, one category, either paged (`produk/kain/halaman/2/`).
  if (
    centre &&
    section === names.products &&
    (slug === undefined || rest.length === 0 || pageNumber(rest) || pageNumber([slug, ...rest]))
  )
    return { kind: "products", lang, url };
  if (rest.length) return undefined;
  if (centre === undefined) return { kind: "directory", lang, url };
  // The CMS is not a page of the site (tests/browser/cms.test.ts checks it).
  if (centre === "admin" && lang === "id") return undefined;
  // Site-wide sections sit where a centre's slug would; centre slugs may not take these names.
  if (centre === names.search)
    return section === undefined ? { kind: "search", lang, url } : undefined;
  if (centre === names.province)
    return section !== undefined && slug === undefined
      ? { kind: "province", lang, url }
      : undefined;
  if (section === undefined) return { kind: "centre", lang, url };
  if (section === "poster" && slug === undefined) return { kind: "poster", lang, url };
  if (section === names.print && slug === undefined) return { kind: "print", lang, url };
  const kind =
    section === names.businesses
      ? slug
        ? "business"
        : "businesses"
      : section === names.events
        ? slug
          ? "event"
          : "events"
        : section === names.visit && !slug
          ? "visit"
          : undefined;
  return kind && { kind, lang, url };
}

/**
 * One page per kind and language. Of several candidates the largest file wins: it has the most
 * markup (photos, products, featured businesses) for a check to look at.
 */
export function pageKinds(siteDir: string): SitePage[] {
  const best = new Map<string, { page: SitePage; size: number }>();
  for (const file of htmlFiles(siteDir)) {
    const found = classify(siteDir, file);
    if (!found) continue;
    const size = statSync(file).size;
    const key = `${found.lang} ${found.kind}`;
    if ((best.get(key)?.size ?? -1) < size) best.set(key, { page: { ...found, file }, size });
  }
  const langs: Lang[] = ["id", "en"];
  return [...best.values()]
    .map((b) => b.page)
    .sort(
      (a, b) =>
        ALL_KINDS.indexOf(a.kind) - ALL_KINDS.indexOf(b.kind) ||
        langs.indexOf(a.lang) - langs.indexOf(b.lang),
    );
}
