/**
 * Puts goods in a picture: a wall and a table, the product in front (a square picture for a
 * product card), or the business's cloth hanging on the wall with two of its goods on the table
 * (a 3:2 picture for the business card and page). Returns the SVG and its alt text.
 */
import { clothFor, type Craft } from "./cloth.ts";
import { GOODS, type GoodKind } from "./goods.ts";
import { seeded, type Rng } from "./random.ts";

export interface Drawing {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  readonly alt: { readonly id: string; readonly en: string };
}

const ROOMS = [
  { wall: "#efe6d6", table: "#8a5a3b" },
  { wall: "#dfe3d3", table: "#5b3b28" },
  { wall: "#e8d7bf", table: "#6e4a34" },
  { wall: "#dde3e8", table: "#b98d57" },
  { wall: "#eedad2", table: "#7a5238" },
  { wall: "#f2ede3", table: "#4a3426" },
];

const CRAFT_NAME: Record<Craft, { id: string; en: string }> = {
  tapis: { id: "tapis", en: "Tapis" },
  "tenun-ikat": { id: "tenun ikat", en: "ikat" },
};

const SHARED_DEFS = `<linearGradient id="shade" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#fff" stop-opacity="0.12"/><stop offset="0.6" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.3"/></linearGradient><linearGradient id="round" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#000" stop-opacity="0.35"/><stop offset="0.35" stop-color="#fff" stop-opacity="0.12"/><stop offset="1" stop-color="#000" stop-opacity="0.4"/></linearGradient>`;

function room(rng: Rng, width: number, height: number, tableTop: number): string {
  const { wall, table } = rng.pick(ROOMS);
  return `<rect width="${width}" height="${height}" fill="${wall}"/><rect y="${tableTop}" width="${width}" height="${height - tableTop}" fill="${table}"/><rect y="${tableTop}" width="${width}" height="10" fill="#fff" opacity="0.12"/><radialGradient id="light" cx="0.5" cy="0.35" r="0.8"><stop offset="0.5" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.22"/></radialGradient>`;
}

function place(svg: string, x: number, bottom: number, size: number): string {
  const s = size / 400;
  return `<g transform="translate(${x} ${bottom - 384 * s}) scale(${s})">${svg}</g>`;
}

function wrap(width: number, height: number, defs: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><defs>${SHARED_DEFS}${defs}</defs>${body}<rect width="${width}" height="${height}" fill="url(#light)"/></svg>`;
}

/** One product, large, on a table: a square picture. `seed` is the business slug and product name. */
export function productDrawing(craft: Craft, seed: string, name: string, kind: GoodKind): Drawing {
  const rng = seeded(seed);
  const cloth = clothFor(craft, rng, name, "cloth");
  const good = GOODS[kind](cloth, rng, "p");
  const size = 960;
  const tableTop = rng.int(640, 720);
  const body =
    room(rng, size, size, tableTop) + place(good.svg, 60 + rng.int(-20, 20), size - 60, 840);
  const c = CRAFT_NAME[craft];
  return {
    svg: wrap(size, size, cloth.defs, body),
    width: size,
    height: size,
    alt: {
      id: `Ilustrasi: ${good.noun.id}, kain ${c.id} ${cloth.palette.name.id} bermotif ${cloth.motifs.id} (${cloth.palette.threadName.id})`,
      en: `Illustration: ${good.noun.en}, ${cloth.palette.name.en} ${c.en} cloth with ${cloth.motifs.en} (${cloth.palette.threadName.en})`,
    },
  };
}

/**
 * The business: its cloth and goods. The layout is seeded too, so neighbours in the business list
 * differ in more than colour: the cloth hanging on one side, hanging between two goods, or laid on
 * the table as a runner under three goods.
 */
export function businessDrawing(
  craft: Craft,
  seed: string,
  hint: string,
  kinds: readonly GoodKind[],
): Drawing {
  const rng = seeded(seed);
  const cloth = clothFor(craft, rng, hint, "cloth");
  const width = 1200;
  const height = 800;
  const distinct = [...new Set([...kinds, "folded" as const, "scarf" as const])];
  const layout = rng.pick(["left", "right", "centre", "runner"] as const);
  const tableTop = layout === "runner" ? rng.int(430, 470) : rng.int(500, 540);
  const goods = distinct
    .slice(0, layout === "runner" ? 3 : 2)
    .map((kind, i) => GOODS[kind](cloth, rng, `g${i}`));
  const hanging = GOODS.wallHanging(cloth, rng, "h");
  // As tall as the wall allows: the nail stays inside the picture.
  const hangingSize = Math.min(640, ((tableTop - 10) * 400) / 384);
  let body = room(rng, width, height, tableTop);
  if (layout === "left" || layout === "right") {
    const goodsX = layout === "left" ? 400 : -10;
    body +=
      place(hanging.svg, layout === "left" ? -40 : 620, tableTop + 10, hangingSize) +
      place(goods[0]!.svg, goodsX, height - 20, 520) +
      place(goods[1]!.svg, goodsX + 380, height - 10, 440);
  } else if (layout === "centre") {
    body +=
      place(hanging.svg, 600 - hangingSize / 2, tableTop + 10, hangingSize) +
      place(goods[0]!.svg, 0, height - 20, 440) +
      place(goods[1]!.svg, 770, height - 10, 430);
  } else {
    const runner = `M0 ${tableTop + 200}L${width} ${tableTop + 160}V${tableTop + 250}L0 ${tableTop + 290}Z`;
    body += `<path d="${runner}" fill="${cloth.fill}"/><path d="${runner}" fill="#000" opacity="0.3"/>`;
    body +=
      place(goods[0]!.svg, -10, height - 50, 440) +
      place(goods[1]!.svg, 380, height - 70, 440) +
      place(goods[2]!.svg, 770, height - 60, 430);
  }
  const c = CRAFT_NAME[craft];
  const where =
    layout === "runner"
      ? { id: "terhampar di meja", en: "laid on the table" }
      : { id: "tergantung di dinding", en: "hanging on the wall" };
  // The goods by their short names ("bingkai sulam", not all it holds): alt texts stay under 200 characters.
  const short = (noun: string) => noun.split(/,| dengan | di | with | on | in | over /)[0]!;
  const nouns = { id: goods.map((g) => short(g.noun.id)), en: goods.map((g) => short(g.noun.en)) };
  const list = (words: string[], and: string) =>
    `${words.slice(0, -1).join(", ")} ${and} ${words.at(-1)}`;
  const article = /^[aeiou]/i.test(cloth.palette.name.en) ? "an" : "a";
  return {
    svg: wrap(width, height, cloth.defs, body),
    width,
    height,
    alt: {
      id: `Ilustrasi: kain ${c.id} ${cloth.palette.name.id} bermotif ${cloth.motifs.id} ${where.id}, dengan ${list(nouns.id, "dan")}`,
      en: `Illustration: ${article} ${cloth.palette.name.en} ${c.en} cloth with ${cloth.motifs.en} ${where.en}, with ${list(nouns.en, "and")}`,
    },
  };
}
