import { bilingual, BuildFailedError, ContentProblemsError } from "../problems/problem.ts";
import { buildStopped, formatReport } from "../problems/report.ts";
import { systemFailure } from "../problems/system-error.ts";
import { SiteAddressError } from "../site/site-address.ts";
import { OutputFolderError } from "../pipeline/output-folder.ts";
import { reportFailureOnGitHub, reportProblemsOnGitHub } from "../problems/github-actions.ts";

/** Prints any failure for a person, never as a bare stack trace (and on GitHub Actions, on the run's page too), and returns the exit code. */
export function reportFailure(error: unknown, outputLabel: string): number {
  if (error instanceof OutputFolderError) {
    reportFailureOnGitHub(error.text, error.fix);
    // Refused before any work: nothing was read or written, and a script can tell this apart.
    process.stderr.write(
      [
        `✖ ${error.text.id}`,
        `  Cara memperbaiki: ${error.fix.id}`,
        "  Tidak ada yang diubah.",
        `✖ ${error.text.en}`,
        `  How to fix: ${error.fix.en}`,
        "  Nothing was changed.",
        "",
      ].join("\n"),
    );
    return 2;
  }
  if (error instanceof SiteAddressError) {
    reportFailureOnGitHub(error.problem);
    process.stderr.write(
      [
        `✖ ${error.problem.id}`,
        "  Tidak ada yang diubah.",
        `✖ ${error.problem.en}`,
        "  Nothing was changed.",
        "",
      ].join("\n"),
    );
    return 2;
  }
  const system = systemFailure(error);
  if (error instanceof ContentProblemsError) {
    process.stderr.write(formatReport(error.problems, buildStopped(outputLabel)));
    reportProblemsOnGitHub(error.problems, buildStopped(outputLabel).headline);
  } else if (system) {
    const { after } = buildStopped(outputLabel);
    reportFailureOnGitHub(system.message, system.fix);
    process.stderr.write(
      [
        `✖ ${system.message.id}`,
        `  Cara memperbaiki: ${system.fix.id}`,
        `  ${after.id}`,
        `✖ ${system.message.en}`,
        `  How to fix: ${system.fix.en}`,
        `  ${after.en}`,
        "",
      ].join("\n"),
    );
    if (process.env.ETALASE_DEBUG) console.error(error);
  } else {
    const detail =
      error instanceof BuildFailedError || error instanceof Error ? error.message : String(error);
    reportFailureOnGitHub(
      bilingual(
        `Build gagal karena kesalahan di luar konten: ${detail}`,
        `The build failed for a reason outside the content: ${detail}`,
      ),
    );
    process.stderr.write(
      [
        `✖ Build gagal karena kesalahan di luar konten: ${detail}`,
        `  ${outputLabel} tidak diubah. Jalankan lagi; jika tetap gagal, kirim pesan ini ke pengembang.`,
        `✖ The build failed for a reason outside the content: ${detail}`,
        `  ${outputLabel} was not changed. Run it again; if it still fails, send this message to the developers.`,
        "",
      ].join("\n"),
    );
    if (process.env.ETALASE_DEBUG) console.error(error);
  }
  return 1;
}
