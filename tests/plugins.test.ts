/**
 * An Eleventy plugin added in `.eleventy.ts`'s `configureEleventy` takes effect on every path:
 * a build in one process, a build in worker processes, shards joined by merge, and the preview
 * (`npm start`). The project here is this one with a `.eleventy.ts` that adds a transform writing
 * a marker at the end of every HTML page, as someone adding a plugin would.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  FIXTURES,
  PROJECT_ROOT,
  snapshot,
  tempDir,
  TEST_NOW,
  TEST_SITE_URL,
  type RunResult,
} from "./helpers/cli.ts";
import { renderPreview } from "./helpers/eleventy-reference.ts";

const CONTENT = join(FIXTURES, "valid-site/content");
const MARKER = "<!-- uji-plugin -->";
const ANCHOR = `  config.setTemplateFormats(["11ty.tsx", "11ty.ts"]);\n`;
const PLUGIN = `  config.addPlugin((eleventyConfig) => eleventyConfig.addTransform("uji-plugin", function (content) { return this.page.outputPath && this.page.outputPath.endsWith(".html") ? content + ${JSON.stringify(MARKER)} : content; }));\n`;

let project: string;
let images: string;

beforeAll(() => {
  project = tempDir("etalase-plugin-");
  images = join(tempDir("etalase-images-"), "cache");
  const config = readFileSync(join(PROJECT_ROOT, ".eleventy.ts"), "utf8");
  expect(config).toContain(ANCHOR);
  writeFileSync(join(project, ".eleventy.ts"), config.replace(ANCHOR, ANCHOR + PLUGIN));
  copyFileSync(join(PROJECT_ROOT, "package.json"), join(project, "package.json"));
  for (const folder of ["scripts", "templates", "node_modules"])
    symlinkSync(join(PROJECT_ROOT, folder), join(project, folder));
});

/** tsx compiles the linked templates with this project's settings (JSX), which it finds through the real path otherwise not. */
const TSX = { TSX_TSCONFIG_PATH: join(PROJECT_ROOT, "tsconfig.json") };

/** A command of `npm run …` run in the plugin's project. */
function run(script: string, args: string[]): RunResult {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", join(PROJECT_ROOT, "scripts/cli", script), ...args],
    {
      cwd: project,
      encoding: "utf8",
      env: {
        ...process.env,
        ETALASE_NOW: TEST_NOW,
        ETALASE_SITE_URL: TEST_SITE_URL,
        ETALASE_IMAGE_CACHE: images,
        ...TSX,
      },
      timeout: 120_000,
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every HTML page of a site but the CMS (copied in, not rendered), and whether it ends with the marker. */
function markedPages(site: string): Record<string, boolean> {
  const pages = readdirSync(site, { recursive: true, encoding: "utf8" }).filter(
    (file) => file.endsWith(".html") && !file.startsWith("admin/"),
  );
  return Object.fromEntries(
    pages.map((file) => [
      relative(site, join(site, file)),
      readFileSync(join(site, file), "utf8").endsWith(MARKER),
    ]),
  );
}

function expectEveryPageMarked(site: string): void {
  const pages = markedPages(site);
  expect(Object.keys(pages)).toContain("index.html");
  expect(Object.keys(pages)).toContain("batik-uji/pengrajin/batik-satu/index.html");
  expect(Object.entries(pages).filter(([, marked]) => !marked)).toEqual([]);
}

describe("a plugin added in .eleventy.ts", () => {
  it("changes every page of a build, in one process and in worker processes", () => {
    for (const flags of [[], ["--workers", "2", "--batch", "1"]]) {
      const site = join(tempDir(), "_site");
      const build = run("build.ts", ["--content", CONTENT, "--out", site, ...flags]);
      expect(build.stderr).toBe("");
      expect(build.code).toBe(0);
      expectEveryPageMarked(site);
    }
  });

  it("changes every page of shards joined by merge", () => {
    const dir = tempDir();
    const shards = ["1/2", "2/2"].map((shard, i) => {
      const out = join(dir, `shard-${i + 1}`);
      expect(run("build.ts", ["--content", CONTENT, "--out", out, "--shard", shard]).code).toBe(0);
      return out;
    });
    const merged = run("merge.ts", ["--out", join(dir, "merged"), ...shards]);
    expect(merged.stderr).toBe("");
    expectEveryPageMarked(join(dir, "merged"));
  });

  it("changes every page of the preview, which equals the build", () => {
    const dir = tempDir();
    const preview = renderPreview(CONTENT, join(dir, "preview"), project, {
      ETALASE_IMAGE_CACHE: images,
      ...TSX,
    });
    expect(preview.stderr).toBe("");
    expectEveryPageMarked(join(dir, "preview"));
    expect(run("build.ts", ["--content", CONTENT, "--out", join(dir, "_site")]).code).toBe(0);
    const built = snapshot(join(dir, "_site"));
    delete built[".etalase-output"];
    const previewed = Object.fromEntries(
      Object.entries(snapshot(join(dir, "preview"))).filter(([path]) => !path.startsWith("admin/")),
    );
    expect(previewed).toEqual(built);
  });
});
