/**
 * The site-wide files that list every business and event: the sitemap and the open data. They are
 * written centre by centre, holding one centre's graph at a time (SiteModel.centreGraphs: cut from
 * the whole graph in `npm start`, read from each centre's summary on disk in a build), so their
 * memory does not grow with the site. Eleventy's `eleventy.after` event runs this after the
 * site-wide pages (.eleventy.ts), in the build and in the preview alike.
 */
import { closeSync, mkdirSync, openSync, renameSync, writeFileSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { LANGS, type ContentGraph, type Lang } from "../content/graph.ts";
import { TableWriter, type Format } from "../opendata/formats.ts";
import { openDataTables, type Table } from "../opendata/tables.ts";
import { isListed, listPages, type Page } from "../site/pages.ts";
import {
  SITEMAP,
  SITEMAP_URLS,
  sitemapIndex,
  sitemapPart,
  urlEntry,
  URL_SEPARATOR,
  URLSET_END,
  URLSET_START,
} from "../site/sitemap.ts";
import type { SiteModel } from "../site/model.ts";
import type { SiteAddress } from "../site/urls.ts";

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
    if (this.#parts === 0)
      writeFileSync(join(this.outDir, SITEMAP), `${URLSET_START}${URLSET_END}`);
    if (this.#parts <= 1) {
      if (this.#parts === 1)
        renameSync(join(this.outDir, sitemapPart(1)), join(this.outDir, SITEMAP));
      return [SITEMAP];
    }
    const parts = Array.from({ length: this.#parts }, (_, i) => sitemapPart(i + 1));
    writeFileSync(join(this.outDir, SITEMAP), sitemapIndex(this.address, parts));
    return [SITEMAP, ...parts];
  }
}

const DATA_FORMATS: readonly Format[] = ["json", "csv"];
interface OpenFile {
  readonly file: StreamedFile;
  readonly writer: TableWriter;
}

/** Writes the sitemap and the open data of `site` into `outDir`; returns the files written, relative to the site. */
export async function writeSiteWideFiles(site: SiteModel, outDir: string): Promise<string[]> {
  const { graph, urls, now } = site;

  // The sitemap lists a language's pages together, as listPages orders them: the site-wide ones,
  // then each centre's. So each language is a pass over the centres; the first also writes the
  // open data's rows. No sitemap without a site address: it holds absolute addresses only.
  const sitemap = urls.address ? new SitemapWriter(outDir, urls.address) : undefined;
  const addSiteWidePages = (lang: Lang) => {
    for (const page of site.pages)
      if (page.lang === lang && page.owner === undefined) sitemap?.add(page);
  };
  const addCentrePages = (centreGraph: ContentGraph, lang: Lang) => {
    for (const page of listPages(centreGraph, urls, now))
      if (page.owner !== undefined && page.lang === lang) sitemap?.add(page);
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
    for await (const centreGraph of site.centreGraphs()) {
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
