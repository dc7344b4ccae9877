import Eleventy from "@11ty/eleventy";
import { copyFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { configureEleventy, TEMPLATES_DIR } from "../../.eleventy.ts";
import { BuildFailedError } from "../problems/problem.ts";
import type { SiteModel } from "../site/model.ts";
import { ownedBy, scanSite, unsafeOutputError } from "./scan.ts";

/** Renders the validated site model into `outDir` with Eleventy, and copies in the photos it uses. */
export async function renderSite(site: SiteModel, outDir: string, projectRoot: string, imageCacheDir: string): Promise<void> {
  const eleventy = new Eleventy(join(projectRoot, TEMPLATES_DIR), outDir, {
    quietMode: true,
    config: (config) => configureEleventy(config, site),
  });
  // Eleventy prints its own errors with a stack trace even in quiet mode; ours say it for people.
  eleventy.disableLogger();
  try {
    await eleventy.write();
    await mkdir(join(outDir, "img"), { recursive: true });
    await Promise.all(site.photos.files.map((name) => copyFile(join(imageCacheDir, name), join(outDir, "img", name))));
  } catch (error) {
    throw new BuildFailedError(`Eleventy could not render the site: ${(error as Error).message}`, { cause: error });
  }
  const unsafe = await scanSite(outDir, ownedBy(site));
  if (unsafe.length) throw unsafeOutputError(unsafe);
}
