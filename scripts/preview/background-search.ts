/**
 * The live preview's search index, written after the "updated" line so a page reload never
 * waits for Pagefind. One Pagefind run at a time: saves made meanwhile are gathered into the
 * next run. After an edit inside some centres only the index parts holding them are written
 * again (the parts of scripts/pipeline/search-parts.ts, `partsOf`); after a whole render, every
 * part. Search works again once the run has finished.
 */
import { indexSearch, partFolder, partsOf } from "../pipeline/search-parts.ts";
import { bilingual } from "../problems/problem.ts";
import { indexCentres } from "../search/pagefind.ts";
import type { Urls } from "../site/urls.ts";

export interface SearchRequest {
  readonly outDir: string;
  readonly urls: Urls;
  /** Every centre whose pages are in `outDir`. */
  readonly centres: readonly string[];
  /** The centres whose pages changed, or every one. */
  readonly changed: ReadonlySet<string> | "all";
}

const FAILED = bilingual(
  "Indeks pencarian pratinjau tidak bisa ditulis",
  "The preview's search index could not be written",
);

/** Writes the index parts `request` changed. */
async function writeIndex(request: SearchRequest): Promise<void> {
  const { outDir, urls, centres, changed } = request;
  if (changed === "all") {
    await indexSearch(outDir, centres, urls);
    return;
  }
  const parts = partsOf(centres);
  for (const [i, part] of parts.entries()) {
    if (!part.some((slug) => changed.has(slug))) continue;
    // A site of one part is indexed whole, as indexSearch does it.
    const folder = partFolder(i);
    await indexCentres(outDir, urls, parts.length === 1 ? "*" : part, folder);
  }
}

/** `a` and then `b` as one request. */
function joined(a: SearchRequest, b: SearchRequest): SearchRequest {
  const changed =
    a.changed === "all" || b.changed === "all" ? "all" : new Set([...a.changed, ...b.changed]);
  return { ...b, changed };
}

export class BackgroundSearch {
  #running: Promise<void> | undefined;
  #next: SearchRequest | undefined;
  /** The last run failed: the next one rewrites every part. */
  #failed = false;

  constructor(
    private readonly report: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  ) {}

  /** Queues a run; returns at once. */
  request(request: SearchRequest): void {
    this.#next = this.#next ? joined(this.#next, request) : request;
    if (this.#failed) this.#next = { ...this.#next, changed: "all" };
    this.#running ??= this.#drain();
  }

  /** Resolves once every queued run has finished (for tests and the bench). */
  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }

  async #drain(): Promise<void> {
    while (this.#next) {
      const request = this.#next;
      this.#next = undefined;
      try {
        await writeIndex(request);
        this.#failed = false;
      } catch (error) {
        this.report(`✖ ${FAILED.id}: ${(error as Error).message}\n  ${FAILED.en}.`);
        this.#failed = true;
        const queued = this.#next as SearchRequest | undefined;
        if (queued) this.#next = { ...queued, changed: "all" };
      }
    }
    this.#running = undefined;
  }
}
