/**
 * /admin/: Decap CMS served by the site itself. The bundle comes from the decap-cms npm package
 * (an Eleventy passthrough copy, never a CDN), the page and config.yml are generated here from
 * the schemas, so the strict Content-Security-Policy can name only our own origin.
 */
import { readdirSync } from "node:fs";
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { hostOfBuild, metaPolicy, SOURCE_FILE } from "../site/headers-file.ts";
import { loadSettings } from "../site/settings.ts";
import { cmsOptionsFor } from "./centres.ts";
import { cmsConfigYaml, type CmsOptions } from "./config.ts";
import { cmsRepository, NO_REPOSITORY_WARNING } from "./repository.ts";
import { cmsSignIn, decapSignInOptions, needsSignInProxy, NO_SIGN_IN_WARNING } from "./sign-in.ts";

declare module "@11ty/eleventy" {
  // Eleventy's build events (https://www.11ty.dev/docs/events/); scripts/types/eleventy.d.ts lists the rest.
  interface UserConfig {
    on(
      event: "eleventy.after",
      handler: (info: { directories: { output: string } }) => Promise<void> | void,
    ): void;
  }
}

export const ADMIN_FOLDER = "admin";
const CLIENT_SCRIPT = join(import.meta.dirname, "client", "etalase-cms.js");

/** The decap-cms build: the main file, its lazily loaded chunks and WebAssembly (no source maps, no second copy). */
export function decapBundle(): { dir: string; files: string[] } {
  const dir = join(
    dirname(createRequire(import.meta.url).resolve("decap-cms/package.json")),
    "dist",
  );
  const files = readdirSync(dir)
    .filter(
      (name) =>
        name === "decap-cms.js" || /^\d+\.decap-cms\.js$/.test(name) || name.endsWith(".wasm"),
    )
    .sort();
  return { dir, files };
}

/**
 * The page has no inline script or style: the CSP for /admin/ (templates/static/_headers) allows
 * scripts from this origin only. Module scripts run in order after parsing, so the locale and
 * the backend filter in etalase-cms.js are registered before Decap reads config.yml. `policy`,
 * for a host that sends no headers (GitHub Pages), goes first in <head> as a meta tag.
 */
export function adminPage(policy?: string): string {
  const tag = policy
    ? `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}">\n`
    : "";
  return `<!doctype html>
<html lang="id">
<head>
${tag}<meta charset="utf-8">
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
}

/** The page as served where the host sends the /admin/* headers. */
export const ADMIN_PAGE = adminPage();

/** Writes the generated part of /admin/ (page, config, our script) into a built site. */
export async function writeAdminFiles(
  siteDir: string,
  options: CmsOptions,
  policy?: string,
): Promise<void> {
  const dir = join(siteDir, ADMIN_FOLDER);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "index.html"), adminPage(policy));
  await writeFile(join(dir, "config.yml"), cmsConfigYaml(options));
  await copyFile(CLIENT_SCRIPT, join(dir, "etalase-cms.js"));
}

/** Writes all of /admin/, the Decap bundle included, for a site built without Eleventy's passthrough. */
export async function writeAdmin(
  siteDir: string,
  options: CmsOptions,
  policy?: string,
): Promise<void> {
  await writeAdminFiles(siteDir, options, policy);
  const bundle = decapBundle();
  await Promise.all(
    bundle.files.map((name) => copyFile(join(bundle.dir, name), join(siteDir, ADMIN_FOLDER, name))),
  );
}

const warn = (message: { id: string; en: string }) =>
  process.stderr.write(`⚠ ${message.id}\n⚠ ${message.en}\n`);

/**
 * /admin/ for a published site, saving to the repository the settings or the host name
 * (scripts/cms/repository.ts) and signing in through the proxy the settings name
 * (scripts/cms/sign-in.ts). With no repository, the site goes out without /admin/ and one warning
 * says which setting to add; on a host that needs a proxy and has none, /admin/ goes out and one
 * warning says staff cannot sign in yet. Returns whether /admin/ was written.
 */
export async function publishAdmin(
  siteDir: string,
  contentDir: string,
  projectRoot = process.cwd(),
  env: NodeJS.ProcessEnv = process.env,
): Promise<boolean> {
  const settings = loadSettings(projectRoot, env);
  const repository = cmsRepository(env, settings);
  if (!repository) {
    warn(NO_REPOSITORY_WARNING);
    return false;
  }
  const signIn = cmsSignIn(env, settings);
  const host = hostOfBuild(env, settings);
  if (!signIn && needsSignInProxy(host)) warn(NO_SIGN_IN_WARNING);
  // GitHub Pages sends no _headers: there the page carries the /admin/* policy itself.
  const policy =
    host === "github-pages"
      ? metaPolicy(await readFile(SOURCE_FILE, "utf8"), "/admin/*")
      : undefined;
  await writeAdmin(
    siteDir,
    {
      ...(await cmsOptionsFor(contentDir, projectRoot)),
      backend: {
        name: "github",
        repo: repository.repo,
        branch: repository.branch,
        ...decapSignInOptions(signIn),
      },
    },
    policy,
  );
  return true;
}
