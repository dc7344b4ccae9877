/**
 * One built page of every kind in each language: what the browser tests and the Lighthouse audit
 * load. Which pages exist, their kinds and their addresses come from the site model of the
 * content the site was built from (scripts/site/pages.ts `listPages`), so no second list of kinds
 * or address rules lives here; the files read are the built ones, exactly what would be uploaded.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadContent } from "../content/load.ts";
import { LANGS, type Lang } from "../content/languages.ts";
import { ALL_KINDS } from "../site/page-kinds.ts";
import { listPages, outputPath, type Page, type PageKind } from "../site/pages.ts";
import { Urls } from "../site/urls.ts";

export type { Lang };
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

/**
 * Every page of the site model of `contentDir`, without a path prefix. The instant only orders
 * the events lists, so it changes no page's address.
 */
async function modelPages(contentDir: string): Promise<Page[]> {
  const loaded = await loadContent(resolve(contentDir));
  if (!loaded.graph)
    throw new Error(
      `${contentDir} has content problems (npm run check): ${loaded.problems.map((p) => p.message.en).join("; ")}`,
    );
  return listPages(loaded.graph, new Urls(), Date.now());
}

/**
 * One page per kind and language of the site in `siteDir`, built from `contentDir`. Of several
 * pages of a kind the largest file wins: it has the most markup (photos, products, featured
 * businesses) for a check to look at. A page the build did not write (a build of some centres)
 * is left out; the tests that need a kind say which one is missing.
 */
export async function pageKinds(siteDir: string, contentDir: string): Promise<SitePage[]> {
  const best = new Map<string, { page: SitePage; size: number }>();
  for (const page of await modelPages(contentDir)) {
    const file = join(siteDir, outputPath(page));
    if (!existsSync(file)) continue;
    const size = statSync(file).size;
    const key = `${page.lang} ${page.kind}`;
    if ((best.get(key)?.size ?? -1) < size)
      best.set(key, {
        page: { kind: page.kind, lang: page.lang, url: `/${page.path}`, file },
        size,
      });
  }
  if (best.size === 0)
    throw new Error(`${siteDir} holds none of the pages of ${contentDir}: was it built from it?`);
  return [...best.values()]
    .map((b) => b.page)
    .sort(
      (a, b) =>
        ALL_KINDS.indexOf(a.kind) - ALL_KINDS.indexOf(b.kind) ||
        LANGS.indexOf(a.lang) - LANGS.indexOf(b.lang),
    );
}
