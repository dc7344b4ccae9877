/**
 * `npm run audit -- [site-dir] [content-dir]`: Lighthouse in its default mobile mode (a mid-range
 * phone on slow 4G, simulated) over one page of every kind in every language of a site built from
 * the content folder (default `content`; scripts/dev/page-kinds.ts), served locally with the
 * site's own `_headers`, in Debian's Chromium. Prints the four category scores per page
 * and, under the table, every audit that kept a page from 100.
 *
 * A measurement for people, not a test: scores move with the machine's load, so nothing fails on
 * them (docs/quality.md: Lighthouse mobile 100 in every category is the aim).
 */
import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium.ts";
import { pageKinds } from "./page-kinds.ts";
import { serveStatic } from "./serve-static.ts";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const HEADINGS = ["perf", "a11y", "best", "seo"];

const siteDir = resolve(process.argv[2] ?? "_site");
const contentDir = resolve(process.argv[3] ?? "content");
if (!existsSync(join(siteDir, "index.html"))) {
  console.error(`audit: no built site in ${shown(siteDir)}/ (run npm run build first)`);
  process.exit(1);
}

const pages = await pageKinds(siteDir, contentDir).catch((error: Error) => {
  console.error(`audit: ${error.message}`);
  process.exit(1);
});
const headersFile = join(siteDir, "_headers");
const server = await serveStatic(siteDir, existsSync(headersFile) ? { headersFile } : {});
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: [...CHROMIUM_ARGS],
});
const rows: string[][] = [];
const shortfalls: string[] = [];
const started = performance.now();
let version = "";
try {
  for (const page of pages) {
    const lhr = await audit(page.url);
    version = lhr.lighthouseVersion;
    rows.push([
      page.url,
      `${page.kind} (${page.lang})`,
      ...CATEGORIES.map((c) => score(lhr.categories[c]?.score)),
    ]);
    for (const category of CATEGORIES) {
      for (const ref of lhr.categories[category]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
        shortfalls.push(
          `${page.url}  ${category}: ${audit.id} (${score(audit.score)}) ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ""}`,
        );
      }
    }
    console.error(`audit: ${page.url} done`);
  }
} finally {
  chrome.kill();
  server.close();
}

/**
 * One Lighthouse run. On a busy machine Chromium's trace sometimes misses the navigation
 * (NO_NAVSTART and the like), so a run that failed to measure is tried again, twice at most.
 */
async function audit(
  url: string,
  attempt = 1,
): Promise<NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"]> {
  const result = await lighthouse(`${server.origin}${url}`, {
    port: chrome.port,
    logLevel: "error",
    output: "json",
    onlyCategories: [...CATEGORIES],
  });
  if (!result) throw new Error(`audit: Lighthouse returned nothing for ${url}`);
  const error = result.lhr.runtimeError;
  if (!error) return result.lhr;
  if (attempt < 3) return audit(url, attempt + 1);
  throw new Error(`audit: ${url}: ${error.code} ${error.message}`);
}

/** A path relative to the project when it is inside it, else absolute. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === "" ? "." : rel.startsWith("..") ? path : rel;
}

function score(value: number | null | undefined): string {
  return value === null || value === undefined ? "–" : String(Math.round(value * 100));
}

const table = [["page", "kind", ...HEADINGS], ...rows];
const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
const line = (row: string[]) =>
  row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
console.log(
  `Lighthouse ${version} mobile, ${shown(siteDir)}/ (${((performance.now() - started) / 1000).toFixed(0)} s)\n`,
);
console.log(line(table[0]!));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const row of rows) console.log(line(row));
if (shortfalls.length) console.log(`\nBelow 100:\n${shortfalls.map((s) => `  ${s}`).join("\n")}`);
