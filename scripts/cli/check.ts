/** `npm run check [-- --content DIR]`: validates every content file and photo without building anything. */
import { checkContent } from "../content/check.ts";
import { bilingual } from "../problems/problem.ts";
import { formatReport } from "../problems/report.ts";
import { reportProblemsOnGitHub, reportSuccessOnGitHub } from "../problems/github-actions.ts";
import { CHECK } from "./commands.ts";
import { parseCommandLine } from "./options.ts";

const { values } = parseCommandLine(CHECK);
const started = performance.now();
const { problems, fileCount } = await checkContent(values.content);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const headline = bilingual("Pemeriksaan selesai", "Check finished");
if (problems.length) {
  process.stderr.write(formatReport(problems, { headline }));
  reportProblemsOnGitHub(problems, headline);
  process.exitCode = 1;
} else {
  console.log(
    `etalase check: ${fileCount} berkas benar semua / all ${fileCount} files are valid (${seconds} s)`,
  );
  reportSuccessOnGitHub(
    bilingual(
      `Pemeriksaan selesai: ${fileCount} berkas benar semua`,
      `Check finished: all ${fileCount} files are valid`,
    ),
  );
}
