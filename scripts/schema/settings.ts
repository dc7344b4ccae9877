/**
 * `etalase.config.json`: one site's settings (its name, address, repository, host and the office's
 * contact), checked with the same field helpers and address rules as the content and the flags.
 * Every field is optional: flags and environment variables can give them instead.
 */
import { z } from "zod";
import { bilingual as b, quoted, type Bilingual } from "../problems/problem.ts";
import {
  isLocalHost,
  normalisePrefix,
  prefixProblem,
  siteUrlProblem,
  UNSAFE_CHARACTER,
} from "../site/site-address.ts";
import { email, phone, text } from "./fields.ts";
import { addIssue, withExample } from "./issue.ts";

export const HOSTS = ["github-pages", "netlify", "cloudflare-pages", "other"] as const;
export type SiteHost = (typeof HOSTS)[number];

/** A rule from scripts/site/site-address.ts (or below) as a field, with the fix said for this file. */
function addressRule(problemOf: (raw: string) => Bilingual | undefined, fix: Bilingual) {
  return z.string().transform((raw, ctx) => {
    const problem = problemOf(raw.trim());
    if (!problem) return raw.trim();
    addIssue(ctx, { message: problem, fix });
    return z.NEVER;
  });
}

/** Placeholders from old examples: a CMS pointed at one publishes nowhere. */
const EXAMPLE_REPOSITORIES = new Set([
  "pemilik/repositori",
  "owner/name",
  "owner/repo",
  "user/repo",
]);
/** GitHub's rules: an owner of letters, digits and single hyphens; a name of letters, digits, `.`, `_`, `-`. */
const REPOSITORY =
  /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}\/(?!\.\.?$)[A-Za-z0-9._-]{1,100}$/;

/** What is wrong with an `owner/name` repository, or undefined. Shared with `npm run setup`. */
export function repositoryProblem(raw: string): Bilingual | undefined {
  if (EXAMPLE_REPOSITORIES.has(raw.toLowerCase()))
    return b(
      `${quoted(raw)} hanya contoh. Tulis repositori situs ini di GitHub sebagai pemilik/nama, misalnya dinas-koperasi/etalase.`,
      `${quoted(raw)} is only an example. Write this site's repository on GitHub as owner/name, e.g. dinas-koperasi/etalase.`,
    );
  if (!REPOSITORY.test(raw))
    return b(
      `${quoted(raw)} bukan nama repositori. Tulis pemilik/nama seperti di alamat GitHub, misalnya dinas-koperasi/etalase (tanpa https://github.com/).`,
      `${quoted(raw)} is not a repository name. Write owner/name as in the GitHub address, e.g. dinas-koperasi/etalase (without https://github.com/).`,
    );
  return undefined;
}

/** Git's rules for a branch name, the parts a person could get wrong: no spaces, `..`, `~^:?*[\`. */
export function branchProblem(raw: string): Bilingual | undefined {
  if (
    /^[A-Za-z0-9._][A-Za-z0-9._/-]{0,99}$/.test(raw) &&
    !raw.includes("..") &&
    !raw.includes("//") &&
    !raw.endsWith("/") &&
    !raw.endsWith(".lock")
  )
    return undefined;
  return b(
    `${quoted(raw)} bukan nama cabang (branch). Tulis misalnya main.`,
    `${quoted(raw)} is not a branch name. Write for example main.`,
  );
}

const AUTH_EXAMPLE = "https://sveltia-cms-auth.dinas-koperasi.workers.dev";

/**
 * What is wrong with the address of the CMS sign-in service (the OAuth proxy, e.g. a Cloudflare
 * Worker), or undefined. The site address's rules, but https only (a GitHub key passes through
 * it) and a path allowed (a proxy served under /cms/). Shared with `npm run setup`.
 */
export function cmsAuthUrlProblem(raw: string): Bilingual | undefined {
  if (raw === "")
    return b(
      `alamat layanan masuk kosong. Tulis misalnya ${AUTH_EXAMPLE}.`,
      `the sign-in address is empty. Write for example ${AUTH_EXAMPLE}.`,
    );
  if (UNSAFE_CHARACTER.test(raw))
    return b(
      "alamat layanan masuk berisi spasi, baris baru atau garis miring terbalik (\\). Hapus karakter itu.",
      "the sign-in address contains a space, a line break or a backslash (\\). Remove it.",
    );
  if (!/^https:\/\//i.test(raw))
    return b(
      `alamat layanan masuk harus diawali https://, misalnya ${AUTH_EXAMPLE}.`,
      `the sign-in address must start with https://, for example ${AUTH_EXAMPLE}.`,
    );
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return b(
      `ini bukan alamat web yang benar. Tulis misalnya ${AUTH_EXAMPLE}.`,
      `this is not a valid web address. Write for example ${AUTH_EXAMPLE}.`,
    );
  }
  const authority = raw.slice(raw.indexOf("//") + 2).split(/[/?#]/, 1)[0]!;
  if (authority === "")
    return b(
      `nama host hilang sesudah https://. Tulis misalnya ${AUTH_EXAMPLE}.`,
      `the host name after https:// is missing. Write for example ${AUTH_EXAMPLE}.`,
    );
  if (authority.includes("@"))
    return b(
      "alamat layanan masuk tidak boleh berisi nama pengguna atau kata sandi (bagian sebelum @). Hapus bagian itu.",
      "the sign-in address must not contain a user name or password (the part before @). Remove that part.",
    );
  if (raw.includes("?") || raw.includes("#"))
    return b(
      "alamat layanan masuk tidak boleh berisi tanda ? atau # dan yang sesudahnya. Hapus bagian itu.",
      "the sign-in address must not contain ? or # and what follows. Remove that part.",
    );
  if (isLocalHost(url.hostname))
    return b(
      `${url.hostname} hanya bisa dibuka di komputer ini, jadi staf tidak bisa masuk dari tempat lain. Tulis alamat Worker masuk, misalnya ${AUTH_EXAMPLE}.`,
      `${url.hostname} only opens on this computer, so staff could not sign in from anywhere else. Write the sign-in Worker's address, for example ${AUTH_EXAMPLE}.`,
    );
  return undefined;
}

const URL_FIX = b(
  'tulis hanya https:// dan nama host, misalnya "https://sentra.contoh.go.id"; jalur seperti /katalog/ ditulis di kolom "prefix".',
  'write only https:// and the host name, e.g. "https://sentra.contoh.go.id"; a path such as /katalog/ goes in the "prefix" field.',
);
const PREFIX_FIX = b(
  'tulis jalurnya seperti "/katalog/", atau hapus kolom "prefix" untuk situs di akar alamat.',
  'write the path like "/katalog/", or remove the "prefix" field for a site at the root of its address.',
);
const REPO_FIX = b(
  'tulis seperti "dinas-koperasi/etalase", atau hapus kolom "repo" bila situs tidak memakai CMS.',
  'write it like "dinas-koperasi/etalase", or remove the "repo" field if the site has no CMS.',
);
const AUTH_FIX = b(
  `tulis alamat Worker masuk CMS (lihat docs/deploy.md), misalnya "${AUTH_EXAMPLE}". Di Netlify kolom "cms-auth-url" tidak perlu: hapus saja.`,
  `write the address of the CMS sign-in Worker (see docs/deploy.md), e.g. "${AUTH_EXAMPLE}". On Netlify the "cms-auth-url" field is not needed: remove it.`,
);
const BRANCH_FIX = b(
  'tulis nama cabang tempat konten disimpan, biasanya "main".',
  'write the branch that holds the content, usually "main".',
);

export const settingsSchema = z.strictObject({
  /** The site's name, in the header and title of every page (default: the dictionary's). */
  name: withExample(
    text(80),
    b(
      "nama situs, misalnya Etalase IKM Kabupaten Pesawaran",
      "the site's name, e.g. Etalase IKM Kabupaten Pesawaran",
    ),
  ).optional(),
  "site-url": withExample(
    addressRule(siteUrlProblem, URL_FIX),
    b(
      "alamat situs, misalnya https://sentra.contoh.go.id",
      "the site address, e.g. https://sentra.contoh.go.id",
    ),
  ).optional(),
  prefix: withExample(
    addressRule(prefixProblem, PREFIX_FIX).transform(normalisePrefix),
    b("jalur situs, misalnya /katalog/", "the site's path, e.g. /katalog/"),
  ).optional(),
  repo: withExample(
    addressRule(repositoryProblem, REPO_FIX),
    b(
      "repositori GitHub, misalnya dinas-koperasi/etalase",
      "the GitHub repository, e.g. dinas-koperasi/etalase",
    ),
  ).optional(),
  branch: withExample(
    addressRule(branchProblem, BRANCH_FIX),
    b("cabang, misalnya main", "the branch, e.g. main"),
  ).optional(),
  host: z.enum(HOSTS).optional(),
  /** The OAuth proxy staff sign in through (scripts/cms/sign-in.ts); Netlify's own when absent. */
  "cms-auth-url": withExample(
    addressRule(cmsAuthUrlProblem, AUTH_FIX),
    b(
      `alamat layanan masuk CMS, misalnya ${AUTH_EXAMPLE}`,
      `the CMS sign-in address, e.g. ${AUTH_EXAMPLE}`,
    ),
  ).optional(),
  contact: z
    .strictObject({
      office: text(120).optional(),
      email: email.optional(),
      whatsapp: phone("whatsapp").optional(),
    })
    .optional(),
});

export type Settings = z.output<typeof settingsSchema>;
