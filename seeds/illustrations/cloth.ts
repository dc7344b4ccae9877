/**
 * The cloth of a drawing: an SVG <pattern> of a craft's motifs in a palette, picked by a seed.
 * Shapes and colours follow the centre themes (templates/static/motif/, templates/site.css):
 * Tapis has ships, tumpal triangles and couched gold lines on a dark ground; tenun ikat has
 * diamonds and hooks whose edges blur, in indigo, rust and ecru.
 */
import type { Rng } from "./random.ts";

export type Craft = "tapis" | "tenun-ikat";

interface Named {
  readonly id: string;
  readonly en: string;
}

export interface Palette {
  readonly name: Named;
  readonly ground: string;
  readonly thread: string;
  readonly accent: string;
  readonly light: string;
  readonly threadName: Named;
}

export interface Cloth {
  readonly craft: Craft;
  readonly palette: Palette;
  /** The <pattern> (and its filter) to put in <defs>. */
  readonly defs: string;
  /** `url(#…)` of the pattern. */
  readonly fill: string;
  /** The motifs, most visible first: "kapal dan tumpal" / "ships and tumpal triangles". */
  readonly motifs: Named;
}

const GOLD = { id: "benang emas", en: "gold thread" };
const SILVER = { id: "benang perak", en: "silver thread" };

const TAPIS: Palette[] = [
  {
    name: { id: "merah marun", en: "maroon" },
    ground: "#6b1a26",
    thread: "#d9a93b",
    accent: "#2b1d16",
    light: "#f3e4c2",
    threadName: GOLD,
  },
  {
    name: { id: "cokelat tua", en: "dark brown" },
    ground: "#2b1d16",
    thread: "#c9952b",
    accent: "#8a2432",
    light: "#efe0bf",
    threadName: GOLD,
  },
  {
    name: { id: "merah bata", en: "brick-red" },
    ground: "#7a2e1c",
    thread: "#e0b450",
    accent: "#3b2413",
    light: "#f6e7c8",
    threadName: GOLD,
  },
  {
    name: { id: "hitam", en: "black" },
    ground: "#1d1a1c",
    thread: "#d4a53a",
    accent: "#7b2330",
    light: "#f1e2bd",
    threadName: GOLD,
  },
  {
    name: { id: "hijau tua", en: "dark green" },
    ground: "#1f3a2c",
    thread: "#d2a543",
    accent: "#5e1b22",
    light: "#efe2c0",
    threadName: GOLD,
  },
  {
    name: { id: "ungu tua", en: "deep purple" },
    ground: "#3e1a45",
    thread: "#d8ac45",
    accent: "#1e0f22",
    light: "#f3e3c4",
    threadName: GOLD,
  },
];
const TAPIS_SILVER: Palette[] = [
  {
    name: { id: "biru tua", en: "navy" },
    ground: "#1e2a44",
    thread: "#cfd4da",
    accent: "#6b1a26",
    light: "#eef0f2",
    threadName: SILVER,
  },
  {
    name: { id: "merah anggur", en: "wine-red" },
    ground: "#4a1424",
    thread: "#d3d6db",
    accent: "#24101a",
    light: "#f0eef0",
    threadName: SILVER,
  },
  {
    name: { id: "abu-abu tua", en: "charcoal" },
    ground: "#2e2d33",
    thread: "#d9dce0",
    accent: "#6b2a3a",
    light: "#f2f2f2",
    threadName: SILVER,
  },
];
const IKAT: Palette[] = [
  {
    name: { id: "biru nila", en: "indigo" },
    ground: "#1f2f4a",
    thread: "#c7673a",
    accent: "#e9d8b4",
    light: "#f1e6cf",
    threadName: { id: "jingga karat", en: "rust" },
  },
  {
    name: { id: "cokelat mengkudu", en: "noni-brown" },
    ground: "#3a1e17",
    thread: "#b5532f",
    accent: "#ecdcbc",
    light: "#e9d8b4",
    threadName: { id: "merah mengkudu", en: "noni red" },
  },
  {
    name: { id: "hitam", en: "black" },
    ground: "#17171c",
    thread: "#2d4f86",
    accent: "#e6d6b2",
    light: "#efe3cc",
    threadName: { id: "biru tarum", en: "indigo" },
  },
  {
    name: { id: "merah karat", en: "rust-red" },
    ground: "#7d2e1e",
    thread: "#1f2f4a",
    accent: "#eddcb8",
    light: "#f3e8d2",
    threadName: { id: "biru nila", en: "indigo" },
  },
  {
    name: { id: "biru tarum", en: "deep blue" },
    ground: "#223a63",
    thread: "#d8b26a",
    accent: "#ede0c4",
    light: "#f4ead6",
    threadName: { id: "kuning kunyit", en: "turmeric yellow" },
  },
];

/** Picks a palette; `hint` words in the name steer it (silver thread, indigo dye, noni red). */
export function paletteFor(craft: Craft, rng: Rng, hint: string): Palette {
  const words = hint.toLowerCase();
  if (craft === "tapis") return rng.pick(/perak|silver/.test(words) ? TAPIS_SILVER : TAPIS);
  if (/nila|tarum|indigo/.test(words)) return rng.pick([IKAT[0]!, IKAT[4]!, IKAT[2]!]);
  if (/mengkudu|merah/.test(words)) return rng.pick([IKAT[1]!, IKAT[3]!]);
  return rng.pick(IKAT);
}

const TW = 240;

interface Band {
  readonly h: number;
  readonly svg: (y: number, p: Palette) => string;
  readonly motif?: Named;
}

/** Couched gold (or silver) thread: the fine parallel lines that fill a Tapis. */
const couched = (lines: number): Band => ({
  h: lines * 7 + 6,
  svg: (y, p) =>
    Array.from(
      { length: lines },
      (_, i) => `<rect x="0" y="${y + 4 + i * 7}" width="${TW}" height="3" fill="${p.thread}"/>`,
    ).join(""),
  motif: { id: "garis sulaman benang", en: "couched thread lines" },
});

const tumpal = (step: number, down: boolean): Band => ({
  h: step * 0.9,
  svg: (y, p) => {
    const h = step * 0.9;
    let d = "";
    let inner = "";
    for (let x = 0; x < TW; x += step) {
      d += down
        ? `M${x} ${y}L${x + step / 2} ${y + h}L${x + step} ${y}Z`
        : `M${x} ${y + h}L${x + step / 2} ${y}L${x + step} ${y + h}Z`;
      const cy = down ? y + h * 0.3 : y + h * 0.7;
      inner += `M${x + step / 2} ${cy - h * 0.16}l${step * 0.1} ${h * 0.16}l-${step * 0.1} ${h * 0.16}l-${step * 0.1} -${h * 0.16}Z`;
    }
    return `<path d="${d}" fill="${p.thread}"/><path d="${inner}" fill="${p.accent}"/>`;
  },
  motif: { id: "tumpal", en: "tumpal triangles" },
});

const ships = (count: number): Band => ({
  h: 100,
  svg: (y, p) => {
    const span = TW / count;
    let out = `<rect x="0" y="${y}" width="${TW}" height="100" fill="${p.accent}" opacity="0.35"/>`;
    for (let i = 0; i < count; i++) {
      const x = i * span + span * 0.1;
      const w = span * 0.8;
      const base = y + 78;
      out += `<path d="M${x} ${base - 14}q${w * 0.5} ${22} ${w} 0l-${w * 0.14} ${20}h-${w * 0.72}Z" fill="${p.thread}"/>`;
      out += `<path d="M${x + w * 0.42} ${base - 12}V${y + 10}L${x + w * 0.8} ${base - 18}Z" fill="${p.light}"/>`;
      out += `<path d="M${x + w * 0.36} ${base - 12}V${y + 24}L${x + w * 0.1} ${base - 18}Z" fill="${p.thread}"/>`;
      out += `<path d="M${x + w * 0.86} ${base - 30}l6 8l-6 8l-6 -8Z" fill="${p.light}"/>`;
    }
    return out;
  },
  motif: { id: "kapal", en: "ships" },
});

const diamonds = (step: number): Band => ({
  h: step,
  svg: (y, p) => {
    let out = "";
    for (let x = step / 2; x < TW + step; x += step)
      out += `<path d="M${x} ${y + 4}l${step / 2 - 6} ${step / 2 - 4}l-${step / 2 - 6} ${step / 2 - 4}l-${step / 2 - 6} -${step / 2 - 4}Z" fill="none" stroke="${p.thread}" stroke-width="6"/><circle cx="${x}" cy="${y + step / 2}" r="${step / 10}" fill="${p.light}"/>`;
    return out;
  },
  motif: { id: "belah ketupat", en: "diamonds" },
});

const stars = (step: number): Band => ({
  h: step,
  svg: (y, p) => {
    let out = "";
    const r = step * 0.42;
    for (let x = step / 2; x < TW + step; x += step)
      out += `<path d="M${x} ${y + step / 2 - r}L${x + r * 0.25} ${y + step / 2 - r * 0.25}L${x + r} ${y + step / 2}L${x + r * 0.25} ${y + step / 2 + r * 0.25}L${x} ${y + step / 2 + r}L${x - r * 0.25} ${y + step / 2 + r * 0.25}L${x - r} ${y + step / 2}L${x - r * 0.25} ${y + step / 2 - r * 0.25}Z" fill="${p.thread}"/>`;
    return out;
  },
  motif: { id: "bintang songket", en: "songket stars" },
});

const plain = (h: number, colour: keyof Palette): Band => ({
  h,
  svg: (y, p) => `<rect x="0" y="${y}" width="${TW}" height="${h}" fill="${p[colour] as string}"/>`,
});

function tapisBands(rng: Rng, hint: string): Band[] {
  const words = hint.toLowerCase();
  const main: Band[] = [
    ships(rng.int(1, 3)),
    tumpal(rng.pick([30, 40, 48, 60]), rng.next() < 0.5),
    diamonds(rng.pick([40, 48, 60])),
  ];
  if (/songket/.test(words)) main.push(stars(rng.pick([40, 48, 60])));
  // A ship cloth leads with its ships.
  const chosen = /kapal|ship/.test(words)
    ? [main[0]!, ...rng.some(main.slice(1), 1)]
    : rng.some(main, rng.int(2, 3));
  if (/songket/.test(words) && !chosen.includes(main[3]!)) chosen[0] = main[3]!;
  const bands: Band[] = [plain(rng.int(10, 24), "ground")];
  for (const band of chosen)
    bands.push(
      couched(rng.int(2, 4)),
      plain(rng.int(6, 14), "ground"),
      band,
      plain(rng.int(6, 14), "ground"),
    );
  bands.push(
    couched(rng.int(1, 3)),
    plain(rng.int(16, 40), rng.next() < 0.5 ? "accent" : "ground"),
  );
  return bands;
}

/** Ikat motifs, in light yarn on the ground: the tied threads that kept their colour. */
const ikatDiamonds = (size: number, hooks: boolean): Band => ({
  h: size,
  svg: (y, p) => {
    let out = "";
    const half = size / 2;
    for (let x = half; x < TW + size; x += size) {
      const cy = y + half;
      out += `<path d="M${x} ${cy - half + 4}L${x + half - 4} ${cy}L${x} ${cy + half - 4}L${x - half + 4} ${cy}Z" fill="${p.accent}"/>`;
      out += `<path d="M${x} ${cy - half * 0.62}L${x + half * 0.62} ${cy}L${x} ${cy + half * 0.62}L${x - half * 0.62} ${cy}Z" fill="${p.thread}"/>`;
      out += `<path d="M${x} ${cy - half * 0.26}L${x + half * 0.26} ${cy}L${x} ${cy + half * 0.26}L${x - half * 0.26} ${cy}Z" fill="${p.light}"/>`;
      if (hooks)
        for (const s of [-1, 1])
          out +=
            `<path d="M${x + s * half * 0.55} ${cy - half * 0.55}q${s * half * 0.35} ${-half * 0.1} ${s * half * 0.3} ${half * 0.22}q${-s * half * 0.05} ${half * 0.12} ${-s * half * 0.16} ${half * 0.04}" fill="none" stroke="${p.accent}" stroke-width="${size / 14}"/>` +
            `<path d="M${x + s * half * 0.55} ${cy + half * 0.55}q${s * half * 0.35} ${half * 0.1} ${s * half * 0.3} ${-half * 0.22}q${-s * half * 0.05} ${-half * 0.12} ${-s * half * 0.16} ${-half * 0.04}" fill="none" stroke="${p.accent}" stroke-width="${size / 14}"/>`;
    }
    return out;
  },
  motif: hooks
    ? { id: "belah ketupat berkait", en: "diamonds with hooks" }
    : { id: "belah ketupat bersusun", en: "nested diamonds" },
});

const zigzag = (step: number): Band => ({
  h: step * 0.8,
  svg: (y, p) => {
    let d = `M0 ${y + step * 0.65}`;
    for (let x = 0; x < TW; x += step)
      d += `L${x + step / 2} ${y + step * 0.15}L${x + step} ${y + step * 0.65}`;
    return `<path d="${d}" fill="none" stroke="${p.accent}" stroke-width="${step * 0.18}"/>`;
  },
  motif: { id: "zigzag", en: "zigzags" },
});

const flecks = (step: number): Band => ({
  h: step,
  svg: (y, p) => {
    let out = "";
    for (let x = step / 2; x < TW + step; x += step)
      out += `<path d="M${x - step * 0.3} ${y + step / 2}h${step * 0.6}M${x} ${y + step * 0.2}v${step * 0.6}" stroke="${p.accent}" stroke-width="${step * 0.14}"/>`;
    return out;
  },
  motif: { id: "silang", en: "crosses" },
});

/** The narrow warp stripes between a sarong's motif bands. */
const warpStripes = (rng: Rng): Band => {
  const widths = Array.from({ length: rng.int(3, 5) }, () => rng.int(3, 9));
  const colours = widths.map(() =>
    rng.pick<keyof Palette>(["thread", "accent", "light", "ground"]),
  );
  const h = widths.reduce((a, b) => a + b + 4, 4);
  return {
    h,
    svg: (y, p) => {
      let at = y + 4;
      return widths
        .map((w, i) => {
          const out = `<rect x="0" y="${at}" width="${TW}" height="${w}" fill="${p[colours[i]!] as string}"/>`;
          at += w + 4;
          return out;
        })
        .join("");
    },
  };
};

function ikatBands(rng: Rng): Band[] {
  const size = rng.pick([60, 80, 96, 120]);
  const main: Band[] = [
    ikatDiamonds(size, true),
    ikatDiamonds(size * 0.8, false),
    zigzag(rng.pick([40, 60])),
    flecks(rng.pick([30, 40])),
  ];
  const chosen = [main[rng.int(0, 1)]!, ...rng.some(main.slice(2), rng.int(0, 1))];
  const bands: Band[] = [];
  for (const band of chosen)
    bands.push(
      plain(rng.int(8, 20), "ground"),
      band,
      plain(rng.int(8, 20), "ground"),
      warpStripes(rng),
    );
  return bands;
}

function joinNames(names: Named[]): Named {
  const list = (words: string[], and: string) =>
    words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} ${and} ${words.at(-1)}`;
  return {
    id: list(
      names.map((n) => n.id),
      "dan",
    ),
    en: list(
      names.map((n) => n.en),
      "and",
    ),
  };
}

/** A cloth for this seed: same seed, same cloth. `id` names the pattern inside its SVG. */
export function clothFor(craft: Craft, rng: Rng, hint: string, id: string): Cloth {
  const palette = paletteFor(craft, rng, hint);
  const bands = craft === "tapis" ? tapisBands(rng, hint) : ikatBands(rng);
  let y = 0;
  let body = "";
  for (const band of bands) {
    body += band.svg(y, palette);
    y += band.h;
  }
  const motifs = joinNames([
    ...new Set(
      bands.map((b) => b.motif).filter((m): m is Named => !!m && !/garis sulaman/.test(m.id)),
    ),
  ]);
  // Ikat: the resist-dyed threads shift a little, so every edge is ragged along the weft.
  const ragged =
    craft === "tenun-ikat"
      ? `<filter id="${id}-ragged" x="-5%" y="-5%" width="110%" height="110%"><feTurbulence type="fractalNoise" baseFrequency="0.6 0.04" numOctaves="2" seed="${rng.int(1, 99)}"/><feDisplacementMap in="SourceGraphic" scale="9"/></filter>`
      : "";
  const content = ragged ? `<g filter="url(#${id}-ragged)">${body}</g>` : body;
  const scale = craft === "tapis" ? 0.5 : 0.45;
  const defs = `${ragged}<pattern id="${id}" patternUnits="userSpaceOnUse" width="${TW}" height="${y}" patternTransform="scale(${scale})"><rect width="${TW}" height="${y}" fill="${palette.ground}"/>${content}</pattern>`;
  return { craft, palette, defs, fill: `url(#${id})`, motifs };
}
