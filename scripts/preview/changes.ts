/**
 * Which part of the site a saved file changes, from its path alone, so the live preview
 * (`npm start`) renders only that part. A business's or an event's file, or a photo of one,
 * changes its centre's pages (links never cross a centre). Everything else changes every page:
 * a centre's index file or photos (every page lists the centres), a centre added or removed, a
 * file outside any centre folder, a template or the configuration.
 */
import { isAbsolute, relative, resolve, sep } from "node:path";
import { PHOTO_FOLDER, SECTION_FOLDERS } from "../content/discover.ts";

export interface Changes {
  /** Every page must be rendered again. */
  readonly whole: boolean;
  /** The centres whose own files changed (when not `whole`). */
  readonly centres: ReadonlySet<string>;
}

/**
 * A centre's own photos are shown on every page that lists it; `centrePhotos(slug)` names them as
 * the content does (`foto/…`), or is undefined for a centre the last render did not have.
 */
export type CentrePhotos = (slug: string) => ReadonlySet<string> | undefined;

/**
 * The path inside the content folder, or undefined outside it. The content folder is watched by a
 * relative path (`.eleventy.ts`), and Eleventy reports a file under it with every leading `../`
 * dropped: `../etalase-test-x/content` is watched, `./etalase-test-x/content/…` comes back.
 */
function insideContent(changed: string, contentDir: string): string[] | undefined {
  const watched = relative(process.cwd(), contentDir)
    .split(sep)
    .filter((part) => part !== "..");
  const reported = changed.replace(/^(\.\.?\/)+/, "").split("/");
  const prefixed = watched.every((part, i) => reported[i] === part);
  if (prefixed && reported.length > watched.length) return reported.slice(watched.length);
  const inside = relative(contentDir, resolve(changed));
  if (inside && !inside.startsWith("..") && !isAbsolute(inside)) return inside.split(sep);
  return undefined;
}

/** What one changed path touches: a centre's slug, or "whole". */
function touched(changed: string, contentDir: string, centrePhotos: CentrePhotos): string {
  const parts = insideContent(changed, contentDir);
  if (!parts || parts.length < 3) return "whole"; // outside, a centre folder, or its index file
  const [slug, folder, ...rest] = parts as [string, string, ...string[]];
  const known = centrePhotos(slug);
  if (!known) return "whole"; // a centre the last render did not have
  if (folder in SECTION_FOLDERS) return slug;
  if (folder === PHOTO_FOLDER) return known.has([folder, ...rest].join("/")) ? "whole" : slug;
  return "whole";
}

/** What the changed files (as Eleventy's `eleventy.beforeWatch` names them) touch. */
export function changesOf(
  paths: readonly string[],
  contentDir: string,
  centrePhotos: CentrePhotos,
): Changes {
  const centres = new Set<string>();
  const root = resolve(contentDir);
  for (const path of paths) {
    const what = touched(path, root, centrePhotos);
    if (what === "whole") return { whole: true, centres: new Set() };
    centres.add(what);
  }
  return { whole: false, centres };
}
