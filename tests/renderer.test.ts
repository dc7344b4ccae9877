/**
 * `npm run build` renders the templates with its own sharded renderer (scripts/build/templates.ts),
 * not with Eleventy. These builds prove it writes exactly what Eleventy writes, byte for byte,
 * whether the centres are rendered in this process or one per batch in worker processes, and so
 * does the same build with ETALASE_RENDERER=eleventy, where Eleventy renders each batch.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, PROJECT_ROOT, runCli, snapshot, tempDir, TEST_NOW } from "./helpers/cli.ts";

const CONTENT = join(FIXTURES, "valid-site/content");
let reference: Record<string, string>;

beforeAll(() => {
  const out = join(tempDir(), "eleventy");
  const run = spawnSync(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "tests/helpers/eleventy-reference.ts"), CONTENT, out], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    env: { ...process.env, ETALASE_NOW: TEST_NOW, ETALASE_IMAGE_CACHE: join(tempDir("etalase-images-"), "cache") },
  });
  expect(run.stderr).toBe("");
  reference = snapshot(out);
});

describe("the sharded renderer", () => {
  it.each([
    ["in the build's own process", [], {}],
    ["one centre per batch, in two worker processes", ["--workers", "2", "--batch", "1"], {}],
    // ETALASE_RENDERER=eleventy: the batches rendered by Eleventy itself (scripts/build/eleventy-batch.ts).
    ["with Eleventy rendering each batch, in the build's own process", [], { ETALASE_RENDERER: "eleventy" }],
    ["with Eleventy rendering each batch, one centre per batch, in two worker processes", ["--workers", "2", "--batch", "1"], { ETALASE_RENDERER: "eleventy" }],
  ] as [string, string[], Record<string, string>][])("writes the same files as Eleventy, %s", (_, flags, env) => {
    const site = join(tempDir(), "_site");
    const run = runCli("build.ts", ["--content", CONTENT, "--out", site, ...flags], env);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    // The CMS at /admin/ is copied in by the build (scripts/cms/admin.ts), not rendered from templates/.
    const built = Object.fromEntries(Object.entries(snapshot(site)).filter(([path]) => !path.startsWith("admin/")));
    expect(Object.keys(built).length).toBeGreaterThan(100);
    expect(built).toEqual(reference);
  });
});
