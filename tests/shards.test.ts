/**
 * Sharded builds for a CI matrix join into exactly the site one build writes, and one centre can
 * be built as a standalone site with its own directory, sitemap and search.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, runBuild, runCli, snapshot, tempDir } from "./helpers/cli.ts";
import { modelPages } from "./helpers/outputs.ts";

const CONTENT = join(FIXTURES, "valid-site/content");

describe("--shard i/n and merge", () => {
  it("joins two shards into the same files as one build of everything", async () => {
    const dir = tempDir();
    const whole = runBuild(CONTENT, join(dir, "whole"));
    expect(whole.code).toBe(0);
    const shards = ["1/2", "2/2"].map((shard, i) => {
      const run = runCli("build.ts", [
        "--content",
        CONTENT,
        "--out",
        join(dir, `shard-${i + 1}`),
        "--shard",
        shard,
      ]);
      expect(run.stderr).toBe("");
      return join(dir, `shard-${i + 1}`);
    });
    // Each shard has only its own centres' pages, and no site-wide file yet.
    const shardFiles = shards.map((s) => Object.keys(snapshot(s)));
    expect(
      shardFiles.every((files) => !files.includes("sitemap.xml") && !files.includes("index.html")),
    ).toBe(true);
    const merged = runCli("merge.ts", ["--out", join(dir, "merged"), ...shards]);
    expect(merged.stderr).toBe("");
    const pages = (await modelPages(CONTENT)).length;
    expect(merged.stdout).toContain(`${pages} halaman/pages, 2 sentra/centres`);
    expect(snapshot(join(dir, "merged"))).toEqual(snapshot(join(dir, "whole")));
  });

  it("with --cache, shards built the next day take their centres from it and merge the same", () => {
    const dir = tempDir();
    const shardOn = (day: string, i: number) =>
      runCli(
        "build.ts",
        [
          "--content",
          CONTENT,
          "--out",
          join(dir, `shard-${i + 1}`),
          "--shard",
          `${i + 1}/2`,
          "--cache-dir",
          join(dir, `cache-${i + 1}`),
        ],
        { ETALASE_NOW: day, ETALASE_TIMINGS: "1" },
      );
    for (const i of [0, 1]) expect(shardOn("2026-11-28T12:00:00+07:00", i).code).toBe(0);
    const nextDay = [0, 1].map((i) => shardOn("2026-11-29T12:00:00+07:00", i));
    for (const run of nextDay) {
      expect(run.code).toBe(0);
      expect(run.stderr).toContain("etalase: 0 centres rendered");
    }
    const merged = runCli("merge.ts", [
      "--out",
      join(dir, "merged"),
      join(dir, "shard-1"),
      join(dir, "shard-2"),
    ]);
    expect(merged.stderr).toBe("");
    const whole = runBuild(CONTENT, join(dir, "whole"), {
      ETALASE_NOW: "2026-11-29T12:00:00+07:00",
    });
    expect(whole.code).toBe(0);
    expect(snapshot(join(dir, "merged"))).toEqual(snapshot(join(dir, "whole")));
  });

  it("refuses to merge when a shard is missing, and leaves the output alone", () => {
    const dir = tempDir();
    expect(
      runCli("build.ts", ["--content", CONTENT, "--out", join(dir, "shard-1"), "--shard", "1/2"])
        .code,
    ).toBe(0);
    const merged = runCli("merge.ts", ["--out", join(dir, "merged"), join(dir, "shard-1")]);
    expect(merged.code).toBe(1);
    expect(merged.stderr).toContain("expected shards 1/2 to 2/2 once each, got 1/2");
    expect(existsSync(join(dir, "merged"))).toBe(false);
  });
});

describe("--centre", () => {
  it("builds one centre as a site of its own", () => {
    const site = join(tempDir(), "_site");
    const run = runCli("build.ts", [
      "--content",
      CONTENT,
      "--out",
      site,
      "--centre",
      "gerabah-uji",
    ]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("1 sentra/centres");
    expect(existsSync(join(site, "gerabah-uji/index.html"))).toBe(true);
    expect(existsSync(join(site, "batik-uji"))).toBe(false);
    const sitemap = readFileSync(join(site, "sitemap.xml"), "utf8");
    expect(sitemap).toContain("/gerabah-uji/");
    expect(sitemap).not.toContain("batik-uji");
    expect(existsSync(join(site, "pagefind/pagefind.js"))).toBe(true);
  });

  it("names the centres there are when the slug is mistyped", () => {
    const site = join(tempDir(), "_site");
    const run = runCli("build.ts", ["--content", CONTENT, "--out", site, "--centre", "batik-ujj"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "How to fix: did you mean --centre batik-uji? The centres are: batik-uji, gerabah-uji.",
    );
    expect(existsSync(site)).toBe(false);
  });
});
