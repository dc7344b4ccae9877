/**
 * Photos a tired editor or an attacker could name (docs/bad-inputs.md, cases 8 and 9): each gives a message that
 * names the photo and the page, fast, and leaves the published site as it was.
 */
import { copyFileSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { copyFixture, FIXTURES, runBuild, snapshot, tempDir } from "./helpers/cli.ts";

const BUSINESS = "batik-uji/pengrajin/batik-satu.md";
let publishedSite: string;
let published: Record<string, string>;

beforeAll(() => {
  publishedSite = join(tempDir(), "_site");
  expect(runBuild(join(FIXTURES, "valid-site/content"), publishedSite).code).toBe(0);
  published = snapshot(publishedSite);
});

/** A copy of the valid fixture whose business names `berkas` as its first photo. */
function contentWithPhoto(berkas: string, prepare?: (content: string) => void): string {
  const content = copyFixture("valid-site");
  const file = join(content, BUSINESS);
  writeFileSync(
    file,
    readFileSync(file, "utf8").replace(
      "  - berkas: foto/kain.jpg\n",
      `  - berkas: ${JSON.stringify(berkas)}\n`,
    ),
  );
  prepare?.(content);
  return content;
}

/** Builds over the published site and returns stderr; the site must be untouched. */
function failingBuild(content: string): string {
  const run = runBuild(content, publishedSite);
  expect(run.code).toBe(1);
  expect(snapshot(publishedSite)).toEqual(published);
  return run.stderr;
}

/** A PNG whose header claims `width`×`height` pixels, with almost no data behind it. */
function pngHeader(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.alloc(64))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const RULE_ID =
  "Foto harus berupa berkas JPG, PNG atau WebP di dalam folder foto/ milik sentra ini.";
const RULE_EN = "Photos must be JPG, PNG or WebP files inside this centre's foto/ folder.";

describe("photo paths are refused before any file is opened", () => {
  it.each([
    [
      "../../secret.png",
      'the path may not contain "..", "." or "//"',
      'jalur tidak boleh memuat "..", "." atau "//"',
    ],
    ["/etc/passwd", "an absolute path cannot be used", "jalur absolut tidak bisa dipakai"],
    [
      "https://contoh.com/foto.jpg",
      "a web address cannot be used",
      "alamat internet tidak bisa dipakai",
    ],
    [
      "foto/logo.svg",
      "SVG is refused because it can carry scripts",
      "SVG tidak diterima karena bisa memuat skrip",
    ],
    [
      "gambar/kain.jpg",
      "the file must be inside the foto/ folder",
      "berkas harus ada di dalam folder foto/",
    ],
  ])("%s", (berkas, en, id) => {
    const stderr = failingBuild(contentWithPhoto(berkas));
    expect(stderr).toContain(`pengrajin/batik-satu.md:`);
    expect(stderr).toContain("kolom/field: foto.0.berkas");
    expect(stderr).toContain(`${RULE_ID} "${berkas}": ${id}.`);
    expect(stderr).toContain(`${RULE_EN} "${berkas}": ${en}.`);
  });
});

describe("photo files are checked before they are decoded", () => {
  it("names a photo that does not exist", () => {
    const stderr = failingBuild(contentWithPhoto("foto/tidak-ada.jpg"));
    // With the line the photo is named on, as every problem of a file has.
    expect(stderr).toContain("batik-uji/pengrajin/batik-satu.md:19  kolom/field: foto.0");
    expect(stderr).toContain('Foto "foto/tidak-ada.jpg": berkasnya tidak ditemukan.');
    expect(stderr).toContain('Photo "foto/tidak-ada.jpg": the file was not found.');
  });

  it("refuses a text file named .jpg", () => {
    const stderr = failingBuild(
      contentWithPhoto("foto/palsu.jpg", (c) =>
        writeFileSync(join(c, "batik-uji/foto/palsu.jpg"), "ini bukan foto\n"),
      ),
    );
    expect(stderr).toContain(
      'Foto "foto/palsu.jpg": isi berkas ini bukan foto JPG, PNG atau WebP, walaupun namanya seperti foto.',
    );
    expect(stderr).toContain(
      'Photo "foto/palsu.jpg": this file is not a JPG, PNG or WebP photo, even though its name looks like one.',
    );
  });

  it("refuses a 30000×30000 PNG in seconds, from its header alone", () => {
    const started = Date.now();
    const stderr = failingBuild(
      contentWithPhoto("foto/raksasa.png", (c) =>
        writeFileSync(join(c, "batik-uji/foto/raksasa.png"), pngHeader(30000, 30000)),
      ),
    );
    expect(stderr).toContain(
      'Foto "foto/raksasa.png": fotonya terlalu besar (30000×30000 piksel).',
    );
    expect(stderr).toContain(
      'Photo "foto/raksasa.png": the photo is too large (30000×30000 pixels).',
    );
    // A generous bound for a loaded 2-core machine: decoding 900 megapixels would take far longer and need GBs.
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it("refuses a truncated JPEG, also on the next build (a failed encode never counts as cached)", () => {
    const content = contentWithPhoto("foto/terpotong.jpg", (c) => {
      const whole = readFileSync(join(c, "batik-uji/foto/kain.jpg"));
      writeFileSync(
        join(c, "batik-uji/foto/terpotong.jpg"),
        whole.subarray(0, Math.floor(whole.length / 2)),
      );
    });
    for (let attempt = 0; attempt < 2; attempt++)
      expect(failingBuild(content)).toContain(
        'Foto "foto/terpotong.jpg": berkasnya rusak atau terpotong dan tidak bisa diolah.',
      );
  });

  it("refuses a link in foto/ that leads outside it", () => {
    const stderr = failingBuild(
      contentWithPhoto("foto/tautan.jpg", (c) => {
        const outside = join(tempDir(), "rahasia.jpg");
        copyFileSync(join(c, "batik-uji/foto/kain.jpg"), outside);
        symlinkSync(outside, join(c, "batik-uji/foto/tautan.jpg"));
      }),
    );
    expect(stderr).toContain(
      'Foto "foto/tautan.jpg": berkasnya berada di luar folder foto/ sentra ini.',
    );
  });

  it("reports every bad photo of every page in one run", () => {
    const content = contentWithPhoto("foto/tidak-ada.jpg", (c) => {
      const centre = join(c, "batik-uji/index.md");
      writeFileSync(
        centre,
        readFileSync(centre, "utf8").replace("berkas: foto/sentra.jpg", "berkas: foto/hilang.jpg"),
      );
    });
    const stderr = failingBuild(content);
    expect(stderr).toContain('Foto "foto/tidak-ada.jpg"');
    expect(stderr).toContain('Foto "foto/hilang.jpg"');
    expect(stderr).toMatch(/Build dibatalkan: 2 masalah di 2 berkas/);
  });
});

describe("photos on the page", () => {
  it("are AVIF, WebP and JPEG at several widths, sized, with alt text in the page's language", () => {
    const html = readFileSync(join(publishedSite, "en/batik-uji/index.html"), "utf8");
    const picture = html.match(/<figure class="hero">.*?<\/figure>/)![0];
    expect(picture).toMatch(
      /<source type="image\/avif" srcset="\/img\/[\w-]+-320\.avif 320w, \/img\/[\w-]+-640\.avif 640w" sizes="\(min-width: 62rem\) 60rem, 100vw"\/>/,
    );
    expect(picture).toContain('<source type="image/webp"');
    expect(picture).toMatch(
      /<img src="\/img\/[\w-]+-640\.jpeg" srcset="[^"]+" sizes="[^"]+" width="640" height="400" alt="A red and gold batik motif" loading="eager" decoding="sync" fetchpriority="high"[^>]*\/>/,
    );
    // Drawn pictures are named once per page, not under each picture.
    expect(picture).not.toContain("<figcaption");
    expect(
      html.match(/The pictures on this page are illustrations, not real photographs\./g),
    ).toHaveLength(1);
    const card = html.match(/<li class="card"[^>]*>(?:(?!<\/li>).)*batik-satu.*?<\/li>/)![0];
    expect(card).toContain('loading="lazy"');
  });
});
