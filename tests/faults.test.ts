/**
 * Faults during a build (docs/bad-inputs.md, case 17): a full disk or a refused write, and the process
 * killed midway. The site published before must come out of each byte for byte, a failure must be
 * said for people in both languages, and the next build must succeed with nothing left over.
 * The same holds when the fault is inside one of the build's worker processes, or kills one.
 * Failures are injected by tests/helpers/fault-inject.ts: as root, chmod stops no write.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { recoverInterruptedPublish } from "../scripts/pipeline/publish.ts";
import {
  FIXTURES,
  PROJECT_ROOT,
  runBuild,
  runCli,
  snapshot,
  tempDir,
  TEST_NOW,
  type RunResult,
} from "./helpers/cli.ts";
import { smallSyntheticSite } from "./helpers/small-synthetic.ts";

const VALID = join(FIXTURES, "valid-site/content");
const FAULT_INJECT = join(PROJECT_ROOT, "tests/helpers/fault-inject.ts");
const STACK_LINE = /^\s+at .+[:(]\d+:\d+\)?$/m;

/** The published site of each test, in a folder of its own, and its fingerprint. */
let site: string;
let published: Record<string, string>;

function publishValidSite(): void {
  site = join(tempDir("etalase-faults-"), "_site");
  expect(runBuild(VALID, site).code).toBe(0);
  published = snapshot(site);
}

const withFault = (fault: string) => ({
  ETALASE_FAULT: fault,
  NODE_OPTIONS: `--import tsx --import ${FAULT_INJECT}`,
});

function buildWithFault(fault: string): RunResult {
  return runBuild(VALID, site, withFault(fault));
}

const besideSite = () => readdirSync(dirname(site)).sort();

/** After any fault: a clean build publishes every page again and leaves nothing beside the site. */
function nextBuildSucceeds(): void {
  const run = runBuild(VALID, site);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(besideSite()).toEqual(["_site"]);
  // The same files; their bytes are not compared, since the templates may change between two builds.
  expect(Object.keys(snapshot(site)).sort()).toEqual(Object.keys(published).sort());
}

const DISK_FULL = [
  "✖ Disk penuh: tidak ada ruang untuk menulis situs.",
  "  Cara memperbaiki: kosongkan ruang di disk (hapus berkas yang tidak perlu), lalu jalankan build lagi.",
  "  {site}/ tidak diubah.",
  "✖ The disk is full: there is no room to write the site.",
  "  How to fix: free some disk space (delete files that are not needed), then run the build again.",
  "  {site}/ was not changed.",
];
const NO_PERMISSION = [
  "✖ Tidak ada izin untuk menulis di {parent}/, folder tempat situs ditulis.",
  "  Cara memperbaiki: periksa pemilik dan izin folder itu (build menulis situs baru di sana sebelum menggantikan yang lama), atau jalankan build sebagai pengguna yang boleh menulis di sana.",
  "  {site}/ tidak diubah.",
  "✖ There is no permission to write in {parent}/, the folder the site is written in.",
  "  How to fix: check the owner and permissions of that folder (the build writes the new site there before it replaces the old one), or run the build as a user who may write there.",
  "  {site}/ was not changed.",
];
const TOO_MANY_FILES = [
  "✖ Terlalu banyak berkas terbuka sekaligus.",
  "  Cara memperbaiki: tutup program lain atau naikkan batas berkas terbuka (ulimit -n), lalu jalankan lagi.",
  "  {site}/ tidak diubah.",
  "✖ Too many files are open at once.",
  "  How to fix: close other programs or raise the open-file limit (ulimit -n), then run it again.",
  "  {site}/ was not changed.",
];

/** The message as the build prints it, for the site of the test. */
const said = (lines: readonly string[]) =>
  `${lines.join("\n").replaceAll("{site}", site).replaceAll("{parent}", dirname(site))}\n`;

describe("a write fails while the site is being written", () => {
  beforeEach(publishValidSite);

  it.each([
    ["ENOSPC@1", "disk full at the first write", DISK_FULL],
    ["ENOSPC@30", "disk full halfway through the pages", DISK_FULL],
    ["ENOSPC@69", "disk full at the last file, a photo copied in", DISK_FULL],
    ["EACCES@1", "permission refused at the first write", NO_PERMISSION],
    ["EACCES@30", "permission refused halfway", NO_PERMISSION],
    ["EACCES@rename", "permission refused when moving the published site aside", NO_PERMISSION],
    ["EMFILE@30", "too many open files halfway", TOO_MANY_FILES],
  ])("%s: %s", (fault, _, message) => {
    const run = buildWithFault(fault);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(said(message));
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(snapshot(site)).toEqual(published);
    expect(besideSite()).toEqual(["_site"]);
    nextBuildSucceeds();
  });

  it("the fault is real: without it the same build writes more than 69 files into the staging folder", () => {
    // Otherwise ENOSPC@69 above would never fire, and its test would pass by not failing.
    expect(Object.keys(published).length).toBeGreaterThanOrEqual(69);
  });
});

describe("the build is killed", () => {
  beforeEach(publishValidSite);

  it("SIGKILL at the 30th write into the staging folder", () => {
    const run = buildWithFault("SIGKILL@30");
    expect(run.code).toBeNull(); // killed, no exit code
    expect(snapshot(site)).toEqual(published);
    expect(besideSite().filter((name) => name.includes("-staging-"))).toHaveLength(1); // half-written, beside the site
    nextBuildSucceeds();
  });

  it("SIGKILL from outside, as soon as pages appear in the staging folder", async () => {
    const parent = dirname(site);
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        join(PROJECT_ROOT, "scripts/cli/build.ts"),
        "--content",
        VALID,
        "--out",
        site,
      ],
      {
        cwd: PROJECT_ROOT,
        env: {
          ...process.env,
          ETALASE_NOW: TEST_NOW,
          ETALASE_IMAGE_CACHE: tempDir("etalase-images-"),
        },
        stdio: "ignore",
      },
    );
    const signal = await new Promise<NodeJS.Signals | null>((resolve) => {
      child.on("exit", (_, killedBy) => resolve(killedBy));
      const watch = setInterval(() => {
        const staging = readdirSync(parent).find((name) => name.includes("-staging-"));
        if (staging && readdirSync(join(parent, staging), { recursive: true }).length > 0) {
          clearInterval(watch);
          child.kill("SIGKILL");
        }
      }, 2);
      child.on("exit", () => clearInterval(watch));
    });
    expect(signal).toBe("SIGKILL"); // killed midway, not finished before the kill
    expect(snapshot(site)).toEqual(published);
    nextBuildSucceeds();
  });

  it("SIGKILL between the two renames: the published site is moved aside, and put back whole", async () => {
    const run = buildWithFault("SIGKILL@rename");
    expect(run.code).toBeNull();
    expect(existsSync(site)).toBe(false);
    expect(besideSite()).toEqual([
      expect.stringMatching(/^\._site-previous-/),
      expect.stringMatching(/^\._site-staging-/),
      "._site.etalase-lock",
    ]);
    // What the next build does first, on its own here to look at the site it puts back.
    await recoverInterruptedPublish(site);
    expect(besideSite()).toEqual(["_site"]);
    expect(snapshot(site)).toEqual(published);
    nextBuildSucceeds();
  });
});

describe("a fault inside a worker process (8 centres, --workers 2 --batch 1)", () => {
  const IN_WORKERS = ["--workers", "2", "--batch", "1"];
  const IN_ONE_PROCESS = ["--workers", "0"];
  let content: string;
  /** The centre whose first write fails: with --batch 1, one worker's whole job. */
  let centre: string;
  const build = (options: readonly string[], env: Record<string, string> = {}) =>
    runCli("build.ts", ["--content", content, "--out", site, ...options], env);

  beforeAll(async () => {
    const synthetic = await smallSyntheticSite(8);
    content = synthetic.content;
    centre = synthetic.slugs[3]!;
    site = join(tempDir("etalase-faults-"), "_site");
    expect(build(IN_WORKERS).code).toBe(0);
    published = snapshot(site);
  });

  function stoppedWithSiteUnchanged(run: RunResult, message: readonly string[]): void {
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(said(message));
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.code).toBe(1);
    expect(snapshot(site)).toEqual(published);
    expect(besideSite()).toEqual(["_site"]);
  }

  it.each([
    ["ENOSPC", DISK_FULL],
    ["EACCES", NO_PERMISSION],
    ["EMFILE", TOO_MANY_FILES],
  ])("%s in a worker: the same message as in one process", (code, message) => {
    stoppedWithSiteUnchanged(build(IN_ONE_PROCESS, withFault(`${code}@centre:${centre}`)), message);
    // Fires only in a worker process: a build that used none would succeed here.
    stoppedWithSiteUnchanged(build(IN_WORKERS, withFault(`${code}@worker:${centre}`)), message);
  });

  it.each([
    ["EXIT137", "kode keluar 137", "exit code 137"],
    ["SIGKILL", "dihentikan dengan sinyal SIGKILL", "killed by signal SIGKILL"],
  ])("a worker that dies (%s) is named with its centres and what to try", (what, id, en) => {
    stoppedWithSiteUnchanged(build(IN_WORKERS, withFault(`${what}@worker:${centre}`)), [
      `✖ Proses build yang mengerjakan sentra ${centre} berhenti mendadak (${id}). Biasanya karena memori komputer habis.`,
      "  Cara memperbaiki: jalankan lagi dengan lebih sedikit sentra per proses (--batch 1) atau lebih sedikit proses (--workers 1), dan tutup program lain yang memakai banyak memori.",
      "  {site}/ tidak diubah.",
      `✖ The build process working on the centre ${centre} stopped suddenly (${en}). This is usually because the computer ran out of memory.`,
      "  How to fix: run it again with fewer centres per process (--batch 1) or fewer processes (--workers 1), and close other programs that use a lot of memory.",
      "  {site}/ was not changed.",
    ]);
  });

  it("with ETALASE_DEBUG the error from the worker is printed whole: its code and where it was thrown", () => {
    const run = build(IN_WORKERS, { ...withFault(`ENOSPC@worker:${centre}`), ETALASE_DEBUG: "1" });
    expect(run.stderr).toContain(said(DISK_FULL));
    expect(run.stderr).toContain("code: 'ENOSPC'");
    expect(run.stderr).toMatch(/^\s+at .+fault-inject\.ts:\d+:\d+\)?$/m);
    expect(run.code).toBe(1);
  });

  it("after the faults, the next build with workers publishes every page again", () => {
    const run = build(IN_WORKERS);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(besideSite()).toEqual(["_site"]);
    expect(Object.keys(snapshot(site)).sort()).toEqual(Object.keys(published).sort());
  });
});
