/** Writes the stylesheet under its content-hashed name (see scripts/site/stylesheet.ts). */
import type { SiteModel } from "../scripts/site/model.ts";

export const data = {
  permalink: (data: { etalase: SiteModel }) => data.etalase.stylesheet.path,
  eleventyExcludeFromCollections: true,
};

export function render(data: { etalase: SiteModel }): string {
  return data.etalase.stylesheet.css;
}
