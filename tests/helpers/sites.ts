/**
 * The sites the quality tests look at: the valid fixture and a centre whose business list goes on
 * over two pages (the pager) always, and the real sample content in content/ once it has a centre
 * (the page-quality suites add a site in three languages). Each is built once per test file, in a child process, as a
 * person would build it.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { FIXTURES, PROJECT_ROOT, runBuild, tempDir } from "./cli.ts";

export interface BuiltSite {
  /** What a failure message calls it: "fixture valid-site" or "content/". */
  readonly name: string;
  readonly content: string;
  /** The built `_site/` folder. */
  readonly dir: string;
}

const SAMPLE_CONTENT = join(PROJECT_ROOT, "content");

/** True once content/ holds at least one centre folder. */
export function hasSampleContent(): boolean {
  if (!existsSync(SAMPLE_CONTENT)) return false;
  return readdirSync(SAMPLE_CONTENT, { withFileTypes: true }).some(
    (e) => e.isDirectory() && !e.name.startsWith("."),
  );
}

export function sitesToBuild(): { name: string; content: string }[] {
  const sites = [
    { name: "fixture valid-site", content: join(FIXTURES, "valid-site/content") },
    { name: "fixture large-centre", content: join(FIXTURES, "large-centre/content") },
  ];
  if (hasSampleContent()) sites.push({ name: "content/", content: SAMPLE_CONTENT });
  return sites;
}

/**
 * The sites the page-quality suites (axe, the Nu HTML Checker, CSP, the page budget) look at: the
 * ones above and a site in three languages, since a language added from the list alone
 * (docs/languages.md) must be as valid as the first two.
 */
export function qualitySites(): { name: string; content: string }[] {
  return [
    ...sitesToBuild(),
    { name: "fixture three-languages", content: join(FIXTURES, "three-languages/content") },
  ];
}

/**
 * Encoding photos (AVIF) takes seconds each, and four test files build the same content side by
 * side. So they share one photo cache, named after the image code so a change there starts a
 * fresh one, and take turns through a lock folder: two builds never write the same cache file.
 */
function sharedImageCache(): string {
  const hash = createHash("sha256");
  for (const name of readdirSync(join(PROJECT_ROOT, "scripts/images")).sort())
    hash.update(readFileSync(join(PROJECT_ROOT, "scripts/images", name)));
  return join(tmpdir(), `etalase-quality-images-${hash.digest("hex").slice(0, 12)}`);
}

/** Whether the process that took a lock is still running (a killed run leaves its lock behind). */
function holderAlive(lock: string): boolean {
  const pid = Number(readFileSync(join(lock, "pid"), "utf8").trim() || NaN);
  if (!Number.isInteger(pid)) return true; // just created, pid not written yet
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function withLock<T>(lock: string, work: () => T): Promise<T> {
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, "pid"), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      let alive = true;
      try {
        alive = holderAlive(lock);
      } catch {
        // The holder has not written its pid yet, or has just let go.
      }
      if (!alive) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`waited 15 minutes for ${lock}`);
      else await sleep(200);
    }
  }
  try {
    return work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export async function buildSite(
  name: string,
  content: string,
  env: Record<string, string> = {},
): Promise<BuiltSite> {
  const dir = join(tempDir(), "_site");
  const cache = sharedImageCache();
  const run = await withLock(`${cache}.lock`, () =>
    runBuild(content, dir, { ...env, ETALASE_IMAGE_CACHE: cache }),
  );
  if (run.code !== 0)
    throw new Error(`build of ${name} failed (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  return { name, content, dir };
}

/** Builds every site in `sitesToBuild()`, one after the other (with `env` added to the build's environment). */
export async function buildSites(
  env: Record<string, string> = {},
  sites = sitesToBuild(),
): Promise<BuiltSite[]> {
  const built: BuiltSite[] = [];
  for (const { name, content } of sites) built.push(await buildSite(name, content, env));
  return built;
}
