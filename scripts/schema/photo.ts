/**
 * A photo reference: a file inside the centre's own `foto/` folder, with alt text in both
 * languages. Remote addresses, absolute paths, `..` and SVG are refused here, before any file is
 * opened (docs/bad-inputs.md, case 8); the image step then checks the file itself.
 */
import { z } from "zod";
import { bilingual as b, quoted } from "../problems/problem.ts";
import { addIssue } from "./issue.ts";
import { text } from "./fields.ts";

export const PHOTO_EXTENSIONS = [".jpg", ".jpeg", ".png", ".webp"] as const;

const PHOTO_RULE = b(
  "Foto harus berupa berkas JPG, PNG atau WebP di dalam folder foto/ milik sentra ini.",
  "Photos must be JPG, PNG or WebP files inside this centre's foto/ folder.",
);

export function photoPathProblem(path: string): { id: string; en: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith("//"))
    return b("alamat internet tidak bisa dipakai", "a web address cannot be used");
  if (path.startsWith("/") || path.startsWith("\\") || /^[a-z]:/i.test(path))
    return b("jalur absolut tidak bisa dipakai", "an absolute path cannot be used");
  if (path.includes("\\"))
    return b(
      "jalurnya memakai garis miring terbalik \\; pakai garis miring / bukan \\",
      "the path uses a backslash \\; use a slash / instead of \\",
    );
  if (path.split("/").some((part) => part === ".." || part === "." || part === ""))
    return b(
      'jalur tidak boleh memuat "..", "." atau "//"',
      'the path may not contain "..", "." or "//"',
    );
  // `Foto/` passes here: the photo check compares the exact names on disk and names the real one.
  if (!path.toLowerCase().startsWith("foto/"))
    return b("berkas harus ada di dalam folder foto/", "the file must be inside the foto/ folder");
  const lower = path.toLowerCase();
  if (lower.endsWith(".svg") || lower.endsWith(".svgz"))
    return b(
      "SVG tidak diterima karena bisa memuat skrip",
      "SVG is refused because it can carry scripts",
    );
  if (!PHOTO_EXTENSIONS.some((ext) => lower.endsWith(ext)))
    return b(
      "jenis berkas ini bukan foto yang diterima",
      "this kind of file is not an accepted photo",
    );
  return undefined;
}

const photoPath = z.string().superRefine((path, ctx) => {
  const detail = photoPathProblem(path.trim());
  if (!detail) return;
  // `foto\motif.jpg` from a Windows habit: say the path with slashes, when that one is fine.
  const slashed = path.trim().replace(/\\/g, "/");
  const fix =
    path.includes("\\") && !photoPathProblem(slashed)
      ? b(`tulis "${slashed}".`, `write "${slashed}".`)
      : b(
          'simpan fotonya di folder foto/ sentra ini dan tulis misalnya "foto/gedung.jpg".',
          'save the photo in this centre\'s foto/ folder and write e.g. "foto/building.jpg".',
        );
  addIssue(ctx, {
    message: b(
      `${PHOTO_RULE.id} ${quoted(path)}: ${detail.id}.`,
      `${PHOTO_RULE.en} ${quoted(path)}: ${detail.en}.`,
    ),
    fix,
  });
});

export const photo = z.strictObject({
  berkas: photoPath,
  /** What the photo shows, for people who cannot see it. */
  alt: text(200),
  alt_en: text(200),
  /** A drawn illustration, not a photograph: the page says so under it. */
  ilustrasi: z.boolean().default(false),
});

export type Photo = z.output<typeof photo>;
