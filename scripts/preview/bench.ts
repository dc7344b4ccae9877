/**
 * `npm run bench -- --preview`: how long `npm start` takes from a saved file to updated pages, on
 * the synthetic dataset. It runs the preview's Eleventy in watch mode (as `npm start` does, without
 * the web server), waits for the first "etalase: … updated" line, then edits one business file
 * again and again, timing each save to the next such line. A measurement, not a test.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";

const PROJECT = resolve(import.meta.dirname, "../..");
const UPDATED = /^etalase: \d+ halaman\/pages diperbarui\/updated/;
const WATCHING = /^\[11ty\] Watching/;

export interface PreviewTimes {
  /** The first render, from start to the first "updated" line. */
  readonly firstSeconds: number;
  /** Each edit, from saving the file to the "updated" line after it. */
  readonly editSeconds: readonly number[];
}

/** The first business file of the first centre, to edit. */
function aBusinessFile(content: string): string {
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
  const waiting = new Map<RegExp, () => void>();
  lines.on("line", (line) => {
    for (const [pattern, done] of waiting) if (pattern.test(line)) done();
  });
  const next = (pattern: RegExp) =>
    new Promise<void>((done, fail) => {
      waiting.set(pattern, () => {
        waiting.delete(pattern);
        done();
      });
      child.once("exit", (code) => fail(new Error(`the preview stopped (exit ${code})`)));
    });
  try {
    let started = performance.now();
    await Promise.all([next(UPDATED), next(WATCHING)]);
    const firstSeconds = (performance.now() - started) / 1000;
    const editSeconds: number[] = [];
    for (let i = 1; i <= edits; i++) {
      // Not timed: the watcher settles before each save (it misses one made the instant it starts),
      // as it has between a person's two saves.
      await new Promise((done) => setTimeout(done, 2000));
      const updated = next(UPDATED);
      started = performance.now();
      writeFileSync(file, `${original}\nDiperbarui ${i}.\n`);
      await updated;
      editSeconds.push((performance.now() - started) / 1000);
    }
    return { firstSeconds, editSeconds };
  } finally {
    writeFileSync(file, original);
    child.kill();
  }
}
