/** `npm run check [-- --content DIR]`: validates every content file without building anything. */
import { parseArgs } from "node:util";
import { loadContent } from "../content/load.ts";
import { formatReport } from "../problems/report.ts";

const { values } = parseArgs({ options: { content: { type: "string", default: "content" } } });
const started = performance.now();
const result = await loadContent(values.content);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (result.problems.length) {
  process.stderr.write(formatReport(result.problems, "Situs").replace(/Build dibatalkan: /, "Pemeriksaan: ").replace(/Build stopped: /, "Check: "));
  process.exitCode = 1;
} else {
  console.log(`etalase check: ${result.fileCount} berkas benar semua / all ${result.fileCount} files are valid (${seconds} s)`);
}
