import type { Problem } from "./problem.ts";

/** Sorts problems by file, then line, so one file's problems are printed together. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.field ?? "").localeCompare(b.field ?? ""),
  );
}

/** One problem as three or five lines: where, then Indonesian, then English. */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? `  kolom/field: ${problem.field}` : "";
  const lines = [`✖ ${where}${field}`, `  ${problem.message.id}`];
  if (problem.fix) lines.push(`  Cara memperbaiki: ${problem.fix.id}`);
  lines.push(`  ${problem.message.en}`);
  if (problem.fix) lines.push(`  How to fix: ${problem.fix.en}`);
  return lines.join("\n");
}

/** The whole report printed when content is invalid; the last lines say that nothing was published. */
export function formatReport(problems: readonly Problem[], outputLabel: string): string {
  const sorted = sortProblems(problems);
  const files = new Set(sorted.map((p) => p.file)).size;
  const body = sorted.map(formatProblem).join("\n\n");
  const summary = [
    `Build dibatalkan: ${sorted.length} masalah di ${files} berkas. ${outputLabel} tidak diubah.`,
    `Build stopped: ${sorted.length} problem(s) in ${files} file(s). ${outputLabel} was not changed.`,
  ].join("\n");
  return `${body}\n\n${summary}\n`;
}
