import Eleventy from "@11ty/eleventy";
import { join } from "node:path";
import { configureEleventy, TEMPLATES_DIR } from "../../.eleventy.ts";
import { BuildFailedError } from "../problems/problem.ts";
import type { SiteModel } from "../site/model.ts";

/** Renders the validated site model into `outDir` with Eleventy. */
export async function renderSite(site: SiteModel, outDir: string, projectRoot: string): Promise<void> {
  const eleventy = new Eleventy(join(projectRoot, TEMPLATES_DIR), outDir, {
    quietMode: true,
    config: (config) => configureEleventy(config, site),
  });
  try {
    await eleventy.write();
  } catch (error) {
    throw new BuildFailedError(`Eleventy could not render the site: ${(error as Error).message}`, { cause: error });
  }
}
