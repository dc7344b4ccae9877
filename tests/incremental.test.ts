/**
 * The build cache (`--cache`): after one business file changes, a new build process re-renders
 * only that business's centre, takes the other centre from the cache, and writes exactly the
 * files a clean build of the changed content writes.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startOfDayWib } from "../scripts/site/time.ts";
import { copyFixture, readPage, runCli, snapshot, tempDir } from "./helpers/cli.ts";

const TIMINGS = { ETALASE_TIMINGS: "1" };

/** A copy of the valid site, and the arguments that build it into `_site` with a cache beside. */
function cachedSite(): { content: string; args: string[] } {
  const content = copyFixture("valid-site");
  const dir = tempDir();
  return {
    content,
    args: ["--content", content, "--out", join(dir, "_site"), "--cache-dir", join(dir, "cache")],
  };
}

describe("rebuilding after one edit with --cache", () => {
  it("re-renders only the edited centre and writes what a clean build writes", () => {
    const content = copyFixture("valid-site");
    const dir = tempDir();
    const cache = ["--cache-dir", join(dir, "cache")];
    const site = join(dir, "_site");

    const first = runCli("build.ts", ["--content", content, "--out", site, ...cache], TIMINGS);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain("etalase: 0 centres from the cache");
    expect(first.stderr).toContain("etalase: 2 centres rendered");

    const again = runCli("build.ts", ["--content", content, "--out", site, ...cache], TIMINGS);
    expect(again.stderr).toContain("etalase: 2 centres from the cache");
    expect(again.stderr).toContain("etalase: 0 centres rendered");

    const business = join(content, "batik-uji/pengrajin/batik-satu.md");
    writeFileSync(
      business,
      readFileSync(business, "utf8").replace(
        "nama_usaha: Batik Satu",
        "nama_usaha: Batik Satu Baru",
      ),
    );
    const edited = runCli("build.ts", ["--content", content, "--out", site, ...cache], TIMINGS);
    expect(edited.code).toBe(0);
    expect(edited.stderr).toContain("etalase: 1 centres from the cache");
    expect(edited.stderr).toContain("etalase: 1 centres rendered");
    // The new name is on the business's page, its centre's list, and the open data.
    expect(readPage(site, "batik-uji/pengrajin/batik-satu/")).toContain("Batik Satu Baru");
    expect(readPage(site, "batik-uji/pengrajin/")).toContain("Batik Satu Baru");
    expect(readFileSync(join(site, "data/businesses.csv"), "utf8")).toContain("Batik Satu Baru");

    const clean = join(dir, "clean");
    expect(runCli("build.ts", ["--content", content, "--out", clean]).code).toBe(0);
    expect(snapshot(site)).toEqual(snapshot(clean));
  });
});

describe("the nightly rebuild with --cache", () => {
  it("renders only the pages showing today's date, and whole only a centre whose event ended", () => {
    const content = copyFixture("valid-site");
    const dir = tempDir();
    const site = join(dir, "_site");
    const build = (day: string, out = site, cache = true) =>
      runCli(
        "build.ts",
        ["--content", content, "--out", out, ...(cache ? ["--cache-dir", join(dir, "cache")] : [])],
        { ...TIMINGS, ETALASE_NOW: day },
      );
    const sameAsClean = (day: string) => {
      const clean = join(dir, `clean-${day.slice(0, 10)}`);
      expect(build(day, clean, false).code).toBe(0);
      expect(snapshot(site)).toEqual(snapshot(clean));
    };

    expect(build("2026-11-28T12:00:00+07:00").code).toBe(0);
    const nextDay = build("2026-11-29T12:00:00+07:00");
    expect(nextDay.code).toBe(0);
    expect(nextDay.stderr).toContain("etalase: 2 centres from the cache");
    expect(nextDay.stderr).toContain("etalase: 0 centres rendered");
    expect(nextDay.stderr).toContain("etalase: 2 centres' daily pages rendered");
    expect(nextDay.stderr).toContain("(0 parts indexed, 1 from the cache)");
    expect(readPage(site, "batik-uji/")).toContain("29 November 2026");
    sameAsClean("2026-11-29T12:00:00+07:00");

    // The year-end show of batik-uji ends on 10 January 2027: the day after, it is a past event.
    const afterShow = build("2027-01-11T12:00:00+07:00");
    expect(afterShow.code).toBe(0);
    expect(afterShow.stderr).toContain("etalase: 1 centres from the cache");
    expect(afterShow.stderr).toContain("etalase: 1 centres rendered");
    expect(afterShow.stderr).toContain("(1 parts indexed, 0 from the cache)");
    sameAsClean("2027-01-11T12:00:00+07:00");
  });
});

describe("the cache after a failed build or another build into the same folder", () => {
  it("keeps every centre through a build stopped by a content problem", () => {
    const { content, args } = cachedSite();
    expect(runCli("build.ts", args, TIMINGS).code).toBe(0);
    const business = join(content, "batik-uji/pengrajin/batik-satu.md");
    const good = readFileSync(business, "utf8");
    writeFileSync(business, good.replace("nama_usaha: Batik Satu", "nama_usaha: [Batik"));
    expect(runCli("build.ts", args, TIMINGS).code).toBe(1);
    writeFileSync(business, good);
    const fixed = runCli("build.ts", args, TIMINGS);
    expect(fixed.code).toBe(0);
    expect(fixed.stderr).toContain("etalase: 2 centres from the cache");
  });

  it("writes what a clean build writes when a build without the cache replaced the site between", () => {
    const content = copyFixture("valid-site");
    const dir = tempDir();
    const site = join(dir, "_site");
    const withCache = (day: string) =>
      runCli("build.ts", ["--content", content, "--out", site, "--cache-dir", join(dir, "cache")], {
        ...TIMINGS,
        ETALASE_NOW: day,
      });
    expect(withCache("2026-11-28T12:00:00+07:00").code).toBe(0);
    expect(runCli("build.ts", ["--content", content, "--out", site]).code).toBe(0);
    expect(withCache("2026-11-29T12:00:00+07:00").stderr).toContain("2 centres from the cache");
    const again = withCache("2026-11-30T12:00:00+07:00");
    expect(again.stderr).toContain("2 centres from the cache");
    const clean = join(dir, "clean");
    expect(
      runCli("build.ts", ["--content", content, "--out", clean], {
        ETALASE_NOW: "2026-11-30T12:00:00+07:00",
      }).code,
    ).toBe(0);
    expect(snapshot(site)).toEqual(snapshot(clean));
  });
});

describe("--cache without a pinned now", () => {
  it("takes now by the day, so a second build the same day reuses every centre", () => {
    // As on Netlify or Cloudflare Pages, where nothing sets ETALASE_NOW: a clock reading in the
    // cache key would make every build miss the cache.
    const { args } = cachedSite();
    const unpinned = { ...TIMINGS, ETALASE_NOW: "" };
    expect(runCli("build.ts", args, unpinned).code).toBe(0);
    const again = runCli("build.ts", args, unpinned);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain("etalase: 2 centres from the cache");
  });

  it("counts the day in WIB", () => {
    expect(new Date(startOfDayWib(Date.parse("2026-11-29T16:59:00Z"))).toISOString()).toBe(
      "2026-11-28T17:00:00.000Z",
    );
    expect(new Date(startOfDayWib(Date.parse("2026-11-29T17:00:00Z"))).toISOString()).toBe(
      "2026-11-29T17:00:00.000Z",
    );
  });
});

describe("the cache's key", () => {
  it("does not depend on the order the centres' photos were encoded in", async () => {
    const { BuildCache } = await import("../scripts/pipeline/cache.ts");
    const photo = (name: string) => ({ width: 10, height: 10, sources: [], og: `${name}.jpg` });
    const context = {
      projectRoot: process.cwd(),
      contentDir: tempDir(),
      imageCacheDir: tempDir(),
      pathPrefix: "/",
      siteUrl: undefined,
      now: 0,
      centres: [],
    };
    const open = (names: string[]) =>
      BuildCache.open(
        tempDir(),
        { ...context, centrePhotos: new Map(names.map((n) => [n, photo(n)])) },
        [],
      );
    const [inOrder, finishedFirst] = await Promise.all([open(["a", "b"]), open(["b", "a"])]);
    expect(finishedFirst.siteKey).toBe(inOrder.siteKey);
  });
});
