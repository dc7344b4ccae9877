/**
 * The site's own static assets, the stylesheet and the search script, each named by a hash of
 * its content, so hosts can cache them for a year (`_headers`) and a changed file always gets a
 * new name.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface Asset {
  /** Path inside the site, e.g. `assets/site.3f9a1c2b.css`. */
  readonly path: string;
  readonly text: string;
}

function readAsset(source: string, name: string, extension: string): Asset {
  const text = readFileSync(
    fileURLToPath(new URL(`../../templates/${source}`, import.meta.url)),
    "utf8",
  );
  const hash = createHash("sha256").update(text).digest("hex").slice(0, 10);
  return { path: `assets/${name}.${hash}.${extension}`, text };
}

export interface Assets {
  readonly stylesheet: Asset;
  /** Runs only on the search pages: it asks Pagefind's index and lists the results. */
  readonly searchScript: Asset;
}

export function readAssets(): Assets {
  return {
    stylesheet: readAsset("site.css", "site", "css"),
    searchScript: readAsset("client/search.js", "search", "js"),
  };
}
