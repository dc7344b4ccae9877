import { inLang } from "../../scripts/content/graph.ts";
import type { PageOf } from "../../scripts/site/pages.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import { Layout } from "../layout/Layout.tsx";
import { EventSections } from "../components/cards.tsx";
import {
  Prose,
  SampleNotice,
  Section,
  ShareOnWhatsApp,
  textLang,
  UntranslatedNotice,
  WhatsAppButton,
} from "../components/bits.tsx";
import { calendarDay } from "../lib/format.ts";
import { label } from "../lib/labels.ts";
import { fill, t } from "../lib/words.ts";
import { Gallery, HERO_SIZES } from "../components/Gallery.tsx";
import { Picture } from "../components/Picture.tsx";
import { ProductGrid } from "../components/ProductGrid.tsx";

/** `/<centre>/pengrajin/<slug>/`: one business, its products, how to reach it, its events. */
export function Business({ site, page }: { site: SiteModel; page: PageOf<"business"> }) {
  const { lang, centre, business } = page;
  const d = business.data;
  const text = inLang(business.text, lang);
  const contentLang = textLang(lang, business.translations);
  const centreName = inLang(centre.text, lang).nama;
  const events = site.graph.eventsFeaturing(business);
  const message = fill(lang, "greetingBusiness", { business: d.nama_usaha, centre: centreName });
  return (
    <Layout
      site={site}
      page={page}
      title={d.nama_usaha}
      description={text.ringkasan}
      crumbs={[
        { label: centreName, path: site.urls.centre(lang, centre.slug) },
        { label: t(lang, "businesses"), path: site.urls.businesses(lang, centre.slug) },
      ]}
    >
      {d.foto[0] && (
        <Picture
          site={site}
          centreSlug={centre.slug}
          photo={d.foto[0]}
          lang={lang}
          sizes={HERO_SIZES}
          eager
          className="hero"
        />
      )}
      <div class="intro">
        <h1>{d.nama_usaha}</h1>
        <p class="kicker" data-pagefind-ignore>
          {t(lang, "owner")}: {d.pemilik}
          {d.sejak && ` · ${t(lang, "since")} ${d.sejak}`}
          {d.nomor_booth && ` · ${t(lang, "booth")} ${d.nomor_booth}`}
        </p>
        <p class="lead" lang={contentLang}>
          {text.ringkasan}
        </p>
        <div class="actions" data-pagefind-ignore>
          <WhatsAppButton number={d.whatsapp} message={message} label={t(lang, "chatWhatsApp")} />
          {d.instagram && (
            <a class="button button--quiet" href={`https://www.instagram.com/${d.instagram}/`}>
              Instagram @{d.instagram}
            </a>
          )}
        </div>
        <ShareOnWhatsApp site={site} path={page.path} title={d.nama_usaha} lang={lang} />
      </div>
      <SampleNotice sample={d.contoh} lang={lang} />
      <UntranslatedNotice translations={business.translations} lang={lang} />

      {d.produk.length > 0 && (
        <Section title={t(lang, "products")} id="produk">
          <ProductGrid
            site={site}
            centre={centre}
            business={business}
            names={text.nama_produk}
            lang={lang}
            contentLang={contentLang}
          />
        </Section>
      )}

      <Prose site={site} html={inLang(business.bodyHtml, lang)} lang={contentLang} />
      <Gallery site={site} centreSlug={centre.slug} photos={d.foto.slice(1)} lang={lang} />

      {d.marketplace.length > 0 && (
        <Section title={t(lang, "buyOnline")} id="beli">
          <ul class="chips" data-pagefind-ignore>
            {d.marketplace.map((shop) => (
              <li>
                <a href={shop.url}>{label("marketplace", shop.nama, lang)}</a>
              </li>
            ))}
          </ul>
        </Section>
      )}

      {d.sertifikasi.length > 0 && (
        <Section title={t(lang, "certifications")} id="sertifikasi">
          <ul data-pagefind-ignore>
            {d.sertifikasi.map((cert) => (
              <li>
                {label("certification", cert.jenis, lang)}: {cert.nomor}
                {cert.berlaku_hingga &&
                  ` (${t(lang, "validUntil")} ${calendarDay(cert.berlaku_hingga, lang)})`}
              </li>
            ))}
          </ul>
        </Section>
      )}

      <EventSections site={site} events={events} lang={lang} ids={["acara", "acara-lalu"]} />
    </Layout>
  );
}
