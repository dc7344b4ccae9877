/**
 * `npm run build` renders the site in shares, one Eleventy run per batch of centres and one for the
 * site-wide files (scripts/build/eleventy-render.ts). These builds prove it writes exactly what
 * one Eleventy run over the whole site writes, byte for byte, whether the centres are rendered in
 * this process or one per batch in worker processes; and so does ETALASE_RENDERER=direct, which
 * renders the same templates without Eleventy (scripts/build/templates.ts).
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, PROJECT_ROOT, runCli, snapshot, tempDir, TEST_NOW, TEST_SITE_URL } from "./helpers/cli.ts";

const CONTENT = join(FIXTURES, "valid-site/content");
let reference: Record<string, string>;

beforeAll(() => {
  const out = join(tempDir(), "eleventy");
  const run = spawnSync(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "tests/helpers/eleventy-reference.ts"), CONTENT, out], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    env: { ...process.env, ETALASE_NOW: TEST_NOW, ETALASE_SITE_URL: TEST_SITE_URL, ETALASE_IMAGE_CACHE: join(tempDir("etalase-images-"), "cache") },
  });
  expect(run.stderr).toBe("");
  reference = snapshot(out);
});

describe("the sharded build", () => {
  it.each([
    ["in the build's own process", [], {}],
    ["one centre per batch, in two worker processes", ["--workers", "2", "--batch", "1"], {}],
    ["with the direct renderer, in the build's own process", [], { ETALASE_RENDERER: "direct" }],
    ["with the direct renderer, one centre per batch, in two worker processes", ["--workers", "2", "--batch", "1"], { ETALASE_RENDERER: "direct" }],
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
