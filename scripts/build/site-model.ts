import { loadContent } from "../content/load.ts";
import { ContentProblemsError } from "../problems/problem.ts";
import { SiteModel } from "../site/model.ts";
import { buildNow } from "../site/time.ts";
import { Urls } from "../site/urls.ts";

export interface SiteOptions {
  readonly contentDir: string;
  readonly projectRoot?: string;
  readonly pathPrefix?: string;
  /** Pinned "now" for upcoming/past; defaults to ETALASE_NOW or the clock. */
  readonly now?: number;
}

/** Loads, validates and links the content; throws every problem at once if there is any. */
export async function loadSiteModel(options: SiteOptions): Promise<SiteModel> {
  const loaded = await loadContent(options.contentDir, options.projectRoot ?? process.cwd());
  if (!loaded.graph) throw new ContentProblemsError(loaded.problems);
  return new SiteModel(loaded.graph, new Urls(options.pathPrefix), options.now ?? buildNow());
}
