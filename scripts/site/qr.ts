/**
 * QR codes as SVG path data, computed at build time with the `qrcode` library's encoder. We draw
 * the SVG ourselves (one path, no inline style, no script) so it passes the CSP and the output
 * scan and costs a few hundred bytes gzipped.
 *
 * Choosing the mask that reads best (booth cards are scanned in dim halls) was a tenth of a
 * build's time, for codes that are the same every build: a drawing is kept on disk by its text,
 * beside the encoded photos (`useQrCache`), and drawn again only for a new address.
 */
import QRCode from "qrcode";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface QrDrawing {
  /** Modules per side, including the 4-module quiet zone the standard asks for. */
  readonly size: number;
  /** One path: a 1×1 square per dark module, joined horizontally where they touch. */
  readonly path: string;
}

const QUIET_ZONE = 4;

/** Bump when a drawing of the same text changes (level, quiet zone, path). */
const DRAWING_VERSION = "m1";
let cacheDir: string | undefined;
/** The drawings of the latest pages: a booth card's code is on the centre's print sheet too. */
const drawn = new Map<string, QrDrawing>();
const REMEMBERED = 2000;

/** Keeps drawings in `dir` (made when needed) from now on in this process. */
export function useQrCache(dir: string): void {
  cacheDir = dir;
}

export function qrDrawing(text: string): QrDrawing {
  const known = drawn.get(text);
  if (known) return known;
  const file =
    cacheDir &&
    join(
      cacheDir,
      `${createHash("sha256").update(`${DRAWING_VERSION}\0${text}`).digest("hex")}.json`,
    );
  let drawing: QrDrawing | undefined;
  if (file) drawing = readDrawing(file);
  if (!drawing) {
    drawing = draw(text);
    if (file) {
      mkdirSync(cacheDir!, { recursive: true });
      writeFileSync(file, JSON.stringify(drawing));
    }
  }
  if (drawn.size >= REMEMBERED) drawn.clear();
  drawn.set(text, drawing);
  return drawing;
}

function readDrawing(file: string): QrDrawing | undefined {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as QrDrawing;
  } catch {
    return undefined; // not drawn yet, or cut off when written: drawn again
  }
}

function draw(text: string): QrDrawing {
  // Level M survives a scuffed or partly covered print (15% of the code can be lost). One byte
  // segment: our URLs are lowercase, which QR's compact modes cannot hold anyway, and skipping the
  // library's search for the best mix of segments halves the cost of a booth card.
  const { modules } = QRCode.create([{ data: Buffer.from(text, "utf8"), mode: "byte" }], {
    errorCorrectionLevel: "M",
  });
  const parts: string[] = [];
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) {
      if (!modules.get(x, y)) continue;
      let run = 1;
      while (x + run < modules.size && modules.get(x + run, y)) run++;
      parts.push(`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${run}v1h-${run}z`);
      x += run - 1;
    }
  }
  return { size: modules.size + 2 * QUIET_ZONE, path: parts.join("") };
}
