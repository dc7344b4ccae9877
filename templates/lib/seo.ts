/**
 * What search engines and chat apps read: the picture of a page for link previews (the site's
 * own share picture when nothing has a photo), and schema.org JSON-LD (LocalBusiness with its
 * other profiles as sameAs, Product with an AggregateOffer, Event with its running order as
 * subEvent, BreadcrumbList). Search engines want its `url`, `@id` and breadcrumb items absolute, so a build
 * without a site address leaves them (and the breadcrumb list) out.
 */
import { inLang } from "../../scripts/content/graph.ts";
import { defaultLanguage } from "../../scripts/content/languages.ts";
import { t } from "./words.ts";
import type { BusinessNode, CentreNode, EventNode, Lang } from "../../scripts/content/graph.ts";
import { kindInfo } from "../../scripts/site/page-kinds.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import type { Page } from "../../scripts/site/pages.ts";
import type { Photo } from "../../scripts/schema/photo.ts";
import { SOCIAL_PLATFORMS, TIME_ZONES } from "../../scripts/schema/fields.ts";
import { siteName } from "../../scripts/site/settings.ts";
import { photoAlt } from "./photo-alt.ts";
import type { Day, EventStatus } from "../../scripts/schema/index.ts";
import { placeRunningOrder } from "../../scripts/schema/running-order.ts";

/** The first photo among centres, for pages about many of them. */
function firstCentrePhoto(
  centres: readonly CentreNode[],
): { centreSlug: string; photo: Photo } | undefined {
  const centre = centres.find((c) => c.data.foto_utama);
  return centre?.data.foto_utama
    ? { centreSlug: centre.slug, photo: centre.data.foto_utama }
    : undefined;
}

/** The photo that stands for a page: its own lead photo, else its centre's (or its centres' first). */
export function leadPhoto(
  site: SiteModel,
  page: Page,
): { centreSlug: string; photo: Photo } | undefined {
  if (page.kind === "directory" || page.kind === "search")
    return firstCentrePhoto(site.graph.centres);
  if (page.kind === "province")
    return firstCentrePhoto(page.province.centres) ?? firstCentrePhoto(site.graph.centres);
  if (!("centre" in page)) return undefined;
  const own =
    page.kind === "business"
      ? page.business.data.foto[0]
      : page.kind === "event"
        ? page.event.data.foto
        : undefined;
  const photo = own ?? page.centre.data.foto_utama;
  return photo ? { centreSlug: page.centre.slug, photo } : undefined;
}

/** The site's own 1200×630 share picture (templates/static/share.jpg), for pages with no photo near them. */
export const DEFAULT_SHARE_IMAGE = "share.jpg";

/**
 * The link-preview picture of a page, 1200×630, as a full address: its lead photo's crop, else the
 * site's share picture. None without a site address (Open Graph wants it absolute) and on the 404.
 */
export function shareImage(site: SiteModel, page: Page): { url: string; alt: string } | undefined {
  const address = site.urls.address;
  if (!address || page.kind === "notFound") return undefined;
  const lead = leadPhoto(site, page);
  if (lead)
    return {
      url: address.absolute(`img/${site.photo(lead.centreSlug, lead.photo).og}`),
      alt: photoAlt(lead.photo, page.lang),
    };
  return { url: address.absolute(DEFAULT_SHARE_IMAGE), alt: siteName(t(page.lang, "siteName")) };
}

/** The largest JPEG of a photo as a full address, for JSON-LD `image`; none without a site address. */
function photoAddress(site: SiteModel, centreSlug: string, photo: Photo): string | undefined {
  const address = site.urls.address;
  const jpeg = site
    .photo(centreSlug, photo)
    .sources.find((source) => source.format === "jpeg")
    ?.files.at(-1);
  return address && jpeg ? address.absolute(`img/${jpeg.filename}`) : undefined;
}

/** `sameAs`: the other places on the web that are this centre or business, when it has any. */
function sameAs(addresses: readonly string[]): Json {
  return addresses.length ? { sameAs: [...new Set(addresses)] } : {};
}

const DAYS: Record<Day, string> = {
  senin: "https://schema.org/Monday",
  selasa: "https://schema.org/Tuesday",
  rabu: "https://schema.org/Wednesday",
  kamis: "https://schema.org/Thursday",
  jumat: "https://schema.org/Friday",
  sabtu: "https://schema.org/Saturday",
  minggu: "https://schema.org/Sunday",
};

const STATUS: Record<EventStatus, string> = {
  terjadwal: "https://schema.org/EventScheduled",
  ditunda: "https://schema.org/EventPostponed",
  dibatalkan: "https://schema.org/EventCancelled",
};

type Json = { [key: string]: unknown };

/** `{ [key]: the page's full address }`, or nothing when the build has no site address. */
function absoluteField(site: SiteModel, key: string, path: string, suffix = ""): Json {
  const address = site.urls.address;
  return address ? { [key]: address.absolute(path) + suffix } : {};
}

function address(centre: CentreNode): Json {
  return {
    "@type": "PostalAddress",
    streetAddress: centre.data.alamat,
    addressLocality: centre.data.kota,
    addressRegion: centre.data.provinsi,
    addressCountry: "ID",
  };
}

function centrePlace(
  site: SiteModel,
  centre: CentreNode,
  lang: Lang,
  image: string | undefined,
): Json {
  const d = centre.data;
  return {
    "@type": "LocalBusiness",
    ...absoluteField(site, "@id", site.urls.centre(defaultLanguage().code, centre.slug), "#sentra"),
    name: inLang(centre.text, lang).nama,
    description: inLang(centre.text, lang).ringkasan,
    ...absoluteField(site, "url", site.urls.centre(lang, centre.slug)),
    address: address(centre),
    geo: { "@type": "GeoCoordinates", latitude: d.koordinat.lintang, longitude: d.koordinat.bujur },
    openingHoursSpecification: d.jam_buka.map((slot) => ({
      "@type": "OpeningHoursSpecification",
      dayOfWeek: slot.hari.map((day) => DAYS[day]),
      opens: slot.buka,
      closes: slot.tutup,
    })),
    telephone: `+${d.telepon ?? d.whatsapp}`,
    ...(d.email ? { email: d.email } : {}),
    ...(image ? { image } : {}),
    ...sameAs(
      Object.values(d.media_sosial ?? {}).filter((url): url is string => typeof url === "string"),
    ),
  };
}

function centreList(site: SiteModel, centres: readonly CentreNode[], lang: Lang): Json {
  return {
    "@type": "ItemList",
    itemListElement: centres.map((centre, index) => ({
      "@type": "ListItem",
      position: index + 1,
      ...absoluteField(site, "url", site.urls.centre(lang, centre.slug)),
      name: inLang(centre.text, lang).nama,
    })),
  };
}

/** Without a site address there is none: each item needs its absolute address. */
function breadcrumbs(site: SiteModel, items: { name: string; path: string }[]): Json[] {
  const address = site.urls.address;
  if (!address) return [];
  return [
    {
      "@type": "BreadcrumbList",
      itemListElement: items.map((item, index) => ({
        "@type": "ListItem",
        position: index + 1,
        name: item.name,
        item: address.absolute(item.path),
      })),
    },
  ];
}

function offsetIso(local: string, zone: keyof typeof TIME_ZONES): string {
  return `${local}:00${TIME_ZONES[zone]}`;
}

/**
 * A running order as schema.org sub-events: each segment from its time to the next one's (the
 * last to the event's end), with the businesses and designers who show in it as performers.
 */
function subEvents(site: SiteModel, event: EventNode, lang: Lang, location: Json): Json[] {
  const items = event.data.susunan_acara;
  const placed = placeRunningOrder(event.data.mulai, items);
  const businesses = site.graph.businessesOf(site.graph.centre(event.centreSlug)!);
  return items.map((item, i) => {
    const performers = [
      ...item.usaha
        .flatMap((slug) => businesses.filter((b) => b.slug === slug))
        .map((b) => ({
          "@type": "Organization",
          name: b.data.nama_usaha,
          ...absoluteField(site, "url", site.urls.business(lang, b.centreSlug, b.slug)),
        })),
      ...item.perancang.map((name) => ({ "@type": "Person", name })),
    ];
    const keterangan = inLang(event.text, lang).susunan_acara[i]?.keterangan;
    return {
      "@type": "Event",
      name: inLang(event.text, lang).susunan_acara[i]?.segmen ?? item.segmen,
      ...(keterangan ? { description: keterangan } : {}),
      startDate: offsetIso(placed[i]!, event.zone),
      endDate: offsetIso(placed[i + 1] ?? event.data.selesai, event.zone),
      location,
      ...(performers.length ? { performer: performers } : {}),
    };
  });
}

/** A business's `@id`, the same in every language: its first language's address with `#usaha`. */
function businessIdOf(site: SiteModel, business: BusinessNode): Json {
  return absoluteField(
    site,
    "@id",
    site.urls.business(defaultLanguage().code, business.centreSlug, business.slug),
    "#usaha",
  );
}

/** One product of a business as a schema.org Product with its price range, at the business's page. */
function productData(site: SiteModel, business: BusinessNode, index: number, lang: Lang): Json {
  const product = business.data.produk[index]!;
  const picture = product.foto && photoAddress(site, business.centreSlug, product.foto);
  return {
    "@type": "Product",
    name: inLang(business.text, lang).nama_produk[index] ?? product.nama,
    ...(picture ? { image: picture } : {}),
    ...absoluteField(
      site,
      "url",
      site.urls.business(lang, business.centreSlug, business.slug),
      "#produk",
    ),
    brand: { "@type": "Brand", name: business.data.nama_usaha },
    offers: {
      "@type": "AggregateOffer",
      priceCurrency: "IDR",
      lowPrice: product.harga_min,
      highPrice: product.harga_maks ?? product.harga_min,
      ...(site.urls.address ? { offeredBy: businessIdOf(site, business) } : {}),
    },
  };
}

/** The JSON-LD graph of a page, or undefined for pages search engines are told not to index. */
export function structuredData(
  site: SiteModel,
  page: Page,
  image: string | undefined,
): Json | undefined {
  if (
    kindInfo(page.kind).noindex ||
    !("centre" in page || page.kind === "directory" || page.kind === "province")
  )
    return undefined;
  const lang = page.lang;
  const home = { name: t(lang, "directory"), path: site.urls.home(lang) };
  if (page.kind === "directory")
    return { "@context": "https://schema.org", ...centreList(site, site.graph.centres, lang) };
  if (page.kind === "province")
    return {
      "@context": "https://schema.org",
      "@graph": [
        centreList(site, page.province.centres, lang),
        ...breadcrumbs(site, [home, { name: page.province.name, path: page.path }]),
      ],
    };
  const centre = page.centre;
  const centreCrumb = {
    name: inLang(centre.text, lang).nama,
    path: site.urls.centre(lang, centre.slug),
  };
  const graph: Json[] = [];
  switch (page.kind) {
    case "centre":
    case "visit":
      graph.push(centrePlace(site, centre, lang, image));
      graph.push(
        ...breadcrumbs(
          site,
          page.kind === "centre"
            ? [home, centreCrumb]
            : [home, centreCrumb, { name: t(lang, "visit"), path: page.path }],
        ),
      );
      break;
    case "businesses":
    case "events":
      graph.push(
        ...breadcrumbs(site, [
          home,
          centreCrumb,
          {
            name: page.kind === "businesses" ? t(lang, "businesses") : t(lang, "events"),
            path: page.path,
          },
        ]),
      );
      break;
    case "products":
      graph.push({
        "@type": "ItemList",
        itemListElement: page.products.map((entry, i) => ({
          "@type": "ListItem",
          position: i + 1,
          item: productData(site, entry.business, entry.index, lang),
        })),
      });
      graph.push(
        ...breadcrumbs(site, [home, centreCrumb, { name: t(lang, "products"), path: page.path }]),
      );
      break;
    case "business": {
      const d = page.business.data;
      const businessId = businessIdOf(site, page.business);
      graph.push({
        "@type": "LocalBusiness",
        ...businessId,
        name: d.nama_usaha,
        description: inLang(page.business.text, lang).ringkasan,
        ...absoluteField(site, "url", page.path),
        telephone: `+${d.whatsapp}`,
        address: address(centre),
        ...(site.urls.address
          ? {
              containedInPlace: absoluteField(
                site,
                "@id",
                site.urls.centre(defaultLanguage().code, centre.slug),
                "#sentra",
              ),
            }
          : {}),
        ...(image ? { image } : {}),
        ...(d.sejak ? { foundingDate: String(d.sejak) } : {}),
        ...sameAs([
          ...(d.instagram ? [SOCIAL_PLATFORMS.instagram.profile(d.instagram)] : []),
          ...d.marketplace.map((shop) => shop.url),
        ]),
      });
      graph.push(...d.produk.map((_, index) => productData(site, page.business, index, lang)));
      graph.push(
        ...breadcrumbs(site, [
          home,
          centreCrumb,
          { name: t(lang, "businesses"), path: site.urls.businesses(lang, centre.slug) },
          { name: d.nama_usaha, path: page.path },
        ]),
      );
      break;
    }
    case "event": {
      const event = page.event;
      const d = event.data;
      const text = inLang(event.text, lang);
      const location = {
        "@type": "Place",
        name: text.tempat ?? inLang(centre.text, lang).nama,
        address: address(centre),
      };
      graph.push({
        "@type": "Event",
        name: text.judul,
        description: text.ringkasan,
        ...absoluteField(site, "url", page.path),
        startDate: offsetIso(d.mulai, event.zone),
        endDate: offsetIso(d.selesai, event.zone),
        eventStatus: STATUS[d.status],
        eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
        location,
        organizer: {
          "@type": "Organization",
          name: centre.data.pengelola,
          ...(centre.data.pengelola_url ? { url: centre.data.pengelola_url } : {}),
        },
        offers: {
          "@type": "Offer",
          price: d.biaya,
          priceCurrency: "IDR",
          ...absoluteField(site, "url", page.path),
          availability:
            d.status === "dibatalkan" ? "https://schema.org/SoldOut" : "https://schema.org/InStock",
        },
        ...(d.kapasitas ? { maximumAttendeeCapacity: d.kapasitas } : {}),
        ...(image ? { image } : {}),
        ...(site.graph.featuredIn(event).length
          ? {
              performer: site.graph
                .featuredIn(event)
                .map((b) => ({ "@type": "Organization", name: b.data.nama_usaha })),
            }
          : {}),
        ...(d.susunan_acara.length ? { subEvent: subEvents(site, event, lang, location) } : {}),
      });
      graph.push(
        ...breadcrumbs(site, [
          home,
          centreCrumb,
          { name: t(lang, "events"), path: site.urls.events(lang, centre.slug) },
          { name: text.judul, path: page.path },
        ]),
      );
      break;
    }
  }
  return { "@context": "https://schema.org", "@graph": graph };
}

/** JSON for inside a `<script>` element: `<` is escaped so no text can close the element. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
