/** `npm run check [-- --content DIR]`: validates every content file and photo without building anything. */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadContent } from "../content/load.ts";
import { collectPhotoUses } from "../images/collect.ts";
import { checkPhotos } from "../images/process.ts";
import { bilingual } from "../problems/problem.ts";
import { formatReport } from "../problems/report.ts";

const { values } = parseArgs({ options: { content: { type: "string", default: "content" } } });
const started = performance.now();
const result = await loadContent(values.content);
const problems = [...result.problems, ...(result.graph ? await checkPhotos(collectPhotoUses(result.graph), resolve(values.content)) : [])];
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (problems.length) {
  process.stderr.write(formatReport(problems, { headline: bilingual("Pemeriksaan selesai", "Check finished") }));
  process.exitCode = 1;
} else {
  console.log(`etalase check: ${result.fileCount} berkas benar semua / all ${result.fileCount} files are valid (${seconds} s)`);
}
