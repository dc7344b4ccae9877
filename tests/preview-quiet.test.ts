/**
 * `npm start` keeps the terminal readable: one line per rebuild, with the page count, and no line
 * per written file. Runs the live preview over a copy of the valid fixture and changes a file.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, expect, it } from "vitest";
import { copyFixture } from "./helpers/cli.ts";
import { modelPages } from "./helpers/outputs.ts";
import { startPreview, type RunningPreview } from "./helpers/preview.ts";

let preview: RunningPreview;
let content: string;
const SUMMARY = /^etalase: (\d+) halaman\/pages diperbarui\/updated \(\d+\.\d s\)$/gm;
const summaries = () => [...preview.terminal().matchAll(SUMMARY)].map((match) => Number(match[1]));

async function until(condition: () => boolean, what: string, nudge?: () => void): Promise<void> {
  for (let tries = 0; tries < 600; tries++) {
    if (condition()) return;
    if (nudge && tries % 50 === 49) nudge();
    await sleep(100);
  }
  throw new Error(`never saw ${what}; terminal:\n${preview.terminal().slice(-2000)}`);
}

beforeAll(async () => {
  content = copyFixture("valid-site");
  // The same command as `npm start`, with the content and output moved to temporary folders.
  preview = await startPreview(content, { NO_COLOR: "1" });
  await until(
    () => summaries().length === 1 && preview.terminal().includes("Watching"),
    "the first build and the watcher",
  );
  // A change after the watcher is ready makes one rebuild.
  const file = join(content, "batik-uji/pengrajin/batik-satu.md");
  const changed = readFileSync(file, "utf8").replace(
    "Batik tulis motif pesisir.",
    "Batik tulis motif pesisir, dibuat sejak 2001.",
  );
  writeFileSync(file, changed);
  await until(
    () => summaries().length >= 2,
    "a rebuild",
    () => writeFileSync(file, changed),
  );
}, 120_000);

afterAll(() => preview?.stop());

it("prints one summary line per build with the number of pages it rendered", async () => {
  const pages = await modelPages(content);
  const [first, ...edits] = summaries();
  // The first build renders the whole site; a change in a business's text, only its centre.
  expect(first).toBe(pages.length);
  const centre = pages.filter((page) => page.owner === "batik-uji").length;
  expect(edits.length).toBeGreaterThan(0);
  for (const count of edits) expect(count).toBe(centre);
});

it("prints no line per written file, and not Eleventy's own total beside ours", () => {
  expect(preview.terminal()).not.toMatch(/Writing /);
  expect(preview.terminal()).not.toMatch(/Wrote \d+ files?/);
  expect(preview.terminal()).toContain("[11ty] Server at http://localhost:");
});
