import { join, resolve } from "node:path";
import { loadContent } from "../content/load.ts";
import { checkPhotos, processPhotos } from "../images/process.ts";
import { ContentProblemsError } from "../problems/problem.ts";
import { SiteModel } from "../site/model.ts";
import { buildNow } from "../site/time.ts";
import {
  NO_SITE_ADDRESS_WARNING,
  resolveSiteAddress,
  SiteAddressError,
} from "../site/site-address.ts";
import { loadSettings } from "../site/settings.ts";
import { Urls } from "../site/urls.ts";

export interface SiteOptions {
  readonly contentDir: string;
  readonly projectRoot?: string;
  readonly pathPrefix?: string;
  /**
   * Where the site will be served, e.g. https://sentra.example.go.id (the `--site-url` flag); else
   * ETALASE_SITE_URL or the host's own variable (scripts/site/site-address.ts); else none.
   */
  readonly siteUrl?: string;
  /** Where encoded photos are kept between builds; default `.cache/images` in the project. */
  readonly imageCacheDir?: string;
  /** Pinned "now" for upcoming/past; defaults to ETALASE_NOW or the clock. */
  readonly now?: number;
}

export function imageCacheDir(options: SiteOptions): string {
  return resolve(
    options.projectRoot ?? process.cwd(),
    options.imageCacheDir ?? process.env.ETALASE_IMAGE_CACHE ?? join(".cache", "images"),
  );
}

/**
 * The build's site address, or undefined when no setting gives one (with a warning on stderr when
 * `warn`). A setting that gives a bad one throws SiteAddressError.
 */
export function siteAddressFor(
  flag: string | undefined,
  warn: boolean,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const resolved = resolveSiteAddress(flag, env, loadSettings());
  if (resolved.problem) throw new SiteAddressError(resolved.problem);
  if (!resolved.url && warn)
    process.stderr.write(`⚠ ${NO_SITE_ADDRESS_WARNING.id}\n⚠ ${NO_SITE_ADDRESS_WARNING.en}\n`);
  return resolved.url;
}

/**
 * Loads, validates and links the content, then checks and encodes its photos. Throws every
 * problem at once if there is any, before a single page is rendered.
 */
export async function loadSiteModel(options: SiteOptions): Promise<SiteModel> {
  const projectRoot = options.projectRoot ?? process.cwd();
  // The preview (`npm start`) and the tests' reference renderer: no warning, the preview is never published.
  const siteUrl = siteAddressFor(options.siteUrl, false);
  const loaded = await loadContent(options.contentDir, projectRoot);
  const contentDir = resolve(projectRoot, options.contentDir);
  if (!loaded.graph)
    throw new ContentProblemsError([
      ...loaded.problems,
      ...(await checkPhotos(loaded.photoUses, contentDir)),
    ]);
  const photos = await processPhotos(loaded.photoUses, contentDir, imageCacheDir(options));
  if (photos.problems.length) throw new ContentProblemsError(photos.problems);
  return new SiteModel(
    loaded.graph,
    new Urls(options.pathPrefix, siteUrl),
    options.now ?? buildNow(),
    photos,
  );
}
