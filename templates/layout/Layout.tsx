import type { ComponentChildren } from "preact";
import type { Page } from "../../scripts/site/pages.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import { t } from "../lib/words.ts";

interface Crumb {
  readonly label: string;
  readonly path: string;
}

interface LayoutProps {
  readonly site: SiteModel;
  readonly page: Page;
  readonly title: string;
  readonly description: string;
  readonly crumbs?: readonly Crumb[];
  readonly children: ComponentChildren;
}

/** Centre pages share a menu; `current` marks the section the page belongs to. */
function CentreMenu({ site, page }: { site: SiteModel; page: Page }) {
  if (!("centre" in page)) return null;
  const { lang } = page;
  const c = page.centre.slug;
  const items = [
    { key: "centre", label: t(lang, "overview"), path: site.urls.centre(lang, c) },
    { key: "businesses", label: t(lang, "businesses"), path: site.urls.businesses(lang, c) },
    { key: "events", label: t(lang, "events"), path: site.urls.events(lang, c) },
    { key: "visit", label: t(lang, "visit"), path: site.urls.visit(lang, c) },
  ];
  const section = page.kind === "business" ? "businesses" : page.kind === "event" ? "events" : page.kind;
  return (
    <nav class="centre-menu" aria-label={t(lang, "sectionNav")}>
      <p class="centre-menu__name">{page.centre.text[lang].nama}</p>
      <ul>
        {items.map((item) => (
          <li>
            <a href={site.urls.link(item.path)} aria-current={item.key === section ? "page" : undefined}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function Layout({ site, page, title, description, crumbs = [], children }: LayoutProps) {
  const { lang } = page;
  const other = lang === "id" ? "en" : "id";
  const fullTitle = page.kind === "directory" ? title : `${title} · ${t(lang, "siteName")}`;
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <meta name="description" content={description} />
        <link rel="stylesheet" href={site.urls.link(site.stylesheet.path)} />
        {page.kind !== "notFound" && <link rel="alternate" hreflang={other} href={site.urls.link(page.alternatePath)} />}
      </head>
      <body>
        <a class="skip-link" href="#isi">
          {t(lang, "skip")}
        </a>
        <header class="site-header">
          <div class="wrap site-header__bar">
            <a class="brand" href={site.urls.link(site.urls.home(lang))}>
              {t(lang, "siteName")}
            </a>
            {page.kind !== "notFound" && (
              <a class="lang-switch" href={site.urls.link(page.alternatePath)} hreflang={other} lang={other} title={t(lang, "switchLabel")}>
                {t(lang, "switchTo")}
              </a>
            )}
          </div>
          <div class="wrap">
            <CentreMenu site={site} page={page} />
          </div>
        </header>
        <main id="isi" class="wrap">
          {crumbs.length > 0 && (
            <nav aria-label={t(lang, "breadcrumb")} class="crumbs">
              <ol>
                {crumbs.map((crumb) => (
                  <li>
                    <a href={site.urls.link(crumb.path)}>{crumb.label}</a>
                  </li>
                ))}
                <li aria-current="page">{title}</li>
              </ol>
            </nav>
          )}
          {children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            {"centre" in page && (
              <p>
                {t(lang, "managedBy")} {page.centre.data.pengelola}
              </p>
            )}
            <p>{t(lang, "footer")}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
