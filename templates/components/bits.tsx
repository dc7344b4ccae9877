/** Small pieces shared by several pages. */
import type { ComponentChildren } from "preact";
import type { Lang } from "../../scripts/content/graph.ts";
import { defaultLanguage } from "../../scripts/content/languages.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import { t } from "../lib/words.ts";
import { displayPhone, whatsAppLink } from "../lib/format.ts";

/**
 * Staff-written Markdown, already rendered by markdown-it with raw HTML off. Staff link to other
 * pages of the site from its root (`/tapis-bandarlampung/acara/`); under a path prefix (GitHub
 * Pages) those links get the prefix like every link the templates write.
 */
export function Prose({
  site,
  html,
  lang,
}: {
  site: SiteModel;
  html: string;
  lang?: Lang | undefined;
}) {
  if (!html.trim()) return null;
  return (
    <div
      class="prose"
      lang={lang}
      dangerouslySetInnerHTML={{ __html: site.urls.prefixRootLinks(html) }}
    />
  );
}

/** Says plainly that an entry is a sample, so no visitor takes it for official data. */
export function SampleNotice({ sample, lang }: { sample: boolean; lang: Lang }) {
  return sample ? (
    <p class="notice notice--sample" data-pagefind-ignore>
      {t(lang, "sample")}
    </p>
  ) : null;
}

/** On a page in a language the entry has no translation file for, says its words are the default language's. */
export function UntranslatedNotice({
  translations,
  lang,
}: {
  translations: readonly Lang[];
  lang: Lang;
}) {
  return translations.includes(lang) ? null : (
    <p class="notice" data-pagefind-ignore>
      {t(lang, "notTranslated")}
    </p>
  );
}

/** The language of an entry's text on a page in `lang`: the default language's when it has no translation, else the page's. */
export function textLang(lang: Lang, translations: readonly Lang[]): Lang | undefined {
  return translations.includes(lang) ? undefined : defaultLanguage().code;
}

/** The default language, on another language's page: for words only ever written in it (a model's name). */
export function defaultLangOn(lang: Lang): Lang | undefined {
  return lang === defaultLanguage().code ? undefined : defaultLanguage().code;
}

/** The language of one piece of text that fell back to the default language's words (equal to them) on another language's page. */
export function fallbackLang(
  lang: Lang,
  shown: string | undefined,
  inDefaultLanguage: string | undefined,
): Lang | undefined {
  const def = defaultLanguage().code;
  return lang !== def && shown === inDefaultLanguage ? def : undefined;
}

export function WhatsAppButton({
  number,
  message,
  label,
}: {
  number: string;
  message: string;
  label: string;
}) {
  return (
    <a
      class="button button--wa"
      href={whatsAppLink(number, message)}
      rel="noopener"
      data-pagefind-ignore
    >
      {label} <span class="button__detail">{displayPhone(number)}</span>
    </a>
  );
}

export function Section({
  title,
  id,
  children,
}: {
  title: string;
  id?: string;
  children: ComponentChildren;
}) {
  return (
    <section class="section" aria-labelledby={id}>
      <h2 id={id} data-pagefind-ignore>
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * "Share on WhatsApp": WhatsApp opens with the page's title and full address already typed. A
 * build without a site address has no full address to share, so the link is left out.
 */
export function ShareOnWhatsApp({
  site,
  path,
  title,
  lang,
}: {
  site: SiteModel;
  path: string;
  title: string;
  lang: Lang;
}) {
  const address = site.urls.address;
  if (!address) return null;
  const text = `${title} ${address.absolute(path)}`;
  return (
    <p class="share" data-pagefind-ignore>
      <a class="share__wa" href={`https://wa.me/?text=${encodeURIComponent(text)}`} rel="noopener">
        {t(lang, "shareWhatsApp")}
      </a>
    </p>
  );
}
