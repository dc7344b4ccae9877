/**
 * Short fuzz run of the Markdown renderer: bodies made of script, frame, style and
 * `javascript:` payloads render to Markdown's own inert elements only, which the output scan passes.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import { markdownProperty } from "../../scripts/fuzz/properties.ts";

describe("fuzzing the Markdown renderer", () => {
  it("renders 1,000 hostile bodies to inert Markdown", () => {
    fc.assert(markdownProperty(), { numRuns: 1_000 });
  });
});
