/**
 * `npm run build` renders the site in shares, one Eleventy run per batch of centres and one for the
 * site-wide pages (scripts/pipeline/eleventy-run.ts). These builds prove it writes exactly what one
 * Eleventy run over the whole site writes, byte for byte, whether the centres are rendered in this
 * process or one per batch in worker processes. That one run is `npm start`'s (the preview, with
 * `.eleventy.ts`'s default configuration), so the preview shows the pages the build publishes.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, runCli, snapshot, tempDir } from "./helpers/cli.ts";
import { renderPreview } from "./helpers/eleventy-reference.ts";
import { modelPages } from "./helpers/outputs.ts";

const CONTENT = join(FIXTURES, "valid-site/content");
let reference: Record<string, string>;

/** The CMS at /admin/ is copied in by `npm run build -- --admin` and by the preview, not rendered from templates/. */
const withoutAdmin = (files: Record<string, string>) =>
  Object.fromEntries(Object.entries(files).filter(([path]) => !path.startsWith("admin/")));

beforeAll(async () => {
  const out = join(tempDir(), "preview");
  const run = renderPreview(CONTENT, out);
  expect(run.stderr).toBe("");
  expect(run.stdout).toContain(
    `etalase: ${(await modelPages(CONTENT)).length} halaman/pages diperbarui/updated`,
  );
  reference = withoutAdmin(snapshot(out));
});

describe("the sharded build", () => {
  it.each([
    ["in the build's own process", []],
    ["one centre per batch, in two worker processes", ["--workers", "2", "--batch", "1"]],
  ] as [string, string[]][])(
    "writes the same files as the preview's one Eleventy run, %s",
    (_, flags) => {
      const site = join(tempDir(), "_site");
      const run = runCli("build.ts", ["--content", CONTENT, "--out", site, ...flags]);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      const built = snapshot(site);
      // The output folder's marker (scripts/pipeline/output-folder.ts) is the build's own.
      delete built[".etalase-output"];
      expect(Object.keys(built).length).toBeGreaterThan(100);
      expect(built).toEqual(reference);
    },
  );
});
