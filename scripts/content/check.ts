/** What `npm run check` reports: every problem of the content and of the photos it names, nothing built. */
import { resolve } from "node:path";
import { checkPhotos } from "../images/process.ts";
import type { Problem } from "../problems/problem.ts";
import { loadContent } from "./load.ts";

export async function checkContent(contentDir: string, projectRoot = process.cwd()): Promise<{ problems: Problem[]; fileCount: number }> {
  const loaded = await loadContent(contentDir, projectRoot);
  return { problems: [...loaded.problems, ...(await checkPhotos(loaded.photoUses, resolve(projectRoot, contentDir)))], fileCount: loaded.fileCount };
}
