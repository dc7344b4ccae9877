/**
 * Faults during a build (issue 8, BAD-INPUTS 17): a full disk or a refused write, and the process
 * killed midway. The site published before must come out of each byte for byte, a failure must be
 * said for people in both languages, and the next build must succeed with nothing left over.
 * Failures are injected by tests/helpers/fault-inject.ts: as root, chmod stops no write.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { recoverInterruptedPublish } from "../scripts/build/publish.ts";
import { FIXTURES, PROJECT_ROOT, runBuild, snapshot, tempDir, TEST_NOW, type RunResult } from "./helpers/cli.ts";

const VALID = join(FIXTURES, "valid-site/content");
const FAULT_INJECT = join(PROJECT_ROOT, "tests/helpers/fault-inject.ts");
const STACK_LINE = /^\s+at .+[:(]\d+:\d+\)?$/m;

/** The published site of each test, in a folder of its own, and its fingerprint. */
let site: string;
let published: Record<string, string>;

beforeEach(() => {
  site = join(tempDir("etalase-faults-"), "_site");
  expect(runBuild(VALID, site).code).toBe(0);
  published = snapshot(site);
});

function buildWithFault(fault: string): RunResult {
  return runBuild(VALID, site, { ETALASE_FAULT: fault, NODE_OPTIONS: `--import tsx --import ${FAULT_INJECT}` });
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
  "✖ Tidak ada izin untuk menulis di folder keluaran.",
  "  Cara memperbaiki: periksa izin folder keluaran dan folder di atasnya, atau jalankan build sebagai pengguna yang boleh menulis di sana.",
  "  {site}/ tidak diubah.",
  "✖ There is no permission to write in the output folder.",
  "  How to fix: check the permissions of the output folder and the folder above it, or run the build as a user who may write there.",
  "  {site}/ was not changed.",
];

describe("a write fails while the site is being written", () => {
  it.each([
    ["ENOSPC@1", "disk full at the first write", DISK_FULL],
    ["ENOSPC@30", "disk full halfway through the pages", DISK_FULL],
    ["ENOSPC@69", "disk full at the last file, a photo copied in", DISK_FULL],
    ["EACCES@1", "permission refused at the first write", NO_PERMISSION],
    ["EACCES@30", "permission refused halfway", NO_PERMISSION],
    ["EACCES@rename", "permission refused when moving the published site aside", NO_PERMISSION],
  ])("%s: %s", (fault, _, message) => {
    const run = buildWithFault(fault);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`${message.join("\n").replaceAll("{site}", site)}\n`);
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
  it("SIGKILL at the 30th write into the staging folder", () => {
    const run = buildWithFault("SIGKILL@30");
    expect(run.code).toBeNull(); // killed, no exit code
    expect(snapshot(site)).toEqual(published);
    expect(besideSite().filter((name) => name.includes("-staging-"))).toHaveLength(1); // half-written, beside the site
    nextBuildSucceeds();
  });

  it("SIGKILL from outside, as soon as pages appear in the staging folder", async () => {
    const parent = dirname(site);
    const child = spawn(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "scripts/cli/build.ts"), "--content", VALID, "--out", site], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ETALASE_NOW: TEST_NOW, ETALASE_IMAGE_CACHE: tempDir("etalase-images-") },
      stdio: "ignore",
    });
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
    expect(besideSite()).toEqual([expect.stringMatching(/^\._site-previous-/), expect.stringMatching(/^\._site-staging-/), "._site.etalase-lock"]);
    // What the next build does first, on its own here to look at the site it puts back.
    await recoverInterruptedPublish(site);
    expect(besideSite()).toEqual(["_site"]);
    expect(snapshot(site)).toEqual(published);
    nextBuildSucceeds();
  });
});
