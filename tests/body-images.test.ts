/**
 * A picture written into a body (`![motif](foto/x.jpg)`, `<img …>`) would reach the page as text:
 * the check refuses it with the file, the line and the photo fields to use instead, and a build
 * with one leaves the published site as it was. Fixture: tests/fixtures/bad/body-images.
 */
import { join, relative } from "node:path";
import { parse } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { imagesIn, renderMarkdown } from "../scripts/content/markdown.ts";
import { FIXTURES, PROJECT_ROOT, runBuild, runCli, snapshot, tempDir } from "./helpers/cli.ts";

const content = join(FIXTURES, "bad/body-images/content");
const shown = (file: string) => relative(PROJECT_ROOT, join(content, "tenun-uji", file));

function problem(where: string, picture: string, idFix: string, enFix: string): string {
  return [
    `✖ ${where}`,
    `  Gambar "${picture}" ada di dalam teks; gambar di dalam teks tidak ditampilkan.`,
    `  Cara memperbaiki: hapus gambar ini dari teks; ${idFix}`,
    `  The picture "${picture}" is inside the text; pictures inside the text are not shown.`,
    `  How to fix: remove the picture from the text; ${enFix}`,
  ].join("\n");
}

const inField = (id: string, en: string) =>
  [
    `simpan fotonya di folder foto/ sentra ini dan tulis di kolom ${id} pada bagian data (di antara dua baris ---).`,
    `save the photo in this centre's foto/ folder and list it in the field ${en} of the front matter (between the two --- lines).`,
  ] as const;

// In file and line order, as the report prints them.
const EXPECTED = [
  problem(
    `${shown("acara/pelatihan.md")}:10`,
    "![poster](../../../etc/passwd)",
    ...inField('"foto"', '"foto"'),
  ),
  problem(
    `${shown("index.en.md")}:5`,
    "![motif](https://contoh.com/lacak.png)",
    `foto dipasang di berkas bahasa Indonesia ${shown("index.md")} dan tampil di kedua bahasa.`,
    `photos are set in the Indonesian file ${shown("index.md")} and show in both languages.`,
  ),
  problem(
    `${shown("index.md")}:20`,
    "![motif kain](foto/motif.jpg)",
    ...inField('"foto_utama" atau "galeri"', '"foto_utama" or "galeri"'),
  ),
  problem(
    `${shown("pengrajin/tenun-satu.md")}:10`,
    `<img src="x" onerror="alert('gambar')">`,
    ...inField('"foto" atau "foto" di dalam "produk"', '"foto" or "foto" inside "produk"'),
  ),
].join("\n\n");

describe("a picture written into a body", () => {
  it("is refused by the check, with the line, the picture and the photo fields of that kind of file", () => {
    const run = runCli("check.ts", ["--content", content]);
    expect(run.code).toBe(1);
    // The code span and the indented code block in index.md are examples, not pictures: not reported.
    expect(run.stderr).toContain(EXPECTED);
    expect(run.stderr).toContain("Check finished: 4 problem(s) in 4 file(s).");
  });

  describe("in a build over a published site", () => {
    let site: string;
    let published: Record<string, string>;
    beforeAll(() => {
      site = join(tempDir(), "_site");
      expect(runBuild(join(FIXTURES, "valid-site/content"), site).code).toBe(0);
      published = snapshot(site);
    });

    it("stops the build with the same report and changes no page", () => {
      const run = runBuild(content, site);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(EXPECTED);
      expect(run.stderr).toContain("Build stopped: 4 problem(s) in 4 file(s).");
      expect(snapshot(site)).toEqual(published);
    });
  });
});

describe("which text is a picture", () => {
  it.each([
    ["![a](foto/a.jpg)", [{ line: 1, written: "![a](foto/a.jpg)" }]],
    ["teks\n![a](foto/a b.jpg)", [{ line: 2, written: "![a](foto/a b.jpg)" }]], // a space: not an image to Markdown, still meant as one
    ["![a][ref]\n\n[ref]: foto/a.jpg", [{ line: 1, written: "![a](foto/a.jpg)" }]],
    ["![a][tidak-ada]", [{ line: 1, written: "![a][tidak-ada]" }]],
    ["[![a](foto/a.jpg)](https://contoh.id)", [{ line: 1, written: "![a](foto/a.jpg)" }]],
    ["| a |\n|-|\n| ![b](foto/b.png) |", [{ line: 3, written: "![b](foto/b.png)" }]],
    ["satu\ndua <IMG\nsrc=x>", [{ line: 2, written: "<IMG" }]],
    ["# Judul <img/src=x>", [{ line: 1, written: "<img/src=x>" }]],
  ])("%j", (body, found) => {
    expect(imagesIn(body)).toEqual(found);
  });

  it.each([
    ["code span", "`![a](foto/a.jpg)` dan `<img>`"],
    ["indented code", "    ![a](foto/a.jpg)"],
    ["fenced code", "```\n<img src=x>\n```"],
    ["words that only look alike", "Hore! [tautan](https://contoh.id) <image> <imgx> !important"],
  ])("%s is not", (_, body) => {
    expect(imagesIn(body)).toEqual([]);
    // What the check lets through shows Markdown image syntax only inside code.
    const root = parse(renderMarkdown(body), { blockTextElements: {} });
    for (const code of root.querySelectorAll("code")) code.remove();
    expect(root.text).not.toMatch(/!\[[^\]]*\]\(|<img\b/i);
  });
});
