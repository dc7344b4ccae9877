/**
 * Hard links between the build cache and the staging folder. A cached site is tens of thousands
 * of small files: linking them one by one from Node took seconds, while GNU `cp -al` links whole
 * folders in one process (merging them into the target). Where `cp` cannot (another system, another
 * disk), the files are linked or copied one by one.
 *
 * Hard links share their bytes: a file in the published site must never be rewritten in place.
 */
import { spawn } from "node:child_process";
import { copyFile, link, mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { inGroupsOf } from "../lib/groups.ts";

/** Folders per `cp` process: a command line stays short, and two processes use both cores. */
const FOLDERS_PER_CP = 25;

function cpLinks(folders: readonly string[], to: string): Promise<boolean> {
  return new Promise((resolve) => {
    const cp = spawn("cp", ["-alf", ...folders.map((folder) => `${folder}/.`), `${to}/`], {
      stdio: "ignore",
    });
    cp.on("error", () => resolve(false));
    cp.on("close", (code) => resolve(code === 0));
  });
}

/** Hard link, or a copy where links cannot be made (another disk). */
async function place(from: string, to: string): Promise<void> {
  await link(from, to).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code === "EEXIST") return;
    await copyFile(from, to);
  });
}

/** Links (or copies) `files`, relative paths, from `fromDir` to the same places under `toDir`. */
export async function linkFiles(
  fromDir: string,
  toDir: string,
  files: readonly string[],
): Promise<void> {
  const made = new Set<string>();
  for (const group of inGroupsOf(files, 64))
    await Promise.all(
      group.map(async (file) => {
        const dir = dirname(join(toDir, file));
        if (!made.has(dir)) {
          await mkdir(dir, { recursive: true });
          made.add(dir);
        }
        await place(join(fromDir, file), join(toDir, file));
      }),
    );
}

/**
 * Merges the contents of each folder into `toDir` as hard links. `filesOf` lists a folder's files
 * for when `cp` cannot do it.
 */
export async function linkFolders(
  folders: readonly string[],
  toDir: string,
  filesOf: (folder: string) => Promise<readonly string[]>,
): Promise<void> {
  await mkdir(toDir, { recursive: true });
  const groups = inGroupsOf(folders, FOLDERS_PER_CP);
  const linked = await Promise.all(groups.map((group) => cpLinks(group, toDir)));
  for (const [i, group] of groups.entries())
    if (!linked[i])
      for (const folder of group) await linkFiles(folder, toDir, await filesOf(folder));
}
