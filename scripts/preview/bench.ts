/**
 * `npm run bench -- --preview`: how long `npm start` takes from a saved file to updated pages, on
 * the synthetic dataset or on a content folder (`--content`). It runs the preview's Eleventy in
 * watch mode (as `npm start` does, without the web server), waits for the first "etalase: …
 * updated" line, then edits one business file again and again, timing each save to the next such
 * line and keeping the number of pages it names. A measurement, not a test.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { createInterface } from "node:readline";
import { loadContent } from "../content/load.ts";
import { listPages } from "../site/pages.ts";
import { buildNow } from "../site/time.ts";
import { Urls } from "../site/urls.ts";

const PROJECT = resolve(import.meta.dirname, "../..");
const UPDATED = /^etalase: (\d+) halaman\/pages diperbarui\/updated/;
const WATCHING = /^\[11ty\] Watching/;

export interface PreviewTimes {
  /** The first render, from start to the first "updated" line. */
  readonly firstSeconds: number;
  /** Each edit, from saving the file to the "updated" line after it. */
  readonly editSeconds: readonly number[];
  /** The pages of the first render, and of each edit's render. */
  readonly firstPages: number;
  readonly editPages: readonly number[];
  /** The edited file's centre. */
  readonly centre: string;
}

/** The first business file of the first centre, to edit. */
export function aBusinessFile(content: string): string {
  const centre = readdirSync(content)
    .filter((name) => !name.startsWith("."))
    .sort()[0]!;
  const business = readdirSync(join(content, centre, "pengrajin"))
    .filter((name) => name.endsWith(".md") && !name.endsWith(".en.md"))
    .sort()[0]!;
  return join(content, centre, "pengrajin", business);
}

export async function benchPreview(
  content: string,
  outDir: string,
  edits: number,
  env: NodeJS.ProcessEnv,
): Promise<PreviewTimes> {
  const file = aBusinessFile(content);
  const original = readFileSync(file, "utf8");
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      join(PROJECT, "node_modules/@11ty/eleventy/cmd.cjs"),
      "--config=.eleventy.ts",
      "--watch",
      `--output=${outDir}`,
    ],
    {
      cwd: PROJECT,
      env: { ...process.env, ...env, ETALASE_CONTENT: content },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const lines = createInterface({ input: child.stdout });
  const waiting = new Map<RegExp, (line: string) => void>();
  lines.on("line", (line) => {
    for (const [pattern, done] of waiting) if (pattern.test(line)) done(line);
  });
  const next = (pattern: RegExp) =>
    new Promise<string>((done, fail) => {
      waiting.set(pattern, (line) => {
        waiting.delete(pattern);
        done(line);
      });
      child.once("exit", (code) => fail(new Error(`the preview stopped (exit ${code})`)));
    });
  const pagesOf = (line: string) => Number(UPDATED.exec(line)?.[1]);
  try {
    let started = performance.now();
    const [first] = await Promise.all([next(UPDATED), next(WATCHING)]);
    const firstSeconds = (performance.now() - started) / 1000;
    const editSeconds: number[] = [];
    const editPages: number[] = [];
    for (let i = 1; i <= edits; i++) {
      // Not timed: the watcher settles before each save (it misses one made the instant it starts),
      // as it has between a person's two saves.
      await new Promise((done) => setTimeout(done, 2000));
      const updated = next(UPDATED);
      started = performance.now();
      writeFileSync(file, `${original}\nDiperbarui ${i}.\n`);
      const line = await updated;
      editSeconds.push((performance.now() - started) / 1000);
      editPages.push(pagesOf(line));
    }
    const centre = relative(content, file).split(sep)[0]!;
    return { firstSeconds, editSeconds, firstPages: pagesOf(first), editPages, centre };
  } finally {
    writeFileSync(file, original);
    child.kill();
  }
}

/** How many pages the centre `slug` owns: what a render of that centre alone writes. */
export async function centrePageCount(
  content: string,
  slug: string,
  env: NodeJS.ProcessEnv,
): Promise<number> {
  const loaded = await loadContent(resolve(content), PROJECT);
  if (!loaded.graph) throw new Error(`${content} has content problems: run npm run check`);
  const pages = listPages(loaded.graph, new Urls(), buildNow(env), new Set([slug]));
  return pages.filter((page) => page.owner === slug).length;
}
