/**
 * Reads `etalase.config.json` at the project root (the folder where `npm run` runs), or the file
 * ETALASE_SETTINGS names (several sites from one checkout; the tests), checks it against
 * scripts/schema/settings.ts and reports mistakes as content problems (file, line, field, fix).
 * The file is optional; flags and environment variables come before it.
 */
import { readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { validate } from "../content/validate.ts";
import {
  bilingual as b,
  ContentProblemsError,
  type Bilingual,
  type Problem,
} from "../problems/problem.ts";
import { settingsSchema, type Settings } from "../schema/settings.ts";

export const SETTINGS_FILE = "etalase.config.json";
const MAX_BYTES = 16 * 1024;

/** The 1-based line of a field: each key of the path looked for below the line of the one before. */
function lineIndex(text: string): (path: readonly PropertyKey[]) => number | undefined {
  const lines = text.split("\n");
  return (path) => {
    let at = 0;
    for (const key of path) {
      const pattern = new RegExp(`"${String(key).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"\\s*:`);
      const found = lines.findIndex((line, i) => i >= at && pattern.test(line));
      if (found < 0) break;
      at = found;
    }
    return at + 1;
  };
}

/** JSON.parse says where it stopped as "position N"; the line a person can look at. */
function syntaxProblem(error: Error, text: string, file: string): Problem {
  const position = Number(/position (\d+)/.exec(error.message)?.[1] ?? NaN);
  return {
    file,
    ...(Number.isFinite(position) ? { line: text.slice(0, position).split("\n").length } : {}),
    message: b(
      "Berkas pengaturan ini bukan JSON yang benar.",
      "This settings file is not valid JSON.",
    ),
    fix: b(
      'periksa tanda kutip, koma dan kurung kurawal di sekitar baris ini: setiap nilai teks di antara tanda kutip ("..."), koma di antara kolom tetapi tidak sesudah kolom terakhir. Atau buat ulang berkasnya dengan npm run setup -- --force.',
      'check the quotes, commas and braces around this line: every text value in quotes ("..."), a comma between fields but none after the last. Or write the file again with npm run setup -- --force.',
    ),
  };
}

const fileProblem = (file: string, message: Bilingual, fix: Bilingual): Problem => ({
  file,
  message,
  fix,
});

/** The settings in `text`, or every problem with them. */
export function parseSettings(
  text: string,
  file = SETTINGS_FILE,
): { ok: true; settings: Settings } | { ok: false; problems: Problem[] } {
  const clean = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (clean.length > MAX_BYTES)
    return {
      ok: false,
      problems: [
        fileProblem(
          file,
          b(
            `Berkas pengaturan terlalu besar (paling besar ${MAX_BYTES / 1024} KB).`,
            `The settings file is too large (at most ${MAX_BYTES / 1024} KB).`,
          ),
          b(
            "buat ulang dengan npm run setup -- --force.",
            "write it again with npm run setup -- --force.",
          ),
        ),
      ],
    };
  if (clean.trim() === "")
    return {
      ok: false,
      problems: [
        fileProblem(
          file,
          b("Berkas pengaturan ini kosong.", "This settings file is empty."),
          b(
            "isi dengan npm run setup, atau hapus berkasnya.",
            "fill it in with npm run setup, or delete the file.",
          ),
        ),
      ],
    };
  let data: unknown;
  try {
    data = JSON.parse(clean);
  } catch (error) {
    return { ok: false, problems: [syntaxProblem(error as Error, clean, file)] };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data))
    return {
      ok: false,
      problems: [
        {
          ...fileProblem(
            file,
            b(
              "Berkas pengaturan harus berisi kolom-kolom di antara { dan }.",
              "The settings file must hold fields between { and }.",
            ),
            b(
              'tulis misalnya { "name": "Etalase IKM Kabupaten Pesawaran" }.',
              'write for example { "name": "Etalase IKM Kabupaten Pesawaran" }.',
            ),
          ),
          line: 1,
        },
      ],
    };
  const checked = validate(settingsSchema, { data, body: "", lineOf: lineIndex(clean) }, file);
  return checked.ok
    ? { ok: true, settings: checked.value }
    : { ok: false, problems: checked.problems };
}

const loaded = new Map<string, Settings>();

/** The settings file of a project: ETALASE_SETTINGS (relative to the project) or etalase.config.json in it. */
export function settingsFile(
  projectRoot: string = process.cwd(),
  env: NodeJS.ProcessEnv = process.env,
): string {
  return resolve(projectRoot, env.ETALASE_SETTINGS?.trim() || SETTINGS_FILE);
}

/**
 * The settings of the project at `projectRoot`: empty when there is no settings file; a file with
 * mistakes throws ContentProblemsError, so the command stops with the report before any work.
 * Read once per process and file.
 */
export function loadSettings(
  projectRoot: string = process.cwd(),
  env: NodeJS.ProcessEnv = process.env,
): Settings {
  const path = settingsFile(projectRoot, env);
  const known = loaded.get(path);
  if (known) return known;
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    loaded.set(path, {});
    return {};
  }
  const parsed = parseSettings(text, relative(projectRoot, path).split("\\").join("/"));
  if (!parsed.ok) throw new ContentProblemsError(parsed.problems);
  loaded.set(path, parsed.settings);
  return parsed.settings;
}

/** The site's name from the settings, else the dictionary's word for it (`fallback`). */
export function siteName(fallback: string): string {
  return loadSettings().name ?? fallback;
}
