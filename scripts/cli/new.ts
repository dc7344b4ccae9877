/**
 * `npm run new -- pengrajin <centre> "<Nama Usaha>"`, `npm run new -- acara <centre> "<Judul>"`,
 * `npm run new -- sentra "<Nama Sentra>" [--slug <folder>]`: creates a content file from a starter
 * in seeds/starters/, named after the slug of the name, never over an existing file, and says which
 * fields are still to fill in, with the same words `npm run check` uses.
 */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { RESERVED_CENTRE_SLUGS } from "../content/discover.ts";
import { readContentFile } from "../content/read.ts";
import { validate } from "../content/validate.ts";
import { bilingual as b, type Bilingual } from "../problems/problem.ts";
import { closestSlug } from "../problems/suggest.ts";
import {
  CERTIFICATIONS,
  DAYS,
  EVENT_KINDS,
  EVENT_STATUSES,
  FACILITIES,
  MARKETPLACES,
  PRODUCT_CATEGORIES,
  SCHEMAS,
  UNITS,
} from "../schema/index.ts";
import { SLUG_PATTERN, slugify } from "../schema/fields.ts";
import { checked, defineCommand, parseCommandLine, text } from "./options.ts";
import { THEMES } from "../site/themes.ts";

const STARTERS = join(import.meta.dirname, "../../seeds/starters");

/** What `new` can make: its starter, its schema and where the file goes. */
const KINDS = {
  pengrajin: {
    starter: "pengrajin.md",
    schema: SCHEMAS.business.main,
    what: b("usaha", "business"),
  },
  acara: { starter: "acara.md", schema: SCHEMAS.event.main, what: b("acara", "event") },
  sentra: { starter: "sentra.md", schema: SCHEMAS.centre.main, what: b("sentra", "centre") },
} as const;
type Kind = keyof typeof KINDS;

/** Choice lists the starters name as `{{pilihan:<name>}}`, taken from the schemas so they never drift. */
const CHOICES: Record<string, readonly string[]> = {
  satuan: UNITS,
  kategori: PRODUCT_CATEGORIES,
  marketplace: MARKETPLACES,
  sertifikasi: CERTIFICATIONS,
  jenis: EVENT_KINDS,
  status: EVENT_STATUSES,
  fasilitas: FACILITIES,
  hari: DAYS,
  zona_waktu: ["WIB", "WITA", "WIT"],
  tema: THEMES,
};

export class NewFileError extends Error {
  readonly text: Bilingual;
  constructor(text: Bilingual) {
    super(text.en);
    this.name = "NewFileError";
    this.text = text;
  }
}

const USAGE = b(
  'pakai: npm run new -- pengrajin <sentra> "<Nama Usaha>", npm run new -- acara <sentra> "<Judul Acara>" atau npm run new -- sentra "<Nama Sentra>"',
  'usage: npm run new -- pengrajin <centre> "<Business name>", npm run new -- acara <centre> "<Event title>" or npm run new -- sentra "<Centre name>"',
);

/** Fills a starter: the name (as a YAML string), the centre, and the schema's choice lists. */
export function fillStarter(starter: string, values: { nama: string; sentra: string }): string {
  return starter
    .replaceAll("{{nama}}", JSON.stringify(values.nama))
    .replaceAll("{{sentra}}", values.sentra)
    .replace(/\{\{pilihan:([a-z_]+)\}\}/g, (_, name: string) => {
      const choices = CHOICES[name];
      if (!choices) throw new Error(`seeds/starters: unknown choice list "${name}"`);
      return choices.join(", ");
    });
}

async function existingCentres(contentDir: string): Promise<string[]> {
  const entries = await readdir(contentDir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isDirectory() && existsSync(join(contentDir, e.name, "index.md")))
    .map((e) => e.name)
    .sort();
}

export interface Created {
  /** Path relative to the project. */
  readonly file: string;
  /** Fields still to fill in: field path with what `check` says about it. */
  readonly todo: { field: string; message: Bilingual; fix?: Bilingual }[];
}

export async function createEntry(
  kind: Kind,
  args: { centre?: string; name: string; slug?: string; contentDir: string; projectRoot?: string },
): Promise<Created> {
  const projectRoot = args.projectRoot ?? process.cwd();
  const contentDir = resolve(projectRoot, args.contentDir);
  const name = args.name.trim();
  if (!name)
    throw new NewFileError(b(`Namanya kosong. ${USAGE.id}`, `The name is empty. ${USAGE.en}`));
  const slug = args.slug ?? slugify(name);
  if (!slug)
    throw new NewFileError(
      b(
        `Dari nama "${name}" tidak bisa dibuat nama berkas: pakai huruf a-z atau angka.`,
        `No file name can be made from "${name}": use letters a-z or digits.`,
      ),
    );

  let centre: string;
  let path: string;
  if (kind === "sentra") {
    centre = slug;
    if (RESERVED_CENTRE_SLUGS.has(slug))
      throw new NewFileError(
        b(
          `Nama folder "${slug}" sudah dipakai oleh situs sendiri. Pilih yang lain, misalnya --slug sentra-${slug}.`,
          `The folder name "${slug}" is used by the site itself. Choose another, e.g. --slug sentra-${slug}.`,
        ),
      );
    path = join(contentDir, slug, "index.md");
  } else {
    centre = args.centre ?? "";
    const centres = await existingCentres(contentDir);
    if (!centres.includes(centre)) {
      const guess = closestSlug(centre, centres);
      const list = centres.join(", ") || "-";
      throw new NewFileError(
        b(
          `Sentra "${centre}" tidak ada di ${relative(projectRoot, contentDir) || "."}.${guess ? ` Mungkin maksudnya "${guess}"?` : ""} Sentra yang ada: ${list}.`,
          `There is no centre "${centre}" in ${relative(projectRoot, contentDir) || "."}.${guess ? ` Did you mean "${guess}"?` : ""} Existing centres: ${list}.`,
        ),
      );
    }
    path = join(contentDir, centre, kind, `${slug}.md`);
  }
  const file = relative(projectRoot, path).split("\\").join("/");
  if (existsSync(path))
    throw new NewFileError(
      b(
        `${file} sudah ada dan tidak ditimpa. Ubah berkas itu, atau pakai nama lain.`,
        `${file} already exists and was not overwritten. Edit that file, or use another name.`,
      ),
    );

  const text = fillStarter(await readFile(join(STARTERS, KINDS[kind].starter), "utf8"), {
    nama: name,
    sentra: centre,
  });
  await mkdir(join(path, ".."), { recursive: true });
  // "wx": fail rather than overwrite, even if the file appeared since the check above.
  await writeFile(path, text, { flag: "wx" });
  if (kind === "sentra") await mkdir(join(contentDir, slug, "foto"), { recursive: true });

  const read = await readContentFile(path, file);
  const result = read.ok
    ? validate(KINDS[kind].schema, read.value, file)
    : { ok: false as const, problems: read.problems };
  const todo = result.ok
    ? []
    : result.problems.map((p) => ({
        field: p.field ?? "-",
        message: p.message,
        ...(p.fix ? { fix: p.fix } : {}),
      }));
  return { file, todo };
}

function report(kind: Kind, created: Created): string {
  const what = KINDS[kind].what;
  const lines = [`✔ ${what.id[0]!.toUpperCase()}${what.id.slice(1)} baru dibuat: ${created.file}`];
  if (created.todo.length) {
    lines.push("  Isi kolom berikut, lalu jalankan npm run check:");
    for (const t of created.todo)
      lines.push(
        `    - ${t.field}: ${t.message.id}${t.fix ? ` Cara memperbaiki: ${t.fix.id}` : ""}`,
      );
  }
  lines.push(`✔ New ${what.en} created: ${created.file}`);
  if (created.todo.length) {
    lines.push("  Fill in these fields, then run npm run check:");
    for (const t of created.todo)
      lines.push(`    - ${t.field}: ${t.message.en}${t.fix ? ` How to fix: ${t.fix.en}` : ""}`);
  }
  return `${lines.join("\n")}\n`;
}

/** A folder or file name as the content uses it; anything else could land outside the content folder. */
function slugProblem(raw: string): Bilingual | undefined {
  const suggestion = slugify(raw);
  const hint = suggestion
    ? b(` Misalnya --slug ${suggestion}.`, ` For example --slug ${suggestion}.`)
    : b("", "");
  return SLUG_PATTERN.test(raw)
    ? undefined
    : b(
        `hanya huruf kecil a-z, angka dan tanda -.${hint.id}`,
        `only small letters a-z, digits and -.${hint.en}`,
      );
}

function kindProblem(positionals: readonly string[]): Bilingual | undefined {
  const [kind, ...rest] = positionals;
  return !kind || !(kind in KINDS) || (kind === "sentra" ? rest.length !== 1 : rest.length !== 2)
    ? USAGE
    : undefined;
}

/** `npm run new`'s options and words, for --help and the checks before anything is written. */
export const NEW_COMMAND = defineCommand({
  command: "npm run new --",
  summary: b(
    "Membuat berkas konten baru dari contoh, lalu menyebut kolom yang masih harus diisi.",
    "Creates a new content file from a starter, then names the fields still to fill in.",
  ),
  options: {
    content: text("DIR", b("folder konten", "content folder"), "content"),
    slug: checked(
      "SLUG",
      b(
        "nama berkas atau folder (bawaan: dibuat dari nama)",
        "file or folder name (default: made from the name)",
      ),
      (raw) => raw,
      slugProblem,
    ),
  },
  positionals: {
    usage: 'pengrajin <sentra> "<Nama>" | acara <sentra> "<Judul>" | sentra "<Nama>"',
    help: b(
      "jenis berkas, sentranya, dan nama usaha, judul acara atau nama sentra",
      "kind of file, its centre, and the business name, event title or centre name",
    ),
    check: kindProblem,
  },
});

async function main(): Promise<number> {
  const { values, positionals } = parseCommandLine(NEW_COMMAND);
  const [kind, ...rest] = positionals;
  const [centre, name] = kind === "sentra" ? [undefined, rest[0]!] : [rest[0]!, rest[1]!];
  try {
    const created = await createEntry(kind as Kind, {
      ...(centre !== undefined ? { centre } : {}),
      name,
      ...(values.slug ? { slug: values.slug } : {}),
      contentDir: values.content,
    });
    process.stdout.write(report(kind as Kind, created));
    return 0;
  } catch (error) {
    if (!(error instanceof NewFileError)) throw error;
    process.stderr.write(`✖ ${error.text.id}\n✖ ${error.text.en}\n`);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
