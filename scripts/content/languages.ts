/**
 * The site's languages, as data. `languages/languages.json` lists them, the first being the
 * language of the content's main files (published at the site's root); `languages/<code>.json`
 * holds each one's interface words. A content folder with a `languages/` folder beside it uses
 * that list instead (docs/languages.md). Every part of the program reads languages from here.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { bilingual as b, ContentProblemsError, type Problem } from "../problems/problem.ts";
import type idDictionary from "../../languages/id.json";

/** A language code from the list (BCP 47: `id`, `en`, `zh-Hans`); checked by `language()`. */
export type Lang = string;

/** The words of one language; the default language's file names every key the others must have. */
export type Dictionary = typeof idDictionary;
export type WordKey = keyof Dictionary["words"];

const sectionWord = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, "lowercase a-z, 0-9, dots and hyphens");
const formatOptions = z.record(z.string(), z.union([z.string(), z.boolean(), z.number()]));

const entrySchema = z.strictObject({
  code: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "a BCP 47 code such as id, en or zh-Hans"),
  name: z.string().min(1),
  prefix: z.string().regex(/^([a-z0-9-]+\/)?$/, 'empty for the first language, else a folder such as "en/"'),
  sections: z.strictObject({ businesses: sectionWord, events: sectionWord, visit: sectionWord, calendar: sectionWord, card: sectionWord, search: sectionWord, province: sectionWord, page: sectionWord, products: sectionWord, print: sectionWord }),
  locale: z.string().min(2),
  formats: z.strictObject({ date: formatOptions, dayAndDate: formatOptions, shortDate: formatOptions, time: formatOptions, number: formatOptions }),
});

export type SectionNames = z.infer<typeof entrySchema>["sections"];
export interface Language extends z.infer<typeof entrySchema> {
  readonly dictionary: Dictionary;
}

/** The folder of the languages this program ships with. */
export const BUILT_IN_FOLDER = fileURLToPath(new URL("../../languages/", import.meta.url));

/**
 * The active languages' codes, first the default, and their URL section words. Filled in place
 * whenever another list is used, so every module that imported them sees the active list.
 */
export const LANGS: readonly Lang[] = [];
export const SECTION_NAMES: Readonly<Record<Lang, SectionNames>> = {};

let active: { folder: string; list: readonly Language[]; byCode: ReadonlyMap<string, Language> } | undefined;
const loaded = new Map<string, readonly Language[]>();

/** Every key path of a dictionary, e.g. `words.siteName` or `labels.day.senin`. */
function keyPaths(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keyPaths(inner, prefix ? `${prefix}.${key}` : key));
}

function readJson(file: string, shown: string, problems: Problem[]): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    problems.push({
      file: shown,
      message: missing ? b("Berkas bahasa ini tidak ada.", "This language file does not exist.") : b(`Berkas ini bukan JSON yang benar: ${(error as Error).message}`, `This file is not valid JSON: ${(error as Error).message}`),
      fix: missing
        ? b("buat berkas kamus untuk bahasa ini (salin languages/en.json lalu terjemahkan isinya).", "create the dictionary for this language (copy languages/en.json and translate its words).")
        : b("periksa tanda kutip, koma dan kurung kurawal di berkas ini.", "check the quotes, commas and braces in this file."),
    });
    return undefined;
  }
}

/** A dictionary must have exactly the keys of the built-in default dictionary, each a string. */
function checkDictionary(dictionary: unknown, reference: unknown, shown: string, problems: Problem[]): dictionary is Dictionary {
  const have = new Set(keyPaths(dictionary));
  const want = keyPaths(reference).filter((path) => !path.startsWith("languageNames"));
  const missing = want.filter((path) => !have.has(path));
  if (missing.length)
    problems.push({
      file: shown,
      message: b(`Kata berikut belum ada di kamus ini: ${missing.slice(0, 12).join(", ")}${missing.length > 12 ? " …" : ""}.`, `These words are missing from this dictionary: ${missing.slice(0, 12).join(", ")}${missing.length > 12 ? " …" : ""}.`),
      fix: b("tambahkan setiap kata dengan terjemahannya (lihat languages/en.json).", "add each word with its translation (see languages/en.json)."),
    });
  return missing.length === 0;
}

/** Reads and checks a list of languages and their dictionaries; throws every problem found at once. */
export function readLanguages(folder: string, projectRoot = process.cwd()): readonly Language[] {
  const shown = (file: string) => relative(projectRoot, file).split("\\").join("/") || file;
  const listFile = join(folder, "languages.json");
  const problems: Problem[] = [];
  const raw = readJson(listFile, shown(listFile), problems);
  const parsed = z.array(entrySchema).min(1).safeParse(raw);
  if (raw !== undefined && !parsed.success)
    for (const issue of parsed.error.issues)
      problems.push({
        file: shown(listFile),
        field: issue.path.join("."),
        message: b(`Isian ini tidak benar: ${issue.message}.`, `This entry is not right: ${issue.message}.`),
        fix: b("bandingkan dengan languages/languages.json bawaan Etalase.", "compare it with Etalase's own languages/languages.json."),
      });
  const entries = parsed.success ? parsed.data : [];
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    const clash = (what: string) =>
      problems.push({ file: shown(listFile), field: `${i}.${what}`, message: b(`${what} "${what === "code" ? entry.code : entry.prefix}" sudah dipakai bahasa lain.`, `${what} "${what === "code" ? entry.code : entry.prefix}" is already used by another language.`), fix: b("beri setiap bahasa kode dan awalan alamat sendiri.", "give each language its own code and address prefix.") });
    if (seen.has(entry.code)) clash("code");
    if (seen.has(`prefix:${entry.prefix}`)) clash("prefix");
    seen.add(entry.code).add(`prefix:${entry.prefix}`);
    if ((i === 0) !== (entry.prefix === ""))
      problems.push({
        file: shown(listFile),
        field: `${i}.prefix`,
        message: b("Hanya bahasa pertama yang tampil di akar situs (prefix kosong).", "Only the first language is published at the site's root (an empty prefix)."),
        fix: b(`tulis prefix "" untuk bahasa pertama dan misalnya "${entry.code.toLowerCase()}/" untuk yang lain.`, `write prefix "" for the first language and e.g. "${entry.code.toLowerCase()}/" for the others.`),
      });
  });
  const reference = JSON.parse(readFileSync(join(BUILT_IN_FOLDER, "id.json"), "utf8")) as unknown;
  const list: Language[] = [];
  for (const entry of entries) {
    // A project's own dictionary first, else the one Etalase ships.
    const own = join(folder, `${entry.code}.json`);
    const file = existsSync(own) ? own : join(BUILT_IN_FOLDER, `${entry.code}.json`);
    const dictionary = readJson(file, shown(existsSync(file) ? file : own), problems);
    if (dictionary !== undefined && checkDictionary(dictionary, reference, shown(file), problems)) list.push(Object.freeze({ ...entry, dictionary }));
  }
  if (problems.length) throw new ContentProblemsError(problems);
  return Object.freeze(list);
}

function activate(folder: string, list: readonly Language[]): void {
  active = { folder, list, byCode: new Map(list.map((l) => [l.code, l])) };
  const codes = LANGS as Lang[];
  codes.splice(0, codes.length, ...list.map((l) => l.code));
  const sections = SECTION_NAMES as Record<Lang, SectionNames>;
  for (const code of Object.keys(sections)) delete sections[code];
  for (const l of list) sections[l.code] = l.sections;
}

/** Uses the languages in `folder` (a `languages/` folder holding `languages.json`) from now on. */
export function useLanguages(folder: string, projectRoot?: string): void {
  const key = resolve(folder);
  if (active?.folder === key) return;
  let list = loaded.get(key);
  if (!list) loaded.set(key, (list = readLanguages(key, projectRoot)));
  activate(key, list);
}

/** The folder of languages a content folder uses: `languages/` beside it when there is one, else Etalase's own. */
export function languagesFolderOf(contentDir: string): string {
  const beside = resolve(contentDir, "..", "languages");
  return existsSync(join(beside, "languages.json")) ? beside : BUILT_IN_FOLDER;
}

/** Uses the languages that belong with this content folder. */
export function useLanguagesOf(contentDir: string, projectRoot?: string): void {
  useLanguages(languagesFolderOf(contentDir), projectRoot);
}

function current() {
  if (!active) useLanguages(BUILT_IN_FOLDER);
  return active!;
}

/** The active languages, the default first. */
export function languages(): readonly Language[] {
  return current().list;
}

/** The language of the content's main files, published at the site's root. */
export function defaultLanguage(): Language {
  return current().list[0]!;
}

export function isLang(code: string): boolean {
  return current().byCode.has(code);
}

/** A language of the active list; an unknown code is a program error, not a content one. */
export function language(code: Lang): Language {
  const found = current().byCode.get(code);
  if (!found) throw new Error(`"${code}" is not one of the site's languages (${current().list.map((l) => l.code).join(", ")})`);
  return found;
}

/** The other languages, after the default. */
export function translationLanguages(): readonly Language[] {
  return current().list.slice(1);
}

// The lists are filled as soon as this module loads, for modules that read them at once.
current();
