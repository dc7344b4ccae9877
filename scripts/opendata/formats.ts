/**
 * The two file formats of the open data. JSON: an array of objects, lists as arrays, numbers and
 * booleans as themselves, missing values as null. CSV (RFC 4180): UTF-8 without a byte-order
 * mark, one header row, CRLF after every record, fields quoted when they hold a quote, a comma or
 * a line break, lists joined with `;`.
 *
 * Both are written a few rows at a time (`TableWriter`): a national site's businesses table is
 * hundreds of megabytes, which the site-wide step streams centre by centre instead of holding
 * (scripts/build/site-wide-files.ts). `toJson` and `toCsv` are the same writers collecting into one
 * string, so the streamed files and the templates' files are the same bytes.
 */
import type { Cell, Row, Table } from "./tables.ts";

export type Format = "json" | "csv";

/**
 * A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a formula (CSV injection), and
 * staff-written text could. Such text gets a leading apostrophe, as OWASP advises; numbers never
 * do, so coordinates stay numbers. JSON always has the text as written.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const text = typeof value === "string" ? value : value.join(";");
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvRecord = (fields: readonly string[]) => `${fields.map(csvField).join(",")}\r\n`;

/** Writes one table in one format through `write`, rows as they come; `end` finishes the file. */
export class TableWriter {
  #rows = 0;

  constructor(
    readonly format: Format,
    readonly columns: readonly string[],
    readonly write: (chunk: string) => void,
  ) {
    if (format === "csv") write(csvRecord(columns));
  }

  rows(rows: readonly Row[]): void {
    for (const row of rows) {
      // JSON.stringify(rows, null, 2) of the whole array, one element at a time: each element is
      // indented one level more, and its text holds no raw line break of its own.
      if (this.format === "json") this.write(`${this.#rows === 0 ? "[\n  " : ",\n  "}${JSON.stringify(row, null, 2).replace(/\n/g, "\n  ")}`);
      else this.write(csvRecord(this.columns.map((column) => csvCell(row[column] ?? null))));
      this.#rows++;
    }
  }

  end(): void {
    if (this.format === "json") this.write(this.#rows === 0 ? "[]\n" : "\n]\n");
  }
}

function inOneString(format: Format, table: Table): string {
  const chunks: string[] = [];
  const writer = new TableWriter(format, table.columns, (chunk) => chunks.push(chunk));
  writer.rows(table.rows);
  writer.end();
  return chunks.join("");
}

export const toJson = (table: Table): string => inOneString("json", table);
export const toCsv = (table: Table): string => inOneString("csv", table);
