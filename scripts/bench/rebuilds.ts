/**
 * The builds `npm run bench` times, as people run them: `clean` (no cache, no output), `nightly`
 * (a `--cache-dir` build where only the day moved on, each night starting from the previous
 * night's cache and output) and `one-edit` (a warm cache for the day, then one business file
 * gains a sentence). Each build runs in a child process under `sh`, which prints its own
 * /proc stat after the build exited: its cutime and cstime fields are the user and system CPU of
 * every waited-for descendant (the build, its workers, Pagefind), exact and without /usr/bin/time.
 * With `ETALASE_TIMINGS=1` the build prints each step's time; they are grouped by name, digits
 * replaced by N, so the steps are read from the build, never listed here.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import type { Readable } from "node:stream";
import { writeSynthetic } from "../../seeds/synthetic.ts";
import type { BenchScenario } from "../cli/commands.ts";

const PROJECT = resolve(import.meta.dirname, "../..");
const DAY = 86_400_000;
const MB = 1048576;

/** Memory of a process and its descendants (run.ts samples it from /proc). */
export type TreeMemory = (root: number) => { rss: number; pss: number };

export interface RebuildBench {
  readonly sizes: readonly number[];
  readonly runs: number;
  readonly photoModes: readonly boolean[];
  readonly scenarios: readonly BenchScenario[];
  readonly dir: string;
  readonly workers?: number;
  readonly keepOutput: boolean;
  /** The bench's fixed "now": day D of the nightly builds, the day of the others. */
  readonly now: string;
  readonly treeMemory: TreeMemory;
}

/** One timed build. */
export interface Measured {
  readonly seconds: number;
  readonly pages: number;
  readonly userSeconds: number;
  readonly systemSeconds: number;
  readonly peakRssBytes: number;
  readonly peakPssBytes: number;
  /** Seconds per step, steps of the same name (after digits become N) added up. */
  readonly steps: ReadonlyMap<string, number>;
}

const STEP_LINE = /^etalase: (.+) (\d+\.\d+) s \(rss \d+ MB\)$/;

/** "99 centres from the cache" → "N centres from the cache", so runs and sizes group together. */
export const stepName = (raw: string) => raw.replace(/\d+/g, "N");

/** The step times in a build's stderr (`ETALASE_TIMINGS=1`), in the order the build took them. */
export function parseSteps(stderr: string): Map<string, number> {
  const steps = new Map<string, number>();
  for (const line of stderr.split(/\r?\n|\r/)) {
    const match = STEP_LINE.exec(line);
    if (!match) continue;
    const name = stepName(match[1]!);
    steps.set(name, (steps.get(name) ?? 0) + Number(match[2]));
  }
  return steps;
}

/**
 * The CPU seconds of the waited-for children of a process, from its /proc/PID/stat line: cutime
 * and cstime, fields 16 and 17 of proc(5), in clock ticks. Read after the name in parentheses,
 * which may hold spaces.
 */
export function childrenCpu(stat: string, ticksPerSecond: number) {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = (field: number) => Number(fields[field - 3]);
  const [user, system] = [ticks(16), ticks(17)];
  if (!Number.isFinite(user) || !Number.isFinite(system))
    throw new Error(`not a /proc stat line: ${stat}`);
  return { userSeconds: user / ticksPerSecond, systemSeconds: system / ticksPerSecond };
}

let ticks: number | undefined;
function ticksPerSecond(): number {
  if (ticks === undefined) {
    try {
      ticks = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    } catch {
      ticks = 100;
    }
  }
  return ticks;
}

/** ETALASE_NOW for `days` after the instant `now`. */
export const daysAfter = (now: string, days: number) =>
  new Date(Date.parse(now) + days * DAY).toISOString();

interface BuildSetup {
  readonly content: string;
  readonly out: string;
  readonly imageCache: string;
  readonly buildCache?: string;
  readonly now: string;
  readonly workers?: number;
  readonly treeMemory: TreeMemory;
}

/**
 * `scripts/cli/build.ts` in a child process under `sh`, which writes its own stat to fd 3 once the
 * build exited. Memory is sampled every 50 ms over the shell and everything below it (the shell
 * itself adds about a megabyte).
 */
function timedBuild(setup: BuildSetup): Promise<Measured> {
  const node = [
    process.execPath,
    "--import",
    "tsx",
    join(PROJECT, "scripts/cli/build.ts"),
    "--content",
    setup.content,
    "--out",
    setup.out,
    ...(setup.buildCache ? ["--cache-dir", setup.buildCache] : []),
    ...(setup.workers !== undefined ? ["--workers", String(setup.workers)] : []),
  ];
  const script = `"$@"; s=$?; cat /proc/$$/stat >&3; exit $s`;
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn("sh", ["-c", script, "sh", ...node], {
      cwd: PROJECT,
      env: {
        ...process.env,
        ETALASE_NOW: setup.now,
        ETALASE_IMAGE_CACHE: setup.imageCache,
        ETALASE_TIMINGS: "1",
      },
      stdio: ["ignore", "pipe", "pipe", "pipe"],
    });
    let peakRss = 0;
    let peakPss = 0;
    const sampler = setInterval(() => {
      const now = setup.treeMemory(child.pid!);
      peakRss = Math.max(peakRss, now.rss);
      peakPss = Math.max(peakPss, now.pss);
    }, 50);
    let stdout = "";
    let stderr = "";
    let stat = "";
    child.stdout!.on("data", (chunk) => (stdout += chunk));
    child.stderr!.on("data", (chunk) => (stderr += chunk));
    (child.stdio[3] as Readable).on("data", (chunk) => (stat += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      const pages = Number(/(\d+) halaman\/pages/.exec(stdout)?.[1]);
      if (code !== 0 || !pages) {
        reject(new Error(`build failed (exit ${code}):\n${stdout}\n${stderr}`));
        return;
      }
      try {
        resolvePromise({
          seconds,
          pages,
          ...childrenCpu(stat, ticksPerSecond()),
          peakRssBytes: peakRss,
          peakPssBytes: peakPss,
          steps: parseSteps(stderr),
        });
      } catch (error) {
        reject(error);
      }
    });
  });
}

/** Where one size and photo mode is built, and how. */
interface Place {
  readonly label: string;
  readonly content: string;
  readonly out: string;
  readonly buildCache: string;
  readonly runs: number;
  readonly build: (extra: { now: string; buildCache?: string }) => Promise<Measured>;
  readonly now: string;
}

function report(place: Place, scenario: string, run: number, m: Measured, note = ""): void {
  console.log(
    `  ${place.label}, ${scenario} ${run}${note}: ${m.pages} pages in ${m.seconds.toFixed(1)} s, CPU ${m.userSeconds.toFixed(1)} user + ${m.systemSeconds.toFixed(1)} system s, peak ${(m.peakRssBytes / MB).toFixed(0)} MB RSS, ${(m.peakPssBytes / MB).toFixed(0)} MB PSS`,
  );
}

/** No cache, the output folder removed before each build (removing it is not the build's time). */
async function clean(place: Place): Promise<Measured[]> {
  const results: Measured[] = [];
  for (let i = 1; i <= place.runs; i++) {
    await rm(place.out, { recursive: true, force: true });
    const m = await place.build({ now: place.now });
    report(place, "clean", i, m);
    results.push(m);
  }
  return results;
}

/**
 * A cache filled on day D (not timed), then one build a night from D+1, each on the previous
 * night's cache and output: the day in the cache key makes every centre miss, as on a real night.
 */
async function nightly(place: Place): Promise<Measured[]> {
  await rm(place.buildCache, { recursive: true, force: true });
  await rm(place.out, { recursive: true, force: true });
  await place.build({ now: place.now, buildCache: place.buildCache });
  const results: Measured[] = [];
  for (let night = 1; night <= place.runs; night++) {
    const now = daysAfter(place.now, night);
    const m = await place.build({ now, buildCache: place.buildCache });
    report(place, "nightly", night, m, ` (D+${night})`);
    results.push(m);
  }
  return results;
}

/** The centre in the middle of the sort order: a typical one, neither the first nor the last. */
function centreOf(content: string): string {
  const centres = readdirSync(content, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith("."))
    .map((entry) => entry.name)
    .sort();
  return centres[Math.floor(centres.length / 2)]!;
}

/** The business files of the middle centre, sorted. */
function middleCentreBusinesses(content: string): string[] {
  const folder = join(content, centreOf(content), "pengrajin");
  return readdirSync(folder)
    .filter((name) => name.endsWith(".md") && !name.endsWith(".en.md"))
    .sort()
    .map((name) => join(folder, name));
}

/**
 * A cache warmed for day D (not timed), then a rebuild after each edit, a different business each
 * run; the edits add up and every file is put back at the end, or on Ctrl-C.
 */
async function oneEdit(place: Place): Promise<Measured[]> {
  await rm(place.buildCache, { recursive: true, force: true });
  await rm(place.out, { recursive: true, force: true });
  await place.build({ now: place.now, buildCache: place.buildCache });
  const files = middleCentreBusinesses(place.content);
  const originals = new Map<string, string>();
  const restore = () => {
    for (const [file, text] of originals) writeFileSync(file, text);
  };
  const interrupted = () => {
    restore();
    process.exit(130);
  };
  process.once("SIGINT", interrupted);
  try {
    const results: Measured[] = [];
    for (let i = 1; i <= place.runs; i++) {
      const file = files[(i - 1) % files.length]!;
      const text = originals.get(file) ?? readFileSync(file, "utf8");
      originals.set(file, text);
      const edited = readFileSync(file, "utf8");
      writeFileSync(
        file,
        `${edited.endsWith("\n") ? edited : `${edited}\n`}\nKalimat tambahan ${i} untuk uji kecepatan.\n`,
      );
      const m = await place.build({ now: place.now, buildCache: place.buildCache });
      report(place, "one-edit", i, m, ` (${file.slice(place.content.length + 1)})`);
      results.push(m);
    }
    return results;
  } finally {
    process.off("SIGINT", interrupted);
    restore();
  }
}

const RUNNERS: Record<BenchScenario, (place: Place) => Promise<Measured[]>> = {
  clean,
  nightly,
  "one-edit": oneEdit,
};

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** "median (min–max)", or the one value when every run gave it. */
const spread = (xs: readonly number[], digits: number) => {
  const [low, high] = [Math.min(...xs).toFixed(digits), Math.max(...xs).toFixed(digits)];
  return low === high ? low : `${median(xs).toFixed(digits)} (${low}–${high})`;
};

/** A Markdown table, its columns padded for a terminal; numbers aligned right. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
  return [
    line(header),
    `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`,
    ...rows.map(line),
  ].join("\n");
}

/** Every step name of every scenario, each new one placed after the step it followed. */
export function stepOrder(lists: readonly (readonly string[])[]): string[] {
  const order: string[] = [];
  for (const list of lists) {
    let after = -1;
    for (const step of list) {
      const found = order.indexOf(step);
      if (found >= 0) after = found;
      else order.splice(++after, 0, step);
    }
  }
  return order;
}

type Results = ReadonlyMap<BenchScenario, readonly Measured[]>;

/** Scenarios as columns: each figure's median (min–max) over the runs. */
export function figuresTable(results: Results): string {
  const scenarios = [...results.keys()];
  const row = (name: string, pick: (m: Measured) => number, digits: number) => [
    name,
    ...scenarios.map((s) => spread(results.get(s)!.map(pick), digits)),
  ];
  return table(
    ["", ...scenarios],
    [
      row("pages", (m) => m.pages, 0),
      row("wall s", (m) => m.seconds, 1),
      row("pages/s", (m) => m.pages / m.seconds, 0),
      row("user CPU s", (m) => m.userSeconds, 1),
      row("system CPU s", (m) => m.systemSeconds, 1),
      row("peak RSS MB", (m) => m.peakRssBytes / MB, 0),
      row("peak PSS MB", (m) => m.peakPssBytes / MB, 0),
    ],
  );
}

/** Steps as rows, scenarios as columns: each step's median seconds, "–" where it did not run. */
export function stepsTable(results: Results): string {
  const scenarios = [...results.keys()];
  const names = stepOrder(
    scenarios.flatMap((s) => results.get(s)!.map((m) => [...m.steps.keys()])),
  );
  return table(
    ["step: median s", ...scenarios],
    names.map((name) => [
      name,
      ...scenarios.map((s) => {
        const times = results.get(s)!.flatMap((m) => m.steps.get(name) ?? []);
        return times.length ? median(times).toFixed(2) : "–";
      }),
    ]),
  );
}

/**
 * Content committed to git, as on a host (a checkout) or in a staff member's clone: the build
 * cache then takes tracked files' hashes from git instead of reading every file
 * (scripts/pipeline/file-hashes.ts). The repository is the bench folder itself, never one around
 * it. Without git the bench goes on, each build reading every file.
 */
function committed(benchDir: string, content: string): void {
  const git = (...args: string[]) =>
    spawnSync(
      "git",
      ["-C", benchDir, "-c", "user.name=bench", "-c", "user.email=bench@localhost", ...args],
      { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
    );
  const folder = relative(benchDir, content);
  const top = git("rev-parse", "--show-toplevel");
  if (top.status !== 0 || realpathSync(top.stdout.trim()) !== realpathSync(benchDir))
    git("init", "-q");
  git("add", "-A", "--", folder);
  // Exit code 1: something is staged. (Not `status`: 140,000 lines at 2,000 centres.)
  if (git("diff", "--cached", "--quiet", "--", folder).status === 1)
    git("commit", "-q", "-m", "synthetic content", "--", folder);
  if (git("ls-files", "--error-unmatch", "--", join(folder, ".etalase-synthetic")).status !== 0)
    console.log(`bench: ${content} is not in git; each build hashes every content file`);
}

/** Every scenario at every size and photo mode, with a figures table and a steps table for each. */
export async function benchRebuilds(bench: RebuildBench): Promise<void> {
  const imageCache = join(bench.dir, "image-cache");
  const buildCache = join(bench.dir, "build-cache");
  const out = join(bench.dir, "_site");
  const tables: string[] = [];
  for (const photos of bench.photoModes) {
    for (const size of bench.sizes) {
      const content = join(bench.dir, `content-${size}${photos ? "-photos" : ""}`);
      if (!existsSync(join(content, ".etalase-synthetic")))
        await writeSynthetic({ centres: size, outDir: content, photos });
      committed(bench.dir, content);
      const place: Place = {
        label: `${size} centres${photos ? " + photos" : ""}`,
        content,
        out,
        buildCache,
        runs: bench.runs,
        now: bench.now,
        build: (extra) =>
          timedBuild({
            content,
            out,
            imageCache,
            ...extra,
            ...(bench.workers !== undefined ? { workers: bench.workers } : {}),
            treeMemory: bench.treeMemory,
          }),
      };
      if (photos && bench.scenarios.includes("clean")) {
        await rm(out, { recursive: true, force: true });
        await place.build({ now: bench.now }); // fills the photo cache; not counted
      }
      const results = new Map<BenchScenario, Measured[]>();
      for (const scenario of bench.scenarios) results.set(scenario, await RUNNERS[scenario](place));
      if (!bench.keepOutput) {
        await rm(out, { recursive: true, force: true });
        await rm(buildCache, { recursive: true, force: true });
      }
      const title = [
        `${place.label}${photos ? " (warm photo cache)" : ""}: median (min–max) of ${bench.runs} run(s)`,
        `clean: no cache; nightly: day D = ${bench.now} cached, then D+1… on the last night's cache and output;`,
        `one-edit: day D cached, then a sentence added to one business of ${centreOf(content)} per run`,
      ].join("\n");
      tables.push(`${title}\n${figuresTable(results)}\n\n${stepsTable(results)}`);
    }
  }
  console.log(`\n${tables.join("\n\n")}`);
}
