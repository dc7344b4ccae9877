/**
 * The fuzz targets as fast-check properties, shared by the short run in `npm test` (tests/fuzz/)
 * and the long run (`npm run fuzz`). A property throws with every violation of a case, or, given
 * `record`, hands them over and carries on, so a long run counts every kind of fault it meets.
 */
import fc from "fast-check";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { scanHtml } from "../pipeline/scan.ts";
import { contentChanges, markdownBody, type Edit } from "./arbitraries.ts";
import { checkBuild, checkLoad, checkMarkdown } from "./checks.ts";
import { writeMutatedContent } from "./content.ts";

export type Recorder = (faults: readonly string[], input: unknown) => void;

function verdict(faults: readonly string[], input: unknown, record?: Recorder): boolean {
  if (record) {
    record(faults, input);
    return true;
  }
  if (faults.length) throw new Error(faults.join("\n"));
  return true;
}

/** What a run tried: cases, how many of them the loader or build accepted, the slowest case. */
export interface Stats {
  cases: number;
  accepted: number;
  slowestMs: number;
}

export const newStats = (): Stats => ({ cases: 0, accepted: 0, slowestMs: 0 });

function count(stats: Stats | undefined, accepted: boolean, milliseconds: number): void {
  if (!stats) return;
  stats.cases++;
  if (accepted) stats.accepted++;
  stats.slowestMs = Math.max(stats.slowestMs, milliseconds);
}

/** (a) Mutated copies of `validContent` load to a site or to well-formed problems, in time. */
export function loaderProperty(
  validContent: string,
  imageCacheDir: string,
  capMs: number,
  stats?: Stats,
  record?: Recorder,
) {
  return fc.asyncProperty(contentChanges, async (changes: Edit[]) => {
    const root = mkdtempSync(join(tmpdir(), "etalase-fuzz-load-"));
    try {
      writeMutatedContent(validContent, join(root, "content"), changes);
      const result = await checkLoad("content", root, imageCacheDir, capMs);
      count(stats, result.accepted, result.milliseconds);
      return verdict(result.faults, changes, record);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
}

/** (b) Markdown with HTML and script payloads renders to Markdown's own inert elements only. */
export function markdownProperty(record?: Recorder) {
  return fc.property(markdownBody, (body) => verdict(checkMarkdown(body), body, record));
}

/** Active HTML, spelt the many ways browsers accept, inside an ordinary page. */
const activeHtml = fc
  .record({
    kind: fc.constantFrom("tag", "handler", "url"),
    tag: fc.constantFrom("script", "iframe", "object", "embed", "base", "frame"),
    handler: fc.constantFrom(
      "onerror",
      "onload",
      "onclick",
      "onmouseover",
      "onfocus",
      "ontoggle",
      "onanimationstart",
    ),
    scheme: fc.constantFrom("javascript", "vbscript", "data"),
    attr: fc.constantFrom("href", "src", "action", "formaction", "xlink:href", "poster"),
    upper: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
    lead: fc.constantFrom("", " ", "\t", "\n", "&#9;", "&#x20;", "\u0001"),
    inside: fc.constantFrom("", "\t", "&#x09;", "&Tab;", "&#10;", "\n"),
    colon: fc.constantFrom(":", "&colon;", "&#58;", "&#x3a;"),
    quote: fc.constantFrom('"', "'", ""),
    host: fc.constantFrom("a", "img", "svg", "form", "button", "iframe", "video", "math"),
  })
  .map((r) => {
    const cased = (word: string) =>
      [...word].map((c, i) => (r.upper[i % 12] ? c.toUpperCase() : c)).join("");
    if (r.kind === "tag") return `<${cased(r.tag)} src=x></${r.tag}>`;
    if (r.kind === "handler")
      return `<${r.host} ${cased(r.handler)}=${r.quote}alert(1)${r.quote}>x</${r.host}>`;
    const scheme = cased(r.scheme);
    const url = `${r.lead}${scheme.slice(0, 4)}${r.inside}${scheme.slice(4)}${r.colon}${r.scheme === "data" ? "text/html,<script>alert(1)</script>" : "alert(1)"}`;
    return `<${r.host} ${r.attr}=${r.quote || '"'}${url}${r.quote || '"'}>x</${r.host}>`;
  });

/** (b) The output scan notices active HTML however it is spelt, as a browser would read it. */
export function scanProperty(record?: Recorder) {
  return fc.property(activeHtml, (html) =>
    verdict(
      scanHtml(`<!doctype html><html><body><p>x</p>${html}</body></html>`).length
        ? []
        : [`the scan let through: ${html}`],
      html,
      record,
    ),
  );
}

/** (c) Whole builds of mutated content, some with edits that keep the content valid. */
export function buildProperty(
  validContent: string,
  published: string,
  projectRoot: string,
  stats?: Stats,
  record?: Recorder,
) {
  return fc.asyncProperty(contentChanges, async (changes: Edit[]) => {
    const started = performance.now();
    const result = await checkBuild(validContent, published, changes, projectRoot);
    count(stats, result.code === 0, performance.now() - started);
    return verdict(result.faults, changes, record);
  });
}
