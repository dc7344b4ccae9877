/**
 * A hash of each content file's bytes, for the build cache's keys. Where the content is in a git
 * repository, git already has one for every tracked file its work tree has not changed (the blob
 * id in its index), so nothing is read; other files are read and hashed. Sizes and times would be
 * cheaper but are wrong on CI, where every checkout gives every file a new time: each night would
 * then re-render every centre with a photo.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import { inGroupsOf } from "../lib/groups.ts";

const run = promisify(execFile);

/** Files read at once when git cannot tell. */
const READ_AT_ONCE = 64;

/** Paths under `dir` (relative, `/`-separated) whose git blob id still is their content. */
async function gitBlobs(dir: string): Promise<Map<string, string>> {
  const git = (...args: string[]) =>
    run("git", ["-C", dir, ...args], { maxBuffer: 1 << 28 }).then((r) => r.stdout);
  try {
    const [staged, changed] = await Promise.all([
      git("ls-files", "--stage", "-z"),
      git("ls-files", "--modified", "--deleted", "-z"),
    ]);
    const blobs = new Map<string, string>();
    for (const line of staged.split("\0")) {
      const tab = line.indexOf("\t");
      // "<mode> <blob id> <stage>\t<path>"; a file in a merge conflict has more than one.
      if (tab > 0) blobs.set(line.slice(tab + 1), line.split(" ")[1]!);
    }
    for (const path of changed.split("\0")) blobs.delete(path);
    return blobs;
  } catch {
    return new Map(); // not a repository, or no git: every file is read
  }
}

/** `files`: absolute paths under `dir`. Returns a hash for each. */
export async function fileHashes(
  dir: string,
  files: readonly string[],
): Promise<Map<string, string>> {
  const blobs = await gitBlobs(dir);
  const hashes = new Map<string, string>();
  const toRead: string[] = [];
  for (const file of files) {
    const blob = blobs.get(
      file
        .slice(dir.length + 1)
        .split("\\")
        .join("/"),
    );
    if (blob) hashes.set(file, `git:${blob}`);
    else toRead.push(file);
  }
  for (const group of inGroupsOf(toRead, READ_AT_ONCE))
    await Promise.all(
      group.map(async (file) =>
        hashes.set(
          file,
          createHash("sha256")
            .update(await readFile(file))
            .digest("hex"),
        ),
      ),
    );
  return hashes;
}
