/**
 * A centre's look: one of the named themes (a palette and a motif per craft, whose colour values
 * live in templates/site.css), or two colours of its own, checked here for WCAG AA contrast.
 */
import { createHash } from "node:crypto";

/** The named themes, each a `.tema-<name>` class in templates/site.css with a motif in templates/static/motif/. */
export const THEMES = ["tapis", "tenun-ikat", "batik", "songket", "gerabah", "anyaman"] as const;
export type ThemeName = (typeof THEMES)[number];

/** WCAG AA: body text needs 4.5:1 against its background, large text and UI parts 3:1. */
export const TEXT_CONTRAST = 4.5;
export const UI_CONTRAST = 3;

export const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/** The page background and text every custom palette is drawn on (the default light and dark ones in site.css). */
export const LIGHT_PAPER = "#fbf6ee";
export const DARK_PAPER = "#16110e";
const WHITE = "#ffffff";

type Rgb = readonly [number, number, number];

function rgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function hex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;
}

/** Relative luminance (WCAG 2.x). */
export function luminance(colour: string): number {
  const [r, g, b] = rgb(colour).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `colour` mixed with `toward` by `amount` (0 = colour, 1 = toward). */
export function mix(colour: string, toward: string, amount: number): string {
  const a = rgb(colour);
  const b = rgb(toward);
  return hex([0, 1, 2].map((i) => a[i]! + (b[i]! - a[i]!) * amount) as unknown as Rgb);
}

/**
 * The nearest colour to `colour`, in the same hue, with at least `ratio` against every one of
 * `against`: darkened toward black (or lightened toward white when `lighter`).
 */
export function adjusted(
  colour: string,
  against: readonly string[],
  ratio: number,
  lighter = false,
): string {
  const target = lighter ? WHITE : "#000000";
  for (let step = 0; step <= 100; step++) {
    const candidate = mix(colour, target, step / 100);
    if (against.every((other) => contrast(candidate, other) >= ratio)) return candidate;
  }
  return target;
}

/** One measured pair that is too close: what, against what, how much, and a colour that passes. */
export interface ContrastFailure {
  readonly field: "warna_utama" | "warna_aksen";
  readonly ratio: number;
  readonly needed: number;
  /** What the colour is used for, in both languages. */
  readonly use: { readonly id: string; readonly en: string };
  readonly suggestion: string;
}

/**
 * How a centre's own two colours are used, and whether each use is readable: the main colour is
 * the header band under white text and the colour of links on the page; the accent marks the
 * current menu item and the keyboard focus on the band.
 */
export function customColourFailures(main: string, accent: string): ContrastFailure[] {
  const failures: ContrastFailure[] = [];
  const mainPairs = [
    {
      against: WHITE,
      use: {
        id: "latar kepala halaman di bawah tulisan putih",
        en: "the header background under white text",
      },
    },
    {
      against: LIGHT_PAPER,
      use: {
        id: "warna tautan di atas latar halaman",
        en: "the colour of links on the page background",
      },
    },
  ];
  for (const pair of mainPairs) {
    const ratio = contrast(main, pair.against);
    if (ratio < TEXT_CONTRAST) {
      failures.push({
        field: "warna_utama",
        ratio,
        needed: TEXT_CONTRAST,
        use: pair.use,
        suggestion: adjusted(
          main,
          mainPairs.map((p) => p.against),
          TEXT_CONTRAST,
        ),
      });
      break;
    }
  }
  // The accent is measured on the main colour as it will be once fixed, so both suggestions fit together.
  const band = failures[0]?.suggestion ?? main;
  const accentRatio = contrast(accent, band);
  if (accentRatio < UI_CONTRAST)
    failures.push({
      field: "warna_aksen",
      ratio: accentRatio,
      needed: UI_CONTRAST,
      use: {
        id: "garis menu dan tanda fokus di atas warna utama",
        en: "the menu underline and focus ring on the main colour",
      },
      suggestion: adjusted(accent, [band], UI_CONTRAST, luminance(band) < 0.18),
    });
  return failures;
}

/** A ratio as staff read it: 3.2:1, rounded down so a 4.49 never shows as the 4.5 it misses. */
export function ratioText(ratio: number): string {
  return `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;
}

/**
 * The custom properties of a centre's own colours, light and dark, as a small stylesheet of its
 * own (a strict CSP allows no inline style). Dark mode keeps the band dark and lightens the link
 * colour until it reads on the dark page.
 */
export function customColourCss(main: string, accent: string): string {
  const light = {
    "--band": main,
    "--madder": adjusted(main, [LIGHT_PAPER, WHITE], TEXT_CONTRAST),
    "--madder-dark": adjusted(mix(main, "#000000", 0.2), [LIGHT_PAPER], TEXT_CONTRAST),
    "--gold": accent,
    "--gold-soft": mix(accent, WHITE, 0.78),
  };
  const dark = {
    "--band": adjusted(mix(main, "#000000", 0.45), [WHITE], 7),
    "--madder": adjusted(main, [DARK_PAPER, "#221a16"], TEXT_CONTRAST, true),
    "--madder-dark": adjusted(mix(main, WHITE, 0.5), [DARK_PAPER], TEXT_CONTRAST, true),
    "--gold": adjusted(accent, [DARK_PAPER], UI_CONTRAST, true),
    "--gold-soft": mix(accent, DARK_PAPER, 0.78),
  };
  const block = (values: Record<string, string>) =>
    Object.entries(values)
      .map(([name, value]) => `${name}:${value}`)
      .join(";");
  return `body{${block(light)}}\n@media screen and (prefers-color-scheme:dark){body{${block(dark)}}}\n`;
}

/** The file name of a centre's colour stylesheet, named by its content so a changed colour is never cached. */
export function customColourFile(css: string): string {
  return `warna.${createHash("sha256").update(css).digest("hex").slice(0, 10)}.css`;
}
