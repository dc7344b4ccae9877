/**
 * How the live preview hears of saved files. Eleventy tells `eleventy.beforeWatch` which files
 * changed before each rebuild, so only what they touch is rendered again (partial-site.ts). Two
 * gaps are filled here: Eleventy's watcher waits until a file has not grown for 150 ms before it
 * reports it (a saved content file is a few kilobytes written at once, so 50 ms is enough and
 * the page comes sooner), and it does not rebuild when a file is deleted. A watcher of our own
 * sees deletions in the content folder and touches a file Eleventy watches, so it rebuilds.
 */
import type { UserConfig } from "@11ty/eleventy";
import { existsSync, mkdtempSync, rmSync, watch, writeFileSync, type FSWatcher } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative, resolve } from "node:path";

declare module "@11ty/eleventy" {
  interface UserConfig {
    on(event: "eleventy.beforeWatch", handler: (changed: readonly string[]) => void): void;
    on(event: "eleventy.reset" | "eleventy.after", handler: () => void): void;
    /** Options for chokidar, Eleventy's file watcher (https://www.11ty.dev/docs/watch-serve/). */
    setChokidarConfig(options: Record<string, unknown>): void;
  }
}

/** Deleted files the content watcher saw, and the file it touches to wake Eleventy up. */
function watchDeletions(config: UserConfig, contentDir: string) {
  const deleted = new Set<string>();
  // One per process, so two previews (tests run several) do not wake each other; outside the
  // project, whose ignored folders Eleventy does not watch; relative, since Eleventy 3.1 does not
  // see changes under an absolute watch target.
  const folder = mkdtempSync(join(tmpdir(), "etalase-preview-"));
  const marker = relative(process.cwd(), join(folder, "deleted.txt"));
  writeFileSync(marker, "");
  process.once("exit", () => rmSync(folder, { recursive: true, force: true }));
  config.addWatchTarget(marker);
  const root = resolve(contentDir);
  let watcher: FSWatcher | undefined;
  // Only while Eleventy watches (`--watch`, `--serve`): the watcher keeps the process alive, and a
  // single render must end. Started after the first render, before Eleventy's own watcher.
  config.on("eleventy.after", () => {
    if (watcher || !["watch", "serve"].includes(process.env.ELEVENTY_RUN_MODE ?? "")) return;
    watcher = watch(root, { recursive: true }, (_event, name) => {
      if (!name || existsSync(join(root, name))) return;
      deleted.add(join(root, name));
      writeFileSync(marker, `${deleted.size}\n`);
    });
  });
  // A change to .eleventy.ts runs this configuration again, with a watcher of its own.
  config.on("eleventy.reset", () => watcher?.close());
  // Eleventy names it `./tmp/…` or `../../tmp/…`; compared by its folder's unique name.
  const isMarker = (file: string) => file.endsWith(join(basename(folder), "deleted.txt"));
  return {
    isMarker,
    take(): string[] {
      const files = [...deleted];
      deleted.clear();
      return files;
    },
  };
}

export function watchChanges(
  config: UserConfig,
  contentDir: string,
  changed: (files: readonly string[]) => void,
): void {
  config.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 } });
  const deletions = watchDeletions(config, contentDir);
  config.on("eleventy.beforeWatch", (files) =>
    changed([...files.filter((file) => !deletions.isMarker(file)), ...deletions.take()]),
  );
}
