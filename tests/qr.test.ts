/**
 * scripts/site/qr.ts picks the QR mask itself (faster than the library's search): the code it
 * draws must be exactly the one the `qrcode` library chooses, for every size of symbol and mask.
 */
import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { qrDrawing } from "../scripts/site/qr.ts";

/** The drawing from the library's own choice of mask (qr.ts before it chose the mask itself). */
function libraryDrawing(text: string): { size: number; path: string } {
  const { modules } = QRCode.create([{ data: Buffer.from(text, "utf8"), mode: "byte" }], { errorCorrectionLevel: "M" });
  const parts: string[] = [];
  for (let y = 0; y < modules.size; y++)
    for (let x = 0; x < modules.size; x++) {
      if (!modules.get(x, y)) continue;
      let run = 1;
      while (x + run < modules.size && modules.get(x + run, y)) run++;
      parts.push(`M${x + 4} ${y + 4}h${run}v1h-${run}z`);
      x += run - 1;
    }
  return { size: modules.size + 8, path: parts.join("") };
}

describe("QR codes", () => {
  it("are the library's, mask included, for URLs of every length", () => {
    const masks = new Set<number>();
    const sizes = new Set<number>();
    for (let i = 0; i < 400; i++) {
      const url = `https://sentra.example.id/${"sentra-tapis-lampung/".repeat(i % 13)}pengrajin/usaha-${i}-ñ/`;
      const drawing = qrDrawing(url);
      expect(drawing, url).toEqual(libraryDrawing(url));
      masks.add(QRCode.create([{ data: Buffer.from(url, "utf8"), mode: "byte" }], { errorCorrectionLevel: "M" }).maskPattern!);
      sizes.add(drawing.size);
    }
    // The sample exercises every mask and many versions, so a wrong penalty or format bit shows.
    expect([...masks].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(sizes.size).toBeGreaterThan(8);
  });
});
