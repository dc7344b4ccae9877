/**
 * The sites the calendar, feed and open-data tests read, each with the content graph it was built
 * from, to compare the files against: the valid fixture, the events-edge fixture (every zone and
 * status, text that needs escaping, served under a path prefix from a real host), and content/
 * once it has a centre.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { loadContent } from "../../scripts/content/load.ts";
import { useLanguagesOf } from "../../scripts/content/languages.ts";
import { listPages, type Page } from "../../scripts/site/pages.ts";
import { Urls } from "../../scripts/site/urls.ts";
import type { ContentGraph } from "../../scripts/content/graph.ts";
import { FIXTURES, PROJECT_ROOT, runCli, TEST_NOW, tempDir } from "./cli.ts";
import { buildSites, type BuiltSite } from "./sites.ts";

export { PROJECT_ROOT, TEST_NOW };

export interface OutputSite extends BuiltSite {
  readonly graph: ContentGraph;
  /** The absolute address of the site's root, with its path prefix: `https://host/prefix/`. */
  readonly base: string;
}

export const EDGE_ORIGIN = "https://sentra.contoh.go.id";
/** Where the other sites are served: calendars, feeds and open data hold absolute addresses only with one. */
export const SITE_ORIGIN = "https://etalase.contoh.go.id";
export const EDGE_PREFIX = "/etalase-uji/";

/** The root address a site was built for, read from its robots.txt (`Sitemap: <root>sitemap.xml`). */
function siteBase(dir: string): string {
  const match = /^Sitemap: (.+)sitemap\.xml$/m.exec(readFileSync(join(dir, "robots.txt"), "utf8"));
  if (!match?.[1]) throw new Error(`no Sitemap line in ${dir}/robots.txt`);
  return match[1];
}

async function withGraph(site: BuiltSite): Promise<OutputSite> {
  const loaded = await loadContent(site.content, PROJECT_ROOT);
  if (!loaded.graph)
    throw new Error(
      `${site.name} has content problems: ${loaded.problems.map((p) => p.message.en).join("; ")}`,
    );
  return { ...site, graph: loaded.graph, base: siteBase(site.dir) };
}

function buildEdge(): BuiltSite {
  const content = join(FIXTURES, "events-edge/content");
  const dir = join(tempDir(), "_site");
  const run = runCli("build.ts", [
    "--content",
    content,
    "--out",
    dir,
    "--prefix",
    EDGE_PREFIX,
    "--site-url",
    EDGE_ORIGIN,
  ]);
  if (run.code !== 0)
    throw new Error(
      `build of fixture events-edge failed (exit ${run.code}):\n${run.stdout}\n${run.stderr}`,
    );
  return { name: "fixture events-edge", content, dir };
}

export async function buildOutputSites(): Promise<OutputSite[]> {
  const sites = [...(await buildSites({ ETALASE_SITE_URL: SITE_ORIGIN })), buildEdge()];
  return Promise.all(sites.map(withGraph));
}

/**
 * Every page the site model lists for a content folder (scripts/site/pages.ts), in its own
 * languages: what a test expects a build to write, instead of a total kept by hand.
 */
export async function modelPages(content: string): Promise<Page[]> {
  useLanguagesOf(content);
  const loaded = await loadContent(content, PROJECT_ROOT);
  if (!loaded.graph)
    throw new Error(
      `${content} has content problems: ${loaded.problems.map((p) => p.message.en).join("; ")}`,
    );
  return listPages(loaded.graph, new Urls(), Date.parse(TEST_NOW));
}

/** Every file below `dir` whose name ends with `suffix`, as paths relative to `dir`. */
export function filesEndingWith(dir: string, suffix: string): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(suffix)) out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

/** The instant of a local `YYYY-MM-DDTHH:MM` in an Indonesian zone, worked out here, not by the code under test. */
export function instantIn(local: string, zone: "WIB" | "WITA" | "WIT"): number {
  const hours = { WIB: 7, WITA: 8, WIT: 9 }[zone];
  return Date.parse(`${local}:00Z`) - hours * 3_600_000;
}

/** Page paths as docs/quality.md gives them, without the prefix. */
export const pagePath = {
  centre: (lang: "id" | "en", c: string) => `${lang === "en" ? "en/" : ""}${c}/`,
  event: (lang: "id" | "en", c: string, slug: string) =>
    `${lang === "en" ? `en/${c}/events` : `${c}/acara`}/${slug}/`,
  events: (lang: "id" | "en", c: string) => `${lang === "en" ? `en/${c}/events` : `${c}/acara`}/`,
  business: (lang: "id" | "en", c: string, slug: string) =>
    `${lang === "en" ? `en/${c}/artisans` : `${c}/pengrajin`}/${slug}/`,
};
