/**
 * A build can fail for a reason on the machine, not in the content: a full disk, a folder it may
 * not write to, a worker process that ran out of memory. The error then comes wrapped by whatever
 * was writing (Eleventy, the photo copy, the publish step, a worker); this finds the system error
 * inside and says it in plain words, with the fix.
 */
import { basename, dirname, isAbsolute, relative, sep } from "node:path";
import { bilingual as b, BuildFailedError, type Bilingual } from "./problem.ts";

export interface SystemFailure {
  readonly message: Bilingual;
  readonly fix: Bilingual;
}

/** A worker process of the build ended without answering: killed, out of memory, or crashed. */
export class WorkerStoppedError extends BuildFailedError {
  constructor(
    /** The centres of the batch it was rendering; empty for the site-wide files. */
    readonly centres: readonly string[],
    readonly exitCode: number | null,
    readonly signal: string | null,
  ) {
    super(
      `a build worker stopped (${signal ?? `exit code ${exitCode}`}) while rendering ${centres.length ? centres.join(", ") : "the site-wide files"}`,
    );
    this.name = "WorkerStoppedError";
  }
}

interface SystemError {
  readonly code: string;
  readonly path?: string;
  readonly dest?: string;
}

/** A path as people see it from where they ran the build: relative when it is under that folder. */
function shown(path: string): string {
  const inside = isAbsolute(path) ? relative(process.cwd(), path) : path;
  return inside && !inside.startsWith("..") && !isAbsolute(inside)
    ? inside.split(sep).join("/")
    : path;
}

/**
 * The folder the site is written in, when `path` is the output being published: the publish step
 * (scripts/pipeline/publish.ts) writes `.<out>-staging-…` beside the output and renames it into place.
 */
function siteParent(path: string): string | undefined {
  const parts = path.split(/[\\/]/);
  const at = parts.findIndex((part) => /^\..+-(staging|previous)-/.test(part));
  return at < 0 ? undefined : parts.slice(0, at).join("/") || "/";
}

function noPermission({ path, dest }: SystemError): SystemFailure {
  const folder =
    [path, dest].map((p) => p && siteParent(p)).find(Boolean) ??
    (path && dest ? dirname(path) : undefined);
  if (folder !== undefined) {
    const where = `${shown(folder).replace(/\/$/, "")}/`;
    return {
      message: b(
        `Tidak ada izin untuk menulis di ${where}, folder tempat situs ditulis.`,
        `There is no permission to write in ${where}, the folder the site is written in.`,
      ),
      fix: b(
        "periksa pemilik dan izin folder itu (build menulis situs baru di sana sebelum menggantikan yang lama), atau jalankan build sebagai pengguna yang boleh menulis di sana.",
        "check the owner and permissions of that folder (the build writes the new site there before it replaces the old one), or run the build as a user who may write there.",
      ),
    };
  }
  if (path !== undefined)
    return {
      message: b(
        `Tidak ada izin untuk membuka ${shown(path)}`,
        `There is no permission to open ${shown(path)}`,
      ),
      fix: b(
        `periksa pemilik dan izin ${basename(path)} dan folder di atasnya, atau jalankan build sebagai pengguna yang boleh membukanya.`,
        `check the owner and permissions of ${basename(path)} and of the folders above it, or run the build as a user who may open it.`,
      ),
    };
  return {
    message: b(
      "Tidak ada izin untuk menulis di folder keluaran.",
      "There is no permission to write in the output folder.",
    ),
    fix: b(
      "periksa izin folder keluaran dan folder di atasnya, atau jalankan build sebagai pengguna yang boleh menulis di sana.",
      "check the permissions of the output folder and the folder above it, or run the build as a user who may write there.",
    ),
  };
}

const always = (failure: SystemFailure) => () => failure;

const FAILURES: Record<string, (error: SystemError) => SystemFailure> = {
  ENOSPC: always({
    message: b(
      "Disk penuh: tidak ada ruang untuk menulis situs.",
      "The disk is full: there is no room to write the site.",
    ),
    fix: b(
      "kosongkan ruang di disk (hapus berkas yang tidak perlu), lalu jalankan build lagi.",
      "free some disk space (delete files that are not needed), then run the build again.",
    ),
  }),
  EACCES: noPermission,
  EROFS: always({
    message: b("Disk keluaran hanya bisa dibaca.", "The output disk is read-only."),
    fix: b(
      "pilih folder keluaran di disk yang bisa ditulisi (pilihan --out).",
      "choose an output folder on a writable disk (the --out option).",
    ),
  }),
  EMFILE: always({
    message: b("Terlalu banyak berkas terbuka sekaligus.", "Too many files are open at once."),
    fix: b(
      "tutup program lain atau naikkan batas berkas terbuka (ulimit -n), lalu jalankan lagi.",
      "close other programs or raise the open-file limit (ulimit -n), then run it again.",
    ),
  }),
  EBUSY: always({
    message: b(
      "Folder keluaran sedang dipakai program lain.",
      "The output folder is in use by another program.",
    ),
    fix: b(
      "tutup program yang membuka folder itu (server, penjelajah berkas), lalu jalankan lagi.",
      "close the program that has the folder open (a server, a file browser), then run it again.",
    ),
  }),
  EIO: always({
    message: b("Disk gagal membaca atau menulis.", "The disk failed to read or write."),
    fix: b(
      "periksa disknya; jika masalah berlanjut, pakai disk lain.",
      "check the disk; if it keeps happening, use another disk.",
    ),
  }),
};
FAILURES.EDQUOT = FAILURES.ENOSPC!;
FAILURES.EPERM = FAILURES.EACCES!;
FAILURES.ENFILE = FAILURES.EMFILE!;

/** At most this many centres are named; a batch is small unless --batch says otherwise. */
const NAMED_CENTRES = 6;

function workerStopped({ centres, exitCode, signal }: WorkerStoppedError): SystemFailure {
  const how = signal
    ? b(`dihentikan dengan sinyal ${signal}`, `killed by signal ${signal}`)
    : b(`kode keluar ${exitCode}`, `exit code ${exitCode}`);
  if (centres.length === 0)
    return {
      message: b(
        `Proses build yang menulis halaman seluruh situs (direktori, peta situs, data terbuka) berhenti mendadak (${how.id}). Biasanya karena memori komputer habis.`,
        `The build process writing the site-wide pages (directory, sitemap, open data) stopped suddenly (${how.en}). This is usually because the computer ran out of memory.`,
      ),
      fix: b(
        "tutup program lain yang memakai banyak memori, lalu jalankan lagi.",
        "close other programs that use a lot of memory, then run it again.",
      ),
    };
  const more = centres.length - NAMED_CENTRES;
  const list = centres.slice(0, NAMED_CENTRES).join(", ");
  const named =
    more > 0 ? b(`${list} dan ${more} lainnya`, `${list} and ${more} more`) : b(list, list);
  const theCentres = centres.length === 1 ? "the centre" : "the centres";
  return {
    message: b(
      `Proses build yang mengerjakan sentra ${named.id} berhenti mendadak (${how.id}). Biasanya karena memori komputer habis.`,
      `The build process working on ${theCentres} ${named.en} stopped suddenly (${how.en}). This is usually because the computer ran out of memory.`,
    ),
    fix: b(
      "jalankan lagi dengan lebih sedikit sentra per proses (--batch 1) atau lebih sedikit proses (--workers 1), dan tutup program lain yang memakai banyak memori.",
      "run it again with fewer centres per process (--batch 1) or fewer processes (--workers 1), and close other programs that use a lot of memory.",
    ),
  };
}

/** The system error somewhere in `error`'s chain of causes, said for people; undefined if there is none. */
export function systemFailure(error: unknown): SystemFailure | undefined {
  const seen = new Set<unknown>();
  // Eleventy keeps the cause as `originalError`; everything else as the standard `cause`.
  for (let current = error; current && typeof current === "object" && !seen.has(current); ) {
    seen.add(current);
    if (current instanceof WorkerStoppedError) return workerStopped(current);
    const { code, path, dest, cause, originalError } = current as {
      code?: unknown;
      path?: unknown;
      dest?: unknown;
      cause?: unknown;
      originalError?: unknown;
    };
    if (typeof code === "string" && FAILURES[code])
      return FAILURES[code]({
        code,
        ...(typeof path === "string" ? { path } : {}),
        ...(typeof dest === "string" ? { dest } : {}),
      });
    current = originalError ?? cause;
  }
  return undefined;
}
