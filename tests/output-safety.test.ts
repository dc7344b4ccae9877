/**
 * The output folder is replaced whole, so build, shard build and merge must replace only a folder
 * an earlier build marked, refuse everything else before any work (exit 2, left byte for byte as
 * it was), publish with a normal folder mode, and run one at a time per output folder.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { hostname } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { lockFileOf } from "../scripts/pipeline/output-lock.ts";
import {
  FIXTURES,
  PROJECT_ROOT,
  runCli,
  tempDir,
  TEST_NOW,
  TEST_SITE_URL,
  type RunResult,
} from "./helpers/cli.ts";

const VALID = join(FIXTURES, "valid-site/content");
const TSX = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

/** Runs a command as a person would from `cwd` (a throwaway project), under umask 022. */
function runIn(
  cwd: string,
  script: string,
  args: string[],
  env: Record<string, string> = {},
): RunResult {
  const command = [
    process.execPath,
    "--import",
    TSX,
    join(PROJECT_ROOT, "scripts/cli", script),
    ...args,
  ];
  const result = spawnSync("/bin/sh", ["-c", 'umask 022; exec "$@"', "sh", ...command], {
    cwd,
    encoding: "utf8",
    env: {
      ...process.env,
      GITHUB_ACTIONS: "",
      GITHUB_STEP_SUMMARY: "",
      ETALASE_NOW: TEST_NOW,
      ETALASE_SITE_URL: TEST_SITE_URL,
      ETALASE_IMAGE_CACHE: join(tempDir("etalase-images-"), "cache"),
      ...env,
    },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every entry below `path` (itself included): kind, mode, and a file's bytes or a link's target. */
function tree(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (current: string, name: string) => {
    const entry = lstatSync(current);
    const mode = (entry.mode & 0o7777).toString(8);
    if (entry.isSymbolicLink()) out[name] = `link ${readlinkSync(current)}`;
    else if (entry.isDirectory()) {
      out[name] = `dir ${mode}`;
      for (const child of readdirSync(current).sort())
        walk(join(current, child), `${name}/${child}`);
    } else
      out[name] =
        `file ${mode} ${createHash("sha256").update(readFileSync(current)).digest("hex")}`;
  };
  walk(path, ".");
  return out;
}

/** A project of its own in a temp folder: the valid content, and a file of the project's. */
function throwawayProject(): { parent: string; project: string } {
  const parent = tempDir("etalase-safety-");
  const project = join(parent, "proyek");
  cpSync(VALID, join(project, "content"), { recursive: true });
  writeFileSync(join(project, "catatan.txt"), "milik proyek\n");
  return { parent, project };
}

/** The folder a person keeps other things in: never an output. */
function foldersOfOtherFiles(): string {
  const dir = join(tempDir("etalase-safety-"), "dokumen");
  mkdirSync(join(dir, "arsip"), { recursive: true });
  writeFileSync(join(dir, "laporan.txt"), "laporan bulanan\n");
  writeFileSync(join(dir, "arsip/2025.csv"), "a,b\n1,2\n");
  return dir;
}

/** Refused with exit 2 and the folder named in both languages, nothing written, `watched` unchanged. */
function expectRefused(
  run: RunResult,
  watched: string,
  before: Record<string, string>,
  id: string,
  en: string,
): void {
  expect(run.stdout).toBe("");
  expect(run.stderr).toContain(`✖ ${id}`);
  expect(run.stderr).toContain(`✖ ${en}`);
  expect(run.stderr.indexOf(id)).toBeLessThan(run.stderr.indexOf(en)); // Indonesian first
  expect(run.stderr).toContain("Cara memperbaiki: ");
  expect(run.stderr).toContain("How to fix: ");
  expect(run.stderr).toContain("Tidak ada yang diubah.");
  expect(run.code).toBe(2);
  expect(tree(watched)).toEqual(before);
}

describe("npm run build refuses an output folder that is not an Etalase output", () => {
  it("an empty --out (an unset CI variable)", () => {
    const { parent, project } = throwawayProject();
    const before = tree(parent);
    const empty = runIn(project, "build.ts", ["--out", ""]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("--out");
    expect(tree(parent)).toEqual(before);
    expectRefused(
      runIn(project, "build.ts", ["--out", "  "]),
      parent,
      before,
      "Nama folder keluaran (--out) kosong, jadi tidak jelas folder mana yang boleh diganti.",
      "The output folder name (--out) is empty, so it is not clear which folder may be replaced.",
    );
  });

  it("the project folder (--out .)", () => {
    const { parent, project } = throwawayProject();
    const before = tree(parent);
    const run = runIn(project, "build.ts", ["--out", "."]);
    expectRefused(
      run,
      parent,
      before,
      `Folder keluaran "." (${project}) adalah folder proyek itu sendiri;`,
      `The output folder "." (${project}) is the project folder itself;`,
    );
    expect(run.stderr).toContain("pilih folder baru di dalam proyek, misalnya --out _site.");
  });

  it("a folder that contains the project (--out ..)", () => {
    const { parent, project } = throwawayProject();
    const before = tree(parent);
    const run = runIn(project, "build.ts", ["--out", ".."]);
    expectRefused(
      run,
      parent,
      before,
      `Folder keluaran ".." (${parent}) berisi folder proyek "${project}"`,
      `The output folder ".." (${parent}) contains the project folder "${project}"`,
    );
  });

  it("the content folder", () => {
    const { parent, project } = throwawayProject();
    const before = tree(parent);
    const run = runIn(project, "build.ts", ["--out", "content"]);
    expectRefused(
      run,
      parent,
      before,
      `Folder keluaran "content" (${project}/content) adalah folder konten "content" atau ada di dalamnya;`,
      `The output folder "content" (${project}/content) is the content folder "content" or inside it;`,
    );
    expect(run.stderr).toContain(
      "How to fix: choose a folder outside the content folder, e.g. --out _site.",
    );
  });

  it.each(["content/batik-uji", "content/_site"])(
    "a folder inside the content folder, there or not yet (%s)",
    (out) => {
      const { parent, project } = throwawayProject();
      const before = tree(parent);
      expectRefused(
        runIn(project, "build.ts", ["--out", out]),
        parent,
        before,
        `Folder keluaran "${out}" (${project}/${out}) adalah folder konten`,
        `The output folder "${out}" (${project}/${out}) is the content folder`,
      );
    },
  );

  it("a folder that contains the content folder, outside the project", () => {
    const outside = join(tempDir("etalase-safety-"), "situs");
    cpSync(VALID, join(outside, "content"), { recursive: true });
    const before = tree(outside);
    const run = runCli("build.ts", ["--content", join(outside, "content"), "--out", outside]);
    expectRefused(
      run,
      outside,
      before,
      `Folder keluaran "${outside}" berisi folder konten "${join(outside, "content")}";`,
      `The output folder "${outside}" contains the content folder "${join(outside, "content")}";`,
    );
  });

  it("the home folder", () => {
    const home = foldersOfOtherFiles();
    const { project } = throwawayProject();
    const before = tree(home);
    expectRefused(
      runIn(project, "build.ts", ["--out", home], { HOME: home }),
      home,
      before,
      `Folder keluaran "${home}" adalah folder rumah (home);`,
      `The output folder "${home}" is the home folder;`,
    );
  });

  it("the root of the disk", () => {
    const { project } = throwawayProject();
    const before = readdirSync("/").sort();
    const run = runIn(project, "build.ts", ["--out", "/"]);
    expect(run.stderr).toContain(
      '✖ Folder keluaran "/" adalah akar disk; mengganti folder itu akan menghapus semua isinya.',
    );
    expect(run.stderr).toContain(
      '✖ The output folder "/" is the root of the disk; replacing it would delete everything in it.',
    );
    expect(run.code).toBe(2);
    expect(readdirSync("/").sort()).toEqual(before);
  });

  it("a regular file", () => {
    const { parent, project } = throwawayProject();
    const before = tree(parent);
    const run = runIn(project, "build.ts", ["--out", "catatan.txt"]);
    expectRefused(
      run,
      parent,
      before,
      `Folder keluaran "catatan.txt" (${project}/catatan.txt) adalah berkas, bukan folder; berkas itu tidak ditimpa.`,
      `The output folder "catatan.txt" (${project}/catatan.txt) is a file, not a folder; the file was not overwritten.`,
    );
  });

  it("a folder of other files, without the marker", () => {
    const dir = foldersOfOtherFiles();
    const before = tree(dir);
    const run = runCli("build.ts", ["--content", VALID, "--out", dir]);
    expectRefused(
      run,
      dir,
      before,
      `Folder keluaran "${dir}" sudah berisi berkas dan tidak ada penanda .etalase-output dari Etalase, jadi folder itu tidak diganti.`,
      `The output folder "${dir}" already holds files and has no .etalase-output marker from Etalase, so it was not replaced.`,
    );
  });

  it("an old _site/ from before the marker: says to delete it yourself or choose another folder", () => {
    const { parent, project } = throwawayProject();
    mkdirSync(join(project, "_site/en"), { recursive: true });
    writeFileSync(join(project, "_site/index.html"), "<!doctype html><title>Situs lama</title>\n");
    writeFileSync(join(project, "_site/en/index.html"), "<!doctype html><title>Old site</title>\n");
    const before = tree(parent);
    const run = runIn(project, "build.ts", []);
    expectRefused(
      run,
      parent,
      before,
      `Folder keluaran "_site" (${project}/_site) sudah berisi berkas`,
      `The output folder "_site" (${project}/_site) already holds files`,
    );
    expect(run.stderr).toContain(
      `  Cara memperbaiki: jika folder itu keluaran build lama (dari versi Etalase sebelum ada penanda), hapus sendiri folder itu (lewat penjelajah berkas, atau rm -r "${project}/_site") lalu jalankan lagi. Jika berisi berkas lain, biarkan dan pilih folder keluaran lain yang belum ada atau masih kosong, misalnya --out _site-baru.\n`,
    );
    expect(run.stderr).toContain(
      `  How to fix: if it is the output of an older build (from a version of Etalase before the marker), delete that folder yourself (in the file browser, or rm -r "${project}/_site") and run again. If it holds other files, leave it and choose another output folder, one that does not exist yet or is empty, e.g. --out _site-baru.\n`,
    );
  });

  it("refuses before the content is read: a content problem is not even reported", () => {
    const dir = foldersOfOtherFiles();
    const before = tree(dir);
    const run = runCli("build.ts", ["--content", join(FIXTURES, "bad/content"), "--out", dir]);
    expectRefused(
      run,
      dir,
      before,
      `Folder keluaran "${dir}" sudah berisi berkas`,
      `The output folder "${dir}" already holds files`,
    );
    expect(run.stderr).not.toContain("masalah di");
  });

  it("a shard build refuses the same folders", () => {
    const dir = foldersOfOtherFiles();
    const before = tree(dir);
    expectRefused(
      runCli("build.ts", ["--content", VALID, "--out", dir, "--shard", "1/2"]),
      dir,
      before,
      `Folder keluaran "${dir}" sudah berisi berkas`,
      `The output folder "${dir}" already holds files`,
    );
  });
});

describe("npm run build writes into a missing, empty or marked folder", () => {
  it("a missing folder, two levels down, with the mode of a new folder (0755 under umask 022)", () => {
    const site = join(tempDir("etalase-safety-"), "keluaran/baru/_site");
    const run = runIn(PROJECT_ROOT, "build.ts", ["--content", VALID, "--out", site]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(statSync(site).mode & 0o777).toBe(0o755);
    expect(readFileSync(join(site, ".etalase-output"), "utf8")).toMatch(/^etalase-output site\n/);
    expect(readFileSync(join(site, "batik-uji/index.html"), "utf8")).toContain("</html>");
  });

  it("an empty folder that is already there", () => {
    const site = tempDir("etalase-safety-");
    const run = runCli("build.ts", ["--content", VALID, "--out", site]);
    expect(run.code).toBe(0);
    expect(existsSync(join(site, "index.html"))).toBe(true);
  });

  it("twice into the same folder: the marker of the first build lets the second replace it", () => {
    const site = join(tempDir("etalase-safety-"), "_site");
    expect(runCli("build.ts", ["--content", VALID, "--out", site]).code).toBe(0);
    writeFileSync(join(site, "sisa-lama.html"), "stale\n");
    const again = runCli("build.ts", ["--content", VALID, "--out", site]);
    expect(again.stderr).toBe("");
    expect(again.code).toBe(0);
    expect(existsSync(join(site, "sisa-lama.html"))).toBe(false);
    expect(existsSync(join(site, "index.html"))).toBe(true);
  });

  // A symbolic link is followed: its target is checked by the same rules and replaced, and the
  // link stays a link to it; the target's neighbours are left alone.
  it("through a symbolic link: the target is replaced, the link and the target's neighbours stay", () => {
    const dir = tempDir("etalase-safety-");
    const target = join(dir, "www/situs");
    expect(runCli("build.ts", ["--content", VALID, "--out", target]).code).toBe(0);
    writeFileSync(join(dir, "www/tetangga.txt"), "jangan dihapus\n");
    symlinkSync(target, join(dir, "_site"));
    const run = runCli("build.ts", ["--content", VALID, "--out", join(dir, "_site")]);
    expect(run.code).toBe(0);
    expect(lstatSync(join(dir, "_site")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, "_site"))).toBe(target);
    expect(existsSync(join(target, "index.html"))).toBe(true);
    expect(readFileSync(join(dir, "www/tetangga.txt"), "utf8")).toBe("jangan dihapus\n");
    expect(readdirSync(join(dir, "www")).sort()).toEqual(["situs", "tetangga.txt"]);
  });

  it("a symbolic link to the content folder is refused like the content folder", () => {
    const { parent, project } = throwawayProject();
    symlinkSync(join(project, "content"), join(project, "_site"));
    const before = tree(parent);
    expectRefused(
      runIn(project, "build.ts", []),
      parent,
      before,
      `Folder keluaran "_site" (${project}/content) adalah folder konten`,
      `The output folder "_site" (${project}/content) is the content folder`,
    );
  });
});

describe("one build at a time into one output folder", () => {
  let site: string;
  let published: Record<string, string>;

  beforeAll(() => {
    site = join(tempDir("etalase-safety-"), "_site");
    expect(runCli("build.ts", ["--content", VALID, "--out", site]).code).toBe(0);
    published = tree(site);
  });

  it("a second build while one runs is refused, and the first build's output stays whole", () => {
    const lock = lockFileOf(site);
    const held = `${JSON.stringify({ pid: process.pid, host: hostname(), since: "2026-11-28T05:00:00.000Z" })}\n`;
    writeFileSync(lock, held);
    try {
      const run = runCli("build.ts", ["--content", VALID, "--out", site]);
      expectRefused(
        run,
        site,
        published,
        `Build lain sedang menulis ke folder keluaran "${site}" (pid ${process.pid}, mulai 2026-11-28T05:00:00.000Z); build ini tidak dijalankan.`,
        `Another build is writing to the output folder "${site}" (pid ${process.pid}, started 2026-11-28T05:00:00.000Z); this build did not run.`,
      );
      expect(run.stderr).toContain(
        `Cara memperbaiki: tunggu build itu selesai, lalu jalankan lagi. Jika tidak ada build yang berjalan, hapus berkas kunci "${lock}" lalu jalankan lagi.`,
      );
      expect(readFileSync(lock, "utf8")).toBe(held); // the running build's lock is not taken
      // A merge waits for no shard: the lock is looked at before the shards are read.
      const merge = runCli("merge.ts", ["--out", site, join(site, "../shard-tidak-ada")]);
      expect(merge.stderr).toContain(
        `✖ Another build is writing to the output folder "${site}" (pid ${process.pid}`,
      );
      expect(merge.code).toBe(2);
      expect(tree(site)).toEqual(published);
    } finally {
      rmSync(lock);
    }
  });

  it("the lock of a build that was killed is taken over", () => {
    const gone = spawnSync(process.execPath, ["-e", ""]).pid!; // ended: its pid runs nothing now
    writeFileSync(
      lockFileOf(site),
      JSON.stringify({ pid: gone, host: hostname(), since: "2026-11-28T05:00:00.000Z" }),
    );
    const run = runCli("build.ts", ["--content", VALID, "--out", site]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(readdirSync(join(site, ".."))).toEqual(["_site"]);
  });
});

describe("npm run merge", () => {
  let shards: string[];

  beforeAll(() => {
    const dir = tempDir("etalase-safety-");
    shards = ["1/2", "2/2"].map((shard, i) => {
      const out = join(dir, `shard-${i + 1}`);
      expect(runCli("build.ts", ["--content", VALID, "--out", out, "--shard", shard]).code).toBe(0);
      return out;
    });
  });

  it("marks a shard as a shard", () => {
    expect(readFileSync(join(shards[0]!, ".etalase-output"), "utf8")).toMatch(
      /^etalase-output shard\n/,
    );
  });

  it("refuses the project folder", () => {
    const { parent, project } = throwawayProject();
    const before = tree(parent);
    expectRefused(
      runIn(project, "merge.ts", ["--out", ".", ...shards]),
      parent,
      before,
      `Folder keluaran "." (${project}) adalah folder proyek itu sendiri;`,
      `The output folder "." (${project}) is the project folder itself;`,
    );
  });

  it("refuses a folder of other files", () => {
    const dir = foldersOfOtherFiles();
    const before = tree(dir);
    expectRefused(
      runCli("merge.ts", ["--out", dir, ...shards]),
      dir,
      before,
      `Folder keluaran "${dir}" sudah berisi berkas dan tidak ada penanda .etalase-output`,
      `The output folder "${dir}" already holds files and has no .etalase-output marker`,
    );
  });

  it("refuses an empty --out", () => {
    const { parent, project } = throwawayProject();
    const before = tree(parent);
    expectRefused(
      runIn(project, "merge.ts", ["--out", " ", ...shards]),
      parent,
      before,
      "Nama folder keluaran (--out) kosong",
      "The output folder name (--out) is empty",
    );
  });

  it("refuses one of the shards it reads as the output", () => {
    const before = tree(shards[1]!);
    expectRefused(
      runCli("merge.ts", ["--out", shards[1]!, ...shards]),
      shards[1]!,
      before,
      `Folder keluaran "${shards[1]}" adalah, berisi, atau ada di dalam folder shard "${shards[1]}" yang sedang digabung.`,
      `The output folder "${shards[1]}" is, contains or is inside the shard folder "${shards[1]}" being merged.`,
    );
  });

  it("merges into a missing folder, then again into the same one", () => {
    const merged = join(tempDir("etalase-safety-"), "_site");
    for (let i = 0; i < 2; i++) {
      const run = runIn(PROJECT_ROOT, "merge.ts", ["--out", merged, ...shards]);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
    }
    expect(statSync(merged).mode & 0o777).toBe(0o755);
    expect(readFileSync(join(merged, ".etalase-output"), "utf8")).toMatch(/^etalase-output site\n/);
    expect(existsSync(join(merged, "index.html"))).toBe(true);
  });
});
