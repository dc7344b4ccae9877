/**
 * Simple drawings of the goods a centre sells, each in a 400×400 box standing on its bottom edge
 * (y = 380), filled with a cloth pattern: a folded cloth, a scarf on a rod, a garment on a hanger,
 * a bag, a gift box... `kindOf` picks the drawing from the product's name and category.
 */
import type { Cloth } from "./cloth.ts";
import type { Rng } from "./random.ts";

export interface Good {
  readonly svg: string;
  /** What it shows, for the alt text: "kain terlipat" / "a folded cloth". */
  readonly noun: { readonly id: string; readonly en: string };
}

type Draw = (c: Cloth, rng: Rng, uid: string) => Good;

/** Gradients every scene defines (scene.ts): soft light from above, and a rolled surface. */
const SHADE = "url(#shade)";
const ROUND = "url(#round)";
const WOOD = "#8a5a3b";
const LEATHER = "#5a3a26";

const shadow = (cx: number, w: number) =>
  `<ellipse cx="${cx}" cy="384" rx="${w / 2}" ry="12" fill="#000" opacity="0.18"/>`;

function folded(c: Cloth, rng: Rng): Good {
  const layers = rng.int(2, 3);
  let out = shadow(200, 340);
  for (let i = 0; i < layers; i++) {
    const y = 330 - i * 54;
    const x = 40 + (i % 2) * 10;
    out += `<rect x="${x}" y="${y}" width="310" height="50" rx="22" fill="${c.fill}"/><rect x="${x}" y="${y}" width="310" height="50" rx="22" fill="${SHADE}"/>`;
  }
  const top = 330 - layers * 54;
  out += `<path d="M60 ${top + 52}L90 ${top - 60}H320L340 ${top + 52}Z" fill="${c.fill}"/><path d="M60 ${top + 52}L90 ${top - 60}H320L340 ${top + 52}Z" fill="#fff" opacity="0.06"/>`;
  out += `<rect x="50" y="${top + 30}" width="300" height="26" rx="12" fill="${c.fill}"/><rect x="50" y="${top + 30}" width="300" height="26" rx="12" fill="${SHADE}"/>`;
  return {
    svg: out,
    noun: {
      id: `${layers === 2 ? "dua" : "tiga"} lembar kain terlipat`,
      en: `${layers === 2 ? "two" : "three"} folded cloths`,
    },
  };
}

function fringe(x: number, y: number, w: number, colour: string): string {
  let d = "";
  for (let i = 4; i < w; i += 9) d += `M${x + i} ${y}v16`;
  return `<path d="${d}" stroke="${colour}" stroke-width="3"/>`;
}

function scarf(c: Cloth): Good {
  const p = c.palette;
  return {
    svg:
      `<path d="M40 62H360" stroke="${WOOD}" stroke-width="12" stroke-linecap="round"/><circle cx="40" cy="62" r="11" fill="${LEATHER}"/><circle cx="360" cy="62" r="11" fill="${LEATHER}"/>` +
      `<path d="M150 58h120v290h-120Z" fill="${c.fill}"/><path d="M150 58h120v290h-120Z" fill="#000" opacity="0.22"/>${fringe(150, 348, 120, p.thread)}` +
      `<path d="M110 58h120l-6 222h-120Z" fill="${c.fill}"/><path d="M110 58h120l-6 222h-120Z" fill="${SHADE}"/>${fringe(104, 280, 120, p.thread)}` +
      `<path d="M108 54q62 -14 124 0v14h-124Z" fill="${c.fill}"/>`,
    noun: { id: "selendang tersampir", en: "a shawl over a rod" },
  };
}

function hanger(): string {
  return `<path d="M200 20q18 0 18 16t-18 18v10" fill="none" stroke="#6d6d6d" stroke-width="6"/><path d="M200 64L90 110H310Z" fill="none" stroke="${WOOD}" stroke-width="8" stroke-linejoin="round"/>`;
}

/** A garment on a hanger: its outline in plain cotton, with cloth panels clipped to it. */
function garment(uid: string, outline: string, cotton: string, panels: string, extra = ""): string {
  return (
    `${hanger()}<clipPath id="${uid}-garment"><path d="${outline}"/></clipPath><path d="${outline}" fill="${cotton}"/>` +
    `<g clip-path="url(#${uid}-garment)">${panels}<rect width="400" height="400" fill="${SHADE}"/></g>${extra}`
  );
}

function shirt(c: Cloth, rng: Rng, uid: string): Good {
  const cotton = rng.pick(["#f1ead9", "#e8e2d5", "#d9cbb0", c.palette.light]);
  const outline =
    "M150 100L200 116L250 100L330 130L370 240L322 256L292 200V380H108V200L78 256L30 240L70 130Z";
  const panels =
    rng.next() < 0.5
      ? `<rect x="180" y="110" width="40" height="280" fill="${c.fill}"/><rect x="0" y="228" width="400" height="40" fill="${c.fill}"/>`
      : `<rect x="0" y="140" width="400" height="70" fill="${c.fill}"/><rect x="0" y="340" width="400" height="40" fill="${c.fill}"/>`;
  const collar = `<path d="M180 108L200 140L220 108" fill="none" stroke="#000" stroke-opacity="0.3" stroke-width="4"/><path d="M200 140V380" stroke="#000" stroke-opacity="0.15" stroke-width="2"/>`;
  return {
    svg: garment(uid, outline, cotton, panels, collar),
    noun: {
      id: "kemeja berpanel kain di gantungan baju",
      en: "a shirt with cloth panels on a hanger",
    },
  };
}

function blouse(c: Cloth, rng: Rng, uid: string): Good {
  const cotton = rng.pick(["#f4efe4", "#e4d3c2", "#cfd8d4", "#efe0c8"]);
  const outline =
    "M160 100Q200 130 240 100L320 126L350 220L310 232L284 178L296 370H104L116 178L90 232L50 220L80 126Z";
  const panels = `<path d="M160 100Q200 130 240 100L250 230H150Z" fill="${c.fill}"/><rect x="0" y="206" width="400" height="22" fill="${c.fill}"/>`;
  return {
    svg: garment(uid, outline, cotton, panels),
    noun: {
      id: "blus berhias kain di gantungan baju",
      en: "a blouse trimmed with cloth on a hanger",
    },
  };
}

function dress(c: Cloth, rng: Rng, uid: string): Good {
  const cotton = rng.pick(["#f2e9dc", "#2b2b33", "#6b1a26", "#efe3cc"]);
  const outline = "M165 100Q200 124 235 100L262 120L246 200L330 392H70L154 200L138 120Z";
  const panels = `<rect x="0" y="186" width="400" height="30" fill="${c.palette.thread}"/><path d="M0 270H400V400H0Z" fill="${c.fill}"/>`;
  return {
    svg: garment(uid, outline, cotton, panels),
    noun: {
      id: "gaun berpanel kain di gantungan baju",
      en: "a dress with a cloth panel on a hanger",
    },
  };
}

function handbag(c: Cloth): Good {
  const body = "M80 190H320L344 372Q344 380 336 380H64Q56 380 56 372Z";
  return {
    svg:
      `${shadow(200, 300)}<path d="M130 196V150Q130 84 200 84T270 150V196" fill="none" stroke="${LEATHER}" stroke-width="16"/>` +
      `<path d="${body}" fill="${c.fill}"/><path d="${body}" fill="${SHADE}"/><path d="M80 190H320L324 222H76Z" fill="${LEATHER}"/><circle cx="200" cy="226" r="10" fill="${c.palette.thread}"/>`,
    noun: { id: "tas tangan", en: "a handbag" },
  };
}

function slingBag(c: Cloth): Good {
  return {
    svg:
      `${shadow(200, 260)}<path d="M96 236Q60 40 200 30T304 236" fill="none" stroke="${LEATHER}" stroke-width="10"/>` +
      `<rect x="80" y="210" width="240" height="170" rx="30" fill="${c.fill}"/><rect x="80" y="210" width="240" height="170" rx="30" fill="${SHADE}"/>` +
      `<path d="M80 250Q80 210 120 210H280Q320 210 320 250V256Q200 280 80 256Z" fill="${LEATHER}"/><rect x="188" y="256" width="24" height="24" rx="4" fill="${c.palette.thread}"/>`,
    noun: { id: "tas selempang", en: "a shoulder bag" },
  };
}

function purses(c: Cloth): Good {
  const one = (x: number, y: number, w: number, h: number) =>
    `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="18" fill="${c.fill}"/><rect x="${x}" y="${y}" width="${w}" height="${h}" rx="18" fill="${SHADE}"/>` +
    `<path d="M${x + 14} ${y + 18}H${x + w - 14}" stroke="#3a3a3a" stroke-width="6" stroke-dasharray="3 2"/><path d="M${x + w - 30} ${y + 18}v26" stroke="${c.palette.thread}" stroke-width="7" stroke-linecap="round"/>`;
  return {
    svg: `${shadow(200, 330)}${one(150, 200, 220, 150)}${one(40, 250, 200, 130)}`,
    noun: { id: "dua dompet beritsleting", en: "two zipped purses" },
  };
}

function cap(c: Cloth, _rng: Rng, uid: string): Good {
  const shape = "M70 330L90 180Q200 150 310 180L330 330Q200 362 70 330Z";
  return {
    svg:
      `${shadow(200, 300)}<clipPath id="${uid}-cap"><path d="${shape}"/></clipPath><path d="${shape}" fill="#1f1c1c"/>` +
      `<g clip-path="url(#${uid}-cap)"><path d="M0 250Q200 220 400 250V290Q200 262 0 290Z" fill="${c.fill}"/><rect width="400" height="400" fill="${ROUND}"/></g>` +
      `<ellipse cx="200" cy="180" rx="110" ry="18" fill="#2c2828"/>`,
    noun: { id: "peci dengan lingkar kain", en: "a peci cap with a cloth band" },
  };
}

/** The siger, Lampung's bridal crown: a fan of points on a curved base. */
function siger(x: number, y: number, w: number, c: Cloth): string {
  const s = w / 120;
  const pts = "0,70 0,42 10,18 20,40 30,6 45,36 60,0 75,36 90,6 100,40 110,18 120,42 120,70";
  return `<g transform="translate(${x} ${y}) scale(${s})"><polygon points="${pts}" fill="${c.palette.thread}" stroke="${c.palette.ground}" stroke-width="4"/><path d="M0 60Q60 80 120 60" stroke="${c.palette.ground}" stroke-width="5" fill="none"/></g>`;
}

function keyRings(c: Cloth, rng: Rng): Good {
  let out = `<rect x="20" y="300" width="360" height="80" rx="10" fill="${c.fill}"/><rect x="20" y="300" width="360" height="80" rx="10" fill="#000" opacity="0.2"/>`;
  for (const [i, x] of [70, 170, 270].entries()) {
    const y = 90 + ((i + rng.int(0, 2)) % 3) * 30;
    out += `<circle cx="${x + 50}" cy="${y}" r="26" fill="none" stroke="#b9bcc2" stroke-width="7"/><path d="M${x + 50} ${y + 26}v40" stroke="#b9bcc2" stroke-width="5" stroke-dasharray="7 3"/>${siger(x, y + 66, 100, c)}`;
  }
  return { svg: out, noun: { id: "gantungan kunci berbentuk siger", en: "siger crown key rings" } };
}

function giftBox(c: Cloth): Good {
  const p = c.palette;
  return {
    svg:
      `${shadow(200, 320)}<rect x="70" y="200" width="260" height="180" fill="${c.fill}"/><rect x="70" y="200" width="260" height="180" fill="${SHADE}"/>` +
      `<rect x="56" y="166" width="288" height="50" rx="4" fill="${c.fill}"/><rect x="56" y="200" width="288" height="16" fill="#000" opacity="0.25"/>` +
      `<rect x="188" y="166" width="24" height="214" fill="${p.thread}"/>` +
      `<ellipse cx="170" cy="150" rx="34" ry="18" transform="rotate(-20 170 150)" fill="none" stroke="${p.thread}" stroke-width="12"/><ellipse cx="230" cy="150" rx="34" ry="18" transform="rotate(20 230 150)" fill="none" stroke="${p.thread}" stroke-width="12"/><circle cx="200" cy="164" r="12" fill="${p.thread}"/>` +
      `<rect x="250" y="240" width="56" height="40" rx="3" fill="${p.light}" transform="rotate(6 278 260)"/>`,
    noun: {
      id: "kotak hadiah berlapis kain berpita",
      en: "a cloth-covered gift box with a ribbon",
    },
  };
}

function pouch(c: Cloth, kind: "coffee" | "chips"): Good {
  const p = c.palette;
  const shape = "M110 110H290L300 360Q300 380 280 380H120Q100 380 100 360Z";
  const label =
    kind === "coffee"
      ? `<ellipse cx="200" cy="250" rx="22" ry="30" fill="#4a2c1a"/><path d="M200 222Q188 250 200 278" stroke="#e8d5b5" stroke-width="5" fill="none"/>`
      : `<ellipse cx="186" cy="250" rx="30" ry="20" fill="#e0b040"/><ellipse cx="214" cy="262" rx="30" ry="20" fill="#c98d2a"/>`;
  const front =
    kind === "chips"
      ? `<ellipse cx="330" cy="372" rx="30" ry="12" fill="#d9a63a"/><ellipse cx="70" cy="370" rx="28" ry="11" fill="#e0b040"/><ellipse cx="352" cy="360" rx="22" ry="10" fill="#6b3d1d"/>`
      : `<ellipse cx="336" cy="372" rx="12" ry="8" fill="#4a2c1a"/><ellipse cx="356" cy="366" rx="12" ry="8" fill="#3a2012"/><ellipse cx="66" cy="370" rx="12" ry="8" fill="#4a2c1a"/>`;
  return {
    svg:
      `${shadow(200, 240)}<path d="${shape}" fill="${c.fill}"/><path d="${shape}" fill="${SHADE}"/><rect x="106" y="100" width="188" height="26" rx="3" fill="${p.ground}"/><path d="M112 113H288" stroke="${p.thread}" stroke-width="3" stroke-dasharray="6 4"/>` +
      `<rect x="132" y="180" width="136" height="150" rx="12" fill="${p.light}"/>${label}<rect x="150" y="296" width="100" height="8" rx="4" fill="${p.ground}"/><rect x="166" y="312" width="68" height="6" rx="3" fill="${p.ground}" opacity="0.6"/>${front}`,
    noun:
      kind === "coffee"
        ? { id: "kemasan kopi bermotif kain", en: "a coffee pack with a cloth pattern" }
        : { id: "kemasan keripik bermotif kain", en: "a snack pack with a cloth pattern" },
  };
}

function spool(x: number, y: number, colour: string): string {
  return `<rect x="${x}" y="${y}" width="44" height="12" rx="3" fill="${WOOD}"/><rect x="${x + 5}" y="${y + 12}" width="34" height="40" fill="${colour}"/><rect x="${x + 5}" y="${y + 12}" width="34" height="40" fill="${ROUND}"/><rect x="${x}" y="${y + 52}" width="44" height="12" rx="3" fill="${WOOD}"/>`;
}

function hoopKit(c: Cloth, _rng: Rng, uid: string): Good {
  const p = c.palette;
  return {
    svg:
      `${shadow(190, 320)}<clipPath id="${uid}-half"><path d="M60 110H210L170 320H60Z"/></clipPath><rect x="60" y="110" width="260" height="210" fill="${p.ground}"/><g clip-path="url(#${uid}-half)"><rect x="0" y="0" width="400" height="400" fill="${c.fill}"/></g>` +
      `<path d="M210 110L170 320" stroke="${p.thread}" stroke-width="2" stroke-dasharray="8 6"/><rect x="52" y="102" width="276" height="226" fill="none" stroke="${WOOD}" stroke-width="16"/>` +
      `<path d="M240 170L300 280" stroke="#c9c9c9" stroke-width="4"/><path d="M240 170Q200 150 214 220" fill="none" stroke="${p.thread}" stroke-width="3"/>` +
      `${spool(300, 316, p.thread)}${spool(250, 316, p.light)}`,
    noun: {
      id: "bingkai sulam dengan kain setengah tersulam dan gulungan benang",
      en: "an embroidery frame with half-worked cloth and thread spools",
    },
  };
}

function halfDone(c: Cloth, _rng: Rng, uid: string): Good {
  const p = c.palette;
  const piece = "M40 200L330 150L370 340L70 380Z";
  return {
    svg:
      `<clipPath id="${uid}-piece"><path d="${piece}"/></clipPath><path d="${piece}" fill="${p.ground}"/><g clip-path="url(#${uid}-piece)"><rect x="0" y="0" width="220" height="400" fill="${c.fill}"/><rect width="400" height="400" fill="${SHADE}"/></g>` +
      `<path d="M220 168L250 372" stroke="${p.thread}" stroke-width="2" stroke-dasharray="8 6"/><path d="M250 230L340 120" stroke="#cfcfcf" stroke-width="5"/><path d="M250 230Q230 300 290 300T320 240" fill="none" stroke="${p.thread}" stroke-width="3"/>${spool(300, 40, p.thread)}`,
    noun: {
      id: "kain yang baru separuh disulam, dengan jarum dan benang",
      en: "a half-embroidered cloth with needle and thread",
    },
  };
}

function yarn(c: Cloth, rng: Rng): Good {
  const p = c.palette;
  const colours = rng.some([p.ground, p.thread, p.accent, "#2d4f86", "#8c2f22"], 4);
  const basket = `<path d="M40 290H360L340 384H60Z" fill="#b98d57"/><path d="M48 318H352M54 348H346" stroke="#8a6438" stroke-width="6"/>`;
  let out = shadow(200, 340);
  const skein = (x: number, colour: string, tilt: number) =>
    `<g transform="rotate(${tilt} ${x} 220)"><ellipse cx="${x}" cy="210" rx="36" ry="110" fill="${colour}"/><path d="M${x - 24} 130Q${x} 210 ${x - 20} 300M${x + 4} 110Q${x + 20} 210 ${x + 6} 316M${x + 24} 140Q${x + 10} 220 ${x + 26} 290" stroke="#fff" stroke-opacity="0.18" stroke-width="4" fill="none"/><rect x="${x - 34}" y="170" width="68" height="10" fill="${p.light}"/><rect x="${x - 36}" y="240" width="72" height="10" fill="${p.light}"/></g>`;
  for (const [i, colour] of colours.entries()) out += skein(95 + i * 70, colour, rng.int(-10, 10));
  return {
    svg: out + basket,
    noun: { id: "gulungan benang celup dalam keranjang", en: "skeins of dyed yarn in a basket" },
  };
}

function wallHanging(c: Cloth, rng: Rng): Good {
  const p = c.palette;
  const tip = rng.next() < 0.5;
  const bottom = tip ? "L300 330L200 380L100 330Z" : "V350H100Z";
  let tassels = "";
  if (!tip)
    for (let x = 110; x <= 290; x += 30)
      tassels += `<path d="M${x} 350v22" stroke="${p.thread}" stroke-width="6"/>`;
  return {
    svg:
      `<circle cx="200" cy="30" r="6" fill="#555"/><path d="M90 100L200 30L310 100" fill="none" stroke="#6d5a45" stroke-width="3"/>` +
      `<path d="M100 100H300${bottom}" fill="${c.fill}"/><path d="M100 100H300${bottom}" fill="${SHADE}"/><path d="M70 100H330" stroke="${WOOD}" stroke-width="14" stroke-linecap="round"/>${tassels}`,
    noun: { id: "hiasan dinding kain", en: "a cloth wall hanging" },
  };
}

function bolt(c: Cloth): Good {
  return {
    svg:
      `${shadow(200, 360)}<path d="M70 200H330L370 380H30Z" fill="${c.fill}"/><path d="M70 200H330L370 380H30Z" fill="${SHADE}"/>` +
      `<rect x="60" y="150" width="280" height="70" rx="8" fill="${c.fill}"/><rect x="60" y="150" width="280" height="70" rx="8" fill="${ROUND}"/>` +
      `<ellipse cx="340" cy="185" rx="14" ry="35" fill="${c.palette.ground}"/><ellipse cx="340" cy="185" rx="5" ry="12" fill="${c.palette.light}"/>` +
      `<path d="M300 330l40 -60l10 6l-40 60Z" fill="#c9c9c9"/>`,
    noun: { id: "gulungan kain per meter", en: "a roll of cloth sold by the metre" },
  };
}

function bridal(c: Cloth, rng: Rng): Good {
  const cloth = folded(c, rng);
  return {
    svg: cloth.svg + siger(130, 20, 140, c),
    noun: {
      id: "kain terlipat dengan mahkota siger pengantin",
      en: "a folded cloth with a siger bridal crown",
    },
  };
}

export const GOODS = {
  folded,
  scarf,
  shirt,
  blouse,
  dress,
  handbag,
  slingBag,
  purses,
  cap,
  keyRings,
  giftBox,
  coffee: (c: Cloth) => pouch(c, "coffee"),
  chips: (c: Cloth) => pouch(c, "chips"),
  hoopKit,
  halfDone,
  yarn,
  wallHanging,
  bolt,
  bridal,
} satisfies Record<string, Draw>;
export type GoodKind = keyof typeof GOODS;

/** The drawing for a product, from words in its name, else from its category. */
export function kindOf(name: string, category: string): GoodKind {
  const n = name.toLowerCase();
  const byName: [RegExp, GoodKind][] = [
    [/kotak|hadiah|bingkisan/, "giftBox"],
    [/kopi/, "coffee"],
    [/keripik/, "chips"],
    [/pengantin/, "bridal"],
    [/selendang|syal/, "scarf"],
    [/selempang/, "slingBag"],
    [/\btas\b/, "handbag"],
    [/dompet/, "purses"],
    [/peci/, "cap"],
    [/gantungan kunci|siger/, "keyRings"],
    [/kemeja/, "shirt"],
    [/blus/, "blouse"],
    [/gaun/, "dress"],
    [/perlengkapan|bingkai/, "hoopKit"],
    [/setengah jadi|perbaikan/, "halfDone"],
    [/benang/, "yarn"],
    [/hiasan dinding/, "wallHanging"],
    [/per meter|bahan jahit/, "bolt"],
  ];
  const found = byName.find(([pattern]) => pattern.test(n));
  if (found) return found[1];
  const byCategory: Record<string, GoodKind> = {
    busana: "shirt",
    "tas-dompet": "handbag",
    aksesori: "scarf",
    dekorasi: "wallHanging",
    suvenir: "giftBox",
  };
  return byCategory[category] ?? "folded";
}
