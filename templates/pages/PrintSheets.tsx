/**
 * Sheets staff print: an A6 card for a business's booth and an A4 poster for the centre's
 * entrance, each with a QR code to the page on the site (or, without a site address, a notice
 * that there is none yet). On screen they show a short note on how
 * to print; in print only the sheet remains (print rules in site.css).
 */
import { inLang, type Lang } from "../../scripts/content/graph.ts";
import type { PageOf } from "../../scripts/site/pages.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import { Layout } from "../layout/Layout.tsx";
import { SheetQrCode } from "../components/QrCode.tsx";
import { textLang } from "../components/bits.tsx";
import { clockTime, dayRanges, displayPhone } from "../lib/format.ts";
import { Picture } from "../components/Picture.tsx";
import { t } from "../lib/words.ts";

/**
 * `/<centre>/cetak/`: the staff's page of sheets to print, the centre's poster and each business's
 * booth card. Out of the menu, the sitemap and search (scripts/site/page-kinds.ts), so visitors
 * never land on print sheets; the staff guide gives its address.
 */
export function PrintIndex({ site, page }: { site: SiteModel; page: PageOf<"print"> }) {
  const { lang, centre } = page;
  const name = inLang(centre.text, lang).nama;
  return (
    <Layout
      site={site}
      page={page}
      title={`${t(lang, "printSheets")}: ${name}`}
      description={t(lang, "printIntro")}
      crumbs={[{ label: name, path: site.urls.centre(lang, centre.slug) }]}
      here={t(lang, "printSheets")}
    >
      <h1>{t(lang, "printSheets")}</h1>
      <p class="lead">{t(lang, "printIntro")}</p>
      <h2>{t(lang, "poster")}</h2>
      <p>
        <a href={site.urls.link(site.urls.poster(lang, centre.slug))}>{t(lang, "printPoster")}</a>
      </p>
      <h2>{t(lang, "printBoothCard")}</h2>
      <ul>
        {site.graph.businessesOf(centre).map((business) => (
          <li>
            <a href={site.urls.link(site.urls.boothCard(lang, centre.slug, business.slug))}>
              {business.data.nama_usaha}
            </a>
            {business.data.nomor_booth && ` · ${t(lang, "booth")} ${business.data.nomor_booth}`}
          </li>
        ))}
      </ul>
    </Layout>
  );
}

function PrintHint({ lang, size }: { lang: Lang; size: "A6" | "A4" }) {
  return <p class="print-hint">{t(lang, size === "A6" ? "printHintA6" : "printHintA4")}</p>;
}

export function BoothCard({ site, page }: { site: SiteModel; page: PageOf<"boothCard"> }) {
  const { lang, centre, business } = page;
  const d = business.data;
  return (
    <Layout
      site={site}
      page={page}
      title={`${t(lang, "boothCard")}: ${d.nama_usaha}`}
      description={inLang(business.text, lang).ringkasan}
      crumbs={[
        { label: inLang(centre.text, lang).nama, path: site.urls.centre(lang, centre.slug) },
        { label: t(lang, "printSheets"), path: site.urls.print(lang, centre.slug) },
      ]}
    >
      <PrintHint lang={lang} size="A6" />
      <article class="sheet sheet--a6">
        <p class="sheet__kicker">{inLang(centre.text, lang).nama}</p>
        <h1 class="sheet__title">{d.nama_usaha}</h1>
        {d.nomor_booth && (
          <p class="sheet__booth">
            {t(lang, "booth")} {d.nomor_booth}
          </p>
        )}
        <p lang={textLang(lang, business.translations)}>{inLang(business.text, lang).ringkasan}</p>
        <SheetQrCode
          site={site}
          lang={lang}
          path={site.urls.business(lang, centre.slug, business.slug)}
          scan="scanForProducts"
        />
        <p class="sheet__contact">WhatsApp {displayPhone(d.whatsapp)}</p>
        {d.contoh && <p class="sheet__sample">{t(lang, "sample")}</p>}
      </article>
    </Layout>
  );
}

/**
 * The A4 poster for the centre's entrance: its picture edge to edge, then its name, craft, opening
 * hours, WhatsApp and a large QR code on the theme's band. Nothing on it goes stale on a wall: no
 * events and no dates.
 */
export function Poster({ site, page }: { site: SiteModel; page: PageOf<"poster"> }) {
  const { lang, centre } = page;
  const d = centre.data;
  const text = inLang(centre.text, lang);
  const own = textLang(lang, centre.translations);
  const hero = d.foto_utama;
  return (
    <Layout
      site={site}
      page={page}
      title={`${t(lang, "poster")}: ${text.nama}`}
      description={text.ringkasan}
      crumbs={[
        { label: text.nama, path: site.urls.centre(lang, centre.slug) },
        { label: t(lang, "printSheets"), path: site.urls.print(lang, centre.slug) },
      ]}
    >
      <PrintHint lang={lang} size="A4" />
      <article class="sheet sheet--a4 poster">
        {hero && (
          <Picture
            site={site}
            centreSlug={centre.slug}
            photo={hero}
            lang={lang}
            sizes="(min-width: 62rem) 60rem, 100vw"
            eager
            className="poster__photo"
          />
        )}
        <div class="poster__body">
          <p class="poster__craft" lang={own}>
            {text.kerajinan} · {d.kota}
          </p>
          <h1 class="sheet__title poster__name" lang={own}>
            {text.nama}
          </h1>
          <div class="sheet__columns">
            <div>
              <h2>{t(lang, "openingHours")}</h2>
              <ul class="poster__hours">
                {d.jam_buka.map((slot) => (
                  <li>
                    {dayRanges(slot.hari, lang)}:{" "}
                    <strong>
                      {clockTime(slot.buka, lang)}–{clockTime(slot.tutup, lang)}
                    </strong>{" "}
                    {d.zona_waktu}
                  </li>
                ))}
              </ul>
              <p class="poster__wa">
                WhatsApp <strong>{displayPhone(d.whatsapp)}</strong>
              </p>
              <p class="poster__address">
                {d.alamat}, {d.kota}
              </p>
            </div>
            <div class="poster__qr">
              <SheetQrCode
                site={site}
                lang={lang}
                path={site.urls.centre(lang, centre.slug)}
                scan="scanForCentre"
              />
            </div>
          </div>
          {(hero?.ilustrasi || d.contoh) && (
            <p class="sheet__sample">
              {hero?.ilustrasi && t(lang, "illustration")} {d.contoh && t(lang, "sample")}
            </p>
          )}
        </div>
      </article>
    </Layout>
  );
}
