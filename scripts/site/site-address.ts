/**
 * Rules for where the site is served: the site address (scheme and host, printed into QR codes,
 * feeds and the sitemap) and the path prefix (written into every link, robots.txt and calendars).
 * Pure checks, so the command line and the environment variables are held to the same rules.
 */
import { bilingual as b, type Bilingual } from "../problems/problem.ts";

/** Host names that only work on the machine that built the site; a printed QR code would lead nowhere. */
function isLocalHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  return (
    host === "localhost" ||
    host.endsWith(".localhost") ||
    host === "null" ||
    /^127\.\d+\.\d+\.\d+$/.test(host) ||
    /^0\.\d+\.\d+\.\d+$/.test(host) ||
    host === "[::1]" ||
    host === "[::]"
  );
}

/** Whitespace, control characters and backslashes: never part of an address someone typed on purpose. */
const UNSAFE_CHARACTER = /[\s\p{Cc}\\]/u;

/**
 * What is wrong with a site address, or undefined when it is a plain `https://host` (or `http://`,
 * an optional port and a final `/`). A path belongs in the prefix, so it is refused with that hint.
 */
export function siteUrlProblem(raw: string): Bilingual | undefined {
  const example = "https://sentra.contoh.go.id";
  if (raw === "") return b(`alamat situs kosong. Tulis misalnya ${example}.`, `the site address is empty. Write for example ${example}.`);
  if (UNSAFE_CHARACTER.test(raw))
    return b("alamat situs berisi spasi, baris baru atau garis miring terbalik (\\). Hapus karakter itu.", "the site address contains a space, a line break or a backslash (\\). Remove it.");
  if (!/^https?:\/\//i.test(raw))
    return b(`alamat situs harus diawali https:// (atau http://), misalnya ${example}.`, `the site address must start with https:// (or http://), for example ${example}.`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return b(`ini bukan alamat web yang benar. Tulis misalnya ${example}.`, `this is not a valid web address. Write for example ${example}.`);
  }
  const authority = raw.slice(raw.indexOf("//") + 2).split(/[/?#]/, 1)[0]!;
  if (authority === "") return b(`nama host hilang sesudah https://. Tulis misalnya ${example}.`, `the host name after https:// is missing. Write for example ${example}.`);
  if (authority.includes("@") || url.username || url.password)
    return b("alamat situs tidak boleh berisi nama pengguna atau kata sandi (bagian sebelum @). Hapus bagian itu.", "the site address must not contain a user name or password (the part before @). Remove that part.");
  if (raw.includes("?")) return b("alamat situs tidak boleh berisi tanda ? dan yang sesudahnya. Hapus bagian itu.", "the site address must not contain ? and what follows it. Remove that part.");
  if (raw.includes("#")) return b("alamat situs tidak boleh berisi tanda # dan yang sesudahnya. Hapus bagian itu.", "the site address must not contain # and what follows it. Remove that part.");
  if (url.pathname !== "/") {
    const origin = `${url.protocol}//${authority}`;
    return b(
      `alamat situs hanya berisi https:// dan nama host, tanpa jalur. Tulis ${origin} dan pakai --prefix ${url.pathname.replace(/\/?$/, "/")} untuk jalurnya.`,
      `the site address holds only https:// and the host name, no path. Write ${origin} and use --prefix ${url.pathname.replace(/\/?$/, "/")} for the path.`,
    );
  }
  if (isLocalHost(url.hostname))
    return b(
      `${url.hostname} hanya bisa dibuka di komputer ini, padahal alamat ini dicetak di kode QR dan dipakai di peta situs. Tulis alamat situs yang sebenarnya, misalnya ${example}.`,
      `${url.hostname} only opens on this computer, yet this address is printed in QR codes and used in the sitemap. Write the site's real address, for example ${example}.`,
    );
  return undefined;
}

/** Letters, digits, `-`, `_`, `.` and `/`: nothing that could end a line in robots.txt or a calendar. */
const PREFIX_CHARACTERS = /^[A-Za-z0-9/_.-]+$/;

/** What is wrong with a path prefix such as `/katalog/`, or undefined when it is safe to write everywhere. */
export function prefixProblem(raw: string): Bilingual | undefined {
  if (raw === "") return b("jalur awalan kosong. Untuk situs di akar, tulis / atau jangan pakai --prefix.", "the path prefix is empty. For a site at the root, write / or leave out --prefix.");
  if (!PREFIX_CHARACTERS.test(raw))
    return b(
      "jalur awalan hanya boleh berisi huruf a-z, A-Z, angka, -, _, . dan /, tanpa spasi atau baris baru. Contoh: /katalog/.",
      "the path prefix may only contain letters a-z, A-Z, digits, -, _, . and /, with no spaces or line breaks. Example: /katalog/.",
    );
  if (raw.split("/").some((part) => part === "." || part.includes("..")))
    return b("jalur awalan tidak boleh berisi . atau .. sebagai folder. Contoh yang benar: /katalog/.", "the path prefix must not contain . or .. as a folder. A correct example: /katalog/.");
  return undefined;
}

/** A prefix that passed prefixProblem, as `/a/b/`: one slash at each end, none doubled. */
export function normalisePrefix(raw: string): string {
  const inner = raw.split("/").filter(Boolean).join("/");
  return inner ? `/${inner}/` : "/";
}
