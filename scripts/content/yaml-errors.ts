/**
 * A YAML syntax error in plain words: one small formatter per error code of the `yaml` package,
 * each saying what is wrong on which line and what to type instead, without parser terms.
 */
import type { ErrorCode, YAMLError } from "yaml";
import { bilingual as b, type Problem } from "../problems/problem.ts";
import { inQuotes } from "./as-typed.ts";

type Said = Pick<Problem, "message" | "fix"> & { readonly line?: number };

/** The error's line in the front matter, and ways to name other lines as the file numbers them. */
interface Where {
  readonly source: string;
  readonly offset: number;
  /** 0-based index of the error's line in the front matter. */
  readonly index: number;
  readonly lines: readonly string[];
  readonly text: string;
  /** Line number in the file of a front-matter line index. */
  readonly lineNo: (index: number) => number;
}

const indentOf = (line: string) => /^ */.exec(line)![0].length;
/** Where a line's field name starts: after its indent, and after `- ` on a list item. */
const keyColumn = (line: string) => /^ *(?:- +)?/.exec(line)![0].length;
const isBlankOrNote = (line: string) => /^\s*(#.*)?$/.test(line);

/** `key: rest of line` with the rest in quotes, for "write it like this"; undefined without a colon. */
function quotedValueLine(line: string): string | undefined {
  const match = /^(\s*(?:- +)?[^\s:#][^:]*?:\s+)(.+?)\s*$/.exec(line);
  return match ? `${match[1]}${inQuotes(match[2]!)}` : undefined;
}

function previousContentLine(where: Where, from = where.index): number | undefined {
  for (let i = from - 1; i >= 0; i--) if (!isBlankOrNote(where.lines[i]!)) return i;
  return undefined;
}

const GENERIC_FIX = b(
  'periksa tanda titik dua, spasi di awal baris, dan tanda kutip; teks yang berisi ":" atau "#" ditulis di antara tanda kutip.',
  'check the colons, the spaces at the start of the line and the quotes; text containing ":" or "#" goes in quotes.',
);
const unreadable = (): Said => ({ message: b("Baris ini tidak bisa dibaca.", "This line cannot be read."), fix: GENERIC_FIX });

function needsQuotes(where: Where, what: { id: string; en: string }): Said {
  const fixed = quotedValueLine(where.text);
  return {
    message: b(`Teks yang ${what.id} harus ditulis di antara tanda kutip.`, `Text that ${what.en} must be written in quotes.`),
    fix: fixed ? b(`tulis: ${fixed}`, `write: ${fixed}`) : b('tulis teksnya di antara tanda kutip "...".', 'put the text in quotes "...".'),
  };
}

const keyName = (line: string) => /^\s*(?:-\s+)?([^:\s]+)/.exec(line)?.[1] ?? "";

/**
 * Line `at` does not line up with line `above`. The one indented by an odd number of spaces is
 * the mistake (a three-space indent under two-space ones); otherwise line `at`.
 */
function misaligned(where: Where, at: number, above: number): Said {
  const here = indentOf(where.lines[at]!);
  const aboveLine = where.lines[above]!;
  const column = keyColumn(aboveLine);
  if (indentOf(aboveLine) % 2 === 1 && here % 2 === 0)
    return {
      line: where.lineNo(above),
      message: b(`Baris ini menjorok ${indentOf(aboveLine)} spasi, tidak sejajar dengan baris ${where.lineNo(at)} di bawahnya (${here} spasi).`, `This line is indented by ${indentOf(aboveLine)} spaces, out of line with line ${where.lineNo(at)} below it (${here} spaces).`),
      fix: b(`pakai kelipatan 2 spasi: jorokkan baris ini ${here} spasi, seperti baris di bawahnya.`, `use multiples of 2 spaces: indent this line by ${here} spaces, like the line below it.`),
    };
  const key = keyName(aboveLine);
  return {
    line: where.lineNo(at),
    message: b(`Baris ini menjorok ${here} spasi, tidak sejajar dengan "${key}" di baris ${where.lineNo(above)} (${column} spasi).`, `This line is indented by ${here} spaces, out of line with "${key}" on line ${where.lineNo(above)} (${column} spaces).`),
    fix: b(`pakai kelipatan 2 spasi: jorokkan baris ini ${column} spasi, sejajar dengan "${key}:" di atasnya.`, `use multiples of 2 spaces: indent this line by ${column} spaces, in line with "${key}:" above it.`),
  };
}

/**
 * The first line indented by an odd number of spaces in the block around line `at` (up to the
 * field at the left edge above it): a three-space indent makes the parser stumble some lines later.
 */
function oddIndentAbove(where: Where, at: number): number | undefined {
  let first: number | undefined;
  for (let i = Math.min(at, where.lines.length - 1); i >= 0; i--) {
    const line = where.lines[i]!;
    if (isBlankOrNote(line)) continue;
    if (indentOf(line) === 0) break;
    if (indentOf(line) % 2 === 1) first = i;
  }
  return first;
}

function oddIndent(where: Where, at: number): Said {
  const here = indentOf(where.lines[at]!);
  // The even indent next to it that another line of the block already uses: what was meant.
  const columns = (line: string) => [indentOf(line), keyColumn(line)];
  const block = where.lines.filter((line, i) => i !== at && !isBlankOrNote(line));
  const meant = [here - 1, here + 1].find((n) => block.some((line) => columns(line).includes(n))) ?? here - 1;
  return {
    line: where.lineNo(at),
    message: b(`Baris ini menjorok ${here} spasi; bagian data memakai kelipatan 2 spasi.`, `This line is indented by ${here} spaces; the front matter uses multiples of 2 spaces.`),
    fix: b(`jorokkan baris ini ${meant} spasi, seperti baris lain di kelompoknya, dan geser baris-baris di bawahnya yang ikut menjorok.`, `indent this line by ${meant} spaces, like the other lines of its group, and move the lines indented under it along.`),
  };
}

/** An indentation mistake near line `at`: the odd indent if there is one, else the line that does not line up. */
function indentation(where: Where, at: number): Said {
  const odd = oddIndentAbove(where, at);
  if (odd !== undefined) return oddIndent(where, odd);
  const above = previousContentLine(where, at);
  if (above === undefined) return { line: where.lineNo(at), message: b(`Baris ini menjorok ${indentOf(where.lines[at]!)} spasi.`, `This line is indented by ${indentOf(where.lines[at]!)} spaces.`), fix: b("hapus spasi di awal baris ini.", "remove the spaces at the start of this line.") };
  return misaligned(where, at, above);
}

function badIndent(where: Where, message: string): Said {
  if (message.startsWith("Flow"))
    return { message: b("Daftar dalam kurung [ ] tidak ditutup.", "A list in brackets [ ] is not closed."), fix: b("tutup daftarnya dengan ] di baris yang sama, misalnya hari: [senin, selasa].", "close the list with ] on the same line, e.g. hari: [senin, selasa].") };
  return indentation(where, where.index);
}

/**
 * `nama: Tapis: Siger` (a colon in the text), or a line indented under `nama: Kain` as if it
 * belonged to it: the parser says the same thing about both.
 */
function blockAsKey(where: Where): Said {
  const value = /^\s*(?:-\s+)?[^:]+:\s+(.*)$/.exec(where.text)?.[1] ?? "";
  if (/:(\s|$)/.test(value)) return needsQuotes(where, b('berisi titik dua dan spasi (": ")', 'contains a colon and a space (": ")'));
  let next = where.index + 1;
  while (next < where.lines.length && isBlankOrNote(where.lines[next]!)) next++;
  const odd = oddIndentAbove(where, where.index);
  if (odd !== undefined) return oddIndent(where, odd);
  return next < where.lines.length ? misaligned(where, next, where.index) : unreadable();
}

function missingChar(where: Where, message: string): Said {
  if (/quote/i.test(message)) {
    // The parser notices at the end of the text; the quote was opened on the last line that has one.
    let open = where.index;
    while (open > 0 && !/["']/.test(where.lines[open]!)) open--;
    return {
      line: where.lineNo(open),
      message: b("Tanda kutip dibuka di baris ini tetapi tidak ditutup.", "A quote is opened on this line but never closed."),
      fix: b("tambahkan tanda kutip penutup di akhir teksnya, pada baris yang sama.", "add the closing quote at the end of the text, on the same line."),
    };
  }
  return oddIndentAbove(where, where.index) !== undefined ? indentation(where, where.index) : missingColon();
}

const missingColon = (): Said => ({
  message: b('Baris ini bukan "kolom: nilai": titik dua setelah nama kolom tidak ada, atau teks dari baris sebelumnya berlanjut ke sini.', 'This line is not "key: value": the colon after the field name is missing, or the text of the line above runs on here.'),
  fix: b("tulis nama kolom, titik dua, spasi, lalu nilainya dalam satu baris, misalnya nama: Tapis Siger.", "write the field name, a colon, a space and the value on one line, e.g. nama: Tapis Siger."),
});

/** One formatter per error code; codes not listed get the generic sentence. */
const FORMATTERS: Partial<Record<ErrorCode, (where: Where, message: string) => Said>> = {
  TAB_AS_INDENT: (where) => ({
    message: b("Baris ini menjorok dengan tab; bagian data hanya menerima spasi.", "This line is indented with a tab; the front matter only takes spaces."),
    fix: b(`ganti tab di awal baris ${where.lineNo(where.index)} dengan spasi (2 spasi untuk setiap tingkat).`, `replace the tab at the start of line ${where.lineNo(where.index)} with spaces (2 spaces a level).`),
  }),
  BAD_INDENT: badIndent,
  BAD_SCALAR_START: (where) => {
    const sign = /:\s+([@`%|>!&*])/.exec(where.text)?.[1] ?? where.source[where.offset] ?? "";
    return needsQuotes(where, b(`diawali tanda ${sign}`, `starts with ${sign}`));
  },
  BLOCK_AS_IMPLICIT_KEY: blockAsKey,
  MISSING_CHAR: missingChar,
  MULTILINE_IMPLICIT_KEY: (where) => (oddIndentAbove(where, where.index) !== undefined ? indentation(where, where.index) : missingColon()),
  UNEXPECTED_TOKEN: (_where, message) =>
    /scalar at node end/.test(message)
      ? { message: b("Ada teks setelah tanda kutip penutup.", "There is text after the closing quote."), fix: b("seluruh teks harus di dalam tanda kutip; tanda kutip di dalam teks ditulis sebagai ' (kutip tunggal).", "the whole text must be inside the quotes; write quotes inside the text as ' (single quote).") }
      : unreadable(),
  BAD_DQ_ESCAPE: () => ({
    message: b('Garis miring terbalik (\\) di dalam tanda kutip "..." tidak bisa dibaca.', 'A backslash (\\) inside "..." quotes cannot be read.'),
    fix: b("pakai garis miring / bukan \\, misalnya foto/motif.jpg; untuk teks lain pakai tanda kutip tunggal '...'.", "use a slash / instead of \\, e.g. foto/motif.jpg; for other text use single quotes '...'."),
  }),
  DUPLICATE_KEY: () => ({ message: b("Kolom yang sama ditulis dua kali.", "The same field is written twice."), fix: b("hapus salah satunya.", "remove one of them.") }),
  // Thousands of nested [ or { overflow the parser's stack: a paste accident or an attack.
  RESOURCE_EXHAUSTION: () => ({ message: b("Data bertingkat terlalu dalam untuk dibaca.", "The data is nested too deeply to be read."), fix: b("tulis data dengan sederhana: kolom: nilai, dan daftar yang diawali tanda -.", "write the data plainly: key: value, and lists starting with -.") }),
};

/** The problem for a file's first YAML error, at its line in the file. */
export function yamlErrorProblem(error: YAMLError, source: string, fileLine: (offset: number) => number): Required<Pick<Problem, "line">> & Pick<Problem, "message" | "fix"> {
  const offset = Math.min(error.pos[0], source.length);
  const lines = source.split("\n");
  const index = source.slice(0, offset).split("\n").length - 1;
  const shift = fileLine(offset) - index;
  const where: Where = { source, offset, index, lines, text: lines[index] ?? "", lineNo: (i) => i + shift };
  const said = (FORMATTERS[error.code] ?? unreadable)(where, error.message);
  return { line: said.line ?? where.lineNo(index), message: said.message, ...(said.fix ? { fix: said.fix } : {}) };
}
