/**
 * A picture written into a body (`![motif](foto/x.jpg)` or `<img …>`) is refused at check time:
 * the page would show the syntax as text, and photos belong in the front matter's photo fields,
 * where their files are checked. The fix names those fields as the file's schema calls them.
 */
import type { z } from "zod";
import { bilingual as b, quoted, type Problem } from "../problems/problem.ts";
import { photo } from "../schema/photo.ts";
import { imagesIn } from "./markdown.ts";
import type { ReadFile } from "./read.ts";

/** The fields of a schema that hold photos, as paths: `["galeri"]`, `["produk", "foto"]`. */
function photoFields(schema: unknown, at: readonly string[] = []): string[][] {
  let node: any = schema;
  for (let guard = 0; guard < 20 && node; guard++) {
    if (node === photo) return [[...at]];
    const def = node._zod?.def;
    if (["optional", "default", "nullable", "prefault"].includes(def?.type)) node = def.innerType;
    else if (def?.type === "pipe") node = def.in;
    else if (def?.type === "array") node = def.element;
    else if (def?.type === "object") return Object.entries(def.shape).flatMap(([key, field]) => photoFields(field, [...at, key]));
    else return [];
  }
  return [];
}

/** `"galeri"`, or `"foto" di dalam "produk"` for a photo field nested in a list. */
function fieldNames(paths: readonly string[][]): { id: string; en: string } {
  const id = paths.map((path) => (path.length === 1 ? `"${path[0]}"` : `"${path.at(-1)}" di dalam "${path.slice(0, -1).join(".")}"`));
  const en = paths.map((path) => (path.length === 1 ? `"${path[0]}"` : `"${path.at(-1)}" inside "${path.slice(0, -1).join(".")}"`));
  return { id: id.join(" atau "), en: en.join(" or ") };
}

export function bodyImageProblems(schema: z.ZodType, read: ReadFile, file: string): Problem[] {
  const images = imagesIn(read.body);
  if (!images.length) return [];
  const fields = photoFields(schema).sort((a, b) => a.length - b.length);
  const names = fieldNames(fields);
  const fix = fields.length
    ? b(
        `hapus gambar ini dari teks; simpan fotonya di folder foto/ sentra ini dan tulis di kolom ${names.id} pada bagian data (di antara dua baris ---).`,
        `remove the picture from the text; save the photo in this centre's foto/ folder and list it in the field ${names.en} of the front matter (between the two --- lines).`,
      )
    : b(
        `hapus gambar ini dari teks; foto dipasang di berkas bahasa Indonesia ${file.replace(/\.en\.md$/, ".md")} dan tampil di kedua bahasa.`,
        `remove the picture from the text; photos are set in the Indonesian file ${file.replace(/\.en\.md$/, ".md")} and show in both languages.`,
      );
  return images.map((image) => ({
    file,
    ...(read.bodyLine !== undefined ? { line: read.bodyLine + image.line - 1 } : {}),
    message: b(`Gambar ${quoted(image.written)} ada di dalam teks; gambar di dalam teks tidak ditampilkan.`, `The picture ${quoted(image.written)} is inside the text; pictures inside the text are not shown.`),
    fix,
  }));
}
