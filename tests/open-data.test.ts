/**
 * Open data: `data/*.json` and `data/*.csv` of every built site match the
 * content, the CSV reads back (with a parser written here from RFC 4180) to the same rows as the
 * JSON, and docs/open-data.md documents every column.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { csvCell, TableWriter, toCsv, toJson } from "../scripts/opendata/formats.ts";
import { runCli, tempDir } from "./helpers/cli.ts";
import {
  buildOutputSites,
  instantIn,
  pagePath,
  PROJECT_ROOT,
  type OutputSite,
} from "./helpers/outputs.ts";

type Json = Record<string, unknown>;
const TABLES = ["centres", "businesses", "events"] as const;

let sites: OutputSite[];
beforeAll(async () => {
  sites = await buildOutputSites();
});

/** RFC 4180, strictly: CRLF between records, quoted fields with "" for a quote, nothing else. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  for (;;) {
    let field = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) throw new Error("unclosed quote");
        field += text.slice(i, quote);
        i = quote + 1;
        if (text[i] === '"') {
          field += '"';
          i++;
        } else break;
      }
    } else {
      const end = text.slice(i).search(/[,\r\n"]/);
      field = end < 0 ? text.slice(i) : text.slice(i, i + end);
      i += field.length;
      if (text[i] === '"') throw new Error(`a quote inside an unquoted field at ${i}`);
    }
    record.push(field);
    if (text[i] === ",") {
      i++;
      continue;
    }
    if (text.startsWith("\r\n", i)) {
      records.push(record);
      record = [];
      i += 2;
      if (i === text.length) return records;
      continue;
    }
    throw new Error(
      `expected a comma or CRLF at ${i}, found ${JSON.stringify(text.slice(i, i + 10))}`,
    );
  }
}

const BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf];

/** A data file's text: a CSV file starts with the byte-order mark Excel needs to read UTF-8, a JSON file never does. */
function readData(dir: string, file: string): string {
  const bytes = readFileSync(join(dir, "data", file));
  if (file.endsWith(".csv"))
    expect([...bytes.subarray(0, 3)], `${file} starts with a byte-order mark`).toEqual(
      BYTE_ORDER_MARK,
    );
  else
    expect([...bytes.subarray(0, 3)], `${file} starts with a byte-order mark`).not.toEqual(
      BYTE_ORDER_MARK,
    );
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes); // the decoder drops the mark
}

const read = (site: OutputSite, file: string) => readData(site.dir, file);

const json = (site: OutputSite, table: string) => JSON.parse(read(site, `${table}.json`)) as Json[];

/**
 * What a JSON value looks like in a CSV cell, by the rules in docs/open-data.md: lists joined with `;`, and an
 * apostrophe wherever a spreadsheet could start a cell (the start, after a `;`, after a line
 * break) on text that would start a formula there, behind any spaces or quotes.
 */
function asCell(value: unknown): string {
  const text = value === null ? "" : Array.isArray(value) ? value.join(";") : String(value);
  if (typeof value !== "string" && !Array.isArray(value)) return text;
  return text
    .split(/(?<=[;\r\n])/)
    .map((part) => (/^[\s"]*[=+\-@]|^[\t\r]/.test(part) ? `'${part}` : part))
    .join("");
}

describe("open data of the built sites", () => {
  it("has one row per centre, business and event, in the content's order", () => {
    for (const site of sites) {
      const centres = site.graph.centres;
      expect(
        json(site, "centres").map((r) => r.slug),
        site.name,
      ).toEqual(centres.map((c) => c.slug));
      expect(
        json(site, "businesses").map((r) => `${r.sentra}/${r.slug}`),
        site.name,
      ).toEqual(
        centres.flatMap((c) => site.graph.businessesOf(c).map((b) => `${c.slug}/${b.slug}`)),
      );
      expect(
        json(site, "events").map((r) => `${r.sentra}/${r.slug}`),
        site.name,
      ).toEqual(centres.flatMap((c) => site.graph.eventsOf(c).map((e) => `${c.slug}/${e.slug}`)));
    }
  });

  it("gives each centre its fields, absolute page addresses and plain numbers and booleans", () => {
    for (const site of sites)
      for (const row of json(site, "centres")) {
        const centre = site.graph.centre(String(row.slug))!;
        const d = centre.data;
        expect(row.url).toBe(`${site.base}${pagePath.centre("id", centre.slug)}`);
        expect(row.url_en).toBe(`${site.base}${pagePath.centre("en", centre.slug)}`);
        expect([
          row.nama,
          row.provinsi,
          row.kota,
          row.alamat,
          row.whatsapp,
          row.zona_waktu,
        ]).toEqual([d.nama, d.provinsi, d.kota, d.alamat, d.whatsapp, d.zona_waktu]);
        expect([row.lintang, row.bujur]).toEqual([d.koordinat.lintang, d.koordinat.bujur]);
        expect(row.nama_en).toBe(centre.text.en!.nama === d.nama ? null : centre.text.en!.nama);
        expect(row.fasilitas).toEqual(d.fasilitas);
        expect(row.telepon).toBe(d.telepon ?? null);
        expect(row.jumlah_pengrajin).toBe(site.graph.businessesOf(centre).length);
        expect(row.contoh).toBe(d.contoh);
      }
  });

  it("gives each business its products, prices, certificates and events", () => {
    for (const site of sites)
      for (const row of json(site, "businesses")) {
        const centre = site.graph.centre(String(row.sentra))!;
        const business = site.graph.businessesOf(centre).find((b) => b.slug === row.slug)!;
        const d = business.data;
        expect(row.url).toBe(`${site.base}${pagePath.business("id", centre.slug, business.slug)}`);
        expect(row.url_en).toBe(
          `${site.base}${pagePath.business("en", centre.slug, business.slug)}`,
        );
        expect([row.nama_usaha, row.pemilik, row.whatsapp, row.sejak]).toEqual([
          d.nama_usaha,
          d.pemilik,
          d.whatsapp,
          d.sejak ?? null,
        ]);
        expect(row.produk).toEqual(d.produk.map((p) => p.nama));
        const prices = d.produk.flatMap((p) => [p.harga_min, p.harga_maks ?? p.harga_min]);
        expect([row.harga_min, row.harga_maks]).toEqual(
          prices.length ? [Math.min(...prices), Math.max(...prices)] : [null, null],
        );
        expect(row.sertifikasi_nomor).toEqual(d.sertifikasi.map((s) => s.nomor));
        expect(row.acara).toEqual(site.graph.eventsFeaturing(business).map((e) => e.slug));
      }
    const edge = sites.find((s) => s.name === "fixture events-edge")!;
    const noken = json(edge, "businesses")[0]!;
    expect(noken.produk_en).toEqual(["Large bark noken", "Orchid-fibre noken"]);
    expect(noken.sertifikasi_berlaku_hingga).toEqual(["2030-12-31", ""]);
    expect([noken.harga_min, noken.harga_maks]).toEqual([250000, 1500000]);
  });

  it("gives each event its times with the zone's offset, status, fee and featured businesses", () => {
    for (const site of sites)
      for (const row of json(site, "events")) {
        const centre = site.graph.centre(String(row.sentra))!;
        const event = site.graph.eventsOf(centre).find((e) => e.slug === row.slug)!;
        expect(row.url).toBe(`${site.base}${pagePath.event("id", centre.slug, event.slug)}`);
        expect(row.judul).toBe(event.data.judul);
        expect(row.judul_en).toBe(
          event.translations.includes("en") && event.text.en!.judul !== event.data.judul
            ? event.text.en!.judul
            : null,
        );
        expect(String(row.mulai)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00[+]0[789]:00$/);
        expect(Date.parse(String(row.mulai))).toBe(instantIn(event.data.mulai, event.zone));
        expect(Date.parse(String(row.selesai))).toBe(instantIn(event.data.selesai, event.zone));
        expect([row.zona_waktu, row.status, row.biaya, row.kapasitas, row.tempat]).toEqual([
          event.zone,
          event.data.status,
          event.data.biaya,
          event.data.kapasitas ?? null,
          event.data.tempat ?? null,
        ]);
        expect(row.pengrajin).toEqual(event.data.pengrajin);
      }
  });

  it("writes CSV by RFC 4180 that reads back to the same rows as the JSON, in the same column order", () => {
    for (const site of sites)
      for (const table of TABLES) {
        const where = `${site.name} ${table}.csv`;
        const csv = read(site, `${table}.csv`);
        const [header, ...records] = parseCsv(csv);
        const rows = json(site, table);
        expect(header, where).toEqual(
          Object.keys(rows[0] ?? Object.fromEntries(header!.map((h) => [h, null]))),
        );
        expect(records.length, where).toBe(rows.length);
        records.forEach((record, i) => {
          expect(record, `${where} row ${i + 1}`).toEqual(
            header!.map((column) => asCell(rows[i]![column])),
          );
        });
        // Every row of the JSON has every column, in the header's order.
        for (const row of rows) expect(Object.keys(row), where).toEqual(header);
      }
  });

  it("quotes the fields that need it, in a fixture whose text has quotes, commas, semicolons and line breaks", () => {
    const edge = sites.find((s) => s.name === "fixture events-edge")!;
    const csv = read(edge, "centres.csv");
    expect(csv).toContain(',"Sentra Uji Noken; Anyaman, ""Kulit Kayu""",');
    const [, record] = parseCsv(csv);
    expect(record![7]).toContain("garis miring terbalik \\ dan baris baru.\nBaris kedua");
  });
});

describe("the CSV writer", () => {
  it("keeps spreadsheets from running a text cell as a formula, and leaves numbers alone", () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(csvCell("+62 812")).toBe("'+62 812");
    expect(csvCell(["@akun", "b"])).toBe("'@akun;b");
    expect(csvCell(-6.89)).toBe("-6.89");
    expect(csvCell(false)).toBe("false");
    expect(csvCell(null)).toBe("");
  });
  it("does the same wherever a `;` or a line break could start a cell: every item of a list, every line", () => {
    expect(csvCell(["Blus", '=HYPERLINK("x")', "@SUM(1)", "-2+3", "+62"])).toBe(
      "Blus;'=HYPERLINK(\"x\");'@SUM(1);'-2+3;'+62",
    );
    expect(csvCell('Jl. Benang;=HYPERLINK("x")')).toBe('Jl. Benang;\'=HYPERLINK("x")');
    expect(csvCell("Baris satu\n-2+3")).toBe("Baris satu\n'-2+3");
    expect(csvCell('Balai; "=1+1"')).toBe('Balai;\' "=1+1"');
    expect(csvCell("a;b-c;d@e;6281277778888")).toBe("a;b-c;d@e;6281277778888");
  });
  it("starts with a byte-order mark, writes a header even for an empty table, and ends every record with CRLF", () => {
    expect(toCsv({ name: "x", columns: ["a", "b"], rows: [] })).toBe("\uFEFFa,b\r\n");
    expect(toCsv({ name: "x", columns: ["a"], rows: [{ a: 'say "hi"\nthen' }] })).toBe(
      '\uFEFFa\r\n"say ""hi""\nthen"\r\n',
    );
  });
  it("quotes a cell holding a semicolon, so a spreadsheet splitting on `;` keeps it whole", () => {
    expect(toCsv({ name: "x", columns: ["a", "b"], rows: [{ a: "x;y", b: ["p", "q"] }] })).toBe(
      '\uFEFFa,b\r\n"x;y","p;q"\r\n',
    );
  });
});

describe("the JSON writer", () => {
  // The build writes the files a few rows at a time (scripts/pipeline/site-wide-files.ts): the bytes
  // must be those of the whole array at once.
  it("writes what JSON.stringify writes of the whole table, rows given in any number of calls", () => {
    const rows = [
      { a: "x\ny", b: ["p", "q"], c: null },
      { a: "", b: [], c: 2 },
      { a: 'é "q"', b: ["r"], c: -1.5 },
    ];
    expect(toJson({ name: "x", columns: ["a", "b", "c"], rows })).toBe(
      `${JSON.stringify(rows, null, 2)}\n`,
    );
    expect(toJson({ name: "x", columns: ["a"], rows: [] })).toBe("[]\n");
    const chunks: string[] = [];
    const writer = new TableWriter("json", ["a", "b", "c"], (chunk) => chunks.push(chunk));
    writer.rows(rows.slice(0, 1));
    writer.rows([]);
    writer.rows(rows.slice(1));
    writer.end();
    expect(chunks.join("")).toBe(`${JSON.stringify(rows, null, 2)}\n`);
  });
});

/**
 * How a spreadsheet reads the file with `separator` between columns: a quote counts only at the
 * very start of a field (text after the closing quote joins the field), and a line break outside
 * quotes ends the row. Excel in an Indonesian locale reads a `.csv` with `;`.
 */
function readAsSpreadsheet(text: string, separator: "," | ";"): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = "";
    if (text[i] === '"') {
      for (i++; i < text.length; ) {
        const quote = text.indexOf('"', i);
        field += text.slice(i, quote < 0 ? text.length : quote);
        i = quote < 0 ? text.length : quote + 1;
        if (quote < 0 || text[i] !== '"') break;
        field += '"';
        i++;
      }
    }
    const rest = text.slice(i).search(separator === "," ? /[,\r\n]/ : /[;\r\n]/);
    const end = rest < 0 ? text.length : i + rest;
    field += text.slice(i, end);
    row.push(field);
    i = end;
    if (text[i] === separator) {
      i++;
      continue;
    }
    rows.push(row);
    row = [];
    i += text.startsWith("\r\n", i) ? 2 : 1;
  }
  return rows;
}

describe("open data of content written to attack a spreadsheet", () => {
  const HOSTILE = join(PROJECT_ROOT, "tests/fixtures/open-data-hostile/content");
  let dir: string;
  beforeAll(() => {
    dir = join(tempDir(), "_site");
    const run = runCli("build.ts", ["--content", HOSTILE, "--out", dir]);
    expect(run.code, run.stderr).toBe(0);
  });

  it("has no cell that starts a formula, read with `,` or with `;` between columns", () => {
    for (const table of TABLES) {
      const text = readData(dir, `${table}.csv`);
      for (const separator of [",", ";"] as const) {
        const cells = readAsSpreadsheet(text, separator).flat();
        // The hostile text does start cells in this reading, behind its apostrophe.
        expect(
          cells.filter((cell) => /^'[\s"]*[=+\-@]/.test(cell)).length,
          `${table}.csv read with ${separator}`,
        ).toBeGreaterThan(0);
        // A number such as the latitude -10.17 is a number to a spreadsheet, not a formula.
        const formulas = cells.filter(
          (cell) => /^[\t\r]|^\s*[=+\-@]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell),
        );
        expect(formulas, `${table}.csv read with ${separator}`).toEqual([]);
      }
    }
  });

  it("keeps the hostile text readable, an apostrophe before each formula, and the JSON as written", () => {
    const [header, blus] = parseCsv(readData(dir, "businesses.csv"));
    const cell = (column: string) => blus![header!.indexOf(column)];
    expect(cell("nama_usaha")).toBe(`Blus;'=HYPERLINK("http://x")`);
    expect(cell("pemilik")).toBe("'+Ibu Uji");
    expect(cell("ringkasan")).toBe(`'"=1+1" kata pembeli`);
    expect(cell("produk")).toBe(`Blus;'=HYPERLINK("http://x");'@SUM(1);'-2+3`);
    expect(cell("sertifikasi_nomor")).toBe("'=1+1;ID;'\t-2+3");
    expect(cell("nomor_booth")).toBe("'-2+3");
    const json = JSON.parse(readData(dir, "businesses.json")) as Json[];
    expect(json[0]!.produk).toEqual(['Blus;=HYPERLINK("http://x")', "@SUM(1)", "-2+3"]);
    const [events, event] = parseCsv(readData(dir, "events.csv"));
    expect(event![events!.indexOf("ringkasan")]).toBe("Pameran tenun.\n'=1+1 di baris kedua");
    expect(event![events!.indexOf("tempat")]).toBe(`Balai;'"=1+1"`);
  });

  it("keeps phone numbers and coordinates as they are: +62 in content is written 62 by the schema", () => {
    const [header, centre] = parseCsv(readData(dir, "centres.csv"));
    const cell = (column: string) => centre![header!.indexOf(column)];
    expect([cell("whatsapp"), cell("lintang"), cell("bujur")]).toEqual([
      "6281277778888",
      "-10.17",
      "123.6",
    ]);
    expect([cell("nama"), cell("alamat"), cell("pengelola")]).toEqual([
      `'=HYPERLINK("http://x","klik")`,
      `Jl. Benang No. 3;'=HYPERLINK("http://x")`,
      "'-Dinas Uji;' @akun",
    ]);
    const [events, event] = parseCsv(readData(dir, "events.csv"));
    expect(event![events!.indexOf("pendaftaran_whatsapp")]).toBe("6281211112222");
  });
});

describe("docs/open-data.md", () => {
  it("documents every column of every file, and no column that does not exist", () => {
    const body = readFileSync(join(PROJECT_ROOT, "docs", "open-data.md"), "utf8");
    const documented = [...body.matchAll(/^\| `(\w+)` \| `(\w+)` \|/gm)].map(
      (m) => `${m[1]}.${m[2]}`,
    );
    const site = sites[0]!;
    const actual = TABLES.flatMap((table) =>
      parseCsv(read(site, `${table}.csv`))[0]!.map((column) => `${table}.${column}`),
    );
    expect(documented).toEqual(actual);
  });
});
