/** The warning before a Cloudflare Pages deployment would be refused for too many files. */
import { describe, expect, it } from "vitest";
import { fileLimitWarning } from "../scripts/pipeline/deploy-check.ts";

describe("the Cloudflare Pages file limit", () => {
  it("says nothing for a site that fits", () => {
    expect(fileLimitWarning(20_000, 80)).toBeUndefined();
  });
  it("warns in both languages with a split into parts that each fit", () => {
    // 100 centres of ~225 files: about 80 centres fit in 18,000 files, so two parts.
    const warning = fileLimitWarning(22_500, 100)!;
    expect(warning).toContain(
      "Situs ini punya 22500 berkas; Cloudflare Pages menerima paling banyak 20000 berkas",
    );
    expect(warning).toContain(
      "This site has 22500 files; Cloudflare Pages accepts at most 20000 files in one deployment.",
    );
    expect(warning).toContain(
      "npm run build -- --shard i/2 --standalone --out _site-i   (i = 1 … 2)",
    );
  });
  it("splits a national site into parts of at most the limit", () => {
    const warning = fileLimitWarning(2_350_000, 10_500)!;
    const parts = Number(/--shard i\/(\d+)/.exec(warning)![1]);
    expect((2_350_000 / parts) * 1.0).toBeLessThan(20_000);
  });
});
