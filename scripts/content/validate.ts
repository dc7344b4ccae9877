/**
 * Checks one file's data against its zod schema and turns every zod issue into a problem in
 * plain Bahasa Indonesia and English, with the line and a fix.
 */
import { z } from "zod";
import { bilingual as b, type Bilingual, type Problem } from "../problems/problem.ts";
import { closest } from "../problems/suggest.ts";
import { issueText } from "../schema/issue.ts";
import type { ReadFile } from "./read.ts";

/** Keys Eleventy or other tools would obey; content must never steer the build (BAD-INPUTS 6). */
const BUILD_KEYS = new Set(["permalink", "layout", "eleventyExcludeFromCollections", "eleventyComputed", "eleventyNavigation", "pagination", "tags", "templateEngineOverride", "eleventyImport", "dynamicPermalink", "permalinkBypassOutputDir", "eleventyDataSchema"]);

const TYPE_NAMES: Record<string, Bilingual> = {
  string: b("teks", "text"),
  number: b("angka", "a number"),
  int: b("angka bulat", "a whole number"),
  boolean: b("true atau false", "true or false"),
  array: b("daftar (setiap baris diawali tanda -)", "a list (each line starting with -)"),
  object: b("kelompok kolom (baris-baris menjorok di bawahnya)", "a group of fields (indented lines below it)"),
};

function typeName(expected: string): Bilingual {
  return TYPE_NAMES[expected] ?? b(expected, expected);
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return "list";
  if (value === null) return "null";
  if (typeof value === "object") return "object";
  return JSON.stringify(value).slice(0, 60);
}

/** Walks a schema along a data path to the object shape there, to list the keys it allows. */
function shapeAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: any = schema;
  const unwrap = () => {
    for (let guard = 0; guard < 20 && node; guard++) {
      const def = node._zod?.def;
      if (!def) return;
      if (def.type === "optional" || def.type === "default" || def.type === "nullable" || def.type === "prefault") node = def.innerType;
      else if (def.type === "pipe") node = def.in;
      else return;
    }
  };
  unwrap();
  for (const key of path) {
    const def = node?._zod?.def;
    if (def?.type === "object" && typeof key === "string") node = def.shape[key];
    else if (def?.type === "array") node = def.element;
    else return [];
    unwrap();
  }
  const def = node?._zod?.def;
  return def?.type === "object" ? Object.keys(def.shape) : [];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node: any = data;
  for (const key of path) node = node == null ? undefined : node[key as any];
  return node;
}

function issueToProblems(issue: z.core.$ZodIssue, schema: z.ZodType, data: unknown, file: string, read: ReadFile): Problem[] {
  const path = issue.path;
  const field = path.length ? path.join(".") : undefined;
  const base = { file, line: read.lineOf(path), ...(field ? { field } : {}) };

  const own = issue.code === "custom" ? issueText(issue.params) : undefined;
  if (own) return [{ ...base, message: own.message, ...(own.fix ? { fix: own.fix } : {}) }];

  const value = valueAt(data, path);
  if (value === undefined && path.length > 0 && (issue.code === "invalid_type" || issue.code === "invalid_value" || issue.code === "invalid_union")) {
    const name = String(path.at(-1));
    const what = issue.code === "invalid_value"
      ? b(`salah satu dari: ${issue.values.map(String).join(", ")}`, `one of: ${issue.values.map(String).join(", ")}`)
      : issue.code === "invalid_type" ? typeName(issue.expected) : b("nilainya", "its value");
    // A missing field has no line of its own; point at the group it belongs in, if nested.
    return [{
      file,
      ...(path.length > 1 ? { line: read.lineOf(path.slice(0, -1)) } : {}),
      field: field!,
      message: b(`Kolom wajib "${field}" belum diisi.`, `The required field "${field}" is missing.`),
      fix: b(`tambahkan baris "${name}:" berisi ${what.id}.`, `add a "${name}:" line with ${what.en}.`),
    }];
  }

  switch (issue.code) {
    case "unrecognized_keys": {
      const allowed = shapeAt(schema, path);
      return issue.keys.map((key) => {
        const keyPath = [...path, key];
        const where = { file, line: read.lineOf(keyPath), field: keyPath.join(".") };
        if (BUILD_KEYS.has(key))
          return {
            ...where,
            message: b(`Kolom "${key}" tidak dikenal: kolom ini mengatur proses build dan tidak boleh ada di konten.`, `Unknown field "${key}": it steers the build and is not allowed in content.`),
            fix: b(`hapus baris "${key}:"; alamat dan tata letak halaman dibuat otomatis.`, `remove the "${key}:" line; page addresses and layouts are made automatically.`),
          };
        const suggestion = closest(key, allowed);
        return {
          ...where,
          message: b(`Kolom "${key}" tidak dikenal.`, `Unknown field "${key}".`),
          fix: suggestion
            ? b(`mungkin maksudnya "${suggestion}"? Ganti "${key}:" menjadi "${suggestion}:".`, `did you mean "${suggestion}"? Rename "${key}:" to "${suggestion}:".`)
            : b(`hapus kolom ini. Kolom yang dikenal di sini: ${allowed.join(", ")}.`, `remove it. The fields known here are: ${allowed.join(", ")}.`),
        };
      });
    }
    case "invalid_type": {
      const expected = typeName(issue.expected);
      return [{
        ...base,
        message: b(`Isi kolom ini seharusnya ${expected.id}, tetapi tertulis ${describeValue(value)}.`, `This field should be ${expected.en}, but it is ${describeValue(value)}.`),
        fix: issue.expected === "string"
          ? b("tulis nilainya di antara tanda kutip, misalnya \"...\".", "put the value in quotes, e.g. \"...\".")
          : b(`ubah nilainya menjadi ${expected.id}.`, `change the value to ${expected.en}.`),
      }];
    }
    case "invalid_value": {
      const allowed = issue.values.map(String);
      const suggestion = closest(String(value), allowed);
      return [{
        ...base,
        message: b(`"${String(value)}" bukan pilihan yang dikenal.`, `"${String(value)}" is not one of the known choices.`),
        fix: suggestion
          ? b(`mungkin maksudnya "${suggestion}"? Pilihan: ${allowed.join(", ")}.`, `did you mean "${suggestion}"? Choices: ${allowed.join(", ")}.`)
          : b(`pilih salah satu: ${allowed.join(", ")}.`, `choose one of: ${allowed.join(", ")}.`),
      }];
    }
    case "too_small":
    case "too_big": {
      const small = issue.code === "too_small";
      const limit = String(small ? (issue as { minimum: unknown }).minimum : (issue as { maximum: unknown }).maximum);
      if (issue.origin === "array")
        return [{
          ...base,
          message: small ? b(`Daftar ini perlu paling sedikit ${limit} isi.`, `This list needs at least ${limit} item(s).`) : b(`Daftar ini paling banyak ${limit} isi.`, `This list holds at most ${limit} item(s).`),
          fix: small ? b("tambahkan isinya, satu per baris diawali tanda -.", "add items, one per line starting with -.") : b("kurangi isinya.", "remove some items."),
        }];
      return [{
        ...base,
        message: small ? b(`Angka ini terlalu kecil (paling kecil ${limit}).`, `This number is too small (at least ${limit}).`) : b(`Angka ini terlalu besar (paling besar ${limit}).`, `This number is too large (at most ${limit}).`),
        fix: b("periksa lagi angkanya.", "check the number."),
      }];
    }
    case "invalid_union":
      return [{ ...base, message: b("Isi kolom ini tidak bisa dibaca.", "The value of this field cannot be read."), fix: b("periksa contoh di berkas lain dan tulis dengan bentuk yang sama.", "look at another file for an example and write it the same way.") }];
    default:
      return [{ ...base, message: b(`Isi kolom ini tidak sah: ${issue.message}`, `This value is not valid: ${issue.message}`), fix: b("periksa nilainya.", "check the value.") }];
  }
}

export type Validated<S extends z.ZodType> = { ok: true; value: z.output<S> } | { ok: false; problems: Problem[] };

export function validate<S extends z.ZodType>(schema: S, read: ReadFile, file: string): Validated<S> {
  const data = read.data;
  if (data === null || typeof data !== "object" || Array.isArray(data))
    return { ok: false, problems: [{ file, line: 2, message: b("Bagian data harus berisi kolom-kolom (kolom: nilai).", "The front matter must hold fields (key: value)."), fix: b("tulis setiap kolom di barisnya sendiri, misalnya nama: Tapis Siger.", "write one field per line, e.g. nama: Tapis Siger.") }] };
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: result.error.issues.flatMap((issue) => issueToProblems(issue, schema, data, file, read)) };
}
