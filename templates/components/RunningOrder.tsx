/** An event's running order: each segment at its time, with its designers, businesses (linked) and models. */
import type { EventNode, Lang } from "../../scripts/content/graph.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import { placeRunningOrder } from "../../scripts/schema/running-order.ts";
import { calendarDay, isoLocal } from "../lib/format.ts";
import { t } from "../lib/words.ts";
import { Section } from "./bits.tsx";

/** `19.00` on an Indonesian page, `19:00` on an English one. */
export function clockShown(clock: string, lang: Lang): string {
  return lang === "id" ? clock.replace(":", ".") : clock;
}

export function RunningOrder({ site, event, lang }: { site: SiteModel; event: EventNode; lang: Lang }) {
  const items = event.data.susunan_acara;
  if (!items.length) return null;
  const placed = placeRunningOrder(event.data.mulai, items);
  const firstDay = event.data.mulai.slice(0, 10);
  const businesses = site.graph.businessesOf(site.graph.centre(event.centreSlug)!);
  // Words that fell back to Indonesian on an English page are marked as Indonesian.
  const wordsLang = (en: string | undefined, id: string | undefined) => (lang === "en" && en === id ? "id" : undefined);
  return (
    <Section title={t(lang, "runningOrder")} id="susunan-acara">
      <ol class="running-order">
        {items.map((item, i) => {
          const text = event.text[lang].susunan_acara[i]!;
          const idText = event.text.id.susunan_acara[i]!;
          const local = placed[i]!;
          const shown = item.usaha.map((slug) => businesses.find((b) => b.slug === slug)).filter((b) => b !== undefined);
          return (
            <li>
              <time class="running-order__time" dateTime={isoLocal(local, event.zone)}>
                {clockShown(item.jam, lang)}
                {local.slice(0, 10) !== firstDay && " "}
                {local.slice(0, 10) !== firstDay && <span class="running-order__day">{calendarDay(local.slice(0, 10), lang)}</span>}
              </time>
              <div>
                <p class="running-order__segment" lang={wordsLang(text.segmen, idText.segmen)}>
                  {text.segmen}
                </p>
                {item.perancang.length > 0 && (
                  <p>
                    {t(lang, item.perancang.length > 1 ? "designers" : "designer")}: {item.perancang.join(", ")}
                  </p>
                )}
                {shown.length > 0 && (
                  <p>
                    {t(lang, "showing")}:{" "}
                    {shown.map((business, n) => (
                      <>
                        {n > 0 && ", "}
                        <a href={site.urls.link(site.urls.business(lang, business.centreSlug, business.slug))}>{business.data.nama_usaha}</a>
                      </>
                    ))}
                  </p>
                )}
                {item.model && (
                  <p>
                    {t(lang, "models")}: {lang === "en" ? <span lang="id">{item.model}</span> : item.model}
                  </p>
                )}
                {text.keterangan && <p lang={wordsLang(text.keterangan, idText.keterangan)}>{text.keterangan}</p>}
              </div>
            </li>
          );
        })}
      </ol>
    </Section>
  );
}
