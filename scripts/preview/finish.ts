/**
 * What `npm start` adds after each rebuild so the preview is the published site: the photos the
 * pages use, copied into `/img/` from the image cache, and the search index (Pagefind). A build
 * does the same in its own steps (scripts/pipeline/render-parts.ts, scripts/pipeline/build.ts).
 */
import type { UserConfig } from "@11ty/eleventy";
import { copyFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { imageCacheDir } from "../pipeline/site-model.ts";
import { indexSearch } from "../pipeline/search-parts.ts";
import type { SiteModel } from "../site/model.ts";

declare module "@11ty/eleventy" {
  interface UserConfig {
    /** "sequential": event handlers run one after another, in the order they were added. */
    setEventEmitterMode(mode: "parallel" | "sequential"): void;
  }
}

export function finishPreview(
  config: UserConfig,
  latest: () => Promise<SiteModel>,
  contentDir: string,
): void {
  config.on("eleventy.after", async ({ directories }) => {
    const site = await latest();
    const out = directories.output;
    const cache = imageCacheDir({ contentDir });
    await mkdir(join(out, "img"), { recursive: true });
    await Promise.all(
      site.photos.files.map((name) => copyFile(join(cache, name), join(out, "img", name))),
    );
    await indexSearch(
      out,
      site.graph.centres.map((centre) => centre.slug),
      site.urls,
    );
  });
}
