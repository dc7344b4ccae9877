/**
 * Finds broken characters (a lone surrogate, a non-character) in every string of a file: each
 * value and key of the front matter at any depth, and the body. One check here instead of one
 * per field, so no field can forget it; the page renderer crashes on a lone surrogate.
 */
import { bilingual as b, type Problem } from "../problems/problem.ts";
import { brokenCharacter, codePoint } from "../schema/characters.ts";
import type { ReadFile } from "./read.ts";

export interface BrokenText {
  readonly problems: Problem[];
  /** Paths of the front-matter values that hold one, so no other message is given about them. */
  readonly paths: (readonly PropertyKey[])[];
}

const FIX = b(
  "ketik ulang teks ini tanpa menyalin dari aplikasi lain; jangan menulis kode seperti \\ud800 di antara tanda kutip.",
  "retype this text instead of pasting it; do not write codes like \\ud800 inside quotes.",
);

export function brokenText(data: unknown, read: ReadFile, file: string): BrokenText {
  const problems: Problem[] = [];
  const paths: (readonly PropertyKey[])[] = [];
  const report = (path: readonly PropertyKey[], character: string) => {
    paths.push(path);
    problems.push({
      file,
      line: read.lineOf(path) ?? 1,
      ...(path.length ? { field: path.join(".") } : {}),
      message: b(`Teks ini berisi karakter rusak (${codePoint(character)}) yang tidak bisa ditampilkan.`, `This text contains a broken character (${codePoint(character)}) that cannot be shown.`),
      fix: FIX,
    });
  };
  const walk = (value: unknown, path: readonly PropertyKey[]): void => {
    if (typeof value === "string") {
      const character = brokenCharacter(value);
      if (character) report(path, character);
    } else if (Array.isArray(value)) value.forEach((item, i) => { walk(item, [...path, i]); });
    else if (value !== null && typeof value === "object")
      for (const [key, inner] of Object.entries(value)) {
        const character = brokenCharacter(key);
        if (character) report([...path, key], character);
        else walk(inner, [...path, key]);
      }
  };
  walk(data, []);

  const character = brokenCharacter(read.body);
  if (character) {
    const before = read.body.slice(0, read.body.indexOf(character)).split("\n").length - 1;
    problems.push({
      file,
      ...(read.bodyLine !== undefined ? { line: read.bodyLine + before } : {}),
      message: b(`Teks halaman (di bawah baris ---) berisi karakter rusak (${codePoint(character)}) yang tidak bisa ditampilkan.`, `The page text (below the --- line) contains a broken character (${codePoint(character)}) that cannot be shown.`),
      fix: FIX,
    });
  }
  return { problems, paths };
}
