import { bilingual as b, type Bilingual, type Problem } from "./problem.ts";

/** Sorts problems by file, then line, so one file's problems are printed together. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.field ?? "").localeCompare(b.field ?? ""),
  );
}

const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Messages quote what the file says, and a file can hold a line break, a terminal escape or a
 * bidi override that would break the report's lines, drive the terminal or show text backwards;
 * each such character is printed as its code (`\u001b`) instead. Found by the fuzzer.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** One problem as three or five lines: where, then Indonesian, then English. */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? `  kolom/field: ${problem.field}` : "";
  const lines = [`✖ ${where}${field}`, `  ${problem.message.id}`];
  if (problem.fix) lines.push(`  Cara memperbaiki: ${problem.fix.id}`);
  lines.push(`  ${problem.message.en}`);
  if (problem.fix) lines.push(`  How to fix: ${problem.fix.en}`);
  return lines.map(printable).join("\n");
}

/** The closing lines of a failed build: it stopped, and the published folder was not touched. */
export function buildStopped(outputLabel: string): { headline: Bilingual; after: Bilingual } {
  return {
    headline: b("Build dibatalkan", "Build stopped"),
    after: b(`${outputLabel} tidak diubah.`, `${outputLabel} was not changed.`),
  };
}

/** The whole report: every problem, then one line per language counting them. */
export function formatReport(
  problems: readonly Problem[],
  outcome: { headline: Bilingual; after?: Bilingual },
): string {
  const sorted = sortProblems(problems);
  const files = new Set(sorted.map((p) => p.file)).size;
  const body = sorted.map(formatProblem).join("\n\n");
  const summary = [
    `${outcome.headline.id}: ${sorted.length} masalah di ${files} berkas.${outcome.after ? ` ${outcome.after.id}` : ""}`,
    `${outcome.headline.en}: ${sorted.length} problem(s) in ${files} file(s).${outcome.after ? ` ${outcome.after.en}` : ""}`,
  ].join("\n");
  return `${body}\n\n${summary}\n`;
}
