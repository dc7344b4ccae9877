/**
 * Rules for where the site is served: the site address (scheme and host, printed into QR codes,
 * feeds and the sitemap) and the path prefix (written into every link, robots.txt and calendars).
 * Pure checks, so the command line and the environment variables are held to the same rules.
 */
import { bilingual as b, type Bilingual } from "../problems/problem.ts";
import type { Settings } from "../schema/settings.ts";

/** Host names that only work on the machine that built the site; a printed QR code would lead nowhere. */
export function isLocalHost(hostname: string): boolean {
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
export const UNSAFE_CHARACTER = /[\s\p{Cc}\\]/u;

/**
 * What is wrong with a site address, or undefined when it is a plain `https://host` (or `http://`,
 * an optional port and a final `/`). A path belongs in the prefix, so it is refused with that hint.
 */
export function siteUrlProblem(raw: string): Bilingual | undefined {
  const example = "https://sentra.contoh.go.id";
  if (raw === "")
    return b(
      `alamat situs kosong. Tulis misalnya ${example}.`,
      `the site address is empty. Write for example ${example}.`,
    );
  if (UNSAFE_CHARACTER.test(raw))
    return b(
      "alamat situs berisi spasi, baris baru atau garis miring terbalik (\\). Hapus karakter itu.",
      "the site address contains a space, a line break or a backslash (\\). Remove it.",
    );
  if (!/^https?:\/\//i.test(raw))
    return b(
      `alamat situs harus diawali https:// (atau http://), misalnya ${example}.`,
      `the site address must start with https:// (or http://), for example ${example}.`,
    );
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return b(
      `ini bukan alamat web yang benar. Tulis misalnya ${example}.`,
      `this is not a valid web address. Write for example ${example}.`,
    );
  }
  const authority = raw.slice(raw.indexOf("//") + 2).split(/[/?#]/, 1)[0]!;
  if (authority === "")
    return b(
      `nama host hilang sesudah https://. Tulis misalnya ${example}.`,
      `the host name after https:// is missing. Write for example ${example}.`,
    );
  if (authority.includes("@") || url.username || url.password)
    return b(
      "alamat situs tidak boleh berisi nama pengguna atau kata sandi (bagian sebelum @). Hapus bagian itu.",
      "the site address must not contain a user name or password (the part before @). Remove that part.",
    );
  if (raw.includes("?"))
    return b(
      "alamat situs tidak boleh berisi tanda ? dan yang sesudahnya. Hapus bagian itu.",
      "the site address must not contain ? and what follows it. Remove that part.",
    );
  if (raw.includes("#"))
    return b(
      "alamat situs tidak boleh berisi tanda # dan yang sesudahnya. Hapus bagian itu.",
      "the site address must not contain # and what follows it. Remove that part.",
    );
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
  if (raw === "")
    return b(
      "jalur awalan kosong. Untuk situs di akar, tulis / atau jangan pakai --prefix.",
      "the path prefix is empty. For a site at the root, write / or leave out --prefix.",
    );
  if (!PREFIX_CHARACTERS.test(raw))
    return b(
      "jalur awalan hanya boleh berisi huruf a-z, A-Z, angka, -, _, . dan /, tanpa spasi atau baris baru. Contoh: /katalog/.",
      "the path prefix may only contain letters a-z, A-Z, digits, -, _, . and /, with no spaces or line breaks. Example: /katalog/.",
    );
  if (raw.split("/").some((part) => part === "." || part.includes("..")))
    return b(
      "jalur awalan tidak boleh berisi . atau .. sebagai folder. Contoh yang benar: /katalog/.",
      "the path prefix must not contain . or .. as a folder. A correct example: /katalog/.",
    );
  return undefined;
}

/** A prefix that passed prefixProblem, as `/a/b/`: one slash at each end, none doubled. */
export function normalisePrefix(raw: string): string {
  const inner = raw.split("/").filter(Boolean).join("/");
  return inner ? `/${inner}/` : "/";
}

/** Where the address came from, as a person would look for it. */
export interface ResolvedSiteAddress {
  readonly url?: string;
  /** `--site-url`, `ETALASE_SITE_URL`, `site-url (etalase.config.json)`, `URL (Netlify)`, `CF_PAGES_URL (Cloudflare Pages)`. */
  readonly source?: string;
  readonly problem?: Bilingual;
}

/** An environment variable counts when it holds something: hosts often define ones left empty. */
const given = (value: string | undefined): value is string =>
  value !== undefined && value.trim() !== "";

/**
 * The site address of a build, from the first setting that has one: the `--site-url` flag,
 * `ETALASE_SITE_URL`, `site-url` in the settings file (checked when it was read), then the host's
 * own variables. Each is held to siteUrlProblem; a bad one is a
 * problem naming the setting, never skipped for the next. No address at all is not a problem: the
 * build leaves out what needs one (scripts/site/urls.ts).
 *
 * Not guessed on GitHub Actions: `https://<owner>.github.io` is wrong for a custom domain and,
 * without the `/<repository>/` prefix, for every project site, and a wrong address printed on a
 * QR code is worse than none. The deploy workflow passes `--site-url` (and `--prefix`) itself.
 */
export function resolveSiteAddress(
  flag: string | undefined,
  env: NodeJS.ProcessEnv,
  settings: Pick<Settings, "site-url"> = {},
): ResolvedSiteAddress {
  const candidates: [source: string, value: string | undefined][] = [
    ["--site-url", flag],
    ["ETALASE_SITE_URL", given(env.ETALASE_SITE_URL) ? env.ETALASE_SITE_URL : undefined],
    // The settings file is the site's own choice; a host's variable is only the host's guess.
    ["site-url (etalase.config.json)", settings["site-url"]],
    // Netlify's URL is the site's main address (production, or its custom domain), not a deploy preview's.
    ["URL (Netlify)", env.NETLIFY === "true" && given(env.URL) ? env.URL : undefined],
    // Cloudflare Pages names only this deployment's own address (https://<hash>.<project>.pages.dev):
    // it keeps working, but is not the production domain. Set ETALASE_SITE_URL for that; it comes first.
    [
      "CF_PAGES_URL (Cloudflare Pages)",
      env.CF_PAGES === "1" && given(env.CF_PAGES_URL) ? env.CF_PAGES_URL : undefined,
    ],
  ];
  const found = candidates.find(([, value]) => value !== undefined);
  if (!found) return {};
  const [source, value] = found as [string, string];
  const problem = siteUrlProblem(value);
  if (!problem) return { url: value, source };
  return {
    source,
    problem: b(
      `Alamat situs di ${source} (${JSON.stringify(value).slice(0, 80)}) tidak bisa dipakai: ${problem.id} Perbaiki ${source}, atau hapus supaya situs dibangun tanpa alamat.`,
      `The site address in ${source} (${JSON.stringify(value).slice(0, 80)}) cannot be used: ${problem.en} Fix ${source}, or remove it to build the site without an address.`,
    ),
  };
}

/** The one warning of a build without a site address: what is left out, and the two ways to set it. */
export const NO_SITE_ADDRESS_WARNING = b(
  "Alamat situs belum diatur. Kode QR di kartu booth dan poster, peta situs (sitemap.xml), tautan kanonik dan alamat di kalender tidak dibuat. Atur dengan --site-url https://sentra.contoh.go.id atau variabel ETALASE_SITE_URL, atau tulis site-url di etalase.config.json (npm run setup).",
  "The site address is not set. QR codes on booth cards and posters, the sitemap (sitemap.xml), canonical links and calendar addresses are left out. Set it with --site-url https://sentra.contoh.go.id or the ETALASE_SITE_URL variable, or write site-url in etalase.config.json (npm run setup).",
);

/** A site address setting that cannot be used; the command line reports it and exits 2, before any work. */
export class SiteAddressError extends Error {
  constructor(readonly problem: Bilingual) {
    super(problem.en);
    this.name = "SiteAddressError";
  }
}
