/**
 * `npm run bench [-- --sizes 10,100,400 --runs 3 --photos both|no|only --workers N --dir /tmp/etalase-bench]`
 *
 * Builds the synthetic dataset (seeds/synthetic.ts) at each size, several times, each build in a
 * child process of its own (`npm run build` as a person runs it), and prints pages per second and
 * the peak memory of the whole build: the build and every process it started (workers, Pagefind),
 * sampled every 50 ms, as the sum of their resident sets (RSS) and of their proportional sets (PSS,
 * shared pages counted once). With photos, a first build fills
 * the photo cache and is not counted: the runs measure a warm cache, as on CI with actions/cache.
 * A measurement, not a test: the machine's load changes the figures (uptime is printed with them).
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { writeSynthetic } from "../../seeds/synthetic.ts";
import { benchPreview } from "../preview/bench.ts";
import { BENCH } from "../cli/commands.ts";
import { parseCommandLine } from "../cli/options.ts";

const { values } = parseCommandLine(BENCH);

const PROJECT = resolve(import.meta.dirname, "../..");
const NOW = "2026-11-28T12:00:00+07:00";

/** Proportional set size of a process: its resident memory with shared pages divided among their users. */
function pss(pid: number): number {
  try {
    const kb = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"))?.[1];
    return Number(kb ?? 0) * 1024;
  } catch {
    return 0; // ended while we looked
  }
}

/**
 * Memory of a process and all its descendants, from /proc (Linux): the sum of their resident sets,
 * which counts pages they share (Node's own code, in every worker) once per process, and the sum
 * of their proportional sets, which counts each page once: what the machine really gives the build.
 */
function treeMemory(root: number): { rss: number; pss: number } {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
      rss.set(Number(name), Number(fields[21]) * 4096);
    } catch {
      // The process ended while we looked.
    }
  }
  const total = { rss: 0, pss: 0 };
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total.rss += rss.get(pid) ?? 0;
    total.pss += pss(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

interface Run {
  readonly seconds: number;
  readonly pages: number;
  readonly peakBytes: number;
  readonly peakPssBytes: number;
}

function build(content: string, out: string, cache: string): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const args = [
      "--import",
      "tsx",
      join(PROJECT, "scripts/cli/build.ts"),
      "--content",
      content,
      "--out",
      out,
      ...(values.workers !== undefined ? ["--workers", String(values.workers)] : []),
    ];
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: PROJECT,
      env: { ...process.env, ETALASE_NOW: NOW, ETALASE_IMAGE_CACHE: cache },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let peak = 0;
    let peakPss = 0;
    const sampler = setInterval(() => {
      const now = treeMemory(child.pid!);
      peak = Math.max(peak, now.rss);
      peakPss = Math.max(peakPss, now.pss);
    }, 50);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => {
      clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      const pages = Number(/(\d+) halaman\/pages/.exec(stdout)?.[1]);
      if (code !== 0 || !pages)
        reject(new Error(`build failed (exit ${code}):\n${stdout}\n${stderr}`));
      else resolvePromise({ seconds, pages, peakBytes: peak, peakPssBytes: peakPss });
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const stats = (xs: number[], digits: number) =>
  `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;

if (values.preview) {
  for (const size of values.sizes) {
    const content = join(values.dir, `content-${size}`);
    if (!existsSync(join(content, ".etalase-synthetic")))
      await writeSynthetic({ centres: size, outDir: content, photos: false });
    const times = await benchPreview(content, join(values.dir, "_preview"), values.runs, {
      ETALASE_NOW: NOW,
      ETALASE_IMAGE_CACHE: join(values.dir, "image-cache"),
    });
    console.log(
      `  ${size} centres, npm start: first render ${times.firstSeconds.toFixed(1)} s; saved file to updated pages, median (min–max) of ${times.editSeconds.length}: ${stats([...times.editSeconds], 2)} s`,
    );
  }
  process.exit(0);
}

const sizes = values.sizes;
const runs = values.runs;
const photoModes = values.photos === "both" ? [false, true] : [values.photos === "only"];
const rows: string[][] = [];
console.log(
  `bench: ${runs} run(s) per size, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);
for (const photos of photoModes) {
  for (const size of sizes) {
    const content = join(values.dir, `content-${size}${photos ? "-photos" : ""}`);
    if (!existsSync(join(content, ".etalase-synthetic")))
      await writeSynthetic({ centres: size, outDir: content, photos });
    const out = join(values.dir, "_site");
    const cache = join(values.dir, "image-cache");
    if (photos) {
      await rm(out, { recursive: true, force: true });
      await build(content, out, cache); // fills the photo cache; not counted
    }
    const results: Run[] = [];
    for (let i = 0; i < runs; i++) {
      await rm(out, { recursive: true, force: true }); // removing the last output is not the build's time
      const run = await build(content, out, cache);
      results.push(run);
      console.log(
        `  ${size} centres${photos ? " + photos" : ""}, run ${i + 1}: ${run.pages} pages in ${run.seconds.toFixed(1)} s, peak ${(run.peakBytes / 1048576).toFixed(0)} MB RSS, ${(run.peakPssBytes / 1048576).toFixed(0)} MB PSS`,
      );
    }
    if (!values["keep-output"]) await rm(out, { recursive: true, force: true });
    rows.push([
      String(size),
      photos ? "yes (warm cache)" : "no",
      String(results[0]!.pages),
      stats(
        results.map((r) => r.seconds),
        1,
      ),
      stats(
        results.map((r) => r.pages / r.seconds),
        0,
      ),
      stats(
        results.map((r) => r.peakBytes / 1048576),
        0,
      ),
      stats(
        results.map((r) => r.peakPssBytes / 1048576),
        0,
      ),
    ]);
  }
}
const header = [
  "centres",
  "photos",
  "pages",
  "seconds: median (min–max)",
  "pages/s: median (min–max)",
  "peak RSS MB: median (min–max)",
  "peak PSS MB: median (min–max)",
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
console.log(
  `\n${line(header)}\n| ${widths.map((w) => "-".repeat(w)).join(" | ")} |\n${rows.map(line).join("\n")}`,
);
console.log(
  `load average after: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);
