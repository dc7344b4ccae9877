import { inLang } from "../../scripts/content/graph.ts";
import type { ComponentChildren } from "preact";
import type { Page } from "../../scripts/site/pages.ts";
import { kindInfo, MENU_KINDS } from "../../scripts/site/page-kinds.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import { pageMetaPolicy } from "../../scripts/site/headers-file.ts";
import { siteName } from "../../scripts/site/settings.ts";
import { fill, languageName, t } from "../lib/words.ts";
import { alternatesOf } from "../../scripts/site/alternates.ts";
import { language } from "../../scripts/content/languages.ts";
import { scriptSafeJson, shareImage, structuredData } from "../lib/seo.ts";
import { themeClass, themeStylesheet } from "../lib/theme.ts";
import { IllustrationNotice, IllustrationScope } from "../components/IllustrationNotice.tsx";
import { isIndexed } from "../lib/search.ts";
import { SearchData } from "../components/SearchData.tsx";

export interface Crumb {
  readonly label: string;
  readonly path: string;
}

interface LayoutProps {
  readonly site: SiteModel;
  readonly page: Page;
  readonly title: string;
  readonly description: string;
  readonly crumbs?: readonly Crumb[];
  /** The breadcrumb's last item, the page itself: its title unless given. */
  readonly here?: string;
  readonly children: ComponentChildren;
}

/**
 * Centre pages share a menu of the kinds the registry puts in it (scripts/site/page-kinds.ts);
 * `aria-current` marks the item the page is under. The centre's name is
 * in the breadcrumb and the heading just below, so the header stays short on a phone.
 */
function CentreMenu({ site, page }: { site: SiteModel; page: Page }) {
  if (!("centre" in page)) return null;
  const { lang } = page;
  const c = page.centre.slug;
  const items = MENU_KINDS.map((kind) => ({
    key: kind,
    label: t(lang, kindInfo(kind).word!),
    path: kindInfo(kind).menuPath!(site.urls, lang, c),
  }));
  const section = kindInfo(page.kind).menu;
  return (
    <nav class="centre-menu" aria-label={t(lang, "sectionNav")}>
      <ul>
        {items.map((item) => (
          <li>
            <a
              href={site.urls.link(item.path)}
              aria-current={item.key === section ? "page" : undefined}
            >
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * Canonical and language alternates, Open Graph and Twitter cards, and JSON-LD. The links and
 * og:url/og:image must be absolute (Open Graph; Google for hreflang), so a build without a site
 * address leaves them out rather than guess a host.
 */
function SharingTags({
  site,
  page,
  title,
  description,
}: {
  site: SiteModel;
  page: Page;
  title: string;
  description: string;
}) {
  if (page.kind === "notFound") return <meta name="robots" content="noindex" />;
  const address = site.urls.address;
  const share = shareImage(site, page);
  const image = share?.url;
  const alternates = alternatesOf(site.urls, page);
  const data = structuredData(site, page, image);
  return (
    <>
      {kindInfo(page.kind).noindex && <meta name="robots" content="noindex" />}
      {address && (
        <>
          <link rel="canonical" href={address.absolute(page.path)} />
          {alternates.map((alternate) => (
            <link
              rel="alternate"
              hreflang={alternate.lang}
              href={address.absolute(alternate.path)}
            />
          ))}
          <link rel="alternate" hreflang="x-default" href={address.absolute(alternates[0]!.path)} />
        </>
      )}
      <meta property="og:type" content="website" />
      <meta property="og:site_name" content={siteName(t(page.lang, "siteName"))} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      {address && <meta property="og:url" content={address.absolute(page.path)} />}
      <meta property="og:locale" content={language(page.lang).locale.replace("-", "_")} />
      {share && (
        <>
          <meta property="og:image" content={share.url} />
          <meta property="og:image:width" content="1200" />
          <meta property="og:image:height" content="630" />
          <meta property="og:image:alt" content={share.alt} />
        </>
      )}
      <meta name="twitter:card" content={image ? "summary_large_image" : "summary"} />
      {data && (
        <script
          type="application/ld+json"
          dangerouslySetInnerHTML={{ __html: scriptSafeJson(data) }}
        />
      )}
    </>
  );
}

export function Layout({
  site,
  page,
  title,
  description,
  crumbs = [],
  here = title,
  children,
}: LayoutProps) {
  const { lang } = page;
  const others = alternatesOf(site.urls, page).filter((alternate) => alternate.lang !== lang);
  const fullTitle =
    page.kind === "directory" ? title : `${title} · ${siteName(t(lang, "siteName"))}`;
  return (
    <html lang={lang}>
      <head>
        {/* GitHub Pages sends no headers of ours: the page carries its policy itself (scripts/pipeline/scan.ts lets exactly this through). */}
        {pageMetaPolicy() && (
          <meta http-equiv="Content-Security-Policy" content={pageMetaPolicy()} />
        )}
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <meta name="description" content={description} />
        <link rel="stylesheet" href={site.urls.link(site.assets.stylesheet.path)} />
        {themeStylesheet(site.urls, page) && (
          <link rel="stylesheet" href={site.urls.link(themeStylesheet(site.urls, page)!)} />
        )}
        <link rel="icon" href={site.urls.link("/favicon.svg")} type="image/svg+xml" />
        {"centre" in page && (
          <link
            rel="alternate"
            type="application/atom+xml"
            title={`${t(lang, "feed")}: ${inLang(page.centre.text, lang).nama}`}
            href={site.urls.link(site.urls.feed(lang, page.centre.slug))}
          />
        )}
        <SharingTags site={site} page={page} title={title} description={description} />
      </head>
      <body class={themeClass(page)}>
        <a class="skip-link" href="#isi">
          {t(lang, "skip")}
        </a>
        <header class="site-header">
          <div class="wrap site-header__bar">
            <a class="brand" href={site.urls.link(site.urls.home(lang))}>
              {siteName(t(lang, "siteName"))}
            </a>
            {page.kind !== "search" && (
              <a class="search-link" href={site.urls.link(site.urls.search(lang))}>
                {t(lang, "search")}
              </a>
            )}
            {page.kind !== "notFound" &&
              others.map((other) => (
                <a
                  class="lang-switch"
                  href={site.urls.link(other.path)}
                  hreflang={other.lang}
                  lang={other.lang}
                  title={fill(lang, "readIn", { language: languageName(lang, other.lang) })}
                >
                  {language(other.lang).name}
                </a>
              ))}
          </div>
          <div class="wrap">
            <CentreMenu site={site} page={page} />
          </div>
        </header>
        <main id="isi" class="wrap" data-pagefind-body={isIndexed(page) ? "" : undefined}>
          <SearchData site={site} page={page} />
          {crumbs.length > 0 && (
            <nav aria-label={t(lang, "breadcrumb")} class="crumbs" data-pagefind-ignore>
              <ol>
                {crumbs.map((crumb) => (
                  <li>
                    <a href={site.urls.link(crumb.path)}>{crumb.label}</a>
                  </li>
                ))}
                <li aria-current="page">{here}</li>
              </ol>
            </nav>
          )}
          <IllustrationScope>
            {children}
            <IllustrationNotice lang={lang} />
          </IllustrationScope>
        </main>
        <footer class="site-footer">
          <div class="wrap">
            {"centre" in page && (
              <p>
                {t(lang, "managedBy")} {page.centre.data.pengelola}
              </p>
            )}
            <p>{t(lang, "footer")}</p>
            <p>
              <a href={site.urls.link(site.urls.data("centres.json"))}>{t(lang, "openData")}</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
