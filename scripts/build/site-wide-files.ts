/**
 * The site-wide files that grow with every business and event (issue 7: bounded memory at any
 * size). The sitemap and the open data list every entry of the site, so they were rendered from
 * one graph of the whole site, about 1 MB a centre. Here they are written centre by centre, from
 * the summaries on disk (scripts/build/summaries.ts), holding one centre at a time; the other
 * site-wide pages (directory, provinces, search, 404) only need the centres, their events and how
 * many businesses each has, which `summaryGraph` gathers.
 *
 * The bytes are those of the templates (templates/sitemap.11ty.ts, templates/opendata.11ty.ts),
 * made by the same functions; tests/renderer.test.ts compares the build with Eleventy's output.
 */
import { closeSync, mkdirSync, openSync, renameSync, writeFileSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { ContentGraph, LANGS, tallyOf, type BusinessTally, type CentreNode, type EventNode, type Lang } from "../content/graph.ts";
import { TableWriter, type Format } from "../opendata/formats.ts";
import { openDataTables, type Table } from "../opendata/tables.ts";
import { isListed, listPages, type Page } from "../site/pages.ts";
import { SITEMAP, SITEMAP_URLS, sitemapIndex, sitemapPart, urlEntry, URL_SEPARATOR, URLSET_END, URLSET_START } from "../site/sitemap.ts";
import type { SiteAddress, Urls } from "../site/urls.ts";
import { readSummary, type CentreDigest } from "./summaries.ts";

/** The templates whose files this module writes instead, in a build. */
export const STREAMED_TEMPLATES: ReadonlySet<string> = new Set(["templates/sitemap.11ty.ts", "templates/opendata.11ty.ts"]);

/** A file written a megabyte at a time. */
class StreamedFile {
  readonly #fd: number;
  #chunks: string[] = [];
  #size = 0;

  constructor(path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.#fd = openSync(path, "w");
  }

  write(chunk: string): void {
    this.#chunks.push(chunk);
    this.#size += chunk.length;
    if (this.#size > 1 << 20) this.#flush();
  }

  #flush(): void {
    writeSync(this.#fd, this.#chunks.join(""));
    this.#chunks = [];
    this.#size = 0;
  }

  close(): void {
    this.#flush();
    closeSync(this.#fd);
  }
}

/** The sitemap, page by page: one file, or parts of SITEMAP_URLS pages and an index naming them. */
class SitemapWriter {
  #parts = 0;
  #inPart = 0;
  #file: StreamedFile | undefined;

  constructor(
    readonly outDir: string,
    readonly address: SiteAddress,
  ) {}

  add(page: Page): void {
    if (!isListed(page)) return;
    if (!this.#file || this.#inPart === SITEMAP_URLS) {
      this.#endPart();
      this.#file = new StreamedFile(join(this.outDir, sitemapPart(++this.#parts)));
      this.#file.write(URLSET_START);
      this.#inPart = 0;
    }
    this.#file.write(`${this.#inPart++ ? URL_SEPARATOR : ""}${urlEntry(this.address, page)}`);
  }

  #endPart(): void {
    this.#file?.write(URLSET_END);
    this.#file?.close();
    this.#file = undefined;
  }

  /** Finishes the sitemap; returns its files, relative to the site. */
  end(): string[] {
    this.#endPart();
    if (this.#parts === 0) writeFileSync(join(this.outDir, SITEMAP), `${URLSET_START}${URLSET_END}`);
    if (this.#parts <= 1) {
      if (this.#parts === 1) renameSync(join(this.outDir, sitemapPart(1)), join(this.outDir, SITEMAP));
      return [SITEMAP];
    }
    const parts = Array.from({ length: this.#parts }, (_, i) => sitemapPart(i + 1));
    writeFileSync(join(this.outDir, SITEMAP), sitemapIndex(this.address, parts));
    return [SITEMAP, ...parts];
  }
}

/** Each centre's own graph, centre by centre in the site's order, read from its summary. */
async function* centreByCentre(centres: readonly CentreNode[], digests: ReadonlyMap<string, CentreDigest>): AsyncGenerator<ContentGraph> {
  for (const centre of centres) {
    const summary = await readSummary(digests.get(centre.slug)!);
    yield new ContentGraph([centre], [...summary.businesses], [...summary.events]);
  }
}

/**
 * Every centre with its events and a tally of its businesses, without the businesses: what the
 * directory, the province pages, the search page and the centres' open-data table show.
 */
export async function summaryGraph(centres: readonly CentreNode[], digests: readonly CentreDigest[]): Promise<ContentGraph> {
  const events: EventNode[] = [];
  const tallies = new Map<string, BusinessTally>();
  for (const digest of digests) {
    const summary = await readSummary(digest);
    events.push(...summary.events);
    tallies.set(digest.slug, tallyOf(summary.businesses));
  }
  return new ContentGraph([...centres], [], events, tallies);
}

const DATA_FORMATS: readonly Format[] = ["json", "csv"];
interface OpenFile {
  readonly file: StreamedFile;
  readonly writer: TableWriter;
}

/**
 * Writes the sitemap and the open data of the site whose summary graph is `site` into `outDir`;
 * returns the files written, relative to the site.
 */
export async function writeStreamedFiles(site: { graph: ContentGraph; urls: Urls; now: number; pages: readonly Page[] }, digests: readonly CentreDigest[], outDir: string): Promise<string[]> {
  const bySlug = new Map(digests.map((d) => [d.slug, d]));
  const { graph, urls, now } = site;

  // The sitemap lists a language's pages together, as listPages orders them: the site-wide ones,
  // then each centre's. So each language is a pass over the centres; the first also writes the
  // open data's rows. No sitemap without a site address: it holds absolute addresses only.
  const sitemap = urls.address ? new SitemapWriter(outDir, urls.address) : undefined;
  const addSiteWidePages = (lang: Lang) => {
    for (const page of site.pages) if (page.lang === lang && !("centre" in page)) sitemap?.add(page);
  };
  const addCentrePages = (centreGraph: ContentGraph, lang: Lang) => {
    for (const page of listPages(centreGraph, urls, now)) if ("centre" in page && page.lang === lang) sitemap?.add(page);
  };

  // Open data: the centres' table from the summary graph, the businesses' and events' centre by centre.
  const files: string[] = [];
  const [centres, businesses, events] = openDataTables(graph, urls);
  const open = (table: Table): OpenFile[] =>
    DATA_FORMATS.map((format) => {
      const path = urls.data(`${table.name}.${format}`);
      files.push(path);
      const file = new StreamedFile(join(outDir, path));
      return { file, writer: new TableWriter(format, table.columns, (chunk) => file.write(chunk)) };
    });
  const [centreFiles, businessFiles, eventFiles] = [open(centres), open(businesses), open(events)];
  for (const { writer } of centreFiles) writer.rows(centres.rows);

  for (const [i, lang] of LANGS.entries()) {
    addSiteWidePages(lang);
    for await (const centreGraph of centreByCentre(graph.centres, bySlug)) {
      addCentrePages(centreGraph, lang);
      if (i > 0) continue;
      const [, ownBusinesses, ownEvents] = openDataTables(centreGraph, urls);
      for (const { writer } of businessFiles) writer.rows(ownBusinesses.rows);
      for (const { writer } of eventFiles) writer.rows(ownEvents.rows);
    }
  }
  files.push(...(sitemap?.end() ?? []));

  for (const { file, writer } of [...centreFiles, ...businessFiles, ...eventFiles]) {
    writer.end();
    file.close();
  }
  return files;
}
