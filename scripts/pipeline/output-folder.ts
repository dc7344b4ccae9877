/**
 * Which folder a build, shard build or merge may replace: publishing swaps the whole folder, so a
 * wrong `--out` (the content, the project, the home folder, someone's files) would delete it. Only
 * a missing or empty folder, or one an earlier build marked with OUTPUT_MARKER, is replaced; every
 * other case is refused before any work, with the folder named and the fix.
 */
import { lstat, readdir, readFile, realpath, stat } from "node:fs/promises";
import { homedir } from "node:os";
import { basename, dirname, isAbsolute, join, parse, resolve, sep } from "node:path";
import { bilingual as b, type Bilingual } from "../problems/problem.ts";

/** In the root of every output; its first line says which kind of build wrote it. */
export const OUTPUT_MARKER = ".etalase-output";
/** A whole site (a build or a merge), or a shard to join with `npm run merge`. */
export type OutputKind = "site" | "shard";

export function markerText(kind: OutputKind): string {
  return `etalase-output ${kind}\nFolder ini ditulis oleh Etalase; build berikutnya menggantinya seluruhnya.\nThis folder was written by Etalase; the next build replaces it whole.\n`;
}

/** The code's own checkout, refused as an output even when a build runs from another folder. */
const ETALASE_ROOT = resolve(import.meta.dirname, "../..");

/** An output folder that must not be replaced, or is in use; said for people, with the fix. */
export class OutputFolderError extends Error {
  readonly text: Bilingual;
  readonly fix: Bilingual;
  constructor(text: Bilingual, fix: Bilingual) {
    super(text.en);
    this.name = "OutputFolderError";
    this.text = text;
    this.fix = fix;
  }
}

export interface OutputRequest {
  /** As the person gave it (`--out`), relative to the project or absolute. */
  readonly outDir: string;
  readonly projectRoot: string;
  readonly contentDir: string;
  /** The shard folders a merge reads. */
  readonly inputs?: readonly string[];
}

const inside = (path: string, folder: string) =>
  path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code;

const OTHER_FOLDER = b(
  "pilih folder keluaran lain yang belum ada atau masih kosong, misalnya --out _site.",
  "choose another output folder, one that does not exist yet or is empty, e.g. --out _site.",
);

/**
 * The real path of `path`, through symbolic links, for a folder that may not exist yet: the real
 * path of its nearest existing parent with the rest appended. A link is followed: its target is
 * checked and replaced, and the link itself stays a link.
 */
async function realPath(path: string, shown: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (error) {
    if (errorCode(error) === "ENOTDIR")
      throw new OutputFolderError(
        b(
          `Jalur folder keluaran ${shown} melewati sebuah berkas, bukan folder.`,
          `The path of the output folder ${shown} goes through a file, not a folder.`,
        ),
        b(
          "pilih nama folder untuk --out yang tidak melewati berkas, misalnya --out _site.",
          "give --out a folder path that goes through no file, e.g. --out _site.",
        ),
      );
    if (errorCode(error) !== "ENOENT") throw error;
  }
  const link = await lstat(path).catch(() => undefined);
  if (link?.isSymbolicLink())
    throw new OutputFolderError(
      b(
        `Folder keluaran ${shown} adalah tautan (symlink) ke folder yang tidak ada.`,
        `The output folder ${shown} is a symbolic link to a folder that does not exist.`,
      ),
      b(
        "buat dulu folder tujuan tautan itu (kosong), atau pilih folder keluaran lain, misalnya --out _site.",
        "create the folder the link points to (empty) first, or choose another output folder, e.g. --out _site.",
      ),
    );
  const parent = dirname(path);
  return parent === path ? path : join(await realPath(parent, shown), basename(path));
}

function notAFolder(shown: string): OutputFolderError {
  return new OutputFolderError(
    b(
      `Folder keluaran ${shown} adalah berkas, bukan folder; berkas itu tidak ditimpa.`,
      `The output folder ${shown} is a file, not a folder; the file was not overwritten.`,
    ),
    b(
      "pilih nama folder untuk --out, misalnya --out _site.",
      "give a folder name to --out, e.g. --out _site.",
    ),
  );
}

/** The folder as the person wrote it, and where it really is when that says more. */
function showFolder(given: string, real: string): string {
  return isAbsolute(given) && resolve(given) === real ? `"${real}"` : `"${given}" (${real})`;
}

async function hasMarker(dir: string): Promise<boolean> {
  const text = await readFile(join(dir, OUTPUT_MARKER), "utf8").catch(() => "");
  return text.startsWith("etalase-output ");
}

/**
 * Checks that `request.outDir` may be replaced and returns its real path, which is where the site
 * is published; throws OutputFolderError otherwise. Reads only; creates and changes nothing.
 */
export async function checkOutputFolder(request: OutputRequest): Promise<string> {
  if (!request.outDir.trim())
    throw new OutputFolderError(
      b(
        "Nama folder keluaran (--out) kosong, jadi tidak jelas folder mana yang boleh diganti.",
        "The output folder name (--out) is empty, so it is not clear which folder may be replaced.",
      ),
      b(
        "tulis nama folder, misalnya --out _site. Jika nama itu diambil dari variabel (misalnya di CI), isi dulu variabel itu.",
        "give a folder name, e.g. --out _site. If the name comes from a variable (e.g. in CI), set that variable first.",
      ),
    );
  const given = request.outDir;
  const absolute = resolve(request.projectRoot, given);
  const out = await realPath(absolute, `"${given}"`);
  const shown = showFolder(given, out);
  const real = (path: string) => realPath(resolve(request.projectRoot, path), `"${path}"`);

  if (out === parse(out).root || out === (await realpath(homedir()).catch(() => homedir())))
    throw new OutputFolderError(
      b(
        `Folder keluaran ${shown} adalah ${out === parse(out).root ? "akar disk" : "folder rumah (home)"}; mengganti folder itu akan menghapus semua isinya.`,
        `The output folder ${shown} is ${out === parse(out).root ? "the root of the disk" : "the home folder"}; replacing it would delete everything in it.`,
      ),
      OTHER_FOLDER,
    );
  for (const project of new Set([await real(request.projectRoot), ETALASE_ROOT])) {
    if (out === project)
      throw new OutputFolderError(
        b(
          `Folder keluaran ${shown} adalah folder proyek itu sendiri; mengganti folder itu akan menghapus konten, kode dan semua berkas proyek.`,
          `The output folder ${shown} is the project folder itself; replacing it would delete the content, the code and every file of the project.`,
        ),
        b(
          "pilih folder baru di dalam proyek, misalnya --out _site.",
          "choose a new folder inside the project, e.g. --out _site.",
        ),
      );
    if (inside(project, out))
      throw new OutputFolderError(
        b(
          `Folder keluaran ${shown} berisi folder proyek "${project}"; mengganti folder itu akan menghapus proyek.`,
          `The output folder ${shown} contains the project folder "${project}"; replacing it would delete the project.`,
        ),
        b(
          "pilih folder di dalam proyek, misalnya --out _site.",
          "choose a folder inside the project, e.g. --out _site.",
        ),
      );
  }
  const content = await real(request.contentDir);
  if (out === content || inside(out, content) || inside(content, out))
    throw new OutputFolderError(
      out === content || inside(out, content)
        ? b(
            `Folder keluaran ${shown} adalah folder konten "${request.contentDir}" atau ada di dalamnya; build akan menghapus konten yang ditulis.`,
            `The output folder ${shown} is the content folder "${request.contentDir}" or inside it; the build would delete the content written there.`,
          )
        : b(
            `Folder keluaran ${shown} berisi folder konten "${request.contentDir}"; mengganti folder itu akan menghapus konten.`,
            `The output folder ${shown} contains the content folder "${request.contentDir}"; replacing it would delete the content.`,
          ),
      b(
        "pilih folder di luar folder konten, misalnya --out _site.",
        "choose a folder outside the content folder, e.g. --out _site.",
      ),
    );
  for (const input of request.inputs ?? []) {
    const shard = await real(input);
    if (out === shard || inside(out, shard) || inside(shard, out))
      throw new OutputFolderError(
        b(
          `Folder keluaran ${shown} adalah, berisi, atau ada di dalam folder shard "${input}" yang sedang digabung.`,
          `The output folder ${shown} is, contains or is inside the shard folder "${input}" being merged.`,
        ),
        b(
          "pilih folder keluaran lain untuk hasil gabungan, misalnya --out _site.",
          "choose another output folder for the merged site, e.g. --out _site.",
        ),
      );
  }

  const found = await stat(out).catch(() => undefined);
  if (!found) return out;
  if (!found.isDirectory()) throw notAFolder(shown);
  if ((await readdir(out)).length === 0 || (await hasMarker(out))) return out;
  const example = basename(out) === "_site" ? "_site-baru" : "_site";
  throw new OutputFolderError(
    b(
      `Folder keluaran ${shown} sudah berisi berkas dan tidak ada penanda ${OUTPUT_MARKER} dari Etalase, jadi folder itu tidak diganti.`,
      `The output folder ${shown} already holds files and has no ${OUTPUT_MARKER} marker from Etalase, so it was not replaced.`,
    ),
    b(
      `jika folder itu keluaran build lama (dari versi Etalase sebelum ada penanda), hapus sendiri folder itu (lewat penjelajah berkas, atau rm -r "${out}") lalu jalankan lagi. Jika berisi berkas lain, biarkan dan pilih folder keluaran lain yang belum ada atau masih kosong, misalnya --out ${example}.`,
      `if it is the output of an older build (from a version of Etalase before the marker), delete that folder yourself (in the file browser, or rm -r "${out}") and run again. If it holds other files, leave it and choose another output folder, one that does not exist yet or is empty, e.g. --out ${example}.`,
    ),
  );
}
