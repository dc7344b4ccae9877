/**
 * One Eleventy run over the whole site, the way `npm start` renders it (Eleventy's own command
 * line with `--config=.eleventy.ts`, without `--serve`): the reference a build must equal
 * (tests/renderer.test.ts) and the preview that must equal the build.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { PROJECT_ROOT, TEST_NOW, TEST_SITE_URL, tempDir, type RunResult } from "./cli.ts";

/** Renders `content` into `out` with the `.eleventy.ts` of `projectRoot` (this project unless given). */
export function renderPreview(
  content: string,
  out: string,
  projectRoot = PROJECT_ROOT,
  env: Record<string, string> = {},
): RunResult {
  const run = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      join(PROJECT_ROOT, "node_modules/@11ty/eleventy/cmd.cjs"),
      "--config=.eleventy.ts",
      `--output=${out}`,
    ],
    {
      cwd: projectRoot,
      encoding: "utf8",
      env: {
        ...process.env,
        ETALASE_CONTENT: content,
        ETALASE_NOW: TEST_NOW,
        ETALASE_SITE_URL: TEST_SITE_URL,
        ETALASE_IMAGE_CACHE: join(tempDir("etalase-images-"), "cache"),
        ...env,
      },
      timeout: 120_000,
    },
  );
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
