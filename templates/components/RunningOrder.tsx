/** An event's running order: each segment at its time, with its designers, businesses (linked) and models. */
import { inLang, inDefault } from "../../scripts/content/graph.ts";
import type { EventNode, Lang } from "../../scripts/content/graph.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import { placeRunningOrder } from "../../scripts/schema/running-order.ts";
import { calendarDay, clockTime, isoLocal } from "../lib/format.ts";
import { t } from "../lib/words.ts";
import { defaultLangOn, fallbackLang, Section } from "./bits.tsx";

export function RunningOrder({
  site,
  event,
  lang,
}: {
  site: SiteModel;
  event: EventNode;
  lang: Lang;
}) {
  const items = event.data.susunan_acara;
  if (!items.length) return null;
  const placed = placeRunningOrder(event.data.mulai, items);
  const firstDay = event.data.mulai.slice(0, 10);
  const businesses = site.graph.businessesOf(site.graph.centre(event.centreSlug)!);
  // Words that fell back to the default language's are marked as such.
  const wordsLang = (shown: string | undefined, inDefaultLanguage: string | undefined) =>
    fallbackLang(lang, shown, inDefaultLanguage);
  return (
    <Section title={t(lang, "runningOrder")} id="susunan-acara">
      <ol class="running-order">
        {items.map((item, i) => {
          const text = inLang(event.text, lang).susunan_acara[i]!;
          const idText = inDefault(event.text).susunan_acara[i]!;
          const local = placed[i]!;
          const shown = item.usaha
            .map((slug) => businesses.find((b) => b.slug === slug))
            .filter((b) => b !== undefined);
          return (
            <li>
              <time class="running-order__time" dateTime={isoLocal(local, event.zone)}>
                {clockTime(item.jam, lang)}
                {local.slice(0, 10) !== firstDay && " "}
                {local.slice(0, 10) !== firstDay && (
                  <span class="running-order__day">{calendarDay(local.slice(0, 10), lang)}</span>
                )}
              </time>
              <div>
                <p class="running-order__segment" lang={wordsLang(text.segmen, idText.segmen)}>
                  {text.segmen}
                </p>
                {item.perancang.length > 0 && (
                  <p>
                    {t(lang, item.perancang.length > 1 ? "designers" : "designer")}:{" "}
                    {item.perancang.join(", ")}
                  </p>
                )}
                {shown.length > 0 && (
                  <p>
                    {t(lang, "showing")}:{" "}
                    {shown.map((business, n) => (
                      <>
                        {n > 0 && ", "}
                        <a
                          href={site.urls.link(
                            site.urls.business(lang, business.centreSlug, business.slug),
                          )}
                        >
                          {business.data.nama_usaha}
                        </a>
                      </>
                    ))}
                  </p>
                )}
                {item.model && (
                  <p>
                    {t(lang, "models")}:{" "}
                    {defaultLangOn(lang) ? (
                      <span lang={defaultLangOn(lang)}>{item.model}</span>
                    ) : (
                      item.model
                    )}
                  </p>
                )}
                {text.keterangan && (
                  <p lang={wordsLang(text.keterangan, idText.keterangan)}>{text.keterangan}</p>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </Section>
  );
}
