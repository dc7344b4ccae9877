/**
 * Which look a page takes from its centre: the class of a named theme on <body>, or the address
 * of the centre's own colour stylesheet (templates/centre-colours.11ty.ts). Site-wide pages keep
 * the default colours of site.css.
 */
import type { CentreNode } from "../../scripts/content/graph.ts";
import { defaultLanguage } from "../../scripts/content/languages.ts";
import type { Page } from "../../scripts/site/pages.ts";
import type { Urls } from "../../scripts/site/urls.ts";
import { customColourCss, customColourFile } from "../../scripts/site/themes.ts";

export function themeClass(page: Page): string | undefined {
  return "centre" in page && page.centre.data.tema ? `tema-${page.centre.data.tema}` : undefined;
}

/** The stylesheet of a centre's own colours, or undefined when it has none. */
export function centreColours(centre: CentreNode): { css: string; file: string } | undefined {
  const { warna_utama: main, warna_aksen: accent } = centre.data;
  if (!main || !accent) return undefined;
  const css = customColourCss(main, accent);
  return { css, file: customColourFile(css) };
}

/** Path inside the site of a centre's colour stylesheet: one per centre, beside its home page. */
export function centreColoursPath(urls: Urls, centre: CentreNode): string | undefined {
  const colours = centreColours(centre);
  return colours && `${urls.centre(defaultLanguage().code, centre.slug)}${colours.file}`;
}

export function themeStylesheet(urls: Urls, page: Page): string | undefined {
  return "centre" in page ? centreColoursPath(urls, page.centre) : undefined;
}
