/**
 * Gives every sample business (`contoh: true`) of a Tapis or tenun ikat centre, and each of its
 * products, a drawing of its own: `foto/<business>.jpg` and `foto/<business>-<product>.jpg`.
 * The front matter's photo fields are rewritten to name them, with `ilustrasi: true` and alt
 * texts that describe the drawing, so pictures and words never drift apart.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import sharp from "sharp";
import { parseDocument } from "yaml";
import { loadContent } from "../../scripts/content/load.ts";
import { slugify } from "../../scripts/schema/fields.ts";
import type { Craft } from "./cloth.ts";
import { kindOf } from "./goods.ts";
import { businessDrawing, productDrawing, type Drawing } from "./scene.ts";

const CRAFTS: readonly string[] = ["tapis", "tenun-ikat"] satisfies Craft[];

/** Short names keep the folder readable: the first five words of the product's name. */
export function productFile(businessSlug: string, productName: string): string {
  return `foto/${businessSlug}-${slugify(productName).split("-").slice(0, 5).join("-")}.jpg`;
}

/** Each picture stays small in the repository; the build makes the AVIF and WebP sizes from it. */
const MAX_BYTES = 56 * 1024;

async function writeJpeg(drawing: Drawing, path: string): Promise<void> {
  const png = await sharp(Buffer.from(drawing.svg)).png().toBuffer();
  let jpeg = Buffer.alloc(0);
  // Busy cloth costs bytes: lower the quality a step at a time until the picture fits.
  for (let quality = 74; quality >= 50; quality -= 6) {
    jpeg = await sharp(png).jpeg({ quality, mozjpeg: true }).toBuffer();
    if (jpeg.length <= MAX_BYTES) break;
  }
  await writeFile(path, jpeg);
}

/** The schema allows 200 characters of alt text (scripts/schema/photo.ts). */
const MAX_ALT = 200;

function photoField(berkas: string, d: Drawing) {
  for (const alt of [d.alt.id, d.alt.en])
    if (alt.length > MAX_ALT)
      throw new Error(`${berkas}: alt text over ${MAX_ALT} characters: ${alt}`);
  return { berkas, alt: d.alt.id, alt_en: d.alt.en, ilustrasi: true };
}

/** Replaces the photo fields of one business file, leaving every other line as it was written. */
async function rewritePhotos(
  path: string,
  business: object,
  products: (object | undefined)[],
): Promise<void> {
  const text = await readFile(path, "utf8");
  const match = /^---\r?\n([\s\S]*?\r?\n)---(\r?\n[\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${path}: no front matter`);
  const doc = parseDocument(match[1]!);
  doc.setIn(["foto"], doc.createNode([business]));
  products.forEach((photo, i) => {
    if (photo) doc.setIn(["produk", i, "foto"], doc.createNode(photo));
  });
  await writeFile(path, `---\n${doc.toString({ lineWidth: 0 })}---${match[2]}`);
}

export async function drawSampleGoods(contentDir: string): Promise<string[]> {
  const loaded = await loadContent(contentDir);
  if (!loaded.graph) throw new Error(`${contentDir} has problems; run npm run check first`);
  const written: string[] = [];
  for (const centre of loaded.graph.centres) {
    const craft = centre.data.tema;
    if (!craft || !CRAFTS.includes(craft)) continue;
    const folder = join(contentDir, centre.slug);
    for (const business of loaded.graph.businessesOf(centre)) {
      if (!business.data.contoh) continue;
      const { slug, data } = business;
      const kinds = data.produk.map((p) => kindOf(p.nama, p.kategori));
      const products = data.produk.map((p, i) => {
        const berkas = productFile(slug, p.nama);
        return {
          berkas,
          drawing: productDrawing(
            craft as Craft,
            `${slug}/${p.nama}`,
            `${data.nama_usaha} ${p.nama}`,
            kinds[i]!,
          ),
        };
      });
      const own = businessDrawing(
        craft as Craft,
        slug,
        `${data.nama_usaha} ${data.ringkasan}`,
        kinds,
      );
      const berkas = `foto/${slug}.jpg`;
      for (const { berkas: file, drawing } of [{ berkas, drawing: own }, ...products]) {
        await writeJpeg(drawing, join(folder, file));
        written.push(join(folder, file));
      }
      await rewritePhotos(
        resolve(business.file),
        photoField(berkas, own),
        products.map((p) => photoField(p.berkas, p.drawing)),
      );
    }
  }
  return written;
}
