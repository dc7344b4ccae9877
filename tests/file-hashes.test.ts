/**
 * The build cache's hashes of content files: git's blob ids for files committed and unchanged, the
 * bytes for the others, so an edit not yet committed is never taken for the cached version.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fileHashes } from "../scripts/pipeline/file-hashes.ts";
import { tempDir } from "./helpers/cli.ts";

function repository(): { dir: string; a: string; b: string } {
  const dir = tempDir();
  mkdirSync(join(dir, "tapis", "pengrajin"), { recursive: true });
  const a = join(dir, "tapis", "index.md");
  const b = join(dir, "tapis", "pengrajin", "rahma.md");
  writeFileSync(a, "---\nnama: Tapis\n---\n");
  writeFileSync(b, "---\nnama_usaha: Tapis Rahma\n---\n");
  const git = (...args: string[]) =>
    execFileSync("git", ["-C", dir, "-c", "user.name=t", "-c", "user.email=t@t", ...args]);
  git("init", "-q");
  git("add", ".");
  git("commit", "-q", "-m", "isi");
  return { dir, a, b };
}

describe("content file hashes", () => {
  it("take git's blob id for a committed file, and change with an edit not yet committed", async () => {
    const { dir, a, b } = repository();
    const before = await fileHashes(dir, [a, b]);
    expect(before.get(a)).toMatch(/^git:[0-9a-f]{40}$/);
    expect(before.get(b)).toMatch(/^git:[0-9a-f]{40}$/);

    writeFileSync(b, "---\nnama_usaha: Tapis Rahma Baru\n---\n");
    const c = join(dir, "tapis", "pengrajin", "baru.md");
    writeFileSync(c, "---\nnama_usaha: Baru\n---\n");
    const after = await fileHashes(dir, [a, b, c]);
    expect(after.get(a)).toBe(before.get(a));
    expect(after.get(b)).toMatch(/^[0-9a-f]{64}$/);
    expect(after.get(c)).toMatch(/^[0-9a-f]{64}$/);
    expect(after.get(b)).not.toBe(after.get(c));
  });

  it("read every file outside a repository", async () => {
    const dir = tempDir();
    const file = join(dir, "index.md");
    writeFileSync(file, "isi");
    expect((await fileHashes(dir, [file])).get(file)).toMatch(/^[0-9a-f]{64}$/);
  });
});
