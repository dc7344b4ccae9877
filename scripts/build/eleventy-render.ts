/**
 * Eleventy renders the build's pages: each batch of centres is one run of Eleventy's programmatic
 * API with `.eleventy.ts`'s `configureEleventy`, in the worker that has the batch. Eleventy holds
 * every page of a run in memory before it writes the first, so a run is a batch of centres, never
 * the site; that is how the build stays in bounded memory. For the same reason the site-wide
 * files, whose size grows with the site, are written by the direct renderer (render-parts.ts).
 *
 * How a share is cut out of the site: the templates paginate over the site model's `pages`, so
 * Eleventy gets a view of the model with the share's pages only (SiteModel.withPagesOnly), and the
 * templates that write nothing of the share are ignored. Which outputs a share has comes from
 * scripts/build/templates.ts, which reads the same templates and is checked against what Eleventy
 * wrote here. The passthrough copy (templates/static/) is left to the site-wide pass.
 *
 * ETALASE_RENDERER=direct renders with scripts/build/templates.ts instead (for comparison). Measured
 * on synthetic centres, Eleventy 3.1.8 ÷ direct, one batch of 6 centres in one process: CPU
 * ×1.15–1.18, peak RSS ×1.13–1.19, wall ×1.08–1.36; over a worker's life (6 batches of 6) peak RSS
 * ×1.31–1.37. Both write the same bytes (tests/renderer.test.ts).
 */
import Eleventy from "@11ty/eleventy";
import { join, relative } from "node:path";
import { configureEleventy, TEMPLATES_DIR } from "../../.eleventy.ts";
import { BuildFailedError } from "../problems/problem.ts";
import type { SiteModel } from "../site/model.ts";
import { ownedBy, scanHtml, type UnsafeOutput } from "./scan.ts";
import { outputFile, templatesOf, type Output } from "./templates.ts";

export const RENDERER: "eleventy" | "direct" = process.env.ETALASE_RENDERER === "direct" ? "direct" : "eleventy";

/**
 * Renders `outputs` (from listOutputs) with Eleventy into `outDir`; `view` is the site model with
 * the pages of these outputs only. Each HTML page is scanned as the direct renderer scans it.
 */
export async function renderWithEleventy(outputs: readonly Output[], view: SiteModel, outDir: string, projectRoot: string, unsafe: UnsafeOutput[], written: (output: Output, file: string) => void): Promise<void> {
  const allTemplates = (await templatesOf(projectRoot)).map((t) => t.file);
  const used = new Set(outputs.map((o) => o.template.file));
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
  const allowed = ownedBy(view);
  for (const output of outputs) {
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
