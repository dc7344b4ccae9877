/**
 * A province with more centres than one page holds (fixture large-province: 26 centres in Jawa
 * Timur, one in Bali): its list goes on over numbered pages that link to each other, in both
 * languages, each with a title of its own, each in the sitemap, and the directory lists provinces.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parse, type HTMLElement } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, readPage, runBuild, tempDir } from "./helpers/cli.ts";

let site: string;

beforeAll(() => {
  site = join(tempDir(), "_site");
  const run = runBuild(join(FIXTURES, "large-province/content"), site);
  expect(run.code, run.stderr).toBe(0);
});

const page = (path: string): HTMLElement => parse(readPage(site, path));
const cardNames = (root: HTMLElement) =>
  root.querySelectorAll(".cards h2").map((h) => h.text.trim());
const pagerLinks = (root: HTMLElement) =>
  root
    .querySelectorAll("nav.pager a")
    .map((a) => [a.text.trim(), a.getAttribute("href"), a.getAttribute("aria-current") ?? ""]);

describe("a province with more centres than one page holds", () => {
  it("shows the first 24 centres on its first page and the other 2 on the second", () => {
    const first = page("provinsi/jawa-timur/");
    const second = page("provinsi/jawa-timur/2/");
    expect(cardNames(first)).toHaveLength(24);
    // In the order of the centres' names, as everywhere on the site.
    expect(cardNames(first)[0]).toBe("Sentra Anyaman Jatim 03");
    expect(cardNames(second)).toEqual(["Sentra Ukir Kayu Jatim 12", "Sentra Ukir Kayu Jatim 20"]);
    // Both pages count the whole province.
    for (const root of [first, second])
      expect(root.querySelector(".lead")?.text.trim()).toBe("26 sentra, 0 usaha");
  });

  it("links its pages with a pager a visitor can follow without JavaScript", () => {
    const first = page("provinsi/jawa-timur/");
    expect(first.querySelector("nav.pager")?.getAttribute("aria-label")).toBe("Halaman daftar");
    expect(first.querySelector("nav.pager p")?.text).toBe("Halaman 1 dari 2");
    expect(pagerLinks(first)).toEqual([
      ["1", "/provinsi/jawa-timur/", "page"],
      ["2", "/provinsi/jawa-timur/2/", ""],
      ["Berikutnya", "/provinsi/jawa-timur/2/", ""],
    ]);
    expect(pagerLinks(page("provinsi/jawa-timur/2/"))).toEqual([
      ["Sebelumnya", "/provinsi/jawa-timur/", ""],
      ["1", "/provinsi/jawa-timur/", ""],
      ["2", "/provinsi/jawa-timur/2/", "page"],
    ]);
    expect(page("provinsi/bali/").querySelector("nav.pager")).toBeNull();
  });

  it("gives each page its own title, its English twin and its place in the sitemap", () => {
    expect(page("provinsi/jawa-timur/2/").querySelector("h1")?.text).toBe(
      "Sentra di Jawa Timur (halaman 2 dari 2)",
    );
    const english = page("en/province/jawa-timur/2/");
    expect(english.querySelector("h1")?.text).toBe("Centres in Jawa Timur (page 2 of 2)");
    expect(english.querySelector("nav.pager p")?.text).toBe("Page 2 of 2");
    expect(english.querySelector('link[hreflang="id"]')?.getAttribute("href")).toMatch(
      /\/provinsi\/jawa-timur\/2\/$/,
    );
    const sitemap = readFileSync(join(site, "sitemap.xml"), "utf8");
    for (const path of [
      "/provinsi/jawa-timur/",
      "/provinsi/jawa-timur/2/",
      "/en/province/jawa-timur/2/",
    ])
      expect(sitemap).toContain(`${path}</loc>`);
  });

  it("keeps the directory to a list of provinces, each linking to its first page", () => {
    const directory = page("");
    expect(directory.querySelectorAll(".cards")).toHaveLength(0);
    expect(
      directory.querySelectorAll(".province-list a").map((a) => [a.text, a.getAttribute("href")]),
    ).toEqual([
      ["Bali", "/provinsi/bali/"],
      ["Jawa Timur", "/provinsi/jawa-timur/"],
    ]);
  });

  it("keeps a full page of centres within 14 KB gzipped with its stylesheet", () => {
    const html = readFileSync(join(site, "provinsi/jawa-timur/index.html"));
    const css =
      page("provinsi/jawa-timur/").querySelector('link[rel="stylesheet"]')?.getAttribute("href") ??
      "";
    expect(gzipSync(html).length + gzipSync(readFileSync(join(site, css))).length).toBeLessThan(
      14 * 1024,
    );
  });
});
