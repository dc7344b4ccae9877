/**
 * `npm run bench [-- --sizes 10,100,400 --runs 3 --scenarios clean,nightly,one-edit --photos both|no|only --workers N --dir /tmp/etalase-bench]`
 *
 * Builds the synthetic dataset (seeds/synthetic.ts) at each size, several times, each build in a
 * child process of its own (`npm run build` as a person runs it): clean, nightly and after one
 * edit (rebuilds.ts), and prints time, CPU, pages per second, each step's time and
 * the peak memory of the whole build: the build and every process it started (workers, Pagefind),
 * sampled every 50 ms, as the sum of their resident sets (RSS) and of their proportional sets (PSS,
 * shared pages counted once). With photos, a first build fills
 * the photo cache and is not counted: the runs measure a warm cache, as on CI with actions/cache.
 * A measurement, not a test: the machine's load changes the figures (uptime is printed with them).
 */
import { cpSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { loadavg } from "node:os";
import { join } from "node:path";
import { writeSynthetic } from "../../seeds/synthetic.ts";
import { benchPreview, centrePageCount } from "../preview/bench.ts";
import { benchRebuilds } from "./rebuilds.ts";
import { BENCH } from "../cli/commands.ts";
import { parseCommandLine } from "../cli/options.ts";

const { values } = parseCommandLine(BENCH);

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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const stats = (xs: number[], digits: number) =>
  `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;

if (values.preview) {
  const env = { ETALASE_NOW: NOW, ETALASE_IMAGE_CACHE: join(values.dir, "image-cache") };
  // A given content folder is measured on a copy: the bench edits a file again and again.
  const folders = values.content
    ? [{ name: values.content, content: join(values.dir, "content-copy"), size: 0 }]
    : values.sizes.map((size) => ({
        name: `${size} centres`,
        content: join(values.dir, `content-${size}`),
        size,
      }));
  for (const { name, content, size } of folders) {
    if (values.content) {
      await rm(content, { recursive: true, force: true });
      cpSync(values.content, content, { recursive: true });
    } else if (!existsSync(join(content, ".etalase-synthetic")))
      await writeSynthetic({ centres: size, outDir: content, photos: false });
    const times = await benchPreview(content, join(values.dir, "_preview"), values.runs, env);
    const own = await centrePageCount(content, times.centre, env);
    const alone = times.editPages.every((pages) => pages === own);
    console.log(
      [
        `  ${name}, npm start: first render ${times.firstSeconds.toFixed(1)} s (${times.firstPages} pages)`,
        `    saved file to updated pages, median (min–max) of ${times.editSeconds.length}: ${stats([...times.editSeconds], 2)} s`,
        `    pages rendered per edit: ${[...new Set(times.editPages)].join(", ")}; the edited centre ${times.centre} has ${own}: ${alone ? "only it was rendered" : "more than it was rendered"}`,
      ].join("\n"),
    );
  }
  process.exit(0);
}

console.log(
  `bench: ${values.runs} run(s) per scenario and size, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);
await benchRebuilds({
  sizes: values.sizes,
  runs: values.runs,
  photoModes: values.photos === "both" ? [false, true] : [values.photos === "only"],
  scenarios: values.scenarios,
  dir: values.dir,
  ...(values.workers !== undefined ? { workers: values.workers } : {}),
  keepOutput: values["keep-output"],
  now: NOW,
  treeMemory,
});
console.log(
  `load average after: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);
