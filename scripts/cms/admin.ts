/**
 * /admin/: Decap CMS served by the site itself. The bundle comes from the decap-cms npm package
 * (an Eleventy passthrough copy, never a CDN), the page and config.yml are generated here from
 * the schemas, so the strict Content-Security-Policy can name only our own origin.
 */
import { readdirSync } from "node:fs";
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import { loadSettings } from "../site/settings.ts";
import { cmsOptionsFor } from "./centres.ts";
import { cmsConfigYaml, type CmsOptions } from "./config.ts";
import { cmsRepository, NO_REPOSITORY_WARNING } from "./repository.ts";

declare module "@11ty/eleventy" {
  // Eleventy's build events (https://www.11ty.dev/docs/events/); scripts/types/eleventy.d.ts lists the rest.
  interface UserConfig {
    on(event: "eleventy.after", handler: (info: { directories: { output: string } }) => Promise<void> | void): void;
  }
}

export const ADMIN_FOLDER = "admin";
const CLIENT_SCRIPT = join(import.meta.dirname, "client", "etalase-cms.js");

/** The decap-cms build: the main file, its lazily loaded chunks and WebAssembly (no source maps, no second copy). */
export function decapBundle(): { dir: string; files: string[] } {
  const dir = join(dirname(createRequire(import.meta.url).resolve("decap-cms/package.json")), "dist");
  const files = readdirSync(dir).filter((name) => name === "decap-cms.js" || /^\d+\.decap-cms\.js$/.test(name) || name.endsWith(".wasm")).sort();
  return { dir, files };
}

/**
 * The page has no inline script or style: the CSP for /admin/ (templates/static/_headers) allows
 * scripts from this origin only. Module scripts run in order after parsing, so the locale and
 * the backend filter in etalase-cms.js are registered before Decap reads config.yml.
 */
export const ADMIN_PAGE = `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Pengelola konten Etalase</title>
<link rel="cms-config-url" type="text/yaml" href="config.yml">
<script type="module" src="decap-cms.js"></script>
<script type="module" src="etalase-cms.js"></script>
</head>
<body>
<noscript>Pengelola konten memerlukan JavaScript. / The content editor needs JavaScript.</noscript>
</body>
</html>
`;

/** Writes the generated part of /admin/ (page, config, our script) into a built site. */
export async function writeAdminFiles(siteDir: string, options: CmsOptions): Promise<void> {
  const dir = join(siteDir, ADMIN_FOLDER);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "index.html"), ADMIN_PAGE);
  await writeFile(join(dir, "config.yml"), cmsConfigYaml(options));
  await copyFile(CLIENT_SCRIPT, join(dir, "etalase-cms.js"));
}

/** Writes all of /admin/, the Decap bundle included, for a site built without Eleventy's passthrough. */
export async function writeAdmin(siteDir: string, options: CmsOptions): Promise<void> {
  await writeAdminFiles(siteDir, options);
  const bundle = decapBundle();
  await Promise.all(bundle.files.map((name) => copyFile(join(bundle.dir, name), join(siteDir, ADMIN_FOLDER, name))));
}

/**
 * /admin/ for a published site, saving to the repository the settings or the host name
 * (scripts/cms/repository.ts). With none, the site goes out without /admin/ and one warning
 * says which setting to add. Returns whether /admin/ was written.
 */
export async function publishAdmin(siteDir: string, contentDir: string, projectRoot = process.cwd(), env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const repository = cmsRepository(env, loadSettings(projectRoot));
  if (!repository) {
    process.stderr.write(`⚠ ${NO_REPOSITORY_WARNING.id}\n⚠ ${NO_REPOSITORY_WARNING.en}\n`);
    return false;
  }
  await writeAdmin(siteDir, { ...(await cmsOptionsFor(contentDir, projectRoot)), backend: { name: "github", repo: repository.repo, branch: repository.branch } });
  return true;
}

/**
 * Adds /admin/ to an Eleventy build: the bundle as a passthrough copy, the rest written once the
 * pages are. `options` is asked for at the end of each build, so a preview picks up a new centre.
 */
export function addAdminToEleventy(config: UserConfig, options: () => Promise<CmsOptions>): void {
  const bundle = decapBundle();
  const from = relative(process.cwd(), bundle.dir).split("\\").join("/");
  for (const name of bundle.files) config.addPassthroughCopy({ [`${from}/${name}`]: `${ADMIN_FOLDER}/${name}` });
  config.on("eleventy.after", async ({ directories }) => writeAdminFiles(directories.output, await options()));
}
