/**
 * Eleventy wiring, and nothing else: the TypeScript templates, the static files, and the site model.
 * `scripts/build/render.ts` calls `configureEleventy` with a model it has already validated;
 * run directly (`eleventy --config=.eleventy.ts`, as `npm start` does) it loads content itself.
 */
import type { UserConfig } from "@11ty/eleventy";
import { loadSiteModel } from "./scripts/build/site-model.ts";
import type { SiteModel } from "./scripts/site/model.ts";
import { addAdminToEleventy } from "./scripts/cms/admin.ts";
import { LastGood } from "./scripts/preview/last-good.ts";
import { quietPreview } from "./scripts/preview/quiet.ts";
import { cmsOptionsFor } from "./scripts/cms/centres.ts";
import type { CmsOptions } from "./scripts/cms/config.ts";

export const TEMPLATES_DIR = "templates";

export interface EleventyOptions {
  /** Adds the CMS at /admin/ (scripts/cms/), configured for these centres. */
  readonly admin?: () => Promise<CmsOptions>;
}

export function configureEleventy(config: UserConfig, site: SiteModel | (() => Promise<SiteModel>), options: EleventyOptions = {}): void {
  // Templates are `.11ty.tsx`, imported through tsx and rendered like `.11ty.js` ones.
  config.addExtension(["11ty.tsx", "11ty.ts"], { key: "11ty.js" });
  config.setTemplateFormats(["11ty.tsx", "11ty.ts"]);
  // Files served as they are at the site root: `_headers`.
  config.addPassthroughCopy({ [`${TEMPLATES_DIR}/static`]: "/" });
  config.addGlobalData("etalase", site);
  if (options.admin) addAdminToEleventy(config, options.admin);
}

export default function (config: UserConfig) {
  const contentDir = process.env.ETALASE_CONTENT ?? "content";
  // A content problem keeps the last good pages up, with the report on top (scripts/preview/).
  const preview = new LastGood(() => loadSiteModel({ contentDir }), () => config.directories.output);
  configureEleventy(config, () => preview.current(), { admin: () => cmsOptionsFor(contentDir) });
  config.addTransform("etalase-problems", function (content) {
    return preview.transform(content, this.page.outputPath);
  });
  config.addWatchTarget(contentDir);
  quietPreview(config, () => preview.problemCount);
  return { dir: { input: TEMPLATES_DIR, output: "_site" } };
}
