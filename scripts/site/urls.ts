/**
 * Every address of the site, in one place. The first language at the root, each other one under
 * its prefix (`en/`) with its own section names, all from the list of languages
 * (scripts/content/languages.ts; docs/quality.md, "Pages and addresses"). Templates build links only through this.
 */
import { language, SECTION_NAMES, type Lang } from "../content/languages.ts";

/** Each active language's words in addresses (`pengrajin`, `artisans`), by language code. */
export { SECTION_NAMES };

const sections = (lang: Lang) => language(lang).sections;

/** Open data for registries: language-neutral, one folder for the whole site. */
export const DATA_FOLDER = "data/";

/** Page 2 and on of a centre's list, inside the list's folder: `halaman/2/`; page 1 is the folder itself. */
function listPage(lang: Lang, pageNumber: number): string {
  return pageNumber > 1 ? `${sections(lang).page}/${pageNumber}/` : "";
}

/**
 * The absolute form of the site's addresses. Only a build that knows where the site is served has
 * one (scripts/site/site-address.ts): nothing absolute is guessed, so no page, feed, calendar or
 * printed QR code can carry a wrong host.
 */
export interface SiteAddress {
  /** Scheme and host, e.g. `https://sentra.example.go.id`. */
  readonly origin: string;
  /** The full address of a path inside the site, e.g. `https://tapis.example.id/en/`. */
  absolute(path: string): string;
}

/** Characters a path may hold as they are (RFC 3986 `pchar` and `/`); any other is percent-encoded. */
const UNSAFE_IN_PATH = /[^A-Za-z0-9\-._~!$&'()*+,;=:@/%]+/g;
/** Half of a UTF-16 surrogate pair without its other half, which no URL can encode. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export class Urls {
  /** `/` normally; `/repo/` for a GitHub Pages project site. Always starts and ends with `/`. */
  readonly prefix: string;

  /** Where the site is served, or undefined when the build was given no site address. */
  readonly address: SiteAddress | undefined;

  /**
   * `siteUrl` is an address already checked (scripts/site/site-address.ts). The prefix is
   * percent-encoded outside the characters a URL path holds as they are, so no prefix can add a
   * line to robots.txt or a calendar, or leave an attribute.
   */
  constructor(prefix = "/", siteUrl?: string) {
    const inner = prefix
      .replace(LONE_SURROGATE, "\ufffd")
      .replace(/^\/+|\/+$/g, "")
      .replace(UNSAFE_IN_PATH, encodeURIComponent);
    this.prefix = `/${inner}/`.replace("//", "/");
    if (siteUrl === undefined) {
      this.address = undefined;
    } else {
      const origin = new URL(siteUrl).origin;
      this.address = { origin, absolute: (path) => origin + this.link(path) };
    }
  }

  /** A path inside the site (`tapis/acara/`) as a link with the prefix (`/tapis/acara/`). */
  link(path: string): string {
    return this.prefix + path.replace(/^\/+/, "");
  }

  /**
   * Staff link to other pages from the site's root in Markdown (`/tapis-bandarlampung/acara/`);
   * under a prefix those links get it, like every link the templates write. The HTML comes from
   * markdown-it, which always quotes attribute values with `"`.
   */
  prefixRootLinks(html: string): string {
    return this.prefix === "/" ? html : html.replace(/ href="\/(?!\/)/g, ` href="${this.prefix}`);
  }

  home(lang: Lang): string {
    return language(lang).prefix;
  }
  centre(lang: Lang, centre: string): string {
    return `${this.home(lang)}${centre}/`;
  }
  /**
   * The centre's businesses; a long list has more pages, `pengrajin/halaman/2/`, in a folder of
   * their own so no business slug can take a page's address.
   */
  businesses(lang: Lang, centre: string, pageNumber = 1): string {
    return `${this.centre(lang, centre)}${sections(lang).businesses}/${listPage(lang, pageNumber)}`;
  }
  business(lang: Lang, centre: string, slug: string): string {
    return `${this.businesses(lang, centre)}${slug}/`;
  }
  /** The centre's events; a long list has more pages, `acara/halaman/2/`, as for businesses. */
  events(lang: Lang, centre: string, pageNumber = 1): string {
    return `${this.centre(lang, centre)}${sections(lang).events}/${listPage(lang, pageNumber)}`;
  }
  event(lang: Lang, centre: string, slug: string): string {
    return `${this.events(lang, centre)}${slug}/`;
  }
  visit(lang: Lang, centre: string): string {
    return `${this.centre(lang, centre)}${sections(lang).visit}/`;
  }
  /** A subscribable calendar of every event of the centre. */
  centreCalendar(lang: Lang, centre: string): string {
    return `${this.centre(lang, centre)}${sections(lang).calendar}`;
  }
  /** One event as a calendar file, beside the event's own folder: `tapis/acara/<slug>.ics`. */
  eventCalendar(lang: Lang, centre: string, slug: string): string {
    return `${this.events(lang, centre)}${slug}.ics`;
  }
  /**
   * The centre's products, all or of one category (`produk/kain/`); a long list has more pages
   * (`produk/halaman/2/`, `produk/kain/halaman/2/`). Categories are the schema's words, the same in
   * every language, and none is a page word.
   */
  products(lang: Lang, centre: string, category?: string, pageNumber = 1): string {
    return `${this.centre(lang, centre)}${sections(lang).products}/${category ? `${category}/` : ""}${listPage(lang, pageNumber)}`;
  }
  /** The staff's page of the centre's sheets to print: its poster and every booth card. */
  print(lang: Lang, centre: string): string {
    return `${this.centre(lang, centre)}${sections(lang).print}/`;
  }
  /** The centre's Atom feed of events. */
  feed(lang: Lang, centre: string): string {
    return `${this.centre(lang, centre)}feed.xml`;
  }
  /** The printable A6 card for a business's booth. */
  boothCard(lang: Lang, centre: string, slug: string): string {
    return `${this.business(lang, centre, slug)}${sections(lang).card}/`;
  }
  /** The printable A4 poster of the centre. */
  poster(lang: Lang, centre: string): string {
    return `${this.centre(lang, centre)}poster/`;
  }
  search(lang: Lang): string {
    return `${this.home(lang)}${sections(lang).search}/`;
  }
  /** A province's centres; a large province has more pages: `provinsi/jawa-timur/2/`. */
  province(lang: Lang, province: string, pageNumber = 1): string {
    return `${this.home(lang)}${sections(lang).province}/${province}/${pageNumber > 1 ? `${pageNumber}/` : ""}`;
  }
  /** Open data, e.g. `data("businesses.csv")`. */
  data(file: string): string {
    return `${DATA_FOLDER}${file}`;
  }
}
