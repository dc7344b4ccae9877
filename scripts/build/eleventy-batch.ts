/**
 * `ETALASE_RENDERER=eleventy`: the pages of a batch of centres rendered by Eleventy itself
 * (programmatic API, `.eleventy.ts`'s `configureEleventy`), instead of scripts/build/templates.ts.
 * Same outputs, byte for byte (tests/renderer.test.ts); the default stays the own renderer.
 *
 * Measured on synthetic centres, Eleventy 3.1.8 ÷ own renderer, one batch of 6 centres in one
 * process (as a build worker runs it): CPU ×1.15–1.18, peak RSS ×1.13–1.19, wall ×1.08–1.36; over
 * a worker's life (6 batches of 6) peak RSS ×1.31–1.37, and at 20 centres a batch ×1.5, because
 * Eleventy renders every page of a run into memory before it writes the first one.
 *
 * How the batch is cut out of the site: Eleventy paginates over the site model's `pages`, so it
 * gets a view of the model whose `pages` are the batch's only, and the templates that write no
 * page of the batch (directory, sitemap, assets, open data, robots) are ignored, as are the
 * passthrough copies; everything else is the site model the own renderer uses.
 */
import Eleventy from "@11ty/eleventy";
import { join, relative } from "node:path";
import { configureEleventy, TEMPLATES_DIR } from "../../.eleventy.ts";
import { BuildFailedError } from "../problems/problem.ts";
import type { SiteModel } from "../site/model.ts";
import { ownedBy, scanHtml, type UnsafeOutput } from "./scan.ts";
import { loadTemplates, outputFile, type Output } from "./templates.ts";

/** Renders `outputs` (every output of some centres, from listOutputs) with Eleventy into `dirOf(centre)`. */
export async function renderWithEleventy(outputs: readonly Output[], site: SiteModel, dirOf: (centre: string) => string, projectRoot: string, unsafe: UnsafeOutput[], written: (output: Output, file: string) => void): Promise<void> {
  // One Eleventy run per output folder (a build gives every centre the same one).
  const byDir = new Map<string, Output[]>();
  for (const output of outputs) byDir.set(dirOf(output.centre!), [...(byDir.get(dirOf(output.centre!)) ?? []), output]);
  const allTemplates = (await loadTemplates(projectRoot)).map((t) => t.file);
  const allowed = ownedBy(site);

  for (const [outDir, mine] of byDir) {
    const centres = new Set(mine.map((o) => o.centre));
    const used = new Set(mine.map((o) => o.template.file));
    // A view, not a copy: SiteModel keeps no private state, so every getter and method works on it.
    const view: SiteModel = Object.create(site, { pages: { value: site.pages.filter((p) => "centre" in p && centres.has(p.centre.slug)) } });
    const eleventy = new Eleventy(join(projectRoot, TEMPLATES_DIR), outDir, {
      quietMode: true,
      config: (config) => {
        configureEleventy(config, view);
        // Both are fields of Eleventy's UserConfig that its type declarations leave out
        // (`ignores` is documented: https://www.11ty.dev/docs/ignores/#configuration-api).
        const fields = config as unknown as { passthroughCopies: Record<string, unknown>; ignores: Set<string> };
        for (const from of Object.keys(fields.passthroughCopies)) delete fields.passthroughCopies[from];
        // Ignores are relative to the working directory, as Eleventy's own are.
        for (const file of allTemplates) if (!used.has(file)) fields.ignores.add(relative(process.cwd(), join(projectRoot, file)));
      },
    });
    // Eleventy prints its own errors with a stack trace even in quiet mode (scripts/build/render.ts).
    eleventy.disableLogger();
    let results: { outputPath: string | false; content: string | Buffer }[];
    try {
      [, results] = (await eleventy.write()) as unknown as [unknown, typeof results];
    } catch (error) {
      throw new BuildFailedError(`Eleventy could not render the site: ${(error as Error).message}`, { cause: error });
    }
    const content = new Map(results.filter((r) => r.outputPath).map((r) => [relative(outDir, r.outputPath as string), r.content]));
    for (const output of mine) {
      const file = outputFile(output);
      if (file === undefined) continue;
      const html = content.get(file);
      if (html === undefined) throw new BuildFailedError(`Eleventy did not write ${file}, which scripts/build/templates.ts lists for ${output.template.file}`);
      content.delete(file);
      if (file.endsWith(".html") && typeof html === "string") for (const what of scanHtml(html, allowed)) unsafe.push({ page: file, what });
      written(output, file);
    }
    if (content.size) throw new BuildFailedError(`Eleventy wrote files that scripts/build/templates.ts does not list: ${[...content.keys()].slice(0, 5).join(", ")}`);
  }
}
