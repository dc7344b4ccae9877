/**
 * The content pipeline of scripts/content/load.ts (read → validate → link), run over the files of
 * some centres only. A large site is loaded a batch of centres at a time, so no process ever
 * holds every parsed file (YAML documents with their line maps cost ~40 KB a file while loading);
 * links never cross a centre (references, booths and slugs are all within one), so a batch links
 * exactly as the whole site would.
 */
import type { ContentFile } from "../content/discover.ts";
import type { ContentGraph } from "../content/graph.ts";
import { link, type Entry, type ValidatedContent } from "../content/link.ts";
import { readContentFile } from "../content/read.ts";
import { validate } from "../content/validate.ts";
import type { Problem } from "../problems/problem.ts";
import { SCHEMAS } from "../schema/index.ts";

const BUCKETS = {
  centre: { main: "centres", translation: "centreTranslations" },
  business: { main: "businesses", translation: "businessTranslations" },
  event: { main: "events", translation: "eventTranslations" },
} as const satisfies Record<ContentFile["kind"], Record<ContentFile["role"], keyof ValidatedContent>>;

export interface LoadedCentres {
  readonly graph?: ContentGraph;
  readonly problems: readonly Problem[];
}

/** Loads these files (all of some centres' files, or only their index files) into a graph of those centres. */
export async function loadCentreFiles(files: readonly ContentFile[]): Promise<LoadedCentres> {
  const problems: Problem[] = [];
  const content: ValidatedContent = { centres: [], centreTranslations: [], businesses: [], businessTranslations: [], events: [], eventTranslations: [] };
  const reads = await Promise.all(files.map(async (file) => ({ file, read: await readContentFile(file.path, file.file) })));
  for (const { file, read } of reads) {
    if (!read.ok) {
      problems.push(...read.problems);
      continue;
    }
    const result = validate(SCHEMAS[file.kind][file.role], read.value, file.file);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const entry: Entry<unknown> = { file: file.file, centreSlug: file.centreSlug, slug: file.slug, data: result.value, body: read.value.body, lineOf: read.value.lineOf };
    (content[BUCKETS[file.kind][file.role]] as Entry<unknown>[]).push(entry);
  }
  const existingBusinesses = new Set(files.filter((f) => f.kind === "business" && f.role === "main").map((f) => `${f.centreSlug}/${f.slug}`));
  const linked = link(content, existingBusinesses, new Set(files.map((f) => f.file)));
  problems.push(...linked.problems);
  return linked.graph && problems.length === 0 ? { graph: linked.graph, problems } : { problems };
}
