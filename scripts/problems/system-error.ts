/**
 * A build can fail for a reason on the machine, not in the content: a full disk, a folder it may
 * not write to. The error then comes wrapped by whatever was writing (Eleventy, the photo copy,
 * the publish step); this finds the system error inside and says it in plain words, with the fix.
 */
import { bilingual as b, type Bilingual } from "./problem.ts";

export interface SystemFailure {
  readonly message: Bilingual;
  readonly fix: Bilingual;
}

const FAILURES: Record<string, SystemFailure> = {
  ENOSPC: {
    message: b("Disk penuh: tidak ada ruang untuk menulis situs.", "The disk is full: there is no room to write the site."),
    fix: b("kosongkan ruang di disk (hapus berkas yang tidak perlu), lalu jalankan build lagi.", "free some disk space (delete files that are not needed), then run the build again."),
  },
  EACCES: {
    message: b("Tidak ada izin untuk menulis di folder keluaran.", "There is no permission to write in the output folder."),
    fix: b("periksa izin folder keluaran dan folder di atasnya, atau jalankan build sebagai pengguna yang boleh menulis di sana.", "check the permissions of the output folder and the folder above it, or run the build as a user who may write there."),
  },
  EROFS: {
    message: b("Disk keluaran hanya bisa dibaca.", "The output disk is read-only."),
    fix: b("pilih folder keluaran di disk yang bisa ditulisi (pilihan --out).", "choose an output folder on a writable disk (the --out option)."),
  },
  EMFILE: {
    message: b("Terlalu banyak berkas terbuka sekaligus.", "Too many files are open at once."),
    fix: b("tutup program lain atau naikkan batas berkas terbuka (ulimit -n), lalu jalankan lagi.", "close other programs or raise the open-file limit (ulimit -n), then run it again."),
  },
  EBUSY: {
    message: b("Folder keluaran sedang dipakai program lain.", "The output folder is in use by another program."),
    fix: b("tutup program yang membuka folder itu (server, penjelajah berkas), lalu jalankan lagi.", "close the program that has the folder open (a server, a file browser), then run it again."),
  },
  EIO: {
    message: b("Disk gagal membaca atau menulis.", "The disk failed to read or write."),
    fix: b("periksa disknya; jika masalah berlanjut, pakai disk lain.", "check the disk; if it keeps happening, use another disk."),
  },
};
FAILURES.EDQUOT = FAILURES.ENOSPC!;
FAILURES.EPERM = FAILURES.EACCES!;
FAILURES.ENFILE = FAILURES.EMFILE!;

/** The system error somewhere in `error`'s chain of causes, said for people; undefined if there is none. */
export function systemFailure(error: unknown): SystemFailure | undefined {
  const seen = new Set<unknown>();
  // Eleventy keeps the cause as `originalError`; everything else as the standard `cause`.
  for (let current = error; current && typeof current === "object" && !seen.has(current); ) {
    seen.add(current);
    const { code, cause, originalError } = current as { code?: unknown; cause?: unknown; originalError?: unknown };
    if (typeof code === "string" && FAILURES[code]) return FAILURES[code];
    current = originalError ?? cause;
  }
  return undefined;
}
