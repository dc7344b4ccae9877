/**
 * docs/panduan-staf.md, the staff guide: its lists of messages are what the code prints today (a
 * new or reworded message fails here until `npx tsx scripts/cms/error-catalog.ts` is run), the
 * everyday ones come before the rare ones, and every picture it shows is there.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  APPENDIX_BEGIN,
  APPENDIX_END,
  appendixMarkdown,
  BEGIN,
  catalogMarkdown,
  collectMessages,
  END,
  GUIDE,
  markdownCell,
  type CatalogEntry,
} from "../scripts/cms/error-catalog.ts";
import { PROJECT_ROOT } from "./helpers/cli.ts";

const guide = readFileSync(join(PROJECT_ROOT, GUIDE), "utf8");
const between = (begin: string, end: string) =>
  guide.slice(guide.indexOf(begin), guide.indexOf(end) + end.length);
const everyday = between(BEGIN, END);
const appendix = between(APPENDIX_BEGIN, APPENDIX_END);

let entries: CatalogEntry[] = [];
beforeAll(async () => {
  entries = await collectMessages(PROJECT_ROOT);
}, 60_000);

describe("the staff guide's message lists", () => {
  it("list every kind of message check prints, as the code words it now", () => {
    expect(entries.length).toBeGreaterThan(50);
    expect(everyday).toBe(catalogMarkdown(entries));
    expect(appendix).toBe(appendixMarkdown(entries));
  });

  it("name every message in one of the two lists", () => {
    for (const { problem } of entries)
      expect(`${everyday}${appendix}`, problem.message.id).toContain(
        `${markdownCell(problem.message.id)} |`,
      );
  });

  it("put the mistakes staff make first at the top, and hostile input in the appendix at the end", () => {
    const headings = [...everyday.matchAll(/^#### (.+)$/gm)].map((m) => m[1]);
    expect(headings.slice(0, 5)).toEqual([
      "Penulisan bagian data (di antara dua baris ---)",
      "Foto",
      "Tanggal dan jam",
      "Harga dan angka",
      "Nomor telepon dan WhatsApp",
    ]);
    expect(everyday).toContain("Baris ini menjorok dengan tab; bagian data hanya menerima spasi.");
    expect(everyday).toContain(
      markdownCell('"foto/IMG_0412.HEIC": jenis berkas ini bukan foto yang diterima.'),
    );
    for (const text of [
      "Alias YAML (*nama) tidak diizinkan.",
      'Kolom "__proto__" tidak dikenal.',
      "Ini tautan (symlink) ke tempat lain",
      "Berkas terlalu besar",
      'Bagian data memakai format "javascript"',
    ]) {
      const rare = markdownCell(text);
      expect(appendix).toContain(rare);
      expect(everyday).not.toContain(rare);
    }
    expect(guide.indexOf("## Lampiran")).toBeGreaterThan(guide.indexOf("## Daftar istilah"));
    expect(guide.indexOf(APPENDIX_BEGIN)).toBeGreaterThan(guide.indexOf("## Lampiran"));
  });
});

describe("the staff guide", () => {
  it("shows pictures that exist, each with a description", () => {
    const prose = guide.replace(everyday, "").replace(appendix, "");
    const pictures = [
      ...prose.matchAll(/!\[([^\]]*)\]\(([^)]+\.png)\)|<img src="([^"]+\.png)" alt="([^"]*)"/g),
    ].map((m) => ({ file: m[2] ?? m[3]!, alt: m[1] ?? m[4]! }));
    expect(pictures.length).toBeGreaterThanOrEqual(15);
    expect(pictures.filter((p) => !existsSync(join(PROJECT_ROOT, "docs", p.file)))).toEqual([]);
    expect(pictures.filter((p) => p.alt.trim().length < 10)).toEqual([]);
  });

  it("links every chapter of its table of contents to a heading that exists", () => {
    const anchors = new Set(
      [...guide.matchAll(/^#{2,3} (.+)$/gm)].map((m) =>
        m[1]!
          .toLowerCase()
          .replace(/[^\p{L}\p{N} -]/gu, "")
          .replace(/ /g, "-"),
      ),
    );
    const links = [...guide.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThanOrEqual(10);
    expect(links.filter((link) => !anchors.has(link))).toEqual([]);
  });
});
