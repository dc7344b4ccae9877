/**
 * The content pipeline: discover → read (YAML only) → validate (zod) → link. Every problem of
 * every file is collected; the graph exists only when there are none.
 *
 * `loadFiles` runs it over some files: a large site is loaded a batch of centres at a time (or
 * only the centres' index files), so no process ever holds every parsed file (YAML documents with
 * their line maps cost ~40 KB a file while loading). Links never cross a centre (references,
 * booths and slugs are all within one), so a batch links exactly as the whole site would.
 */
import { resolve } from "node:path";
import { businessPhotoUses, centrePhotoUses, eventPhotoUses, type PhotoUse } from "../images/collect.ts";
import type { Problem } from "../problems/problem.ts";
import { SCHEMAS } from "../schema/index.ts";
import { discoverContent, type ContentFile } from "./discover.ts";
import type { ContentGraph } from "./graph.ts";
import { link, type Entry, type UnfinishedEntries, type ValidatedContent } from "./link.ts";
import { readContentFile } from "./read.ts";
import { validate } from "./validate.ts";

export interface LoadedFiles {
  readonly graph?: ContentGraph;
  readonly problems: readonly Problem[];
  /**
   * Every photo the files name, with its line; when there are problems, from every field that is
   * valid on its own too, so a missing photo is reported with the other problems.
   */
  readonly photoUses: readonly PhotoUse[];
}

export interface LoadResult extends LoadedFiles {
  readonly fileCount: number;
}

const BUCKETS = {
  centre: { main: "centres", translation: "centreTranslations" },
  business: { main: "businesses", translation: "businessTranslations" },
  event: { main: "events", translation: "eventTranslations" },
} as const satisfies Record<ContentFile["kind"], Record<ContentFile["role"], keyof ValidatedContent>>;

const UNFINISHED = { centre: "centres", business: "businesses", event: "events" } as const satisfies Record<ContentFile["kind"], keyof UnfinishedEntries>;

/** Loads these files (all of some centres' files, or only their index files) into a graph of those centres. */
export async function loadFiles(files: readonly ContentFile[]): Promise<LoadedFiles> {
  const problems: Problem[] = [];
  const content: ValidatedContent = { centres: [], centreTranslations: [], businesses: [], businessTranslations: [], events: [], eventTranslations: [] };
  const unfinished: UnfinishedEntries = { centres: [], businesses: [], events: [] };
  // One file at a time: read all at once, every file's parse was alive at the same time (the 3,190
  // index files of 2,000 centres: a heap of 303 MB instead of 141 MB), for no gain in time.
  for (const file of files) {
    const read = await readContentFile(file.path, file.file);
    if (!read.ok) {
      problems.push(...read.problems);
      continue;
    }
    problems.push(...(read.value.typedProblems ?? []));
    const result = validate(SCHEMAS[file.kind][file.role], read.value, file.file);
    const entry = { file: file.file, centreSlug: file.centreSlug, slug: file.slug, lang: file.lang, body: read.value.body, lineOf: read.value.lineOf };
    if (result.ok) (content[BUCKETS[file.kind][file.role]] as Entry<unknown>[]).push({ ...entry, data: result.value });
    else {
      problems.push(...result.problems);
      if (file.role === "main") (unfinished[UNFINISHED[file.kind]] as Entry<unknown>[]).push({ ...entry, data: result.salvaged });
    }
  }
  // Linked even when some files failed, so reference problems show in the same report.
  const existingBusinesses = new Set(files.filter((f) => f.kind === "business" && f.role === "main").map((f) => `${f.centreSlug}/${f.slug}`));
  const linked = link(content, existingBusinesses, new Set(files.map((f) => f.file)), unfinished);
  problems.push(...linked.problems);
  // From the entries, not the graph: they know the line each photo is named on.
  const photoUses = [
    ...[...content.centres, ...unfinished.centres].flatMap(centrePhotoUses),
    ...[...content.businesses, ...unfinished.businesses].flatMap(businessPhotoUses),
    ...[...content.events, ...unfinished.events].flatMap(eventPhotoUses),
  ];
  return linked.graph && problems.length === 0 ? { graph: linked.graph, problems, photoUses } : { problems, photoUses };
}

export async function loadContent(contentDir: string, projectRoot = process.cwd()): Promise<LoadResult> {
  const discovery = await discoverContent(resolve(projectRoot, contentDir), projectRoot);
  const loaded = await loadFiles(discovery.files);
  const problems = [...discovery.problems, ...loaded.problems];
  return { ...(loaded.graph && problems.length === 0 ? { graph: loaded.graph } : {}), problems, photoUses: loaded.photoUses, fileCount: discovery.files.length };
}
