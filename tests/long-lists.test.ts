/**
 * A centre with more businesses and events than one list page holds (fixture large-centre: 26
 * businesses, 26 events of which 24 are past): its lists go on over numbered pages under
 * `pengrajin/halaman/` and `acara/halaman/` that link to each other, in both languages, each with
 * a title of its own and a place in the sitemap. A real card weighs about 200 bytes gzipped, so
 * one page of 60 would not fit 14 KB (tests/budget.test.ts weighs these pages too).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, readPage, runBuild, tempDir } from "./helpers/cli.ts";

let site: string;

beforeAll(() => {
  site = join(tempDir(), "_site");
  const run = runBuild(join(FIXTURES, "large-centre/content"), site);
  expect(run.code, run.stderr).toBe(0);
});

const CENTRE = "tenun-besar-uji";
const page = (path: string): HTMLElement => parse(readPage(site, path));
const cardNames = (root: HTMLElement) =>
  root.querySelectorAll(".cards h2").map((h) => h.text.trim());
const pagerLinks = (root: HTMLElement) =>
  root
    .querySelectorAll("nav.pager a")
    .map((a) => [a.text.trim(), a.getAttribute("href"), a.getAttribute("aria-current") ?? ""]);

describe("a centre with more businesses than one page holds", () => {
  it("shows the first 24 on the first page and the other 2 on the second, in name order", () => {
    const first = page(`${CENTRE}/pengrajin/`);
    const second = page(`${CENTRE}/pengrajin/halaman/2/`);
    expect(cardNames(first)).toHaveLength(24);
    expect(cardNames(first).slice(0, 2)).toEqual(["Benang Alam Koting", "Benang Tarum Sikka"]);
    expect(cardNames(second)).toEqual(["Tenun Magepanda", "Tenun Nita Indah"]);
    expect(new Set([...cardNames(first), ...cardNames(second)]).size).toBe(26);
    for (const root of [first, second])
      expect(root.querySelector(".lead")?.text.trim()).toBe("26 usaha");
  });

  it("links its pages with a pager a visitor can follow without JavaScript", () => {
    expect(pagerLinks(page(`${CENTRE}/pengrajin/`))).toEqual([
      ["1", `/${CENTRE}/pengrajin/`, "page"],
      ["2", `/${CENTRE}/pengrajin/halaman/2/`, ""],
      ["Berikutnya", `/${CENTRE}/pengrajin/halaman/2/`, ""],
    ]);
    expect(pagerLinks(page(`en/${CENTRE}/artisans/page/2/`))).toEqual([
      ["Previous", `/en/${CENTRE}/artisans/`, ""],
      ["1", `/en/${CENTRE}/artisans/`, ""],
      ["2", `/en/${CENTRE}/artisans/page/2/`, "page"],
    ]);
    // The centre page's "all businesses" link goes to the first page.
    const centre = page(`${CENTRE}/`);
    expect(centre.querySelectorAll("a").map((a) => a.getAttribute("href"))).toContain(
      `/${CENTRE}/pengrajin/`,
    );
  });

  it("gives each page its own title, its twin in the other language and its place in the sitemap", () => {
    const second = page(`${CENTRE}/pengrajin/halaman/2/`);
    expect(second.querySelector("h1")?.text).toBe("Pengrajin dan usaha (halaman 2 dari 2)");
    expect(second.querySelector("title")?.text).toMatch(
      /^Pengrajin dan usaha: Sentra Tenun Besar Uji \(halaman 2 dari 2\)/,
    );
    expect(second.querySelector('link[hreflang="en"]')?.getAttribute("href")).toMatch(
      new RegExp(`/en/${CENTRE}/artisans/page/2/$`),
    );
    const english = page(`en/${CENTRE}/artisans/page/2/`);
    expect(english.querySelector("h1")?.text).toBe("Artisans and businesses (page 2 of 2)");
    expect(english.querySelector('link[hreflang="id"]')?.getAttribute("href")).toMatch(
      new RegExp(`/${CENTRE}/pengrajin/halaman/2/$`),
    );
    // The breadcrumb leads back to the list's first page and ends with the page's number, not its whole title again.
    const crumbs = second.querySelectorAll(".crumbs li");
    expect(crumbs.slice(-2).map((li) => li.text.trim())).toEqual([
      "Pengrajin dan usaha",
      "Halaman 2 dari 2",
    ]);
    expect(crumbs.at(-2)?.querySelector("a")?.getAttribute("href")).toBe(`/${CENTRE}/pengrajin/`);
    expect(english.querySelectorAll(".crumbs li").at(-1)?.text.trim()).toBe("Page 2 of 2");
    expect(page(`${CENTRE}/pengrajin/`).querySelectorAll(".crumbs li").at(-1)?.text.trim()).toBe(
      "Pengrajin dan usaha: Sentra Tenun Besar Uji (halaman 1 dari 2)",
    );
    const sitemap = readFileSync(join(site, "sitemap.xml"), "utf8");
    for (const path of [
      `${CENTRE}/pengrajin/`,
      `${CENTRE}/pengrajin/halaman/2/`,
      `en/${CENTRE}/artisans/`,
      `en/${CENTRE}/artisans/page/2/`,
    ])
      expect(sitemap).toMatch(new RegExp(`<loc>[^<]*/${path}</loc>`));
  });

  it("keeps every business page and booth card where they were", () => {
    expect(page(`${CENTRE}/pengrajin/tenun-nita-indah/`).querySelector("h1")?.text).toBe(
      "Tenun Nita Indah",
    );
    expect(page(`${CENTRE}/pengrajin/tenun-nita-indah/kartu/`).querySelector("h1")?.text).toBe(
      "Tenun Nita Indah",
    );
  });
});

describe("a centre whose events fill more than one page", () => {
  const headings = (root: HTMLElement) =>
    root.querySelectorAll("main h2").map((h) => h.text.trim());

  it("puts what is coming first, then the past from the latest, 24 to a page", () => {
    const first = page(`${CENTRE}/acara/`);
    expect(headings(first)).toEqual(["Akan datang", "Sudah lewat"]);
    const cards = first.querySelectorAll(".card__title").map((h) => h.text.trim());
    expect(cards).toHaveLength(24);
    expect(cards.slice(0, 4)).toEqual([
      "Kelas Desember 2026",
      "Pameran Tenun Sikka",
      "Kelas November 2026",
      "Kelas Oktober 2026",
    ]);
    expect(cards.at(-1)).toBe("Kelas Februari 2025");
    // The second page holds only past events, so it has no "upcoming" section.
    const second = page(`${CENTRE}/acara/halaman/2/`);
    expect(headings(second)).toEqual(["Sudah lewat"]);
    expect(second.querySelectorAll(".card__title").map((h) => h.text.trim())).toEqual([
      "Kelas Januari 2025",
      "Kelas Desember 2024",
    ]);
    expect(second.querySelector("h1")?.text).toBe("Acara (halaman 2 dari 2)");
  });

  it("links the pages in both languages and lists them in the sitemap", () => {
    expect(pagerLinks(page(`en/${CENTRE}/events/`))).toEqual([
      ["1", `/en/${CENTRE}/events/`, "page"],
      ["2", `/en/${CENTRE}/events/page/2/`, ""],
      ["Next", `/en/${CENTRE}/events/page/2/`, ""],
    ]);
    const sitemap = readFileSync(join(site, "sitemap.xml"), "utf8");
    for (const path of [`${CENTRE}/acara/halaman/2/`, `en/${CENTRE}/events/page/2/`])
      expect(sitemap).toMatch(new RegExp(`<loc>[^<]*/${path}</loc>`));
  });
});

describe("a first events page full of upcoming events", () => {
  it("says the past ones are on the next page, and shows them there after the last upcoming ones", () => {
    // Six days after the oldest class: it is past, the other 25 events are still to come.
    const early = join(tempDir(), "_site");
    const run = runBuild(join(FIXTURES, "large-centre/content"), early, {
      ETALASE_NOW: "2024-12-20T12:00:00+08:00",
    });
    expect(run.code, run.stderr).toBe(0);
    const first = parse(readPage(early, `${CENTRE}/acara/`));
    expect(first.querySelectorAll(".card__title")).toHaveLength(24);
    expect(first.querySelector("#lalu")?.parentNode.querySelector("p")?.text).toBe(
      "Acara yang lalu ada di halaman berikutnya.",
    );
    const second = parse(readPage(early, `${CENTRE}/acara/halaman/2/`));
    expect(second.querySelectorAll("main h2").map((h) => h.text.trim())).toEqual([
      "Akan datang",
      "Sudah lewat",
    ]);
    expect(second.querySelectorAll(".card__title").map((h) => h.text.trim())).toEqual([
      "Pameran Tenun Sikka",
      "Kelas Desember 2024",
    ]);
  });
});
