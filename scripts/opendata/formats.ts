/**
 * The two file formats of the open data. JSON: an array of objects, lists as arrays, numbers and
 * booleans as themselves, missing values as null. CSV (RFC 4180): UTF-8 without a byte-order
 * mark, one header row, CRLF after every record, fields quoted when they hold a quote, a comma or
 * a line break, lists joined with `;`.
 */
import type { Cell, Table } from "./tables.ts";

export function toJson(table: Table): string {
  return `${JSON.stringify(table.rows, null, 2)}\n`;
}

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

export function toCsv(table: Table): string {
  const records = [table.columns, ...table.rows.map((row) => table.columns.map((column) => csvCell(row[column] ?? null)))];
  return records.map((fields) => `${fields.map(csvField).join(",")}\r\n`).join("");
}
