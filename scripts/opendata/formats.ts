/**
 * The two file formats of the open data. JSON: an array of objects, lists as arrays, numbers and
 * booleans as themselves, missing values as null. CSV (RFC 4180): UTF-8 with a byte-order mark
 * (without it Excel reads the file in the computer's legacy code page and garbles é and —), one
 * header row, CRLF after every record, fields quoted when they hold a quote, a comma, a semicolon
 * or a line break, lists joined with `;`.
 *
 * Both are written a few rows at a time (`TableWriter`): a national site's businesses table is
 * hundreds of megabytes, which the site-wide step streams centre by centre instead of holding
 * (scripts/pipeline/site-wide-files.ts). `toJson` and `toCsv` are the same writers collecting into one
 * string, so the streamed files and the templates' files are the same bytes.
 */
import type { Cell, Row, Table } from "./tables.ts";

export type Format = "json" | "csv";

/**
 * A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage return)
 * as a formula (CSV injection), and staff-written text could. Excel in an Indonesian locale splits
 * columns on `;`, not `,` (the decimal mark is a comma), and honours quotes only at the start of
 * a column, so a cell also starts after every `;` and every line break inside the text. At each
 * of those places a formula start, behind any spaces or quotes, gets an apostrophe, as OWASP
 * advises. Numbers never do, so coordinates stay numbers; JSON always has the text as written.
 */
const FORMULA_AT = /(^|[;\r\n])(?=[\s"]*[=+\-@]|[\t\r])/g;

/** The text as a spreadsheet can open it without running any part of it. */
export function csvCell(value: Cell): string {
  if (value === null) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const text = typeof value === "string" ? value : value.join(";");
  return text.replace(FORMULA_AT, "$1'");
}

function csvField(text: string): string {
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Excel takes a file for UTF-8 only when it starts with this mark. */
const BYTE_ORDER_MARK = "\uFEFF";

const csvRecord = (fields: readonly string[]) => `${fields.map(csvField).join(",")}\r\n`;

/** Writes one table in one format through `write`, rows as they come; `end` finishes the file. */
export class TableWriter {
  #rows = 0;

  constructor(
    readonly format: Format,
    readonly columns: readonly string[],
    readonly write: (chunk: string) => void,
  ) {
    if (format === "csv") write(BYTE_ORDER_MARK + csvRecord(columns));
  }

  rows(rows: readonly Row[]): void {
    for (const row of rows) {
      // JSON.stringify(rows, null, 2) of the whole array, one element at a time: each element is
      // indented one level more, and its text holds no raw line break of its own.
      if (this.format === "json")
        this.write(
          `${this.#rows === 0 ? "[\n  " : ",\n  "}${JSON.stringify(row, null, 2).replace(/\n/g, "\n  ")}`,
        );
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
