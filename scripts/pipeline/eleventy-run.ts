/**
 * One Eleventy run over a share of the site (scripts/site/model.ts `Share`) with the project's own
 * `.eleventy.ts`: the same `configureEleventy` as `npm start`, so a plugin, filter or transform
 * added there works in every build. A build runs it once per batch of centres, in a worker
 * process, and once for the site-wide share: Eleventy holds every page of a run in memory before
 * it writes, so a run is a batch, never the site.
 */
import Eleventy from "@11ty/eleventy";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { BuildFailedError } from "../problems/problem.ts";
import type { SiteModel } from "../site/model.ts";
import type { PageKind } from "../site/pages.ts";

declare module "@11ty/eleventy" {
  interface UserConfig {
    /** Data of each output that Eleventy returns with it (https://www.11ty.dev/docs/usage/#to-json). */
    readonly dataFilterSelectors: Set<string>;
    /** Eleventy's timings (src/Benchmark/BenchmarkManager.js). */
    readonly benchmarkManager?: {
      setVerboseOutput(verbose: boolean): void;
      getAll(): Record<string, { setIsVerbose(verbose: boolean): void }>;
    };
  }
}

/** One file Eleventy wrote, relative to the site, with the centre that owns it (a page's `owner`). */
export interface Written {
  readonly file: string;
  readonly owner: string | undefined;
  /** The kind of the page it was made from (a calendar or feed: its centre's page). */
  readonly kind: PageKind | undefined;
  readonly content: string | Buffer;
}

export interface EleventyRun {
  readonly written: readonly Written[];
  /** Files of the site-wide share written on `eleventy.after`: sitemap, open data, passthrough copies. */
  readonly otherFiles: readonly string[];
}

type ProjectConfig = typeof import("../../.eleventy.ts");

/** The project's `.eleventy.ts`, as Eleventy's own command line reads it from the project folder. */
function projectConfig(projectRoot: string): Promise<ProjectConfig> {
  return import(pathToFileURL(join(projectRoot, ".eleventy.ts")).href) as Promise<ProjectConfig>;
}

interface Result {
  readonly outputPath: string | false;
  readonly content: string | Buffer;
  readonly data?: { readonly route?: { readonly owner?: string; readonly kind?: PageKind } };
}
interface CopyResult {
  readonly map?: Record<string, string>;
}

/** Renders `site`'s share into `outDir`; throws BuildFailedError when Eleventy fails. */
export async function runEleventy(
  site: SiteModel,
  outDir: string,
  projectRoot: string,
): Promise<EleventyRun> {
  const { configureEleventy, TEMPLATES_DIR } = await projectConfig(projectRoot);
  let siteFiles: readonly string[] = [];
  const eleventy = new Eleventy(join(projectRoot, TEMPLATES_DIR), outDir, {
    quietMode: true,
    config: (config) => {
      configureEleventy(config, site, { siteFilesWritten: (files) => (siteFiles = files) });
      // Even in quiet mode Eleventy warns on stderr when a transform takes over 8% of a run,
      // which a busy machine makes happen: a line that means nothing to staff.
      config.benchmarkManager?.setVerboseOutput(false);
      for (const group of Object.values(config.benchmarkManager?.getAll() ?? {}))
        group.setIsVerbose(false);
    },
  });
  // Eleventy prints its own errors with a stack trace even in quiet mode; ours say it for people.
  eleventy.disableLogger();
  let copies: readonly CopyResult[];
  let results: readonly Result[];
  try {
    [copies, results] = (await eleventy.write()) as [CopyResult[], Result[]];
  } catch (error) {
    throw new BuildFailedError(`Eleventy could not render the site: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const written = results.flatMap((r) =>
    r.outputPath
      ? [
          {
            file: relative(outDir, r.outputPath),
            owner: r.data?.route?.owner,
            kind: r.data?.route?.kind,
            content: r.content,
          },
        ]
      : [],
  );
  const copied = copies.flatMap((copy) =>
    Object.values(copy.map ?? {}).map((to) => relative(outDir, to)),
  );
  return { written, otherFiles: [...siteFiles, ...copied] };
}
