/**
 * On GitHub Actions, a build's result is shown where staff look: each content problem becomes an
 * annotation on its file and line, and the run's summary page gets a table of problems (or the
 * good news), Bahasa Indonesia first. Elsewhere every function here does nothing.
 * Command syntax: https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import { appendFileSync } from "node:fs";
import type { Bilingual, Problem } from "./problem.ts";
import { printable, sortProblems } from "./report.ts";

type Env = NodeJS.ProcessEnv;

/** A step summary holds at most 1 MiB; a table this long is enough to start fixing, the log has the rest. */
const MAX_ROWS = 200;

export const onGitHubActions = (env: Env = process.env): boolean => env.GITHUB_ACTIONS === "true";

/** A command's message: `%`, CR and LF would end or forge the command, so they are percent-encoded. */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** A command's property (`file=…,title=…`): `:` and `,` also separate properties, so they are encoded too. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** One language's half of a problem: the message, then the fix. */
const inOneLanguage = (problem: Problem, language: keyof Bilingual): string =>
  printable(
    problem.fix
      ? `${problem.message[language]} ${language === "id" ? "Cara memperbaiki" : "How to fix"}: ${problem.fix[language]}`
      : problem.message[language],
  );

/** `::error file=…,line=…,title=<field>::<Indonesian> / <English>` */
export function annotation(problem: Problem): string {
  const properties = [`file=${escapeProperty(printable(problem.file))}`];
  if (problem.line) properties.push(`line=${problem.line}`);
  properties.push(`title=${escapeProperty(printable(problem.field ?? "konten / content"))}`);
  return `::error ${properties.join(",")}::${escapeData(`${inOneLanguage(problem, "id")} / ${inOneLanguage(problem, "en")}`)}`;
}

/** Annotation for a failure that belongs to no file (a bad setting, a full disk). */
export function failureAnnotation(message: Bilingual, fix?: Bilingual): string {
  const id = fix ? `${message.id} Cara memperbaiki: ${fix.id}` : message.id;
  const en = fix ? `${message.en} How to fix: ${fix.en}` : message.en;
  return `::error title=${escapeProperty("Build gagal / Build failed")}::${escapeData(printable(`${id} / ${en}`))}`;
}

/** A table cell: content is quoted in messages, and must not become a link, markup or a new column. */
function cell(text: string): string {
  return printable(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`);
}

/** The summary page of a failed build or check: a headline, then one row per problem. */
export function problemsSummary(problems: readonly Problem[], headline: Bilingual): string {
  const sorted = sortProblems(problems);
  const files = new Set(sorted.map((p) => p.file)).size;
  const rows = sorted.slice(0, MAX_ROWS).map((p) => {
    const [id, en] = [inOneLanguage(p, "id"), inOneLanguage(p, "en")];
    return `| ${cell(p.file)} | ${p.line ?? ""} | ${cell(p.field ?? "")} | ${cell(id)} | ${cell(en)} |`;
  });
  const more = sorted.length - rows.length;
  return [
    `### ❌ ${headline.id}: ${sorted.length} masalah di ${files} berkas / ${headline.en}: ${sorted.length} problem(s) in ${files} file(s)`,
    "",
    "| Berkas / File | Baris / Line | Kolom / Field | Masalah | Problem |",
    "| --- | --- | --- | --- | --- |",
    ...rows,
    ...(more > 0
      ? [
          "",
          `… dan ${more} masalah lain, lihat log langkah ini / and ${more} more, see this step's log.`,
        ]
      : []),
    "",
  ].join("\n");
}

function appendSummary(markdown: string, env: Env): void {
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, `${markdown}\n`);
}

/** Content problems: annotations on stdout, where the runner reads commands, and the summary table. */
export function reportProblemsOnGitHub(
  problems: readonly Problem[],
  headline: Bilingual,
  env: Env = process.env,
): void {
  if (!onGitHubActions(env)) return;
  process.stdout.write(
    sortProblems(problems)
      .map((p) => `${annotation(p)}\n`)
      .join(""),
  );
  appendSummary(problemsSummary(problems, headline), env);
}

/** A failure outside the content, said once as an annotation and on the summary page. */
export function reportFailureOnGitHub(
  message: Bilingual,
  fix?: Bilingual,
  env: Env = process.env,
): void {
  if (!onGitHubActions(env)) return;
  process.stdout.write(`${failureAnnotation(message, fix)}\n`);
  const how = fix
    ? ` Cara memperbaiki: ${cell(fix.id)}<br>${cell(message.en)} How to fix: ${cell(fix.en)}`
    : `<br>${cell(message.en)}`;
  appendSummary(`### ❌ Build gagal / Build failed\n\n${cell(message.id)}${how}\n`, env);
}

/** The good news, one line on the summary page: `✅ Situs berhasil dibangun / Site built: 81 pages`. */
export function reportSuccessOnGitHub(line: Bilingual, env: Env = process.env): void {
  if (!onGitHubActions(env)) return;
  appendSummary(`### ✅ ${line.id} / ${line.en}\n`, env);
}
