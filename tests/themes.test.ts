/**
 * A centre's look: every named theme in site.css reads at WCAG AA in light and dark, a centre's own
 * colours are checked with a message staff can act on, and the pages carry the theme they chose.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { contrast, THEMES } from "../scripts/site/themes.ts";
import { FIXTURES, PROJECT_ROOT, readPage, runBuild, runCli, tempDir } from "./helpers/cli.ts";

const CSS = readFileSync(join(PROJECT_ROOT, "templates/site.css"), "utf8").replace(
  /\/\*[\s\S]*?\*\//g,
  "",
);
const fixture = (name: string) => join(FIXTURES, "themes", name, "content");
const INDEX = (name: string) => `tests/fixtures/themes/${name}/content/tenun-uji/index.md`;

/** Custom properties declared by the rules for `selector` (outside or inside the dark media query). */
function declared(selector: string, dark: boolean): Record<string, string> {
  const darkStart = [...CSS.matchAll(/@media screen and \(prefers-color-scheme: dark\) \{/g)].map(
    (m) => m.index,
  );
  const values: Record<string, string> = {};
  for (const rule of CSS.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const selectors = rule[1]!.split(",").map((s) => s.trim());
    if (!selectors.includes(selector)) continue;
    // A rule is in a dark block when a dark @media opened before it and its closing brace comes after.
    const inDark = darkStart.some(
      (start) => start < rule.index && CSS.indexOf("\n}", start) > rule.index,
    );
    if (inDark !== dark) continue;
    for (const [, name, value] of rule[2]!.matchAll(/--([a-z-]+):\s*([^;]+)/g))
      values[name!] = value!.trim();
  }
  return values;
}

function palette(theme: string | undefined, dark: boolean): Record<string, string> {
  const own = theme
    ? { ...declared(`.tema-${theme}`, false), ...(dark ? declared(`.tema-${theme}`, true) : {}) }
    : {};
  return { ...declared(":root", false), ...(dark ? declared(":root", true) : {}), ...own };
}

/** Text on its background at 4.5:1, the accent (menu underline, focus ring) at 3:1. */
const PAIRS = [
  ["ink", "paper", 4.5],
  ["ink", "card", 4.5],
  ["ink-soft", "paper", 4.5],
  ["ink-soft", "card", 4.5],
  ["madder", "paper", 4.5],
  ["madder", "card", 4.5],
  ["madder-dark", "paper", 4.5],
  ["on-band", "band", 4.5],
  ["on-band-soft", "band", 4.5],
  ["ink", "gold-soft", 4.5],
  ["madder", "gold-soft", 4.5],
  ["gold", "band", 3],
  ["gold", "paper", 3],
] as const;

describe("named themes in templates/site.css", () => {
  it.each(
    [undefined, ...THEMES].flatMap((theme) =>
      [false, true].map((dark) => ({ theme: theme ?? "default", dark })),
    ),
  )("$theme (dark: $dark) reads at WCAG AA", ({ theme, dark }) => {
    const colours = palette(theme === "default" ? undefined : theme, dark);
    const short = PAIRS.filter(
      ([text, ground, needed]) =>
        contrast(expand(colours[text]!), expand(colours[ground]!)) < needed,
    ).map(([text, ground]) => `${text} on ${ground}`);
    expect(short).toEqual([]);
  });

  it.each(THEMES)("%s has its own band colour and a motif file", (theme) => {
    const own = declared(`.tema-${theme}`, false);
    expect(own.motif).toBe(`url(../motif/${theme}.svg)`);
    expect(existsSync(join(PROJECT_ROOT, "templates/static/motif", `${theme}.svg`))).toBe(true);
  });
});

function expand(colour: string): string {
  return /^#[0-9a-f]{3}$/i.test(colour)
    ? `#${[...colour.slice(1)].map((c) => c + c).join("")}`
    : colour;
}

describe("a centre's own colours", () => {
  it("too little contrast: the file, line and field, the ratio measured and a colour that passes", () => {
    const run = runCli("check.ts", ["--content", fixture("low-contrast")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      [
        `✖ ${INDEX("low-contrast")}:16  kolom/field: warna_utama`,
        '  Warna "#e08a8a" kurang kontras sebagai latar kepala halaman di bawah tulisan putih: 2.5:1, perlu paling sedikit 4.5:1.',
        '  Cara memperbaiki: pakai warna yang lebih gelap, misalnya warna_utama: "#9d6161".',
        '  The colour "#e08a8a" has too little contrast as the header background under white text: 2.5:1, at least 4.5:1 is needed.',
        '  How to fix: use a darker colour, e.g. warna_utama: "#9d6161".',
      ].join("\n"),
    );
    expect(run.stderr).toContain(`✖ ${INDEX("low-contrast")}:17  kolom/field: warna_aksen`);
    expect(run.stderr).toContain(
      '  How to fix: use a lighter colour, e.g. warna_aksen: "#ebc2c2".',
    );
  });

  it("the suggested colours pass", () => {
    expect(contrast("#9d6161", "#ffffff")).toBeGreaterThanOrEqual(4.5);
    expect(contrast("#ebc2c2", "#9d6161")).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ["theme-and-colours", 17, "warna_utama", "Sentra ini memilih tema dan juga warna sendiri."],
    ["bad-colour", 16, "warna_utama", '"hijau" bukan kode warna.'],
    ["unknown-theme", 16, "tema", '"tenun" bukan pilihan yang dikenal.'],
  ])("%s: line %i, field %s", (name, line, field, message) => {
    const run = runCli("check.ts", ["--content", fixture(name)]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`✖ ${INDEX(name)}:${line}  kolom/field: ${field}\n  ${message}`);
  });

  it("readable colours get a stylesheet of their own, linked from every page of the centre", () => {
    const site = join(tempDir(), "_site");
    expect(runBuild(fixture("own-colours"), site).code).toBe(0);
    for (const path of ["tenun-uji/", "en/tenun-uji/", "tenun-uji/kunjungi/"]) {
      const links = parse(readPage(site, path))
        .querySelectorAll('link[rel="stylesheet"]')
        .map((l) => l.getAttribute("href")!);
      expect(links).toHaveLength(2);
      expect(links[1]).toMatch(/^\/tenun-uji\/warna\.[0-9a-f]{10}\.css$/);
      const css = readFileSync(join(site, links[1]!), "utf8");
      expect(css).toContain("--band:#1f4e3d");
      expect(css).toContain("--gold:#e0b040");
    }
    // The site-wide pages keep the default colours.
    expect(parse(readPage(site, "")).querySelectorAll('link[rel="stylesheet"]')).toHaveLength(1);
  });

  it("a named theme is a class on <body> of the centre's pages only", () => {
    const site = join(tempDir(), "_site");
    expect(runBuild(fixture("named-theme"), site).code).toBe(0);
    expect(parse(readPage(site, "tenun-uji/")).querySelector("body")!.getAttribute("class")).toBe(
      "tema-songket",
    );
    expect(
      parse(readPage(site, "en/tenun-uji/visit/")).querySelector("body")!.getAttribute("class"),
    ).toBe("tema-songket");
    expect(parse(readPage(site, "")).querySelector("body")!.getAttribute("class")).toBeUndefined();
  });
});
