/**
 * Short fuzz run of the loader: mutated copies of the valid site either load or are
 * refused with problems that name a file and say what is wrong in both languages; never another
 * exception, never a stack trace, never slow. `npm run fuzz` runs the long version.
 */
import fc from "fast-check";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loaderProperty, newStats } from "../../scripts/fuzz/properties.ts";
import { FIXTURES, tempDir } from "../helpers/cli.ts";

describe("fuzzing the loader", () => {
  it("loads or explains 250 mutated sites, each within 5 s", async () => {
    const stats = newStats();
    // The first case encodes the fixture's photos; later ones find them in this cache.
    await fc.assert(
      loaderProperty(
        join(FIXTURES, "valid-site/content"),
        tempDir("etalase-fuzz-images-"),
        5_000,
        stats,
      ),
      { numRuns: 250 },
    );
    expect(stats.cases).toBe(250);
    // Both outcomes are reached, so the fuzzer tests more than the first check that says no.
    expect(stats.accepted).toBeGreaterThan(0);
    expect(stats.accepted).toBeLessThan(stats.cases);
  });
});
