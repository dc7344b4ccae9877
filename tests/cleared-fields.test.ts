/**
 * Optional fields left empty mean "none". Decap CMS writes `instagram: ""` when staff clear a
 * field (decaporg/decap-cms#7120), and a hand-edited file may keep `sejak:` with nothing after it;
 * neither may fail the build (fixture cleared-fields). Empty required fields are still reported:
 * tests/bad-inputs.test.ts, "blank-field".
 */
import { join } from "node:path";
import { parse } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, readPage, runBuild, tempDir, type RunResult } from "./helpers/cli.ts";

let site: string;
let run: RunResult;

beforeAll(() => {
  site = join(tempDir(), "_site");
  run = runBuild(join(FIXTURES, "cleared-fields/content"), site);
});

describe("a business whose optional fields were cleared", () => {
  it("builds without a problem", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  it("shows the business without the cleared details", () => {
    const page = parse(readPage(site, "gerabah-uji/pengrajin/gerabah-satu/"));
    expect(page.querySelector("h1")?.text).toBe("Gerabah Satu");
    expect(page.querySelector("main")?.text).toContain("Kendi tanah liat");
    expect(
      page
        .querySelectorAll("a")
        .map((a) => a.getAttribute("href") ?? "")
        .filter((href) => /instagram|shopee|tokopedia/.test(href)),
    ).toEqual([]);
    const owner = page.querySelector("main p")?.text;
    expect(owner).toBe("Pemilik: Inaq Uji"); // no "· Berdiri sejak …", no "· Booth …"
    // "/" is shown and "per" read out: "Rp35.000 / buah".
    expect(page.querySelector(".product__price")?.text.trim()).toBe("Rp35.000 /per buah");
  });
});
