/** Writes the stylesheet and the search script under their content-hashed names (scripts/site/assets.ts). */
import type { Asset } from "../scripts/site/assets.ts";
import type { SiteModel } from "../scripts/site/model.ts";

interface TemplateData {
  readonly etalase: SiteModel;
  readonly asset: Asset;
}

export const data = {
  pagination: {
    data: "etalase.assetList",
    size: 1,
    alias: "asset",
    addAllPagesToCollections: false,
  },
  permalink: (data: TemplateData) => data.asset.path,
  eleventyExcludeFromCollections: true,
};

export function render(data: TemplateData): string {
  return data.asset.text;
}
