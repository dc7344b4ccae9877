/**
 * QR drawings kept between builds: a code read from the cache is the code drawn anew, a cut-off
 * file is drawn again, and without a cache nothing is written.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { tempDir } from "./helpers/cli.ts";

/** The module afresh, so its memory of drawings is empty, as in the next build's process. */
async function freshQr() {
  vi.resetModules();
  return import("../scripts/site/qr.ts");
}

const ADDRESS = "https://sentra.contoh.go.id/tapis-bandar-lampung/pengrajin/tapis-ibu-rahma/";

describe("QR drawings kept on disk", () => {
  it("draws each address once; the next process reads the same drawing back", async () => {
    const dir = join(tempDir(), "qr");
    const first = await freshQr();
    first.useQrCache(dir);
    const drawn = first.qrDrawing(ADDRESS);
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);

    const next = await freshQr();
    next.useQrCache(dir);
    // A cached drawing that differed from the real one would show here, not a new draw.
    writeFileSync(join(dir, files[0]!), JSON.stringify({ size: 1, path: "M0 0h1v1h-1z" }));
    expect(next.qrDrawing(ADDRESS)).toEqual({ size: 1, path: "M0 0h1v1h-1z" });

    const fresh = await freshQr();
    expect(fresh.qrDrawing(ADDRESS)).toEqual(drawn);
  });

  it("draws again over a file cut off while it was written", async () => {
    const dir = join(tempDir(), "qr");
    const first = await freshQr();
    first.useQrCache(dir);
    const drawn = first.qrDrawing(ADDRESS);
    const file = join(dir, readdirSync(dir)[0]!);
    writeFileSync(file, readFileSync(file, "utf8").slice(0, 40));

    const next = await freshQr();
    next.useQrCache(dir);
    expect(next.qrDrawing(ADDRESS)).toEqual(drawn);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(drawn);
  });
});
