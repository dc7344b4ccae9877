/** Runs Etalase's commands as a person would, in a child process, and reads what they wrote. */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";

export const PROJECT_ROOT = resolve(import.meta.dirname, "../..");
export const FIXTURES = join(PROJECT_ROOT, "tests/fixtures");
/** Every build in the tests sees the same "now", so upcoming and past never drift. */
export const TEST_NOW = "2026-11-28T12:00:00+07:00";
/**
 * Where the tests' sites are served, for the absolute addresses (QR codes, sitemap, feeds). A test
 * of a build without one clears it (tests/site-address.test.ts).
 */
export const TEST_SITE_URL = "https://sentra.uji.go.id";

/** Temporary folders of this test process, removed when it exits so runs do not fill /tmp. */
const TEMPORARY: string[] = [];
process.on("exit", () => {
  for (const dir of TEMPORARY) rmSync(dir, { recursive: true, force: true });
});

/** One photo cache per test file, so files running side by side never write the same cache. */
const IMAGE_CACHE = tempDir("etalase-images-");

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(
  script: string,
  args: string[],
  env: Record<string, string> = {},
): RunResult {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", join(PROJECT_ROOT, "scripts/cli", script), ...args],
    {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
      // Off GitHub Actions unless a test asks for it: annotations would otherwise fill a CI run's page.
      env: {
        ...process.env,
        GITHUB_ACTIONS: "",
        GITHUB_STEP_SUMMARY: "",
        ETALASE_NOW: TEST_NOW,
        ETALASE_IMAGE_CACHE: IMAGE_CACHE,
        ETALASE_SITE_URL: TEST_SITE_URL,
        ...env,
      },
      timeout: 120_000,
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function runBuild(
  contentDir: string,
  outDir: string,
  env: Record<string, string> = {},
): RunResult {
  return runCli("build.ts", ["--content", contentDir, "--out", outDir], env);
}

export function tempDir(prefix = "etalase-test-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  TEMPORARY.push(dir);
  return dir;
}

/** A copy of a fixture's content folder that a test may change. */
export function copyFixture(name: string): string {
  const dir = join(tempDir(), "content");
  cpSync(join(FIXTURES, name, "content"), dir, { recursive: true });
  return dir;
}

/** Path → SHA-256 of every file below `dir`, to prove a folder is byte-for-byte unchanged. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash("sha256").update(readFileSync(path)).digest("hex");
    }
  };
  walk(dir);
  return out;
}

export function readPage(siteDir: string, path: string): string {
  return readFileSync(
    join(siteDir, path.endsWith(".html") ? path : join(path, "index.html")),
    "utf8",
  );
}
