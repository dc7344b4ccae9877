/**
 * A photo's alt text in a language: `alt` is the default language's, `alt_<code>` another's
 * (`alt_en`); a language the photo has no alt text for shows the default language's.
 */
import { defaultLanguage, type Lang } from "../../scripts/content/languages.ts";
import type { Photo } from "../../scripts/schema/photo.ts";

export function photoAlt(photo: Photo, lang: Lang): string {
  if (lang === defaultLanguage().code) return photo.alt;
  const own = (photo as Readonly<Record<string, unknown>>)[`alt_${lang}`];
  return typeof own === "string" && own ? own : photo.alt;
}
