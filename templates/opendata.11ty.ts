/**
 * Open data: `data/centres.json`, `data/businesses.json`, `data/events.json` and the same as
 * `.csv`, language-neutral, one set for the whole site. Tables: scripts/opendata/tables.ts;
 * columns documented in docs/open-data.md.
 */
import { toCsv, toJson } from "../scripts/opendata/formats.ts";
import { openDataTables, type Table } from "../scripts/opendata/tables.ts";
import type { SiteModel } from "../scripts/site/model.ts";

const FORMATS = { json: toJson, csv: toCsv } as const;
type Format = keyof typeof FORMATS;
interface DataFile {
  readonly table: string;
  readonly format: Format;
}

const FILES: readonly DataFile[] = ["centres", "businesses", "events"].flatMap((table) => (["json", "csv"] as const).map((format) => ({ table, format })));

interface TemplateData {
  readonly etalase: SiteModel;
  readonly file: DataFile;
}

export const data = {
  openDataFiles: FILES,
  pagination: { data: "openDataFiles", size: 1, alias: "file", addAllPagesToCollections: false },
  permalink: ({ etalase: site, file }: TemplateData) => site.urls.data(`${file.table}.${file.format}`),
  eleventyExcludeFromCollections: true,
};

/** Six files share three tables: each is made once per build. */
const made = new WeakMap<SiteModel, readonly Table[]>();

export function render({ etalase: site, file }: TemplateData): string {
  const tables = made.get(site) ?? openDataTables(site.graph, site.urls);
  made.set(site, tables);
  const table = tables.find((t) => t.name === file.table);
  if (!table) throw new Error(`no open-data table "${file.table}"`);
  return FORMATS[file.format](table);
}
