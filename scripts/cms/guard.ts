/**
 * The local editor's promise that the CMS never writes a file `npm run check` refuses: before
 * decap-server writes or deletes anything, the change is made on a copy of the centres it touches
 * and checked there; a change that adds a problem is refused with the check's own words.
 * Problems that were there before the change do not block it, so staff can fix one at a time.
 */
import { translationLanguages } from "../content/languages.ts";
import { randomUUID } from "node:crypto";
import { copyFile, link, mkdir, readdir, rm, unlink, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { dirname, join, posix } from "node:path";
import { checkContent } from "../content/check.ts";
import { bilingual as b, type Problem } from "../problems/problem.ts";
import { formatProblem } from "../problems/report.ts";

/** What one request to decap-server would do, in paths relative to the folder it serves. */
export interface Change {
  readonly writes: ReadonlyMap<string, Buffer>;
  readonly deletes: readonly string[];
}

interface Asset {
  path: string;
  content: string;
  encoding: BufferEncoding;
}
interface DataFile {
  path: string;
  raw: string;
  newPath?: string;
}

/** The change a decap-server request makes, or undefined for one that only reads. */
export function changeOf(body: {
  action?: string;
  params?: Record<string, any>;
}): Change | undefined {
  const params = body.params ?? {};
  const writes = new Map<string, Buffer>();
  const deletes: string[] = [];
  switch (body.action) {
    case "persistEntry": {
      const files: DataFile[] = params.dataFiles ?? [params.entry];
      for (const file of files) {
        writes.set(file.newPath ?? file.path, Buffer.from(file.raw, "utf8"));
        if (file.newPath && file.newPath !== file.path) deletes.push(file.path);
      }
      for (const asset of (params.assets ?? []) as Asset[])
        writes.set(asset.path, Buffer.from(asset.content, asset.encoding));
      return { writes, deletes };
    }
    case "persistMedia": {
      const asset = params.asset as Asset;
      writes.set(asset.path, Buffer.from(asset.content, asset.encoding));
      return { writes, deletes };
    }
    case "deleteFile":
      return { writes, deletes: [params.path as string] };
    case "deleteFiles":
      return { writes, deletes: params.paths as string[] };
    default:
      return undefined;
  }
}

const ENTRY = /^(.*\/(?:pengrajin|acara)\/[^/]+)\.md$/;

/**
 * An entry goes with its translations: deleting `pengrajin/<slug>.md` deletes `<slug>.en.md` (and
 * each other language's) too (the CMS lists translations elsewhere, and alone one stops the build).
 */
export function withTranslations(change: Change, repoRoot: string): Change {
  const endings = translationLanguages().map(({ code }) => `.${code}.md`);
  const extra = change.deletes.flatMap((path) => {
    const match = ENTRY.exec(path);
    if (!match || endings.some((ending) => path.endsWith(ending))) return [];
    return endings
      .map((ending) => `${match[1]}${ending}`)
      .filter(
        (translation) =>
          existsSync(join(repoRoot, translation)) && !change.deletes.includes(translation),
      );
  });
  return extra.length ? { writes: change.writes, deletes: [...change.deletes, ...extra] } : change;
}

/** The centre folders (relative to the repository) a change touches, or a problem for a path outside them. */
function centresOf(change: Change, contentRel: string): { centres: string[]; outside: string[] } {
  const centres = new Set<string>();
  const outside: string[] = [];
  for (const path of [...change.writes.keys(), ...change.deletes]) {
    const rest = posix.relative(contentRel || ".", path);
    const [centre, ...inside] = rest.split("/");
    if (!centre || rest.startsWith("..") || centre.startsWith(".") || inside.length === 0)
      outside.push(path);
    else centres.add(centre);
  }
  return { centres: [...centres].sort(), outside };
}

/** A copy of one centre folder: text files copied, photos linked (never written through). */
async function mirror(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) await mirror(source, target);
    else if (entry.isFile()) {
      if (entry.name.endsWith(".md")) await copyFile(source, target);
      else await link(source, target).catch(() => copyFile(source, target));
    }
  }
}

const keyOf = (p: Problem) => `${p.file}\u0000${p.field ?? ""}\u0000${p.message.id}`;

/**
 * The problems `npm run check` would find after the change and not before, in the files as they
 * are named in the repository. `stageRoot` is a scratch folder, best on the same disk as the content.
 */
export async function newProblems(
  change: Change,
  repoRoot: string,
  contentRel: string,
  stageRoot: string,
): Promise<Problem[]> {
  const { centres, outside } = centresOf(change, contentRel);
  const problems: Problem[] = outside.map((file) => ({
    file,
    message: b(
      "Berkas ini berada di luar folder sebuah sentra.",
      "This file is outside any centre's folder.",
    ),
    fix: b(
      "unggah foto dari formulir sentra, usaha atau acara (tombol Pilih foto), bukan dari menu Foto.",
      "upload photos from the centre, business or event form (the Choose photo button), not from the Photos menu.",
    ),
  }));
  if (problems.length || centres.length === 0) return problems;
  const stage = join(stageRoot, randomUUID());
  try {
    for (const centre of centres) {
      const real = join(repoRoot, contentRel, centre);
      if (existsSync(real)) await mirror(real, join(stage, contentRel, centre));
    }
    const check = () => checkContent(join(stage, contentRel), stage).then((r) => r.problems);
    const before = new Set((await check()).map(keyOf));
    for (const path of change.deletes) await rm(join(stage, path), { force: true });
    for (const [path, bytes] of change.writes) {
      const target = join(stage, path);
      await mkdir(dirname(target), { recursive: true });
      await unlink(target).catch(() => undefined); // a linked photo: replace the link, never the original
      await writeFile(target, bytes);
    }
    return (await check()).filter((p) => !before.has(keyOf(p)));
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}

/** The refusal as the CMS shows it (in a notice after "Gagal menyimpan:"): the check's own report lines. */
export function refusal(problems: readonly Problem[]): string {
  const head =
    "Tidak disimpan, karena npm run check akan menolaknya / Not saved, because npm run check would refuse it:";
  return [head, ...problems.map(formatProblem)].join("\n");
}
