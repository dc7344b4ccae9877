/**
 * Reads one content file safely: size cap before parsing, UTF-8 only, BOM and Windows line
 * endings accepted, YAML front matter only (never JavaScript), no YAML anchors, numbers with a
 * leading zero kept as text so `whatsapp: 0812…` keeps its 0.
 */
import { readFile, stat } from "node:fs/promises";
import matter from "gray-matter";
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from "yaml";
import { bilingual as b, type Problem } from "../problems/problem.ts";

/** Real content is a few KB; anything near this is a paste accident or an attack (BAD-INPUTS 15). */
export const MAX_FILE_BYTES = 256 * 1024;

export interface ReadFile {
  readonly data: unknown;
  readonly body: string;
  /** The 1-based line in the file of a field path, or of its nearest existing parent. */
  readonly lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

export type ReadResult = { ok: true; value: ReadFile } | { ok: false; problems: Problem[] };

const fail = (file: string, message: Problem["message"], fix?: Problem["fix"], line?: number): ReadResult => ({
  ok: false,
  problems: [{ file, message, ...(fix ? { fix } : {}), ...(line ? { line } : {}) }],
});

/** Gray-matter would run these; we refuse them before it sees the file (BAD-INPUTS 1). */
const REFUSE_ENGINE = () => {
  throw new Error("front matter engine refused");
};

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
  if (text.trim() === "")
    return fail(file, b("Berkas ini kosong.", "This file is empty."), b("isi berkas dengan data di antara dua baris ---, atau hapus berkasnya.", "fill the file with data between two --- lines, or delete it."));

  const firstLine = text.slice(0, text.indexOf("\n") === -1 ? undefined : text.indexOf("\n"));
  if (/^---\s*\S/.test(firstLine))
    return fail(
      file,
      b(`Bagian data memakai format "${firstLine.slice(3).trim()}"; hanya YAML yang diterima.`, `The front matter uses "${firstLine.slice(3).trim()}"; only YAML is accepted.`),
      b("ubah baris pertama menjadi --- saja dan tulis data sebagai YAML (kolom: nilai).", "make the first line just --- and write the data as YAML (key: value)."),
      1,
    );
  if (firstLine.trimEnd() !== "---")
    return fail(
      file,
      b("Berkas tidak dimulai dengan baris --- (bagian data).", "The file does not start with a --- line (the front matter)."),
      b("baris pertama harus ---, lalu data (kolom: nilai), lalu --- lagi, lalu teksnya.", "the first line must be ---, then the data (key: value), then --- again, then the text."),
      1,
    );
  if (!/\n---[ \t]*(\n|$)/.test(text))
    return fail(file, b("Bagian data tidak ditutup dengan baris ---.", "The front matter is not closed with a --- line."), b("tambahkan baris --- setelah data terakhir.", "add a --- line after the last field."));

  let yamlDoc: Document | undefined;
  let lineCounter = new LineCounter();
  let firstLineOfYaml = 2;
  const parsed = matter(text, {
    language: "yaml",
    engines: {
      yaml: (source: string) => {
        lineCounter = new LineCounter();
        // gray-matter hands over the text after the opening "---", usually from its newline on.
        firstLineOfYaml = source.startsWith("\n") ? 1 : 2;
        yamlDoc = parseDocument(source, { lineCounter, schema: "core", uniqueKeys: true, keepSourceTokens: true, prettyErrors: false });
        return {};
      },
      js: REFUSE_ENGINE,
      javascript: REFUSE_ENGINE,
    },
  } as unknown as Parameters<typeof matter>[1]);
  const doc = yamlDoc;
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + firstLineOfYaml - 1;
  if (!doc) return fail(file, b("Bagian data tidak bisa dibaca.", "The front matter could not be read."));

  const problems: Problem[] = [];
  for (const error of doc.errors) {
    const duplicate = error.code === "DUPLICATE_KEY";
    problems.push({
      file,
      line: fileLine(error.pos[0]),
      message: duplicate
        ? b("Kolom yang sama ditulis dua kali.", "The same field is written twice.")
        : b(`YAML tidak bisa dibaca: ${error.message.split("\n")[0]}`, `The YAML cannot be read: ${error.message.split("\n")[0]}`),
      fix: duplicate
        ? b("hapus salah satunya.", "remove one of them.")
        : b('periksa tanda titik dua, spasi di awal baris, dan tanda kutip; teks yang berisi ":" atau "#" ditulis di antara tanda kutip.', 'check colons, indentation and quotes; text containing ":" or "#" goes in quotes.'),
    });
  }
  if (problems.length) return { ok: false, problems };

  visit(doc, {
    Alias(_, node) {
      problems.push({
        file,
        line: node.range ? fileLine(node.range[0]) : undefined,
        message: b("Alias YAML (*nama) tidak diizinkan.", "YAML aliases (*name) are not allowed."),
        fix: b("tulis nilainya langsung, tanpa & dan *.", "write the value out in full, without & and *."),
      });
      return visit.BREAK;
    },
    Scalar(_, node) {
      // YAML reads 0812345678 as the number 812345678; keep what the editor typed.
      const source = (node.srcToken as { source?: string } | undefined)?.source;
      if (typeof node.value === "number" && source && /^[+-]?0\d+$/.test(source)) node.value = source;
    },
  });
  if (problems.length) return { ok: false, problems };
  const data: unknown = doc.toJS({ maxAliasCount: 0 });

  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    let node: unknown = doc.contents;
    let line = node && (node as Node).range ? fileLine((node as Node).range![0]) : 2;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
        if (!pair) break;
        const keyNode = pair.key as Node;
        if (keyNode.range) line = fileLine(keyNode.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === "number") {
        node = node.items[key];
        if (node && (node as Node).range) line = fileLine((node as Node).range![0]);
      } else break;
    }
    return line;
  };
  return { ok: true, value: { data: data ?? {}, body: parsed.content, lineOf } };
}
