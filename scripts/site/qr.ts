/**
 * QR codes as SVG path data, computed at build time with the `qrcode` library's encoder. We draw
 * the SVG ourselves (one path, no inline style, no script) so it passes the CSP and the output
 * scan and costs a few hundred bytes gzipped.
 */
import QRCode from "qrcode";

export interface QrDrawing {
  /** Modules per side, including the 4-module quiet zone the standard asks for. */
  readonly size: number;
  /** One path: a 1×1 square per dark module, joined horizontally where they touch. */
  readonly path: string;
}

const QUIET_ZONE = 4;

export function qrDrawing(text: string): QrDrawing {
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
