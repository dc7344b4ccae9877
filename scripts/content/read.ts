/**
 * Reads one content file safely: size cap before parsing, UTF-8 only, BOM and Windows line
 * endings accepted, YAML front matter only (never JavaScript), no YAML aliases or tags; numbers YAML
 * would change (`0812…`, `150.000`) kept as typed, and text cut at a `#` refused (as-typed.ts).
 */
import { readFile, stat } from "node:fs/promises";
import matter from "gray-matter";
import { isAlias, isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, } from "yaml";
import { bilingual as b, type Problem } from "../problems/problem.ts";
import { cutByComment, cutText, keepAsTyped } from "./as-typed.ts";
import { yamlErrorProblem } from "./yaml-errors.ts";

/**
 * Real content is a few KB; anything past 64 KB is a paste accident or an attack, refused before
 * any parser sees it (docs/bad-inputs.md, case 15: 100,000 `*` must not get through).
 */
export const MAX_FILE_BYTES = 64 * 1024;

export interface ReadFile {
  readonly data: unknown;
  /** True when the file holds nothing but white space; validation then names the fields to write. */
  readonly empty?: boolean;
  readonly body: string;
  /** The 1-based line in the file where the body begins. */
  readonly bodyLine?: number;
  /** The 1-based line in the file of a field path, or of its nearest existing parent. */
  readonly lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /**
   * Values the file reads differently from how they were typed (text cut at a ` #`). The file is
   * still validated, so its other mistakes show in the same report.
   */
  readonly typedProblems?: readonly Problem[];
}

export type ReadResult = { ok: true; value: ReadFile } | { ok: false; problems: Problem[] };

const fail = (file: string, message: Problem["message"], fix?: Problem["fix"], line?: number): ReadResult => ({
  ok: false,
  problems: [{ file, message, ...(fix ? { fix } : {}), ...(line ? { line } : {}) }],
});

/** Gray-matter would run these; we refuse them before it sees the file (docs/bad-inputs.md, case 1). */
const REFUSE_ENGINE = () => {
  throw new Error("front matter engine refused");
};

/**
 * The first line must be exactly `---`. Anything after it names another front-matter language,
 * which gray-matter and Eleventy would run as code (`js`, `javascript`, `jsLegacy`) or parse with
 * rules we do not check (`toml`); even `---yaml` is refused, so there is one way to write a file.
 */
function openingLineProblem(file: string, firstLine: string): ReadResult | undefined {
  if (firstLine.trimEnd() === "---") return undefined;
  const word = /^---\s*([A-Za-z][\w-]*)\s*$/.exec(firstLine)?.[1];
  if (word && /^ya?ml$/i.test(word))
    return fail(file, b(`Baris pertama harus --- saja, tanpa "${word}".`, `The first line must be just ---, without "${word}".`), b(`hapus "${word}" dari baris pertama.`, `remove "${word}" from the first line.`), 1);
  if (word)
    return fail(
      file,
      b(`Bagian data memakai format "${word}"; hanya YAML yang diterima.`, `The front matter uses "${word}"; only YAML is accepted.`),
      b("ubah baris pertama menjadi --- saja dan tulis data sebagai YAML (kolom: nilai).", "make the first line just --- and write the data as YAML (key: value)."),
      1,
    );
  if (firstLine.startsWith("---"))
    return fail(file, b("Baris pertama harus tepat tiga tanda hubung: ---", "The first line must be exactly three hyphens: ---"), b("ubah baris pertama menjadi --- saja.", "make the first line just ---."), 1);
  return fail(
    file,
    b("Berkas tidak dimulai dengan baris --- (bagian data).", "The file does not start with a --- line (the front matter)."),
    b("baris pertama harus ---, lalu data (kolom: nilai), lalu --- lagi, lalu teksnya.", "the first line must be ---, then the data (key: value), then --- again, then the text."),
    1,
  );
}

/**
 * Aliases can multiply a few lines into gigabytes (docs/bad-inputs.md, case 16), and explicit tags (`!!binary`,
 * `!!set`, `!!js/function`) turn text into other kinds of values; staff never need either.
 */
function refusedNode(node: unknown): Pick<Problem, "message" | "fix"> | undefined {
  // `? [a, b]: x` makes a list the name of a field; JavaScript can only stringify it (with a warning).
  if (isPair(node) && isNode(node.key) && !isScalar(node.key))
    return { message: b("Nama kolom harus berupa teks biasa, bukan daftar atau kelompok.", "A field name must be plain text, not a list or a group."), fix: b("tulis nama kolom lalu titik dua, misalnya nama: Tapis Siger.", "write the field name and a colon, e.g. nama: Tapis Siger.") };
  if (isAlias(node)) return { message: b("Alias YAML (*nama) tidak diizinkan.", "YAML aliases (*name) are not allowed."), fix: b("tulis nilainya langsung, tanpa & dan *.", "write the value out in full, without & and *.") };
  if (isNode(node) && node.tag)
    return {
      message: b(`Tanda tipe YAML "${node.tag.replace("tag:yaml.org,2002:", "!!")}" tidak diizinkan.`, `The YAML type tag "${node.tag.replace("tag:yaml.org,2002:", "!!")}" is not allowed.`),
      fix: b("hapus tanda yang diawali ! dan tulis nilainya biasa; teks yang diawali angka 0 ditulis di antara tanda kutip.", "remove the tag starting with ! and write the value plainly; text starting with 0 goes in quotes."),
    };
  return undefined;
}

export async function readContentFile(path: string, file: string): Promise<ReadResult> {
  const size = (await stat(path)).size;
  if (size > MAX_FILE_BYTES)
    return fail(
      file,
      b(`Berkas terlalu besar (${Math.round(size / 1024)} KB, paling besar ${MAX_FILE_BYTES / 1024} KB).`, `The file is too large (${Math.round(size / 1024)} KB, at most ${MAX_FILE_BYTES / 1024} KB).`),
      b("tulis teks yang lebih pendek; foto disimpan di folder foto/, bukan di dalam teks.", "write shorter text; photos go in the foto/ folder, not inside the text."),
    );
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await readFile(path));
  } catch {
    return fail(file, b("Berkas ini bukan teks UTF-8.", "This file is not UTF-8 text."), b("simpan ulang berkas sebagai teks UTF-8 (di Notepad: Simpan sebagai → Encoding UTF-8).", "save the file again as UTF-8 text."));
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (text.trim() === "") return { ok: true, value: { data: {}, body: "", empty: true, lineOf: () => undefined } };

  const firstLine = text.slice(0, text.indexOf("\n") === -1 ? undefined : text.indexOf("\n"));
  const opening = openingLineProblem(file, firstLine);
  if (opening) return opening;
  if (!/\n---[ \t]*(\n|$)/.test(text))
    return fail(file, b("Bagian data tidak ditutup dengan baris ---.", "The front matter is not closed with a --- line."), b("tambahkan baris --- setelah data terakhir.", "add a --- line after the last field."));

  let yamlDoc: Document | undefined;
  let lineCounter = new LineCounter();
  let firstLineOfYaml = 2;
  let yamlSource = "";
  const parsed = matter(text, {
    language: "yaml",
    engines: {
      yaml: (source: string) => {
        lineCounter = new LineCounter();
        // gray-matter hands over the text after the opening "---", usually from its newline on.
        firstLineOfYaml = source.startsWith("\n") ? 1 : 2;
        yamlSource = source;
        yamlDoc = parseDocument(source, { lineCounter, schema: "core", uniqueKeys: true, keepSourceTokens: true, prettyErrors: false });
        return {};
      },
      js: REFUSE_ENGINE,
      javascript: REFUSE_ENGINE,
    },
  } as unknown as Parameters<typeof matter>[1]);
  // gray-matter skips the engine when the block between the --- lines is empty or only comments:
  // that is a file with no fields yet, and validation names the ones it needs.
  // gray-matter's body is the end of the text, after the closing --- line.
  const bodyLine = text.endsWith(parsed.content) ? text.slice(0, text.length - parsed.content.length).split("\n").length : undefined;
  if (!yamlDoc) return { ok: true, value: { data: {}, body: parsed.content, bodyLine, lineOf: () => undefined } };
  const doc = yamlDoc;
  const fileLine = lineInFile(lineCounter, firstLineOfYaml);

  // The first syntax error only: the ones after it are the parser losing its way, not more mistakes.
  const firstError = [...doc.errors].sort((x, y) => x.pos[0] - y.pos[0])[0];
  if (firstError) return { ok: false, problems: [{ file, ...yamlErrorProblem(firstError, yamlSource, fileLine) }] };
  const problems: Problem[] = [];
  const typedProblems: Problem[] = [];

  visit(doc, (_, node) => {
    const refused = refusedNode(node);
    if (refused) {
      const at = isPair(node) ? node.key : node;
      problems.push({ file, ...(isNode(at) && at.range ? { line: fileLine(at.range[0]) } : {}), ...refused });
      return visit.BREAK;
    }
    if (isScalar(node)) keepAsTyped(node);
    const cut = cutByComment(node, yamlSource);
    if (cut) typedProblems.push({ file, line: fileLine(cut.at), ...cutText(cut) });
    return undefined;
  });
  if (problems.length) return { ok: false, problems };
  const data: unknown = doc.toJS({ maxAliasCount: 0 });

  const lineOf = lineIndex(doc, fileLine);
  return { ok: true, value: { data: data ?? {}, body: parsed.content, bodyLine, lineOf, ...(typedProblems.length ? { typedProblems } : {}) } };
}

/** Offset in the front matter → line in the file. */
function lineInFile(lineCounter: LineCounter, firstLineOfYaml: number): (offset: number) => number {
  return (offset) => lineCounter.linePos(offset).line + firstLineOfYaml - 1;
}

const keyOf = (key: unknown) => `\u0000${typeof key}:${String(key)}`;

/**
 * The line of every field and list item of the front matter, found once. An entry keeps its
 * `lineOf` until its centre is linked; a `lineOf` that searched the parsed document kept the
 * document alive too, with its source tokens many times the size of the data (loading the
 * 3,190 index files of 2,000 centres one by one: 218 MB of heap before collection, 118 MB now). So this function and `lineInFile` sit
 * outside readContentFile: a closure made there would share its scope, and the document with it.
 * `lineOf(path)` is the line of the deepest part of `path` the file has: the field itself, or the
 * field that holds what is missing.
 */
function lineIndex(doc: Document, fileLine: (offset: number) => number): (path: readonly PropertyKey[]) => number | undefined {
  const lines = new Map<string, number | undefined>();
  const lineAt = (node: unknown) => (isNode(node) && node.range ? fileLine(node.range[0]) : undefined);
  const walk = (node: unknown, at: string): void => {
    if (isMap(node)) {
      for (const item of node.items) {
        if (!isPair(item) || !isScalar(item.key)) continue;
        const path = at + keyOf(item.key.value);
        if (lines.has(path)) continue; // the first of two equal keys, as a search finds (YAML refuses the second anyway)
        lines.set(path, lineAt(item.key));
        walk(item.value, path);
      }
    } else if (isSeq(node))
      node.items.forEach((item, i) => {
        lines.set(at + keyOf(i), lineAt(item));
        walk(item, at + keyOf(i));
      });
  };
  walk(doc.contents, "");
  const top = lineAt(doc.contents) ?? 2;
  return (path) => {
    let line = top;
    let at = "";
    for (const key of path) {
      at += keyOf(key);
      if (!lines.has(at)) break;
      line = lines.get(at) ?? line;
    }
    return line;
  };
}
