/**
 * What a build keeps of each rendered centre while it renders the others. The site-wide files
 * need every centre's businesses and events (the sitemap, the open data), and holding them in
 * memory made the build grow by about 1 MB a centre. So each centre's summary
 * (scripts/pipeline/render-parts.ts `CentreSummary`) is a file of its own, and the build holds only
 * a digest: where the file is and what it counts. The site-wide step reads the files one by one:
 * `summaryGraph` for the site-wide pages, `centreGraphsOf` for the sitemap and the open data.
 *
 * A build writes the files into SUMMARIES_FOLDER inside its staging folder and removes them before
 * publishing; a shard keeps them for the merge; a cached centre's summary stays in the cache.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import {
  ContentGraph,
  tallyOf,
  type BusinessTally,
  type CentreNode,
  type EventNode,
} from "../content/graph.ts";
import type { CentreGraphs } from "../site/model.ts";
import type { CentreSummary } from "./render-parts.ts";

export const SUMMARIES_FOLDER = ".etalase-summaries";

export interface CentreDigest {
  readonly slug: string;
  /** The centre's pages (HTML files). */
  readonly pages: number;
  /** The files written for the centre, but for photos (which centres can share, counted on disk). */
  readonly filesButPhotos: number;
  /** Absolute path of the summary. */
  readonly summary: string;
}

export function digestOf(summary: CentreSummary, path: string): CentreDigest {
  return {
    slug: summary.slug,
    pages: summary.pages,
    filesButPhotos: summary.files.filter((f) => !f.startsWith("img/")).length,
    summary: path,
  };
}

export async function readSummary(digest: Pick<CentreDigest, "summary">): Promise<CentreSummary> {
  return deserialize(await readFile(digest.summary)) as CentreSummary;
}

/** Writes summaries into `dir`, one file a centre. */
export class SummaryWriter {
  #made = false;
  constructor(readonly dir: string) {}

  async put(summary: CentreSummary): Promise<CentreDigest> {
    if (!this.#made) await mkdir(this.dir, { recursive: true });
    this.#made = true;
    const path = join(this.dir, `${summary.slug}.v8`);
    await writeFile(path, serialize(summary));
    return digestOf(summary, path);
  }
}

/**
 * Every centre with its events and a tally of its businesses, without the businesses: what the
 * directory, the province pages, the search page and the centres' open-data table show.
 */
export async function summaryGraph(
  centres: readonly CentreNode[],
  digests: readonly CentreDigest[],
): Promise<ContentGraph> {
  const events: EventNode[] = [];
  const tallies = new Map<string, BusinessTally>();
  for (const digest of digests) {
    const summary = await readSummary(digest);
    events.push(...summary.events);
    tallies.set(digest.slug, tallyOf(summary.businesses));
  }
  return new ContentGraph([...centres], [], events, tallies);
}

/** Each centre's own graph, in the site's order, read from its summary when it is needed. */
export function centreGraphsOf(
  centres: readonly CentreNode[],
  digests: readonly CentreDigest[],
): CentreGraphs {
  const bySlug = new Map(digests.map((d) => [d.slug, d]));
  return async function* () {
    for (const centre of centres) {
      const summary = await readSummary(bySlug.get(centre.slug)!);
      yield new ContentGraph([centre], [...summary.businesses], [...summary.events]);
    }
  };
}
