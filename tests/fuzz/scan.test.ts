/**
 * Short fuzz run of the output scan: hostile HTML of the kinds a bug upstream could let
 * into a page (mixed-case and unclosed tags, schemes hidden with tabs, entities and control
 * characters) is always refused.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import { scanProperty } from "../../scripts/fuzz/properties.ts";

describe("fuzzing the output scan", () => {
  it("refuses 2,000 hostile pages", () => {
    fc.assert(scanProperty(), { numRuns: 2_000 });
  });
});
