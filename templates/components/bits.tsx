/** Small pieces shared by several pages. */
import type { ComponentChildren } from "preact";
import type { Lang } from "../../scripts/content/graph.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import { t } from "../lib/words.ts";
import { displayPhone, whatsAppLink } from "../lib/format.ts";

/**
 * Staff-written Markdown, already rendered by markdown-it with raw HTML off. Staff link to other
 * pages of the site from its root (`/tapis-bandarlampung/acara/`); under a path prefix (GitHub
 * Pages) those links get the prefix like every link the templates write.
 */
export function Prose({ site, html, lang }: { site: SiteModel; html: string; lang?: Lang | undefined }) {
  if (!html.trim()) return null;
  return <div class="prose" lang={lang} dangerouslySetInnerHTML={{ __html: site.urls.prefixRootLinks(html) }} />;
}

/** Says plainly that an entry is a sample, so no visitor takes it for official data. */
export function SampleNotice({ sample, lang }: { sample: boolean; lang: Lang }) {
  return sample ? <p class="notice notice--sample">{t(lang, "sample")}</p> : null;
}

/** On an English page whose entry has no English file, the Indonesian words are marked as such. */
export function UntranslatedNotice({ translated, lang }: { translated: boolean; lang: Lang }) {
  return lang === "en" && !translated ? <p class="notice">{t(lang, "notTranslated")}</p> : null;
}

/** The language of text that fell back to Indonesian on an English page. */
export function textLang(lang: Lang, translated: boolean): Lang | undefined {
  return lang === "en" && !translated ? "id" : undefined;
}

export function WhatsAppButton({ number, message, label }: { number: string; message: string; label: string }) {
  return (
    <a class="button button--wa" href={whatsAppLink(number, message)} rel="noopener">
      {label} <span class="button__detail">{displayPhone(number)}</span>
    </a>
  );
}

export function Section({ title, id, children }: { title: string; id?: string; children: ComponentChildren }) {
  return (
    <section class="section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
