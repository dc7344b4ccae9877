/**
 * The one stylesheet, named by a hash of its content, so hosts can cache it for a year
 * (`_headers`) and a changed file always gets a new name.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface Stylesheet {
  /** Path inside the site, e.g. `assets/site.3f9a1c2b.css`. */
  readonly path: string;
  readonly css: string;
}

const SOURCE = fileURLToPath(new URL("../../templates/site.css", import.meta.url));

export function readStylesheet(): Stylesheet {
  const css = readFileSync(SOURCE, "utf8");
  const hash = createHash("sha256").update(css).digest("hex").slice(0, 10);
  return { path: `assets/site.${hash}.css`, css };
}
