/**
 * The synthetic dataset (seeds/synthetic.ts) is what the benchmark and the scale tests build: it
 * must pass every rule staff content must pass, or `npm run bench` measures a build that stops.
 */
import { join } from "node:path";
import { expect, it } from "vitest";
import { checkContent } from "../scripts/content/check.ts";
import { writeSynthetic } from "../seeds/synthetic.ts";
import { PROJECT_ROOT, tempDir } from "./helpers/cli.ts";

it("writes 40 centres that npm run check accepts whole", async () => {
  const content = join(tempDir("etalase-synthetic-"), "content");
  const written = await writeSynthetic({ centres: 40, outDir: content });
  expect(written.centres).toBe(40);
  const { problems } = await checkContent(content, PROJECT_ROOT);
  expect(problems.map((p) => `${p.file}:${p.line ?? ""} ${p.field ?? ""} ${p.message.en}`)).toEqual(
    [],
  );
});
