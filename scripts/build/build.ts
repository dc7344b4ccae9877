/** One build: content → validated site model → pages in a staging folder → published output. */
import { resolve } from "node:path";
import { indexSite } from "../search/pagefind.ts";
import { publishAtomically } from "./publish.ts";
import { renderSite } from "./render.ts";
import { imageCacheDir, loadSiteModel, type SiteOptions } from "./site-model.ts";

export interface BuildOptions extends SiteOptions {
  readonly outDir: string;
}

export interface BuildSummary {
  readonly pages: number;
  readonly centres: number;
  readonly milliseconds: number;
}

export async function buildSite(options: BuildOptions): Promise<BuildSummary> {
  const started = performance.now();
  const projectRoot = options.projectRoot ?? process.cwd();
  const site = await loadSiteModel({ ...options, projectRoot });
  await publishAtomically(resolve(projectRoot, options.outDir), async (staging) => {
    await renderSite(site, staging, projectRoot, imageCacheDir({ ...options, projectRoot }));
    // The index is part of the site: it is written into the staging folder and published with it.
    await indexSite(staging);
  });
  return { pages: site.pages.length, centres: site.graph.centres.length, milliseconds: performance.now() - started };
}
