/**
 * Turns every photo the content uses into responsive AVIF, WebP and JPEG files with
 * eleventy-img. The checks come first and are cheap: the file must really be inside the centre's
 * foto/ folder (symbolic links included), start with the bytes of a JPEG, PNG or WebP, and have at
 * most MAX_PIXELS pixels by its header; only then is it decoded, with truncation treated as an error.
 *
 * Encoded files go to a cache folder whose names are a hash of the photo's bytes and the options,
 * so an unchanged photo costs nothing on the next build, in any process (keep `.cache/images/`
 * between CI runs). The build then copies only the files the site uses into `img/`.
 */
import Image from "@11ty/eleventy-img";
import { availableParallelism } from "node:os";
import { createHash } from "node:crypto";
import {
  access,
  mkdir,
  open,
  readdir,
  readFile,
  realpath,
  rename,
  rm,
  stat,
  writeFile,
} from "node:fs/promises";
import { join, sep } from "node:path";
import sharp from "sharp";
import { bilingual as b, type Problem } from "../problems/problem.ts";
import { photoKey, type PhotoUse } from "./collect.ts";

/** 40 megapixels: more than any phone camera; a 30000×30000 bomb is 900. */
export const MAX_PIXELS = 40_000_000;
export const MAX_PHOTO_BYTES = 25 * 1024 * 1024;
export const PHOTO_WIDTHS = [320, 640, 960, 1280];
export const OG_SIZE = { width: 1200, height: 630 } as const;

export interface PhotoSource {
  readonly format: "avif" | "webp" | "jpeg";
  readonly files: readonly { readonly filename: string; readonly width: number }[];
}

export interface ProcessedPhoto {
  readonly width: number;
  readonly height: number;
  /** Best format first; JPEG last, used by `<img src>`. */
  readonly sources: readonly PhotoSource[];
  /** A 1200×630 JPEG crop for link previews (WhatsApp, Facebook, X). */
  readonly og: string;
}

export interface PhotoResult {
  readonly photos: ReadonlyMap<string, ProcessedPhoto>;
  /** Cache file names the site needs, to copy into `img/`. */
  readonly files: readonly string[];
  readonly problems: readonly Problem[];
}

const SIGNATURES: { format: string; test: (head: Buffer) => boolean }[] = [
  { format: "jpeg", test: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff },
  {
    format: "png",
    test: (h) =>
      h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    format: "webp",
    test: (h) =>
      h.subarray(0, 4).toString("latin1") === "RIFF" &&
      h.subarray(8, 12).toString("latin1") === "WEBP",
  },
];

async function readHead(path: string): Promise<Buffer> {
  const handle = await open(path, "r");
  try {
    const head = Buffer.alloc(16);
    await handle.read(head, 0, 16, 0);
    return head;
  } finally {
    await handle.close();
  }
}

function problemFor(
  use: PhotoUse,
  message: { id: string; en: string },
  fix: { id: string; en: string },
): Problem {
  return {
    file: use.file,
    ...(use.line !== undefined ? { line: use.line } : {}),
    field: use.field,
    message: b(
      `Foto "${use.photo.berkas}": ${message.id}`,
      `Photo "${use.photo.berkas}": ${message.en}`,
    ),
    fix,
  };
}

const REPLACE_FIX = b(
  "ganti dengan foto JPG, PNG atau WebP yang bisa dibuka di ponsel, paling besar 40 megapiksel.",
  "replace it with a JPG, PNG or WebP photo that opens on a phone, at most 40 megapixels.",
);

/** The centre's folder as the content file that names the photo is shown: relative to the project. */
function centreFolderOf(use: PhotoUse): string {
  // The last whole path segment that is the centre's slug: the content file is inside it.
  const at = `/${use.file}`.lastIndexOf(`/${use.centreSlug}/`);
  return use.file.slice(0, at + use.centreSlug.length);
}

/**
 * The name the folder listings give a photo path, when they differ from the written one only in
 * capitals (`foto/Kain.JPG` for `foto/kain.jpg`). Compared in the listings, not by opening the
 * file: a Windows or macOS disk would open either name, the web host only the exact one.
 */
async function nameOnDisk(centreDir: string, written: string): Promise<string | undefined> {
  let dir = centreDir;
  const real: string[] = [];
  for (const part of written.split("/")) {
    const names = await readdir(dir).catch(() => [] as string[]);
    const found = names.includes(part)
      ? part
      : names.find((name) => name.toLowerCase() === part.toLowerCase());
    if (found === undefined) return undefined;
    real.push(found);
    dir = join(dir, found);
  }
  const onDisk = real.join("/");
  return onDisk === written ? undefined : onDisk;
}

/** Checks one photo file without decoding it; returns its absolute path or a problem. */
async function checkFile(
  use: PhotoUse,
  contentDir: string,
): Promise<{ path: string } | { problem: Problem }> {
  const folder = join(contentDir, use.centreSlug, "foto");
  const onDisk = await nameOnDisk(join(contentDir, use.centreSlug), use.photo.berkas);
  if (onDisk)
    return {
      problem: problemFor(
        use,
        b(
          `berkasnya bernama "${onDisk}"; huruf besar-kecilnya berbeda, dan situs web membedakannya.`,
          `the file is named "${onDisk}"; the capitals differ, and the website tells them apart.`,
        ),
        b(`tulis berkas: ${onDisk}`, `write berkas: ${onDisk}`),
      ),
    };
  let path: string;
  try {
    path = await realpath(join(contentDir, use.centreSlug, use.photo.berkas));
  } catch {
    const wanted = join(centreFolderOf(use), use.photo.berkas);
    return {
      problem: problemFor(
        use,
        b("berkasnya tidak ditemukan.", "the file was not found."),
        b(
          `simpan fotonya di ${wanted} atau perbaiki nama berkasnya (huruf besar-kecil berpengaruh).`,
          `save the photo as ${wanted} or correct the file name (capitals matter).`,
        ),
      ),
    };
  }
  const realFolder = await realpath(folder).catch(() => folder);
  if (!path.startsWith(realFolder + sep))
    return {
      problem: problemFor(
        use,
        b(
          "berkasnya berada di luar folder foto/ sentra ini.",
          "the file is outside this centre's foto/ folder.",
        ),
        b(
          "salin fotonya ke folder foto/ sentra ini, jangan pakai pintasan (link).",
          "copy the photo into this centre's foto/ folder instead of linking to it.",
        ),
      ),
    };
  const info = await stat(path);
  if (!info.isFile() || info.size > MAX_PHOTO_BYTES)
    return {
      problem: problemFor(
        use,
        b(
          `berkasnya terlalu besar (${Math.round(info.size / 1048576)} MB).`,
          `the file is too large (${Math.round(info.size / 1048576)} MB).`,
        ),
        REPLACE_FIX,
      ),
    };
  const head = await readHead(path);
  if (!SIGNATURES.some((s) => s.test(head)))
    return {
      problem: problemFor(
        use,
        b(
          "isi berkas ini bukan foto JPG, PNG atau WebP, walaupun namanya seperti foto.",
          "this file is not a JPG, PNG or WebP photo, even though its name looks like one.",
        ),
        REPLACE_FIX,
      ),
    };
  // Header only; the pixel cap is ours, below, so sharp must not refuse first with its own message.
  const meta = await sharp(path, { limitInputPixels: false })
    .metadata()
    .catch(() => undefined);
  if (!meta?.width || !meta.height)
    return {
      problem: problemFor(
        use,
        b("berkasnya rusak dan tidak bisa dibaca.", "the file is damaged and cannot be read."),
        REPLACE_FIX,
      ),
    };
  if (meta.width * meta.height > MAX_PIXELS)
    return {
      problem: problemFor(
        use,
        b(
          `fotonya terlalu besar (${meta.width}×${meta.height} piksel).`,
          `the photo is too large (${meta.width}×${meta.height} pixels).`,
        ),
        b(
          "perkecil fotonya, misalnya menjadi 2000 piksel lebarnya, lalu simpan lagi.",
          "resize it, for example to 2000 pixels wide, and save it again.",
        ),
      ),
    };
  return { path };
}

/** The link-preview crop, cached under a hash of the photo's bytes like eleventy-img's files. */
async function sharingCrop(path: string, cacheDir: string): Promise<string> {
  const name = `og-${createHash("sha256")
    .update(await readFile(path))
    .digest("hex")
    .slice(0, 12)}-${OG_SIZE.width}x${OG_SIZE.height}.jpeg`;
  const target = join(cacheDir, name);
  const cached = await access(target).then(
    () => true,
    () => false,
  );
  if (!cached) {
    await mkdir(cacheDir, { recursive: true });
    // Written under a temporary name: a crash never leaves a half file that looks cached.
    const temporary = `${target}.${process.pid}.tmp`;
    await sharp(path, { failOn: "truncated", limitInputPixels: MAX_PIXELS })
      .rotate()
      .resize(OG_SIZE.width, OG_SIZE.height, { fit: "cover" })
      .jpeg({ quality: 72, mozjpeg: true })
      .toFile(temporary);
    await rename(temporary, target);
  }
  return name;
}

/** The cheap checks only (no decoding, no encoding), for `npm run check`. */
export async function checkPhotos(
  uses: readonly PhotoUse[],
  contentDir: string,
): Promise<Problem[]> {
  const results = await Promise.all(uses.map((use) => checkFile(use, contentDir)));
  return results.flatMap((result) => ("problem" in result ? [result.problem] : []));
}

/**
 * eleventy-img takes any existing output file for a cache hit, and a failed encode leaves empty
 * files behind; a later build would then publish them. So a failure marks the cache, and the next
 * run first removes every empty or temporary file from it.
 */
const DIRTY_MARK = ".needs-sweep";

async function sweepCache(cacheDir: string): Promise<void> {
  if (
    !(await access(join(cacheDir, DIRTY_MARK)).then(
      () => true,
      () => false,
    ))
  )
    return;
  for (const name of await readdir(cacheDir)) {
    const path = join(cacheDir, name);
    if (name.endsWith(".tmp") || (await stat(path)).size === 0) await rm(path, { force: true });
  }
  await rm(join(cacheDir, DIRTY_MARK), { force: true });
}

export async function processPhotos(
  uses: readonly PhotoUse[],
  contentDir: string,
  cacheDir: string,
): Promise<PhotoResult> {
  const problems: Problem[] = [];
  const photos = new Map<string, ProcessedPhoto>();
  const files = new Set<string>();
  const byKey = new Map<string, PhotoUse[]>();
  for (const use of uses)
    byKey.set(photoKey(use.centreSlug, use.photo), [
      ...(byKey.get(photoKey(use.centreSlug, use.photo)) ?? []),
      use,
    ]);

  Image.concurrency = availableParallelism();
  await sweepCache(cacheDir);
  await Promise.all(
    [...byKey.entries()].map(async ([key, group]) => {
      const first = group[0]!;
      const checked = await checkFile(first, contentDir);
      if ("problem" in checked) {
        problems.push(
          ...group.map((use) => ({ ...checked.problem, file: use.file, field: use.field })),
        );
        return;
      }
      try {
        const stats = await Image(checked.path, {
          widths: PHOTO_WIDTHS,
          formats: ["avif", "webp", "jpeg"],
          outputDir: cacheDir,
          urlPath: "/img/",
          // Truncated files fail instead of rendering grey; the pixel cap holds while decoding too.
          sharpOptions: { failOnError: true, failOn: "truncated", limitInputPixels: MAX_PIXELS },
          sharpAvifOptions: { quality: 50, effort: 2 },
          sharpWebpOptions: { quality: 72 },
          sharpJpegOptions: { quality: 75, mozjpeg: true, progressive: true },
          fixOrientation: true,
        });
        const sources: PhotoSource[] = (["avif", "webp", "jpeg"] as const).map((format) => ({
          format,
          files: (stats[format] ?? []).map((s) => ({ filename: s.filename, width: s.width })),
        }));
        for (const source of sources) for (const file of source.files) files.add(file.filename);
        const largest = stats.jpeg?.at(-1);
        const og = await sharingCrop(checked.path, cacheDir);
        files.add(og);
        photos.set(key, { width: largest?.width ?? 0, height: largest?.height ?? 0, sources, og });
      } catch {
        await mkdir(cacheDir, { recursive: true });
        await writeFile(join(cacheDir, DIRTY_MARK), "");
        problems.push(
          ...group.map((use) =>
            problemFor(
              use,
              b(
                "berkasnya rusak atau terpotong dan tidak bisa diolah.",
                "the file is damaged or cut short and cannot be processed.",
              ),
              REPLACE_FIX,
            ),
          ),
        );
      }
    }),
  );
  if (problems.length) await sweepCache(cacheDir);
  return { photos, files: [...files].sort(), problems };
}
