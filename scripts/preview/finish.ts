/**
 * What `npm start` adds after each rebuild so the preview is the published site: the photos the
 * rendered pages use, copied into `/img/` from the image cache; the removal of files the rendered
 * centres no longer have (scripts/preview/stale-files.ts); and the search index (Pagefind),
 * written in the background after the "updated" line (scripts/preview/background-search.ts). A
 * build does the same in its own steps (scripts/pipeline/render-parts.ts, scripts/pipeline/build.ts).
 */
import type { UserConfig } from "@11ty/eleventy";
import { copyFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { imageCacheDir } from "../pipeline/site-model.ts";
import type { SiteModel } from "../site/model.ts";
import { BackgroundSearch } from "./background-search.ts";
import { OutputFiles, type WrittenResult } from "./stale-files.ts";

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
  /** How many content problems the last load had: then the pages are the last good ones. */
  problems: () => number,
  search = new BackgroundSearch(),
): void {
  const outputs = new OutputFiles();
  config.on("eleventy.after", async (info) => {
    const site = await latest();
    const out = info.directories.output;
    const cache = imageCacheDir({ contentDir });
    await mkdir(join(out, "img"), { recursive: true });
    await Promise.all(
      site.photos.files.map((name) => copyFile(join(cache, name), join(out, "img", name))),
    );
    // https://www.11ty.dev/docs/events/#eventeleventyafter: `results` holds every written template.
    const results = (info as { results?: readonly WrittenResult[] }).results ?? [];
    const centres = site.graph.centres.map((centre) => centre.slug);
    await outputs.rendered(out, site.share, centres, results);
    if (problems()) return; // the last good pages: their index is already written
    const changed = site.share.centres ?? "all";
    search.request({ outDir: out, urls: site.urls, centres, changed });
  });
}
