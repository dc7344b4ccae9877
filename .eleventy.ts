/**
 * Eleventy wiring, and nothing else. `configureEleventy` is the one configuration every render
 * uses: each batch of centres and the site-wide pages of `npm run build`, shards and merge
 * (scripts/pipeline/eleventy-run.ts), and `npm start` (the default export below). Add a plugin, a
 * filter or a transform there and it takes effect everywhere.
 */
import type { UserConfig } from "@11ty/eleventy";
import { relative, resolve } from "node:path";
import { writeSiteWideFiles } from "./scripts/pipeline/site-wide-files.ts";
import type { SiteModel } from "./scripts/site/model.ts";
import { LastGood } from "./scripts/preview/last-good.ts";
import { PartialSite } from "./scripts/preview/partial-site.ts";
import { watchChanges } from "./scripts/preview/watch.ts";
import { previewAdmin } from "./scripts/preview/admin.ts";
import { finishPreview } from "./scripts/preview/finish.ts";
import { quietPreview } from "./scripts/preview/quiet.ts";
import { cmsOptionsFor } from "./scripts/cms/centres.ts";

export const TEMPLATES_DIR = "templates";

export interface EleventyOptions {
  /** Told the sitemap and open-data files once they are written (the build counts its files). */
  readonly siteFilesWritten?: (files: readonly string[]) => void;
  /**
   * The model the sitemap and open data are written from, when it is not the rendered one: the
   * preview renders the centres a save changed, but these files list the whole site.
   */
  readonly siteFilesFrom?: () => SiteModel | undefined;
}

/**
 * `site`: the model to render (a build's share of the site), or a function loading it anew for
 * each rebuild (the preview). Returns the model of the latest run.
 */
export function configureEleventy(
  config: UserConfig,
  site: SiteModel | (() => Promise<SiteModel>),
  options: EleventyOptions = {},
): () => Promise<SiteModel> {
  // Templates are `.11ty.tsx`, imported through tsx and rendered like `.11ty.js` ones.
  config.addExtension(["11ty.tsx", "11ty.ts"], { key: "11ty.js" });
  config.setTemplateFormats(["11ty.tsx", "11ty.ts"]);
  // Each written file comes back with the centre that owns it and its page's kind (scripts/site/pages.ts).
  config.dataFilterSelectors.add("route.owner");
  config.dataFilterSelectors.add("route.kind");
  let current: Promise<SiteModel> =
    typeof site === "function" ? new Promise(() => {}) : Promise.resolve(site);
  config.addGlobalData("etalase", () =>
    typeof site === "function" ? (current = site()) : current,
  );
  // A batch of centres writes none of the site-wide files.
  if (typeof site === "function" || site.share.siteWide) {
    // Files served as they are at the site root: `_headers`, the icon.
    config.addPassthroughCopy({ [`${TEMPLATES_DIR}/static`]: "/" });
    config.on("eleventy.after", async ({ directories }) => {
      const model = options.siteFilesFrom?.() ?? (await current);
      const files = await writeSiteWideFiles(model, directories.output);
      options.siteFilesWritten?.(files);
    });
  }
  return () => current;
}

export default function (config: UserConfig) {
  const contentDir = process.env.ETALASE_CONTENT ?? "content";
  // After a save, only the centres it changed are loaded and rendered again (scripts/preview/).
  const site = new PartialSite({ contentDir });
  watchChanges(config, contentDir, (files) => site.changed(files));
  // A content problem keeps the last good pages up, with the report on top.
  const preview = new LastGood(
    () => site.load(),
    () => config.directories.output,
    (good) => site.lastGood(good),
  );
  const latest = configureEleventy(config, () => preview.current(), {
    siteFilesFrom: () => site.siteFiles(),
  });
  // The CMS at /admin/, written again only when the content's files change.
  previewAdmin(
    config,
    () => cmsOptionsFor(contentDir),
    () => site.listing,
  );
  config.addTransform("etalase-problems", function (content) {
    return preview.transform(content, this.page.outputPath);
  });
  // Photos and the search index, as `npm run build` writes them; one after-step after another, so
  // the preview's "updated" line comes when the pages, files and photos are there (the search
  // index follows in the background).
  config.setEventEmitterMode("sequential");
  finishPreview(config, latest, contentDir, () => preview.problemCount);
  // Relative: Eleventy 3.1 does not see changes under an absolute watch target.
  config.addWatchTarget(relative(process.cwd(), resolve(contentDir)));
  quietPreview(config, () => preview.problemCount);
  return { dir: { input: TEMPLATES_DIR, output: "_site" } };
}
