import { join, resolve } from "node:path";
import { loadContent } from "../content/load.ts";
import { checkPhotos, processPhotos } from "../images/process.ts";
import { ContentProblemsError } from "../problems/problem.ts";
import { SiteModel } from "../site/model.ts";
import { buildNow } from "../site/time.ts";
import { Urls } from "../site/urls.ts";

export interface SiteOptions {
  readonly contentDir: string;
  readonly projectRoot?: string;
  readonly pathPrefix?: string;
  /** Where the site will be served, e.g. https://sentra.example.go.id; default ETALASE_SITE_URL or localhost. */
  readonly siteUrl?: string;
  /** Where encoded photos are kept between builds; default `.cache/images` in the project. */
  readonly imageCacheDir?: string;
  /** Pinned "now" for upcoming/past; defaults to ETALASE_NOW or the clock. */
  readonly now?: number;
}

export function imageCacheDir(options: SiteOptions): string {
  return resolve(options.projectRoot ?? process.cwd(), options.imageCacheDir ?? process.env.ETALASE_IMAGE_CACHE ?? join(".cache", "images"));
}

/**
 * Loads, validates and links the content, then checks and encodes its photos. Throws every
 * problem at once if there is any, before a single page is rendered.
 */
export async function loadSiteModel(options: SiteOptions): Promise<SiteModel> {
  const projectRoot = options.projectRoot ?? process.cwd();
  const loaded = await loadContent(options.contentDir, projectRoot);
  const contentDir = resolve(projectRoot, options.contentDir);
  if (!loaded.graph) throw new ContentProblemsError([...loaded.problems, ...(await checkPhotos(loaded.photoUses, contentDir))]);
  const photos = await processPhotos(loaded.photoUses, contentDir, imageCacheDir(options));
  if (photos.problems.length) throw new ContentProblemsError(photos.problems);
  return new SiteModel(loaded.graph, new Urls(options.pathPrefix, options.siteUrl ?? process.env.ETALASE_SITE_URL), options.now ?? buildNow(), photos);
}
