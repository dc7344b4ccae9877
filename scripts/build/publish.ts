/**
 * Publishes a folder atomically: the site is written into a staging folder beside the output,
 * and only a complete one replaces it, by two renames on the same disk. A failed or killed
 * build leaves the previous output exactly as it was, and never leaves stale pages in it.
 */
import { mkdir, mkdtemp, readdir, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

const stagingPrefix = (outDir: string) => `.${basename(outDir)}-staging-`;
const previousPrefix = (outDir: string) => `.${basename(outDir)}-previous-`;

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * Cleans up after a build that was killed: a half-written staging folder goes; if the kill came
 * between the two renames, the previous site is put back.
 */
export async function recoverInterruptedPublish(outDir: string): Promise<void> {
  const parent = dirname(outDir);
  const names = await readdir(parent).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.startsWith(stagingPrefix(outDir)))) await rm(join(parent, name), { recursive: true, force: true });
  const previous = names.filter((n) => n.startsWith(previousPrefix(outDir))).sort();
  if (previous.length && !(await exists(outDir))) await rename(join(parent, previous.pop()!), outDir);
  for (const name of previous) await rm(join(parent, name), { recursive: true, force: true });
  if (await exists(outDir)) for (const name of names.filter((n) => n.startsWith(previousPrefix(outDir)))) await rm(join(parent, name), { recursive: true, force: true });
}

export async function publishAtomically(outDir: string, write: (stagingDir: string) => Promise<void>): Promise<void> {
  const parent = dirname(outDir);
  await mkdir(parent, { recursive: true });
  await recoverInterruptedPublish(outDir);
  const staging = await mkdtemp(join(parent, stagingPrefix(outDir)));
  try {
    await write(staging);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  const previous = join(parent, `${previousPrefix(outDir)}${Date.now()}-${process.pid}`);
  const hadPrevious = await exists(outDir);
  if (hadPrevious)
    await rename(outDir, previous).catch(async (error) => {
      await rm(staging, { recursive: true, force: true });
      throw error;
    });
  try {
    await rename(staging, outDir);
  } catch (error) {
    if (hadPrevious) await rename(previous, outDir);
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  if (hadPrevious) await rm(previous, { recursive: true, force: true });
}
