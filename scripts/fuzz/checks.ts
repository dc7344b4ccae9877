/**
 * What must hold for any content, however broken or hostile. Each check returns the
 * violations it saw as `kind: detail` lines, empty when all is well, so a fuzz run can both fail on
 * the first one (tests) and count every kind it meets (the long run).
 */
import { cpSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { scanHtml, scanSite, type TemplateOwned } from "../pipeline/scan.ts";
import { loadSiteModel } from "../pipeline/site-model.ts";
import { LANGS } from "../content/graph.ts";
import { renderMarkdown } from "../content/markdown.ts";
import { ContentProblemsError, type Problem } from "../problems/problem.ts";
import { buildStopped, formatReport } from "../problems/report.ts";
import { brokenCharacter, codePoint, hiddenControl } from "../schema/characters.ts";
import { readAssets } from "../site/assets.ts";
import { Urls } from "../site/urls.ts";
import { runBuild, snapshot, tempDir, TEST_NOW } from "../../tests/helpers/cli.ts";
import type { Edit } from "./arbitraries.ts";
import { writeMutatedContent } from "./content.ts";

/** A line of a JavaScript stack trace: a bug's report, not a message for people. */
export const STACK_LINE = /^\s+at .+[:(]\d+:\d+\)?$/m;
/** Control and bidi characters have no place in a report: they can hide text or drive a terminal. */
const UNPRINTABLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function problemFaults(problem: Problem): string[] {
  const faults: string[] = [];
  const where = `${problem.file}${problem.line ? `:${problem.line}` : ""}`;
  if (typeof problem.file !== "string" || !problem.file) faults.push("problem without a file");
  else if (
    problem.file.startsWith("/") ||
    problem.file.includes("\\") ||
    problem.file.split("/").includes("..") ||
    !problem.file.startsWith("content")
  )
    faults.push(`problem file not relative to the project: ${problem.file}`);
  if (problem.line !== undefined && !(Number.isInteger(problem.line) && problem.line >= 1))
    faults.push(`problem line not a line number: ${where} line=${problem.line}`);
  for (const [what, text] of [
    ["message", problem.message],
    ["fix", problem.fix],
  ] as const) {
    if (what === "fix" && text === undefined) continue;
    if (
      !text ||
      typeof text.id !== "string" ||
      typeof text.en !== "string" ||
      !text.id.trim() ||
      !text.en.trim()
    ) {
      faults.push(`${what} not bilingual: ${where} ${JSON.stringify(text)}`);
      continue;
    }
    if (text.id === text.en)
      faults.push(`${what} not translated: ${where} ${text.en.slice(0, 120)}`);
    for (const lang of ["id", "en"] as const) {
      if (STACK_LINE.test(text[lang]) || text[lang].includes("[object Object]"))
        faults.push(
          `${what} holds a stack trace or an object: ${where} ${text[lang].slice(0, 200)}`,
        );
      if (text[lang].length > 1000)
        faults.push(`${what} too long to read: ${where} (${text[lang].length} characters)`);
    }
  }
  return faults;
}

/** The report the build prints must be plain lines of text. */
function reportFaults(problems: readonly Problem[]): string[] {
  let report: string;
  try {
    report = formatReport(problems, buildStopped("_site/"));
  } catch (error) {
    return [`report threw: ${(error as Error).stack}`];
  }
  const bad = UNPRINTABLE.exec(report);
  return bad
    ? [
        `unprintable character in the report: U+${bad[0].codePointAt(0)!.toString(16).padStart(4, "0")} near ${JSON.stringify(report.slice(Math.max(0, bad.index - 60), bad.index + 20))}`,
      ]
    : [];
}

/**
 * Text the loader accepted must be fit to render: no broken character anywhere in the content
 * graph (a lone surrogate crashed the renderer), no invisible control in a web address.
 */
export function acceptedTextFaults(graph: unknown): string[] {
  const faults: string[] = [];
  const seen = new Set<object>();
  const walk = (value: unknown, path: string): void => {
    if (faults.length >= 5) return;
    if (typeof value === "string") {
      const broken = brokenCharacter(value);
      if (broken) faults.push(`accepted a broken character: ${codePoint(broken)} at ${path}`);
      const control = /^https?:/i.test(value) ? hiddenControl(value) : undefined;
      if (control)
        faults.push(`accepted a control character in an address: ${codePoint(control)} at ${path}`);
    } else if (value && typeof value === "object" && !seen.has(value)) {
      seen.add(value);
      const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
      for (const [key, inner] of entries) walk(inner, `${path}.${String(key)}`);
    }
  };
  walk(graph, "graph");
  return faults;
}

export interface LoadCheck {
  readonly faults: string[];
  readonly milliseconds: number;
  readonly accepted: boolean;
}

/**
 * Loads a content folder as the build does (read, validate, link, photos): it either gives a site
 * or throws ContentProblemsError whose every problem names its file and says what is wrong in both
 * languages, within `capMs`.
 */
export async function checkLoad(
  contentDir: string,
  projectRoot: string,
  imageCacheDir: string,
  capMs: number,
): Promise<LoadCheck> {
  const started = performance.now();
  const faults: string[] = [];
  let accepted = false;
  try {
    const model = await loadSiteModel({
      contentDir,
      projectRoot,
      imageCacheDir,
      now: Date.parse(TEST_NOW),
    });
    accepted = true;
    faults.push(...acceptedTextFaults(model.graph));
  } catch (error) {
    if (!(error instanceof ContentProblemsError))
      faults.push(
        `threw ${(error as Error)?.name ?? typeof error} instead of ContentProblemsError: ${(error as Error)?.stack ?? String(error)}`,
      );
    else if (!error.problems.length) faults.push("ContentProblemsError without problems");
    else faults.push(...error.problems.flatMap(problemFaults), ...reportFaults(error.problems));
  }
  const milliseconds = performance.now() - started;
  if (milliseconds > capMs)
    faults.push(`slow: loading took ${Math.round(milliseconds)} ms (cap ${capMs} ms)`);
  return { faults, milliseconds, accepted };
}

/** Tags and attributes a rendered Markdown body may hold: what Markdown itself makes, nothing more. */
const MARKDOWN_TAGS = new Set([
  "p",
  "a",
  "em",
  "strong",
  "code",
  "pre",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "ul",
  "ol",
  "li",
  "blockquote",
  "hr",
  "br",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
  "s",
]);
const MARKDOWN_ATTRIBUTES: Record<string, (value: string) => boolean> = {
  "a href": (href) => /^(https?:|mailto:|tel:|#|\/(?![/\\]))/i.test(href),
  "a title": () => true,
  "ol start": (start) => /^\d+$/.test(start),
  "code class": (name) => /^language-\S*$/.test(name),
};

/** A Markdown body renders to Markdown's own elements only, which the output scan also lets through. */
export function checkMarkdown(markdown: string): string[] {
  const faults: string[] = [];
  let html: string;
  try {
    html = renderMarkdown(markdown);
  } catch (error) {
    return [`renderer threw: ${(error as Error).stack}`];
  }
  for (const element of parse(html, { comment: true }).querySelectorAll("*")) {
    const tag = element.rawTagName.toLowerCase();
    if (!MARKDOWN_TAGS.has(tag)) faults.push(`element not made by Markdown: <${tag}>`);
    for (const [name, value] of Object.entries(element.attributes)) {
      // Browsers ignore tabs, newlines and leading controls in a scheme (`java\tscript:`).
      const allowed = MARKDOWN_ATTRIBUTES[`${tag} ${name.toLowerCase()}`]?.(
        value.replace(/[\u0000-\u0020]/g, ""),
      );
      if (!allowed) faults.push(`attribute not allowed: <${tag} ${name}="${value.slice(0, 60)}">`);
    }
  }
  if (/<!--/.test(html)) faults.push("comment in the output");
  faults.push(
    ...scanHtml(`<!doctype html><html><body>${html}</body></html>`).map(
      (what) => `output scan refuses it: ${what}`,
    ),
  );
  return faults;
}

/** The site's own script and search forms, which the scan of a whole site must let through. */
export function templateOwned(urls = new Urls()): TemplateOwned {
  return {
    scripts: new Set([urls.link(readAssets().searchScript.path)]),
    formActions: new Set(LANGS.map((lang) => urls.link(urls.search(lang)))),
  };
}

/** Every file and folder below `dir` with its hash, leaving out the given paths (relative, `/`-separated). */
function snapshotExcept(dir: string, skip: readonly string[]): Record<string, string> {
  const all = snapshot(dir);
  for (const folder of readdirSync(dir, { recursive: true, encoding: "utf8" }))
    all[`${folder}/`] = "entry";
  return Object.fromEntries(
    Object.entries(all).filter(
      ([path]) => !skip.some((s) => path === s || path.startsWith(`${s}/`)),
    ),
  );
}

function differences(before: Record<string, string>, after: Record<string, string>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => before[k] !== after[k]).sort();
}

/**
 * Builds mutated content in a child process over a copy of `published` (a built site): exit code 0
 * or 1 only; nothing written outside the output folder; on success the output passes the scan, on
 * failure the output is byte for byte what it was and the report is for people.
 */
export async function checkBuild(
  validContent: string,
  published: string,
  edits: readonly Edit[],
  projectRoot: string,
): Promise<{ faults: string[]; code: number | null }> {
  const root = tempDir("etalase-fuzz-build-");
  try {
    const content = join(root, "content");
    const out = join(root, "out", "_site");
    writeMutatedContent(validContent, content, edits);
    // A copy, so the published site of the caller is never the one at risk.
    cpSync(published, out, { recursive: true });
    const site = snapshot(out);
    const before = snapshotExcept(root, ["out/_site"]);
    const projectBefore = readdirSync(projectRoot).sort().join(", ");
    // With a site address, as a real build has: without one a good build warns on stderr, and
    // the sitemap, QR codes and canonical links (more places content reaches) are left out.
    const run = runBuild(content, out, { ETALASE_SITE_URL: "https://sentra.contoh.go.id" });
    const faults: string[] = [];
    if (run.code !== 0 && run.code !== 1)
      faults.push(`exit code ${run.code}: ${run.stderr.slice(0, 2000)}`);
    const outside = differences(before, snapshotExcept(root, ["out/_site"]));
    if (outside.length)
      faults.push(`wrote outside the output folder: ${outside.slice(0, 10).join(", ")}`);
    const projectAfter = readdirSync(projectRoot).sort().join(", ");
    if (projectAfter !== projectBefore)
      faults.push(`changed the project folder: ${projectBefore} → ${projectAfter}`);
    if (STACK_LINE.test(run.stderr))
      faults.push(`stack trace in the output: ${run.stderr.slice(0, 2000)}`);
    if (run.code === 0) {
      if (run.stderr) faults.push(`a good build printed to stderr: ${run.stderr.slice(0, 500)}`);
      faults.push(
        ...(await scanSite(out, templateOwned())).map(
          (u) => `published unsafe HTML: ${u.page}: ${u.what}`,
        ),
      );
    } else if (run.code === 1) {
      if (!run.stderr.includes("Build dibatalkan"))
        faults.push(
          `content got past validation and broke the build: ${run.stderr.slice(0, 1500)}`,
        );
      const changed = differences(site, snapshot(out));
      if (changed.length)
        faults.push(
          `a failed build changed the published site: ${changed.slice(0, 10).join(", ")}`,
        );
    }
    return { faults, code: run.code };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
