/**
 * The live preview renders only the centres that changed into an output folder that keeps every
 * other file, so a page its centre no longer has (a deleted business or event, a shorter list)
 * would stay there. This remembers which files each share of the last renders wrote (by the
 * owning centre, scripts/site/pages.ts `owner`; "" for the site-wide ones) and removes those a
 * share wrote before but not in its latest render, and every file of a centre that is gone.
 */
import { rm } from "node:fs/promises";
import { relative, resolve } from "node:path";
import type { Share } from "../site/model.ts";

/** One written file as Eleventy's `eleventy.after` reports it. */
export interface WrittenResult {
  readonly outputPath?: string | false;
  readonly data?: { readonly route?: { readonly owner?: string } };
}

const SITE_WIDE = "";

export class OutputFiles {
  /** Files relative to the output folder, by owner. */
  readonly #byOwner = new Map<string, Set<string>>();

  /**
   * Records a render of `share` (its `centres` absent: every centre of `allCentres`) and removes
   * the files it made stale from `outDir`; returns them, relative to `outDir`.
   */
  async rendered(
    outDir: string,
    share: Share,
    allCentres: readonly string[],
    results: readonly WrittenResult[],
  ): Promise<string[]> {
    const fresh = new Map<string, Set<string>>();
    for (const result of results) {
      if (typeof result.outputPath !== "string") continue;
      const owner = result.data?.route?.owner ?? SITE_WIDE;
      if (!fresh.has(owner)) fresh.set(owner, new Set());
      fresh.get(owner)!.add(relative(outDir, resolve(result.outputPath)));
    }
    const whole = share.centres === undefined;
    const owners = new Set([...(share.centres ?? allCentres)]);
    if (share.siteWide) owners.add(SITE_WIDE);
    // Every owner the last renders knew but this whole render did not: a centre removed.
    if (whole) for (const owner of this.#byOwner.keys()) owners.add(owner);
    const stale: string[] = [];
    for (const owner of owners) {
      const now = fresh.get(owner) ?? new Set<string>();
      for (const file of this.#byOwner.get(owner) ?? []) if (!now.has(file)) stale.push(file);
      if (now.size) this.#byOwner.set(owner, now);
      else this.#byOwner.delete(owner);
    }
    // A file now written by another owner (a page moved between shares) is not stale.
    const written = new Set([...fresh.values()].flatMap((files) => [...files]));
    const removed = stale.filter((file) => !written.has(file));
    await Promise.all(removed.map((file) => rm(resolve(outDir, file), { force: true })));
    return removed;
  }
}
