/**
 * The live preview (`npm start`) prints one line per rebuild, not one per written file: staff
 * keep the terminal beside their editor, and a content problem must not scroll away under
 * hundreds of "Writing …" lines. Eleventy runs in quiet mode; this adds our own summary.
 */
import type { UserConfig } from "@11ty/eleventy";

declare module "@11ty/eleventy" {
  interface UserConfig {
    on(event: "eleventy.before", handler: () => void): void;
    /** Eleventy's console logger (src/Util/ConsoleLogger.js); `overrideLogger` picks where its lines go. */
    readonly logger?: {
      overrideLogger(logger: Pick<Console, "log" | "warn" | "error" | "info">): void;
    };
  }
}

/**
 * `etalase: 45 halaman/pages diperbarui/updated (0.8 s)`; while content has problems (reported
 * just above it) the pages are the last good ones with the report on top.
 */
export function rebuildLine(pages: number, seconds: number, problems: number): string {
  const what = problems
    ? "halaman terakhir yang benar, dengan laporan masalah/last good pages, with the problem report"
    : "halaman/pages diperbarui/updated";
  return `etalase: ${pages} ${what} (${seconds.toFixed(1)} s)`;
}

/** Eleventy's own closing line ("Wrote 45 files in 0.80 seconds"), which it prints even in quiet mode. */
const ELEVENTY_TOTAL = /^\[11ty\] (Copied \d+ )?Wrote \d+ files?\b/;
const COLOURS = /\u001b\[[0-9;]*m/g;

/** Quiet Eleventy, and one line of ours after each build. `problems` says how many content problems the last load had. */
export function quietPreview(
  config: UserConfig,
  problems: () => number,
  out: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): void {
  config.setQuietMode(true);
  config.logger?.overrideLogger({
    ...console,
    log: (message: string) => {
      // Its colours wrap the words in escape codes; compare the text alone.
      if (!ELEVENTY_TOTAL.test(String(message).replace(COLOURS, ""))) console.log(message);
    },
  });
  let started = performance.now();
  config.on("eleventy.before", () => {
    started = performance.now();
  });
  config.on("eleventy.after", (info) => {
    // https://www.11ty.dev/docs/events/#eventeleventyafter: `results` holds every written template.
    const results =
      (info as { results?: readonly { outputPath?: string | false }[] }).results ?? [];
    const pages = results.filter(
      (result) => typeof result.outputPath === "string" && result.outputPath.endsWith(".html"),
    ).length;
    out(rebuildLine(pages, (performance.now() - started) / 1000, problems()));
  });
}
