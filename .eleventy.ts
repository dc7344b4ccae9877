/**
 * Eleventy wiring, and nothing else: the TypeScript templates, the static files, and the site model.
 * `scripts/build/render.ts` calls `configureEleventy` with a model it has already validated;
 * run directly (`eleventy --config=.eleventy.ts`, as `npm start` does) it loads content itself.
 */
import type { UserConfig } from "@11ty/eleventy";
import { loadSiteModel } from "./scripts/build/site-model.ts";
import { ContentProblemsError } from "./scripts/problems/problem.ts";
import { bilingual } from "./scripts/problems/problem.ts";
import { formatReport } from "./scripts/problems/report.ts";
import type { SiteModel } from "./scripts/site/model.ts";
import { addAdminToEleventy } from "./scripts/cms/admin.ts";
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

/** Loads the content for a preview; problems are printed for people, then fail this rebuild only. */
async function loadForPreview(): Promise<SiteModel> {
  try {
    return await loadSiteModel({ contentDir: process.env.ETALASE_CONTENT ?? "content" });
  } catch (error) {
    if (error instanceof ContentProblemsError) process.stderr.write(formatReport(error.problems, { headline: bilingual("Pratinjau belum diperbarui", "Preview not updated"), after: bilingual("Halaman terakhir yang benar tetap tampil.", "The last good pages stay on screen.") }));
    throw error;
  }
}

export default function (config: UserConfig) {
  const contentDir = process.env.ETALASE_CONTENT ?? "content";
  configureEleventy(config, loadForPreview, { admin: () => cmsOptionsFor(contentDir) });
  config.addWatchTarget(contentDir);
  return { dir: { input: TEMPLATES_DIR, output: "_site" } };
}
