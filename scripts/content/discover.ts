/**
 * Finds the content files of every centre and says what each one is, from its place alone:
 *   <centre>/index.md            the centre          <centre>/index.<code>.md          its text in another language
 *   <centre>/pengrajin/<s>.md    a business          <centre>/pengrajin/<s>.<code>.md  (`<code>`: a language of the
 *   <centre>/acara/<s>.md        an event            <centre>/acara/<s>.<code>.md        list, scripts/content/languages.ts)
 * Anything else that looks like content is a problem, so a misplaced file is never silently ignored.
 */
import type { Dirent } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, relative } from "node:path";
import { bilingual as b, ContentProblemsError, type Problem } from "../problems/problem.ts";
import { SLUG_PATTERN, slugify } from "../schema/fields.ts";
import type { ContentKind } from "../schema/index.ts";
import { DATA_FOLDER, SECTION_NAMES } from "../site/urls.ts";
import { defaultLanguage, translationLanguages, useLanguagesOf, type Lang } from "./languages.ts";

export interface ContentFile {
  /** Absolute path, for reading. */
  readonly path: string;
  /** Path relative to the project, for messages. */
  readonly file: string;
  readonly kind: ContentKind;
  readonly role: "main" | "translation";
  /** The language of its words: the default language for a main file. */
  readonly lang: Lang;
  readonly centreSlug: string;
  /** The entry's slug; for a centre, the centre's. */
  readonly slug: string;
}

export const SECTION_FOLDERS = { pengrajin: "business", acara: "event" } as const;
/** Where photos live; read by the image step, not by the content loader. */
export const PHOTO_FOLDER = "foto";

export interface Discovery {
  readonly files: ContentFile[];
  readonly problems: Problem[];
}

/**
 * A centre's pages live at `/<centre>/` and `/en/<centre>/`, beside the folders the site itself
 * writes there; a centre named after one of them would overwrite or shadow it. Names with a dot
 * (`404.html`, `sitemap.xml`, `robots.txt`, `feed.xml`) never pass SLUG_PATTERN; their stems are
 * listed too, since hosts that drop `.html` (Cloudflare Pages, Netlify) serve `/404.html` as `/404`.
 */
const SITE_FOLDERS = [
  DATA_FOLDER.replace(/\/$/, ""), // open data
  "img", // photos (scripts/pipeline/render.ts)
  "assets", // stylesheet and search script (scripts/site/assets.ts)
  "pagefind", // the search index (scripts/search/pagefind.ts)
  "admin", // the CMS
  "index",
  "404",
  "sitemap",
  "robots",
  "feed",
  "favicon",
];

/** The names above, with each language's home folder (`en`) and search and province folders, of the active languages. */
export function reservedCentreSlugs(): ReadonlySet<string> {
  return new Set([
    ...translationLanguages().map((l) => l.prefix.replace(/\/$/, "")),
    ...Object.values(SECTION_NAMES).flatMap((names) => [names.search, names.province]),
    ...SITE_FOLDERS,
  ]);
}
/** The same for the languages Etalase ships with (what `npm run new` checks). */
export const RESERVED_CENTRE_SLUGS: ReadonlySet<string> = reservedCentreSlugs();

function reservedSlugProblem(file: string, name: string): Problem {
  const suggestion = `sentra-${name}`;
  return {
    file,
    message: b(
      `Nama folder sentra "${name}" sudah dipakai oleh situs sendiri (alamat /${name}/), sehingga halaman sentra ini akan menimpa atau tertutup olehnya.`,
      `The centre folder name "${name}" is already used by the site itself (the address /${name}/), so this centre's pages would overwrite it or be hidden by it.`,
    ),
    fix: b(`ganti nama foldernya, misalnya menjadi "${suggestion}".`, `rename the folder, e.g. to "${suggestion}".`),
  };
}

function slugProblem(file: string, name: string, what: { id: string; en: string }): Problem {
  const suggestion = slugify(name) || "nama-baru";
  return {
    file,
    message: b(
      `Nama ${what.id} "${name}" tidak boleh dipakai sebagai alamat halaman: hanya huruf kecil a-z, angka 0-9 dan tanda hubung.`,
      `The ${what.en} name "${name}" cannot be used in a page address: only lowercase a-z, digits 0-9 and hyphens.`,
    ),
    fix: b(`ganti namanya menjadi "${suggestion}".`, `rename it to "${suggestion}".`),
  };
}

/**
 * Files other programs leave beside content, never content themselves: skipped without a word.
 * macOS (`.DS_Store`, `._name`), Windows (`Thumbs.db`, `desktop.ini`), editors (`.#name`,
 * `name~`), git's marker for an empty folder (`.gitkeep`) and the mark `npm run seed:synthetic`
 * leaves in the folder it writes (`.etalase-synthetic`), so the benchmark can build its data.
 */
function isJunk(name: string): boolean {
  return [".DS_Store", "Thumbs.db", "desktop.ini", ".gitkeep", ".etalase-synthetic"].includes(name) || name.startsWith("._") || name.startsWith(".#") || name.endsWith("~");
}

/**
 * A name starting with a dot is hidden on most computers, and the site would skip it: a whole
 * centre in `.tenun-baru/` would vanish with no word. Markdown files get the slug to use instead.
 */
function hiddenProblem(name: string, file: string): Problem {
  if (name.toLowerCase().endsWith(".md")) return slugProblem(file, name.replace(/\.md$/i, ""), { id: "berkas", en: "file" });
  const visible = name.replace(/^\.+/, "") || "nama-baru";
  return {
    file,
    message: b(
      `Nama "${name}" diawali titik: berkas dan folder yang namanya diawali titik tersembunyi dan tidak diterbitkan.`,
      `The name "${name}" starts with a dot: files and folders whose names start with a dot are hidden and are not published.`,
    ),
    fix: b(`ganti namanya tanpa titik di depan, misalnya "${visible}"; kalau ini draf, pindahkan ke luar folder content/.`, `rename it without the leading dot, e.g. "${visible}"; if it is a draft, move it out of the content/ folder.`),
  };
}

/** `tenun.md.txt` → `tenun.md`: saved by an editor that added an ending of its own. */
const markdownNamed = (name: string) => /^(.+\.md)\.[^.]+$/i.exec(name)?.[1];

/** A file where only folders, or only certain files, belong: said, so nothing is ignored in silence. */
function strayFileProblem(file: string, name: string, where: "content" | "centre"): Problem {
  const markdown = markdownNamed(name);
  const centreFiles = ["index.md", ...translationLanguages().map((l) => `index.${l.code}.md`)];
  const centreFile = markdown && centreFiles.some((name) => name.toLowerCase() === markdown.toLowerCase());
  const listed = `${centreFiles.join(", ")}`;
  return {
    file,
    message:
      where === "content"
        ? b("Berkas ini tidak dipakai: di folder content/ hanya ada satu folder untuk setiap sentra.", "This file is not used: content/ holds only one folder for each centre.")
        : b(`Berkas ini tidak dipakai: di folder sentra hanya ada ${listed} dan folder pengrajin/, acara/ dan foto/.`, `This file is not used: a centre folder holds only ${listed} and the folders pengrajin/, acara/ and foto/.`),
    fix: centreFile
      ? b(`ganti namanya menjadi "${markdown}".`, `rename it to "${markdown}".`)
      : markdown
        ? b(`ganti namanya menjadi "${markdown}" dan pindahkan ke folder pengrajin/ atau acara/ sentranya.`, `rename it to "${markdown}" and move it into its centre's pengrajin/ or acara/ folder.`)
        : b("foto disimpan di folder foto/ milik sentra; berkas lain pindahkan ke luar folder content/.", "photos go in the centre's foto/ folder; move other files out of the content/ folder."),
  };
}

/**
 * Content is read only from files that are really inside the content folder: a symlink could
 * pull in any file on the machine that runs the build.
 */
function symlinkProblem(file: string): Problem {
  return {
    file,
    message: b(
      "Ini tautan (symlink) ke tempat lain; Etalase hanya membaca berkas yang benar-benar ada di folder konten.",
      "This is a link (symlink) to somewhere else; Etalase only reads files that are really inside the content folder.",
    ),
    fix: b("ganti tautan ini dengan salinan berkas atau folder aslinya.", "replace the link with a copy of the real file or folder."),
  };
}

/** Skips what is not content; says why when a skipped entry was meant to be content. */
function skipEntry(entry: Dirent, path: string, problems: Problem[], rel: (p: string) => string): boolean {
  if (isJunk(entry.name)) return true;
  if (entry.name.startsWith(".")) {
    problems.push(hiddenProblem(entry.name, rel(path)));
    return true;
  }
  if (entry.isSymbolicLink()) {
    problems.push(symlinkProblem(rel(path)));
    return true;
  }
  return false;
}

/** Splits `tenun.en.md` into slug `tenun`, role `translation` and language `en`; undefined when not Markdown. */
function parseEntryName(name: string): { slug: string; role: "main" | "translation"; lang: Lang } | undefined {
  const lower = name.toLowerCase();
  if (!lower.endsWith(".md")) return undefined;
  for (const { code } of translationLanguages()) {
    const ending = `.${code}.md`.toLowerCase();
    if (lower.endsWith(ending)) return { slug: name.slice(0, -ending.length), role: "translation", lang: code };
  }
  return { slug: name.slice(0, -".md".length), role: "main", lang: defaultLanguage().code };
}

export async function discoverContent(contentDir: string, projectRoot: string): Promise<Discovery> {
  const files: ContentFile[] = [];
  const problems: Problem[] = [];
  const rel = (p: string) => relative(projectRoot, p).split("\\").join("/");
  // The languages that go with this content: which translation files exist depends on them.
  try {
    useLanguagesOf(contentDir, projectRoot);
  } catch (error) {
    if (error instanceof ContentProblemsError) return { files, problems: [...error.problems] };
    throw error;
  }
  const reserved = reservedCentreSlugs();

  let centres: Dirent[];
  try {
    centres = await readdir(contentDir, { withFileTypes: true });
  } catch {
    problems.push({
      file: rel(contentDir),
      message: b("Folder konten tidak ditemukan.", "The content folder was not found."),
      fix: b("buat folder content/ dengan satu folder per sentra, atau periksa pilihan --content.", "create content/ with one folder per centre, or check the --content option."),
    });
    return { files, problems };
  }

  for (const centreEntry of centres.sort((x, y) => x.name.localeCompare(y.name))) {
    const centreDir = join(contentDir, centreEntry.name);
    if (skipEntry(centreEntry, centreDir, problems, rel)) continue;
    if (!centreEntry.isDirectory()) {
      if (centreEntry.name.toLowerCase().endsWith(".md"))
        problems.push({
          file: rel(centreDir),
          message: b("Berkas ini ada di luar folder sentra mana pun.", "This file is outside any centre folder."),
          fix: b("pindahkan ke content/<sentra>/pengrajin/ atau content/<sentra>/acara/.", "move it into content/<centre>/pengrajin/ or content/<centre>/acara/."),
        });
      else problems.push(strayFileProblem(rel(centreDir), centreEntry.name, "content"));
      continue;
    }
    const centreSlug = centreEntry.name;
    if (!SLUG_PATTERN.test(centreSlug)) {
      problems.push(slugProblem(rel(centreDir), centreSlug, { id: "folder sentra", en: "centre folder" }));
      continue;
    }
    if (reserved.has(centreSlug)) {
      problems.push(reservedSlugProblem(rel(centreDir), centreSlug));
      continue;
    }
    let hasIndex = false;
    for (const entry of (await readdir(centreDir, { withFileTypes: true })).sort((x, y) => x.name.localeCompare(y.name))) {
      const path = join(centreDir, entry.name);
      if (skipEntry(entry, path, problems, rel)) continue;
      if (entry.isDirectory()) {
        if (entry.name === PHOTO_FOLDER) continue;
        const kind = SECTION_FOLDERS[entry.name as keyof typeof SECTION_FOLDERS];
        if (!kind) {
          problems.push({
            file: rel(path),
            message: b(`Folder "${entry.name}" tidak dikenal.`, `The folder "${entry.name}" is not known.`),
            fix: b("di dalam folder sentra hanya boleh ada pengrajin/, acara/ dan foto/.", "a centre folder holds only pengrajin/, acara/ and foto/."),
          });
          continue;
        }
        await discoverSection(path, kind, centreSlug, files, problems, rel);
        continue;
      }
      const parsed = parseEntryName(entry.name);
      if (parsed && parsed.slug === "index") {
        hasIndex ||= parsed.role === "main";
        files.push({ path, file: rel(path), kind: "centre", role: parsed.role, lang: parsed.lang, centreSlug, slug: centreSlug });
      } else if (parsed) {
        problems.push({
          file: rel(path),
          message: b("Berkas Markdown ini tidak berada di tempat yang dikenal.", "This Markdown file is not in a known place."),
          fix: b("data sentra ada di index.md; usaha di pengrajin/, acara di acara/.", "the centre is index.md; businesses go in pengrajin/, events in acara/."),
        });
      } else problems.push(strayFileProblem(rel(path), entry.name, "centre"));
    }
    // A symlinked or misnamed index.md has its own problem already; "no index.md" would contradict it.
    if (!hasIndex && !problems.some((p) => p.file === `${rel(centreDir)}/index.md`))
      problems.push({
        file: `${rel(centreDir)}/index.md`,
        message: b("Sentra ini tidak punya berkas index.md.", "This centre has no index.md file."),
        fix: b("buat index.md berisi data sentra (nama, alamat, jam buka, ...).", "create index.md with the centre's details (name, address, opening hours, ...)."),
      });
  }
  return { files, problems };
}

async function discoverSection(
  dir: string,
  kind: "business" | "event",
  centreSlug: string,
  files: ContentFile[],
  problems: Problem[],
  rel: (p: string) => string,
): Promise<void> {
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((x, y) => x.name.localeCompare(y.name))) {
    const path = join(dir, entry.name);
    if (skipEntry(entry, path, problems, rel)) continue;
    const parsed = entry.isFile() ? parseEntryName(entry.name) : undefined;
    if (!parsed) {
      const markdown = entry.isFile() ? markdownNamed(entry.name) : undefined;
      problems.push({
        file: rel(path),
        message: b("Hanya berkas .md yang boleh ada di folder ini.", "Only .md files belong in this folder."),
        fix: markdown
          ? b(`ganti namanya menjadi "${markdown}".`, `rename it to "${markdown}".`)
          : b("foto disimpan di folder foto/ milik sentra; folder lain tidak dipakai.", "photos go in the centre's foto/ folder; other folders are not used."),
      });
      continue;
    }
    if (!SLUG_PATTERN.test(parsed.slug)) {
      problems.push(slugProblem(rel(path), parsed.slug, { id: "berkas", en: "file" }));
      continue;
    }
    files.push({ path, file: rel(path), kind, role: parsed.role, lang: parsed.lang, centreSlug, slug: parsed.slug });
  }
}
