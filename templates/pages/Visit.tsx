import { inLang } from "../../scripts/content/graph.ts";
import type { PageOf } from "../../scripts/site/pages.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import { Layout } from "../layout/Layout.tsx";
import { mapLinks } from "../components/AtAGlance.tsx";
import { SampleNotice, Section, textLang, WhatsAppButton } from "../components/bits.tsx";
import { clockTime, count, dayRanges, displayPhone } from "../lib/format.ts";
import { label } from "../lib/labels.ts";
import { fill, t } from "../lib/words.ts";

/** `/<centre>/kunjungi/`: address, hours, the way there, group visits and every contact. */
export function Visit({ site, page }: { site: SiteModel; page: PageOf<"visit"> }) {
  const { lang, centre } = page;
  const d = centre.data;
  const text = inLang(centre.text, lang);
  const contentLang = textLang(lang, centre.translations);
  const { lintang, bujur } = d.koordinat;
  const maps = mapLinks(lintang, bujur);
  const groupMessage = fill(lang, "greetingGroup", { centre: text.nama });
  return (
    <Layout
      site={site}
      page={page}
      title={`${t(lang, "visitTitle")}: ${text.nama}`}
      description={`${d.alamat}, ${d.kota}`}
      crumbs={[
        { label: t(lang, "directory"), path: site.urls.home(lang) },
        { label: text.nama, path: site.urls.centre(lang, centre.slug) },
      ]}
    >
      <h1>{t(lang, "visitTitle")}</h1>
      <SampleNotice sample={d.contoh} lang={lang} />
      <Section title={t(lang, "address")} id="alamat">
        <address>
          {text.nama}
          <br />
          {d.alamat}
          <br />
          {d.kota}, {d.provinsi}
        </address>
        <p class="links-inline">
          <a href={maps.directions} rel="noopener">
            {t(lang, "directions")}
          </a>
          <a href={maps.geo}>{t(lang, "mapApp")}</a>
          <a href={maps.osm}>OpenStreetMap</a>
        </p>
      </Section>
      <Section title={t(lang, "openingHours")} id="jam">
        <table class="hours">
          <tbody>
            {d.jam_buka.map((slot) => (
              <tr>
                <th scope="row">{dayRanges(slot.hari, lang)}</th>
                <td>
                  {clockTime(slot.buka, lang)}–{clockTime(slot.tutup, lang)} {d.zona_waktu}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {text.catatan_jam && <p lang={contentLang}>{text.catatan_jam}</p>}
      </Section>
      {text.cara_ke_sini && (
        <Section title={t(lang, "howToGetThere")} id="cara-ke-sini">
          <p lang={contentLang}>{text.cara_ke_sini}</p>
        </Section>
      )}
      {d.kunjungan_rombongan && (
        <Section title={t(lang, "groupVisits")} id="rombongan">
          <p>
            {t(lang, "groupCapacity")}: {count(d.kunjungan_rombongan.kapasitas, lang)}{" "}
            {t(lang, "people")}
          </p>
          {text.catatan_rombongan && <p lang={contentLang}>{text.catatan_rombongan}</p>}
          <div class="actions">
            <WhatsAppButton
              number={d.kunjungan_rombongan.kontak}
              message={groupMessage}
              label={t(lang, "bookGroup")}
            />
          </div>
        </Section>
      )}
      <Section title={t(lang, "contact")} id="kontak">
        <ul class="contact">
          <li>
            <WhatsAppButton
              number={d.whatsapp}
              message={groupMessage.split(".")[0] ?? ""}
              label={t(lang, "chatWhatsApp")}
            />
          </li>
          {d.telepon && (
            <li>
              {t(lang, "call")}: <a href={`tel:+${d.telepon}`}>{displayPhone(d.telepon)}</a>
            </li>
          )}
          {d.email && (
            <li>
              {t(lang, "email")}: <a href={`mailto:${d.email}`}>{d.email}</a>
            </li>
          )}
          {d.media_sosial &&
            Object.entries(d.media_sosial).map(([network, url]) => (
              <li>
                <a href={url}>{network[0]!.toUpperCase() + network.slice(1)}</a>
              </li>
            ))}
        </ul>
      </Section>
      {d.fasilitas.length > 0 && (
        <Section title={t(lang, "facilities")} id="fasilitas">
          <ul class="chips">
            {d.fasilitas.map((facility) => (
              <li>{label("facility", facility, lang)}</li>
            ))}
          </ul>
        </Section>
      )}
    </Layout>
  );
}
