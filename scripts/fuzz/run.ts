/**
 * `npm run fuzz -- --runs N [--builds M] [--seed S] [--only loader,markdown,scan,build] [--shrink]`
 *
 * The long fuzz run. By default it tries every case and counts each kind of fault it
 * meets, with the first input that showed it; `--shrink` instead stops at the first fault and
 * shrinks it to a small input to reproduce. Exits 1 when anything was found.
 */
import fc from "fast-check";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { FIXTURES, PROJECT_ROOT, runBuild, tempDir } from "../../tests/helpers/cli.ts";
import {
  buildProperty,
  loaderProperty,
  markdownProperty,
  newStats,
  scanProperty,
  type Recorder,
  type Stats,
} from "./properties.ts";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "2000" },
    builds: { type: "string" },
    seed: { type: "string" },
    only: { type: "string", default: "loader,markdown,scan,build" },
    "cap-ms": { type: "string", default: "2000" },
    shrink: { type: "boolean", default: false },
  },
});

const runs = Number(values.runs);
const builds =
  values.builds === undefined ? Math.max(5, Math.round(runs / 100)) : Number(values.builds);
const seed =
  values.seed === undefined ? Date.now() ^ (Math.random() * 0x100000000) : Number(values.seed);
const only = new Set(values.only.split(","));
const validContent = join(FIXTURES, "valid-site/content");
const imageCache = tempDir("etalase-fuzz-images-");

/** Faults by kind (the words before the first colon), with how often and the first input. */
class Findings {
  readonly kinds = new Map<string, { count: number; fault: string; input: unknown }>();
  readonly record: Recorder = (faults, input) => {
    for (const fault of faults) {
      const kind = fault.split(":")[0]!;
      const seen = this.kinds.get(kind);
      if (seen) seen.count++;
      else this.kinds.set(kind, { count: 1, fault, input });
    }
  };
  print(): void {
    if (!this.kinds.size) console.log("  found nothing");
    for (const [kind, { count, fault, input }] of this.kinds) {
      console.log(`  ✖ ${kind} (${count}×)\n    ${fault.slice(0, 1500).replace(/\n/g, "\n    ")}`);
      console.log(`    first input: ${JSON.stringify(input).slice(0, 1500)}`);
    }
  }
}

async function target(
  name: string,
  numRuns: number,
  property: (record?: Recorder) => fc.IRawProperty<[unknown]>,
  extra?: () => string,
): Promise<boolean> {
  if (!only.has(name)) return false;
  const started = performance.now();
  console.log(`etalase fuzz: ${name}, ${numRuns} cases, seed ${seed}`);
  if (values.shrink) {
    const details = await fc.check(property(), { numRuns, seed });
    console.log(
      `  tried ${details.numRuns} case(s) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    if (details.failed) console.log(fc.defaultReportMessage(details));
    else console.log("  found nothing");
    return details.failed;
  }
  const findings = new Findings();
  const details = await fc.check(property(findings.record), { numRuns, seed });
  if (details.failed)
    findings.record([`property crashed: ${String(details.errorInstance)}`], details.counterexample);
  console.log(
    `  tried ${details.numRuns} case(s) in ${((performance.now() - started) / 1000).toFixed(1)} s${extra ? `; ${extra()}` : ""}`,
  );
  findings.print();
  return findings.kinds.size > 0;
}

const summary = (stats: Stats) => () =>
  `${stats.accepted} accepted, ${stats.cases - stats.accepted} refused, slowest ${Math.round(stats.slowestMs)} ms`;
const loaded = newStats();
let found = false;
found =
  (await target(
    "loader",
    runs,
    (record) =>
      loaderProperty(
        validContent,
        imageCache,
        Number(values["cap-ms"]),
        loaded,
        record,
      ) as fc.IRawProperty<[unknown]>,
    summary(loaded),
  )) || found;
found =
  (await target(
    "markdown",
    runs,
    (record) => markdownProperty(record) as fc.IRawProperty<[unknown]>,
  )) || found;
found =
  (await target("scan", runs, (record) => scanProperty(record) as fc.IRawProperty<[unknown]>)) ||
  found;
if (only.has("build")) {
  const published = join(tempDir("etalase-fuzz-published-"), "_site");
  const first = runBuild(validContent, published);
  if (first.code !== 0) throw new Error(`the valid site does not build:\n${first.stderr}`);
  const built = newStats();
  found =
    (await target(
      "build",
      builds,
      (record) =>
        buildProperty(validContent, published, PROJECT_ROOT, built, record) as fc.IRawProperty<
          [unknown]
        >,
      summary(built),
    )) || found;
}
process.exitCode = found ? 1 : 0;
