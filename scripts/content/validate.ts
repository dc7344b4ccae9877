/**
 * Checks one file's data against its zod schema and turns every zod issue into a problem in
 * plain Bahasa Indonesia and English, with the line and a fix.
 */
import { z } from "zod";
import { bilingual as b, quoted, type Bilingual, type Problem } from "../problems/problem.ts";
import { closest } from "../problems/suggest.ts";
import { exampleOf, issueText } from "../schema/issue.ts";
import { bodyImageProblems } from "./body-images.ts";
import { brokenText } from "./broken-text.ts";
import type { ReadFile } from "./read.ts";

/** Keys Eleventy or other tools would obey; content must never steer the build (docs/bad-inputs.md, case 6). */
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

/** A schema and the wrappers around it, outermost first: optional → pipe → union, say. */
function unwrapChain(schema: unknown): any[] {
  const chain: any[] = [];
  let node: any = schema;
  for (let guard = 0; guard < 20 && node; guard++) {
    chain.push(node);
    const def = node._zod?.def;
    if (def?.type === "optional" || def?.type === "default" || def?.type === "nullable" || def?.type === "prefault") node = def.innerType;
    else if (def?.type === "pipe") node = def.in;
    else break;
  }
  return chain;
}

/** Walks a schema along a data path; empty when the path leaves the schema. */
function schemaChainAt(schema: z.ZodType, path: readonly PropertyKey[]): any[] {
  let chain = unwrapChain(schema);
  for (const key of path) {
    const def = chain.at(-1)?._zod?.def;
    if (def?.type === "object" && typeof key === "string" && def.shape[key]) chain = unwrapChain(def.shape[key]);
    else if (def?.type === "array") chain = unwrapChain(def.element);
    else return [];
  }
  return chain;
}

/** The keys an object in the schema allows, to suggest the right one for a misspelt key. */
function shapeAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const def = schemaChainAt(schema, path).at(-1)?._zod?.def;
  return def?.type === "object" ? Object.keys(def.shape) : [];
}

/**
 * The field an unknown key was probably meant to be: the closest allowed key, or else the one
 * missing required field whose first word it resembles (`nmae:` in a business file, where
 * `nama_usaha` is missing).
 */
function keySuggestion(key: string, schema: z.ZodType, data: unknown, path: readonly PropertyKey[]): string | undefined {
  const allowed = shapeAt(schema, path);
  const direct = closest(key, allowed);
  if (direct) return direct;
  const def = schemaChainAt(schema, path).at(-1)?._zod?.def;
  const missing = allowed.filter((k) => !def?.shape[k]?._zod?.optin && valueAt(data, [...path, k]) === undefined);
  const byFirstWord = missing.filter((k) => k.includes("_") && closest(key, [k.split("_")[0]!]) !== undefined);
  return byFirstWord.length === 1 ? byFirstWord[0] : undefined;
}

/** The fields a file of this kind must have, in schema order, to list them for an empty file. */
export function requiredFields(schema: z.ZodType): string[] {
  const def = schemaChainAt(schema, []).at(-1)?._zod?.def;
  if (def?.type !== "object") return [];
  return Object.entries(def.shape as Record<string, any>).filter(([, field]) => !field._zod?.optin).map(([key]) => key);
}

/** What a field holds, in words, for "add a line with …": the schema's own example if it has one. */
function whatGoesIn(issue: z.core.$ZodIssue, chain: readonly any[]): Bilingual {
  const example = chain.map((node) => exampleOf(node)).find(Boolean);
  if (example) return example;
  if (issue.code === "invalid_value") return b(`salah satu dari: ${issue.values.map(String).join(", ")}`, `one of: ${issue.values.map(String).join(", ")}`);
  if (issue.code === "invalid_type") return typeName(issue.expected);
  return b("nilainya", "its value");
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node: any = data;
  for (const key of path) node = node == null ? undefined : node[key as any];
  return node;
}

interface Context {
  readonly schema: z.ZodType;
  readonly data: unknown;
  readonly file: string;
  readonly read: ReadFile;
  /** Dotted paths of fields an unknown key is probably a misspelling of (`nmae` → `nama`). */
  readonly renamed: ReadonlySet<string>;
}

function issueToProblems(issue: z.core.$ZodIssue, { schema, data, file, read, renamed }: Context): Problem[] {
  const path = issue.path;
  const field = path.length ? path.join(".") : undefined;
  const base = { file, line: read.lineOf(path), ...(field ? { field } : {}) };

  const own = issue.code === "custom" ? issueText(issue.params) : undefined;
  if (own) return [{ ...base, message: own.message, ...(own.fix ? { fix: own.fix } : {}) }];

  const value = valueAt(data, path);
  const name = String(path.at(-1));
  if (value === undefined && path.length > 0 && (issue.code === "invalid_type" || issue.code === "invalid_value" || issue.code === "invalid_union")) {
    // `nmae:` already says "did you mean nama?"; "nama is missing" beside it would only confuse.
    if (renamed.has(field!)) return [];
    const what = whatGoesIn(issue, schemaChainAt(schema, path));
    // A missing field has no line of its own; point at the group it belongs in, if nested.
    return [{
      file,
      ...(path.length > 1 ? { line: read.lineOf(path.slice(0, -1)) } : {}),
      field: field!,
      message: b(`Kolom wajib "${field}" belum diisi.`, `The required field "${field}" is missing.`),
      fix: b(`tambahkan baris "${name}:" berisi ${what.id}.`, `add a "${name}:" line with ${what.en}.`),
    }];
  }
  // `nama:` with nothing after it reads as null; say it is empty, not "should be text but is null".
  // Only required fields get here: empty optional ones were dropped before the check.
  if (value === null && path.length > 0) {
    const what = whatGoesIn(issue, schemaChainAt(schema, path));
    return [{
      ...base,
      message: b(`Kolom "${field}" kosong.`, `The field "${field}" is empty.`),
      fix: b(`setelah "${name}:" tulis ${what.id}; kolom ini wajib.`, `after "${name}:" write ${what.en}; this field is required.`),
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
            message: b(`Kolom ${quoted(key)} tidak dikenal: kolom ini mengatur proses build dan tidak boleh ada di konten.`, `Unknown field ${quoted(key)}: it steers the build and is not allowed in content.`),
            fix: b(`hapus baris "${key}:"; alamat dan tata letak halaman dibuat otomatis.`, `remove the "${key}:" line; page addresses and layouts are made automatically.`),
          };
        const suggestion = keySuggestion(key, schema, data, path);
        return {
          ...where,
          message: b(`Kolom ${quoted(key)} tidak dikenal.`, `Unknown field ${quoted(key)}.`),
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
        message: b(`${quoted(value)} bukan pilihan yang dikenal.`, `${quoted(value)} is not one of the known choices.`),
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
    case "invalid_union": {
      const example = schemaChainAt(schema, path).map((node) => exampleOf(node)).find(Boolean);
      return [{
        ...base,
        message: b("Isi kolom ini tidak bisa dibaca.", "The value of this field cannot be read."),
        fix: example ? b(`tulis ${example.id}.`, `write ${example.en}.`) : b("periksa contoh di berkas lain dan tulis dengan bentuk yang sama.", "look at another file for an example and write it the same way."),
      }];
    }
    default:
      return [{ ...base, message: b(`Isi kolom ini tidak sah: ${issue.message}`, `This value is not valid: ${issue.message}`), fix: b("periksa nilainya.", "check the value.") }];
  }
}

/**
 * On failure, `salvaged` holds the fields that are valid on their own, so checks that reach past
 * the file (photos on disk, artisans named by an event) still run and their problems show in the
 * same report instead of one round of fixes later.
 */
export type Validated<S extends z.ZodType> = { ok: true; value: z.output<S> } | { ok: false; problems: Problem[]; salvaged: Partial<z.output<S>> };

/** The top-level fields of `data` that pass their own field's schema, as that schema outputs them. */
function validFields<S extends z.ZodType>(schema: S, data: unknown): Partial<z.output<S>> {
  const def = schema._zod.def;
  if (def.type !== "object" || data === null || typeof data !== "object" || Array.isArray(data)) return {};
  const shape = (def as z.core.$ZodObjectDef).shape;
  const fields = Object.entries(data).flatMap(([key, value]) => {
    const parsed = Object.hasOwn(shape, key) ? z.safeParse(shape[key]!, value) : undefined;
    return parsed?.success ? [[key, parsed.data] as const] : [];
  });
  return Object.fromEntries(fields) as Partial<z.output<S>>;
}

/** Paths of the fields that unknown keys look like misspellings of. */
function likelyRenames(issues: readonly z.core.$ZodIssue[], schema: z.ZodType, data: unknown): Set<string> {
  const renamed = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== "unrecognized_keys") continue;
    for (const key of issue.keys) {
      const suggestion = BUILD_KEYS.has(key) ? undefined : keySuggestion(key, schema, data, issue.path);
      if (suggestion) renamed.add([...issue.path, suggestion].join("."));
    }
  }
  return renamed;
}

/**
 * A file with no fields at all (empty, or nothing between the --- lines) gets one problem that
 * lists every field it needs, instead of one "missing" line per field.
 */
function noFieldsProblem(schema: z.ZodType, read: ReadFile, file: string): Problem | undefined {
  const required = requiredFields(schema);
  const list = required.join(", ");
  if (read.empty)
    return {
      file,
      message: b("Berkas ini kosong.", "This file is empty."),
      fix: required.length
        ? b(`tulis bagian data di antara dua baris ---, dengan kolom wajib ${list}; atau hapus berkasnya.`, `write the front matter between two --- lines, with the required fields ${list}; or delete the file.`)
        : b("tulis terjemahannya di antara dua baris --- atau di bawahnya; atau hapus berkasnya.", "write the translation between two --- lines or below them; or delete the file."),
    };
  const data = read.data;
  if (required.length && data && typeof data === "object" && !Array.isArray(data) && Object.keys(data).length === 0)
    return {
      file,
      line: 1,
      message: b(`Bagian data (di antara dua baris ---) belum berisi kolom apa pun; kolom wajib: ${list}.`, `The front matter (between the two --- lines) has no fields yet; required fields: ${list}.`),
      fix: b(`tambahkan satu baris untuk setiap kolom wajib, misalnya "${required[0]}: ...".`, `add one line for each required field, e.g. "${required[0]}: ...".`),
    };
  return undefined;
}

const isEmpty = (value: unknown) => value === null || (typeof value === "string" && value.trim() === "") || (Array.isArray(value) && value.length === 0);

/**
 * The data without optional fields left empty (`instagram:`, `instagram: ""`, `marketplace: []`):
 * an empty optional field means "none". Decap CMS writes `""` when staff clear a field
 * (decaporg/decap-cms#7120), and a cleared field must not fail the build. Empty required fields
 * stay, and are reported.
 */
function withoutEmptyOptionals(schema: z.ZodType, data: unknown, path: readonly PropertyKey[] = []): unknown {
  if (Array.isArray(data)) return data.map((item, i) => withoutEmptyOptionals(schema, item, [...path, i]));
  if (data === null || typeof data !== "object") return data;
  const def = schemaChainAt(schema, path).at(-1)?._zod?.def;
  if (def?.type !== "object") return data;
  // Object.fromEntries keeps a `__proto__` key as a key (an assignment would set the prototype).
  return Object.fromEntries(
    Object.entries(data)
      .filter(([key, value]) => !(def.shape[key]?._zod?.optin && isEmpty(value)))
      .map(([key, value]) => [key, withoutEmptyOptionals(schema, value, [...path, key])]),
  );
}

/** The file's fields checked against its schema, and its body for pictures it cannot show. */
export function validate<S extends z.ZodType>(schema: S, read: ReadFile, file: string): Validated<S> {
  const checked = validateFields(schema, read, file);
  const inBody = bodyImageProblems(schema, read, file);
  if (!inBody.length) return checked;
  return checked.ok ? { ok: false, problems: inBody, salvaged: checked.value } : { ...checked, problems: [...checked.problems, ...inBody] };
}

function validateFields<S extends z.ZodType>(schema: S, read: ReadFile, file: string): Validated<S> {
  const data = withoutEmptyOptionals(schema, read.data);
  const noFields = noFieldsProblem(schema, read, file);
  if (noFields) return { ok: false, problems: [noFields], salvaged: {} };
  if (data === null || typeof data !== "object" || Array.isArray(data))
    return { ok: false, salvaged: {}, problems: [{ file, line: 2, message: b("Bagian data harus berisi kolom-kolom (kolom: nilai).", "The front matter must hold fields (key: value)."), fix: b("tulis setiap kolom di barisnya sendiri, misalnya nama: Tapis Siger.", "write one field per line, e.g. nama: Tapis Siger.") }] };
  const broken = brokenText(data, read, file);
  const result = schema.safeParse(data);
  if (result.success && !broken.problems.length) return { ok: true, value: result.data };
  // A value with a broken character gets that one message, and is never salvaged for later checks.
  const isBroken = (path: readonly PropertyKey[]) => broken.paths.some((bad) => bad.every((key, i) => path[i] === key));
  const issues = result.success ? [] : result.error.issues.filter((issue) => !isBroken(issue.path));
  const context: Context = { schema, data, file, read, renamed: likelyRenames(issues, schema, data) };
  const salvaged = Object.fromEntries(Object.entries(validFields(schema, data)).filter(([key]) => !broken.paths.some((bad) => bad[0] === key)));
  return { ok: false, problems: [...broken.problems, ...issues.flatMap((issue) => issueToProblems(issue, context))], salvaged: salvaged as Partial<z.output<S>> };
}
