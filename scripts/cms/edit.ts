/**
 * `npm run edit [-- --content DIR --port N --work DIR]`: the CMS against the files on this computer, for staff
 * without a Git host account. One address serves the CMS (/admin/), decap-server (which reads and
 * writes the content folder) and a preview of the site, rebuilt after every save with the build
 * cache (scripts/pipeline/cache.ts), so only the centres a save changed are rendered again. A save
 * that leaves a problem keeps the last good preview, with the report on top of each page.
 */
import { existsSync, watch } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { buildSite } from "../pipeline/build.ts";
import { ContentProblemsError, bilingual, type Problem } from "../problems/problem.ts";
import { formatReport } from "../problems/report.ts";
import { problemsPanel, withPanel } from "../preview/last-good.ts";
import { writeAdmin } from "./admin.ts";
import { cmsOptionsFor } from "./centres.ts";
import { cmsConfigYaml } from "./config.ts";
import { serveEditor, startDecapServer } from "./server.ts";
import { EDIT } from "../cli/commands.ts";
import { parseCommandLine } from "../cli/options.ts";

const { values } = parseCommandLine(EDIT);
const projectRoot = process.cwd();
const contentDir = resolve(values.content);
// decap-server serves one folder; the CMS names files relative to it. Content outside the
// project (another checkout, a USB stick) is served from its parent folder.
const repoRoot = contentDir.startsWith(projectRoot + sep) ? projectRoot : dirname(contentDir);
const cmsContent = relative(repoRoot, contentDir);
// The preview and the CMS page are built here, never in _site/.
const work = resolve(values.work);
const siteDir = join(work, "_site");
const adminRoot = join(work, "admin-root");

let problems: readonly Problem[] = [];
let building: Promise<void> | undefined;
let again = false;

async function buildOnce(): Promise<void> {
  const started = performance.now();
  try {
    await buildSite({ contentDir, outDir: siteDir, projectRoot, cacheDir: join(work, "cache") });
    problems = [];
    console.log(
      `etalase edit: pratinjau diperbarui / preview updated (${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
  } catch (error) {
    if (!(error instanceof ContentProblemsError)) throw error;
    problems = error.problems;
    process.stderr.write(
      formatReport(error.problems, {
        headline: bilingual("Pratinjau belum diperbarui", "Preview not updated"),
        after: bilingual(
          "Halaman terakhir yang benar tetap tampil, dengan laporan ini di atasnya.",
          "The last good pages stay on screen, with this report on top.",
        ),
      }),
    );
  }
}

/** One rebuild at a time; changes during a rebuild make one more afterwards. */
function rebuild(): void {
  if (building) {
    again = true;
    return;
  }
  building = buildOnce()
    .catch((error: unknown) => console.error(`etalase edit: ${(error as Error).message}`))
    .finally(() => {
      building = undefined;
      if (again) {
        again = false;
        rebuild();
      }
    });
}

await writeAdmin(adminRoot, await cmsOptionsFor(cmsContent, repoRoot));
rebuild();
await building;
const api = await startDecapServer(repoRoot);
const editor = await serveEditor({
  adminRoot,
  api: api.origin,
  port: values.port,
  headersFile: join(projectRoot, "templates/static/_headers"),
  siteDir: () => (existsSync(join(siteDir, "index.html")) ? siteDir : undefined),
  html: (page) => (problems.length ? withPanel(page, problemsPanel(problems, true)) : page),
  // Every save and delete is checked first: the CMS never writes what `npm run check` refuses.
  guard: { repoRoot, contentDir: cmsContent, stageRoot: join(work, "stage") },
  config: async (localBackend) =>
    cmsConfigYaml({ ...(await cmsOptionsFor(cmsContent, repoRoot)), localBackend }),
});
// Every change rebuilds the preview: a save in the CMS (decap-server writes the file) as well as
// an edit in a text editor.
let timer: NodeJS.Timeout | undefined;
const watcher = watch(contentDir, { recursive: true }, () => {
  clearTimeout(timer);
  timer = setTimeout(rebuild, 300);
});

console.log(
  [
    "",
    `  Buka ${editor.origin}/admin/ untuk mengubah konten; pratinjau situs ada di ${editor.origin}/`,
    `  Open ${editor.origin}/admin/ to edit the content; the site preview is at ${editor.origin}/`,
    `  Berkas yang diubah / files written: ${relative(projectRoot, contentDir) || "."}/  (Ctrl+C untuk berhenti / to stop)`,
    "",
  ].join("\n"),
);

async function stop(): Promise<void> {
  watcher.close();
  await editor.close();
  await api.close();
  process.exit(0);
}
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
