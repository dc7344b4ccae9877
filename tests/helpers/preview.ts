/**
 * `npm start` as a test runs it: the same Eleventy command, over a content folder of the test's,
 * with the output in a temporary folder and everything it prints collected.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { freePort } from "../../scripts/cms/server.ts";
import { PROJECT_ROOT, tempDir, TEST_NOW } from "./cli.ts";

export interface RunningPreview {
  /** Where it serves, e.g. `http://localhost:41234`. */
  readonly origin: string;
  /** The folder it writes the site into. */
  readonly output: string;
  /** Everything it has printed so far, stdout and stderr together. */
  terminal(): string;
  stop(): Promise<void>;
}

export async function startPreview(
  content: string,
  env: Record<string, string> = {},
): Promise<RunningPreview> {
  const port = await freePort();
  const output = join(tempDir(), "_preview");
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "node_modules/@11ty/eleventy/cmd.cjs",
      "--config=.eleventy.ts",
      "--serve",
      `--port=${port}`,
      `--output=${output}`,
    ],
    {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        ETALASE_CONTENT: content,
        ETALASE_NOW: TEST_NOW,
        ETALASE_IMAGE_CACHE: tempDir("etalase-images-"),
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let printed = "";
  child.stdout.on("data", (chunk: Buffer) => {
    printed += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    printed += chunk.toString();
  });
  return {
    origin: `http://localhost:${port}`,
    output,
    terminal: () => printed,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once("exit", done));
      child.kill();
      await exited;
    },
  };
}
