/**
 * The content pipeline in one call: discover → read (YAML only) → validate (zod) → link.
 * Every problem of every file is collected; the graph exists only when there are none.
 */
import { resolve } from "node:path";
import type { Problem } from "../problems/problem.ts";
import { SCHEMAS } from "../schema/index.ts";
import { discoverContent, type ContentFile } from "./discover.ts";
import type { ContentGraph } from "./graph.ts";
import { link, type Entry, type ValidatedContent } from "./link.ts";
import { readContentFile } from "./read.ts";
import { validate } from "./validate.ts";

export interface LoadResult {
  readonly graph?: ContentGraph;
  readonly problems: readonly Problem[];
  readonly fileCount: number;
}

const BUCKETS = {
  centre: { main: "centres", translation: "centreTranslations" },
  business: { main: "businesses", translation: "businessTranslations" },
  event: { main: "events", translation: "eventTranslations" },
} as const satisfies Record<ContentFile["kind"], Record<ContentFile["role"], keyof ValidatedContent>>;

export async function loadContent(contentDir: string, projectRoot = process.cwd()): Promise<LoadResult> {
  const discovery = await discoverContent(resolve(projectRoot, contentDir), projectRoot);
  const problems: Problem[] = [...discovery.problems];
  const content: ValidatedContent = { centres: [], centreTranslations: [], businesses: [], businessTranslations: [], events: [], eventTranslations: [] };

  const reads = await Promise.all(discovery.files.map(async (file) => ({ file, read: await readContentFile(file.path, file.file) })));
  for (const { file, read } of reads) {
    if (!read.ok) {
      problems.push(...read.problems);
      continue;
    }
    const schema = SCHEMAS[file.kind][file.role];
    const result = validate(schema, read.value, file.file);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const entry: Entry<unknown> = { file: file.file, centreSlug: file.centreSlug, slug: file.slug, data: result.value, body: read.value.body, lineOf: read.value.lineOf };
    (content[BUCKETS[file.kind][file.role]] as Entry<unknown>[]).push(entry);
  }
  // Link even when some files failed, so reference problems show in the same report; a reference
  // to a file that exists but has its own problems is not reported twice.
  const existingBusinesses = discovery.files.filter((f) => f.kind === "business" && f.role === "main").map((f) => `${f.centreSlug}/${f.slug}`);
  const linked = link(content, new Set(existingBusinesses), new Set(discovery.files.map((f) => f.file)));
  problems.push(...linked.problems);
  return { ...(linked.graph && problems.length === 0 ? { graph: linked.graph } : {}), problems, fileCount: discovery.files.length };
}
