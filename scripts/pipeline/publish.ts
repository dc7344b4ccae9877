/**
 * Publishes a folder atomically: the site is written into a staging folder beside the output,
 * and only a complete one replaces it, by two renames on the same disk. A failed or killed
 * build leaves the previous output exactly as it was, and never leaves stale pages in it.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { markerText, OUTPUT_MARKER, type OutputKind } from "./output-folder.ts";
import { removeDeadLock } from "./output-lock.ts";

const stagingPrefix = (outDir: string) => `.${basename(outDir)}-staging-`;
const previousPrefix = (outDir: string) => `.${basename(outDir)}-previous-`;

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * Cleans up after a build that was killed: a half-written staging folder goes, and its lock; if
 * the kill came between the two renames, the previous site is put back.
 */
export async function recoverInterruptedPublish(outDir: string): Promise<void> {
  await removeDeadLock(outDir);
  const parent = dirname(outDir);
  const names = await readdir(parent).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.startsWith(stagingPrefix(outDir))))
    await rm(join(parent, name), { recursive: true, force: true });
  const previous = names.filter((n) => n.startsWith(previousPrefix(outDir))).sort();
  if (previous.length && !(await exists(outDir)))
    await rename(join(parent, previous.pop()!), outDir);
  for (const name of previous) await rm(join(parent, name), { recursive: true, force: true });
  // The site is in place: an old one beside it is only left over (or being removed already).
  if (await exists(outDir))
    for (const name of names.filter((n) => n.startsWith(previousPrefix(outDir))))
      removeInBackground(join(parent, name));
}

/**
 * Writes the site with `write` and publishes it as `outDir`, marked as an Etalase output of `kind`
 * so the next build may replace it (scripts/pipeline/output-folder.ts). Call it only for a folder that
 * check allowed, holding its lock (scripts/pipeline/output-lock.ts).
 */
/**
 * Removes a failed build's staging folder. Writes that were under way when the build failed (an
 * Eleventy run writes many files at once) can still land during the removal, so it is retried;
 * and a removal that still fails must not hide the error that stopped the build: what is left is
 * removed by the next build (recoverInterruptedPublish).
 */
async function discard(staging: string): Promise<void> {
  await rm(staging, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }).catch(
    () => undefined,
  );
}

export async function publishAtomically(
  outDir: string,
  kind: OutputKind,
  write: (stagingDir: string) => Promise<void>,
  options: {
    /** "background": the old site is removed by a process of its own, which the build does not wait for. */
    readonly removeOld?: "wait" | "background";
    /** Once the new site is in place, with the old one (if any) beside it until this ends. */
    readonly published?: (previous: string | undefined) => Promise<void>;
  } = {},
): Promise<void> {
  const parent = dirname(outDir);
  await mkdir(parent, { recursive: true });
  await recoverInterruptedPublish(outDir);
  // mkdir, not mkdtemp: the published folder gets the mode any new folder gets (0755 under umask
  // 022), not mkdtemp's 0700, which a web server running as another user could not read.
  const staging = join(
    parent,
    `${stagingPrefix(outDir)}${process.pid}-${randomBytes(4).toString("hex")}`,
  );
  await mkdir(staging);
  try {
    await write(staging);
    await writeFile(join(staging, OUTPUT_MARKER), markerText(kind));
  } catch (error) {
    await discard(staging);
    throw error;
  }
  const previous = join(parent, `${previousPrefix(outDir)}${Date.now()}-${process.pid}`);
  const hadPrevious = await exists(outDir);
  if (hadPrevious)
    await rename(outDir, previous).catch(async (error) => {
      await discard(staging);
      throw error;
    });
  try {
    await rename(staging, outDir);
  } catch (error) {
    if (hadPrevious) await rename(previous, outDir);
    await discard(staging);
    throw error;
  }
  await options.published?.(hadPrevious ? previous : undefined);
  if (!hadPrevious) return;
  if (options.removeOld === "background") removeInBackground(previous);
  else await rm(previous, { recursive: true, force: true });
}

/**
 * Removes a folder in a detached Node process that outlives the build: the new site is live
 * already, and unlinking tens of thousands of files took seconds. Whatever it leaves (the machine
 * stopped) the next build removes (recoverInterruptedPublish).
 */
export function removeInBackground(folder: string): void {
  const remover = spawn(
    process.execPath,
    ["-e", "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })", folder],
    { detached: true, stdio: "ignore" },
  );
  remover.on("error", () => undefined);
  remover.unref();
}
