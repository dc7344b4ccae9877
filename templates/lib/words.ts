/**
 * The interface's own words, in every language of the list: each language's dictionary
 * (`languages/<code>.json`, read by scripts/content/languages.ts).
 */
import { language, type Lang, type WordKey } from "../../scripts/content/languages.ts";

export type { WordKey };

export function t(lang: Lang, key: WordKey): string {
  return language(lang).dictionary.words[key];
}

/** A word with blanks filled: `words("greetingCentre", { centre })` for "Halo {centre}, …". */
export function fill(lang: Lang, key: WordKey, values: Readonly<Record<string, string>>): string {
  return t(lang, key).replace(/\{(\w+)\}/g, (blank, name: string) => values[name] ?? blank);
}

/** What `lang` calls the language `other` ("bahasa Inggris"), else that language's own name for itself. */
export function languageName(lang: Lang, other: Lang): string {
  const names: Readonly<Record<string, string>> = language(lang).dictionary.languageNames;
  return names[other] ?? language(other).name;
}
