/**
 * `npx tsx seeds/illustrations.ts content`: draws the sample site's pictures. No real photo of the centres
 * could be used, so these are drawn woven-cloth motifs (Tapis bands for Lampung, ikat diamonds for
 * Sikka) for the centres and their events, and for every sample business and product a drawing
 * of its own goods (seeds/illustrations/samples.ts), written as JPEG files into the centres' foto/
 * folders. Content that uses them sets `ilustrasi: true`, and the pages say they are illustrations.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import sharp from "sharp";
import { drawSampleGoods } from "./illustrations/samples.ts";

interface Palette {
  ground: string;
  thread: string;
  accent: string;
  light: string;
}

const TAPIS: Palette[] = [
  { ground: "#6b1a26", thread: "#d9a93b", accent: "#2b1d16", light: "#f3e4c2" },
  { ground: "#2b1d16", thread: "#c9952b", accent: "#8a2432", light: "#efe0bf" },
  { ground: "#7a2e1c", thread: "#e0b450", accent: "#3b2413", light: "#f6e7c8" },
];
const IKAT: Palette[] = [
  { ground: "#1f2f4a", thread: "#c7673a", accent: "#e9d8b4", light: "#f1e6cf" },
  { ground: "#3a1e17", thread: "#d18a3f", accent: "#f0dfbe", light: "#e9d8b4" },
];

const W = 1600;
const H = 1000;

/** A band of triangles pointing up: the "pucuk rebung" (bamboo shoot) border. */
function shoots(y: number, h: number, p: Palette, step = 80): string {
  let d = "";
  for (let x = 0; x < W; x += step)
    d += `M${x} ${y + h}L${x + step / 2} ${y}L${x + step} ${y + h}Z`;
  return `<path d="${d}" fill="${p.thread}"/>`;
}

/** A row of stylised ships, the best-known Tapis figure. */
function ships(y: number, p: Palette, count = 4): string {
  const span = W / count;
  let out = "";
  for (let i = 0; i < count; i++) {
    const x = i * span + span * 0.15;
    const w = span * 0.7;
    out += `<path d="M${x} ${y}h${w}l-${w * 0.15} ${w * 0.18}h-${w * 0.7}Z" fill="${p.thread}"/>`;
    out += `<path d="M${x + w * 0.3} ${y}v-${w * 0.35}l${w * 0.25} ${w * 0.3}Z" fill="${p.light}"/>`;
    out += `<circle cx="${x + w * 0.75}" cy="${y - w * 0.12}" r="${w * 0.06}" fill="${p.accent}" stroke="${p.thread}" stroke-width="6"/>`;
  }
  return out;
}

function diamonds(y: number, h: number, p: Palette, step = 120): string {
  let out = "";
  for (let x = step / 2; x < W; x += step)
    out += `<path d="M${x} ${y}l${step / 2 - 8} ${h / 2}l-${step / 2 - 8} ${h / 2}l-${step / 2 - 8} -${h / 2}Z" fill="none" stroke="${p.thread}" stroke-width="10"/><circle cx="${x}" cy="${y + h / 2}" r="10" fill="${p.light}"/>`;
  return out;
}

function stripes(y: number, p: Palette): string {
  return `<rect x="0" y="${y}" width="${W}" height="10" fill="${p.light}"/><rect x="0" y="${y + 18}" width="${W}" height="6" fill="${p.thread}"/>`;
}

function tapis(p: Palette, variant: number): string {
  const rows = [
    stripes(40, p),
    shoots(80, 90, p, 60 + variant * 20),
    stripes(190, p),
    variant % 2 ? diamonds(240, 180, p) : ships(400, p, 3 + variant),
    stripes(460, p),
    variant % 2 ? ships(720, p, 4) : diamonds(520, 180, p, 100 + variant * 20),
    stripes(760, p),
    `<g transform="translate(0 ${H}) scale(1 -1)">${shoots(60, 90, p, 60 + variant * 20)}</g>`,
  ];
  return rows.join("");
}

/** Ikat: diamonds with ragged edges, as the resist-dyed threads blur them. */
function ikat(p: Palette, variant: number): string {
  let out = "";
  const size = 200 + variant * 40;
  for (let y = 0; y < H + size; y += size / 2)
    for (let x = ((y / (size / 2)) % 2) * (size / 2); x < W + size; x += size) {
      out += `<path d="M${x} ${y - size / 2}l${size / 2} ${size / 2}l-${size / 2} ${size / 2}l-${size / 2} -${size / 2}Z" fill="${p.thread}" opacity="0.9" filter="url(#ragged)"/>`;
      out += `<path d="M${x} ${y - size / 5}l${size / 5} ${size / 5}l-${size / 5} ${size / 5}l-${size / 5} -${size / 5}Z" fill="${p.accent}" filter="url(#ragged)"/>`;
    }
  return out;
}

function svg(body: string, p: Palette): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
<defs><filter id="ragged"><feTurbulence type="fractalNoise" baseFrequency="0.9 0.05" numOctaves="2" seed="3"/><feDisplacementMap in="SourceGraphic" scale="18"/></filter></defs>
<rect width="${W}" height="${H}" fill="${p.ground}"/>${body}</svg>`;
}

export const ILLUSTRATIONS: Record<string, { folder: string; draw: () => string }> = {
  "motif-kapal.jpg": {
    folder: "tapis-bandarlampung",
    draw: () => svg(tapis(TAPIS[0]!, 0), TAPIS[0]!),
  },
  "motif-belah-ketupat.jpg": {
    folder: "tapis-bandarlampung",
    draw: () => svg(tapis(TAPIS[1]!, 1), TAPIS[1]!),
  },
  "motif-pucuk-rebung.jpg": {
    folder: "tapis-bandarlampung",
    draw: () => svg(tapis(TAPIS[2]!, 2), TAPIS[2]!),
  },
  "motif-tumpal.jpg": {
    folder: "tapis-bandarlampung",
    draw: () => svg(tapis(TAPIS[0]!, 3), TAPIS[0]!),
  },
  "motif-ikat-biru.jpg": {
    folder: "tenun-ikat-sikka",
    draw: () => svg(ikat(IKAT[0]!, 0), IKAT[0]!),
  },
  "motif-ikat-merah.jpg": {
    folder: "tenun-ikat-sikka",
    draw: () => svg(ikat(IKAT[1]!, 1), IKAT[1]!),
  },
};

export async function drawIllustrations(contentDir: string): Promise<string[]> {
  const written: string[] = [];
  for (const [name, { folder, draw }] of Object.entries(ILLUSTRATIONS)) {
    const dir = join(contentDir, folder, "foto");
    await mkdir(dir, { recursive: true });
    const jpeg = await sharp(Buffer.from(draw())).jpeg({ quality: 78, mozjpeg: true }).toBuffer();
    await writeFile(join(dir, name), jpeg);
    written.push(join(dir, name));
  }
  written.push(...(await drawSampleGoods(contentDir)));
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? "content";
  for (const file of await drawIllustrations(out)) console.log(`illustration: ${file}`);
}
