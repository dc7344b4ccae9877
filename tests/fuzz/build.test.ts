/**
 * Short fuzz run of whole builds, each a child process over a copy of a published site:
 * exit code 0 or 1 only, nothing written outside the output folder, a published site that passes
 * the output scan, or a failure that leaves the site byte for byte as it was.
 */
import fc from "fast-check";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildProperty, newStats } from "../../scripts/fuzz/properties.ts";
import { FIXTURES, PROJECT_ROOT, runBuild, tempDir } from "../helpers/cli.ts";

const VALID = join(FIXTURES, "valid-site/content");
let published: string;

beforeAll(() => {
  published = join(tempDir(), "_site");
  expect(runBuild(VALID, published).code).toBe(0);
});

describe("fuzzing whole builds", () => {
  it("builds 6 mutated sites safely", async () => {
    const stats = newStats();
    await fc.assert(buildProperty(VALID, published, PROJECT_ROOT, stats), { numRuns: 6 });
    expect(stats.cases).toBe(6);
  });
});
