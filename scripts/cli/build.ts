/**
 * `npm run build [-- --content DIR --out DIR --prefix /path/ --site-url URL]`
 *   --centre SLUG   one centre as a standalone site (its own directory, sitemap and search)
 *   --shard i/n     a stable share of the centres, to join with `npm run merge` (CI matrix);
 *                   with --standalone, that share as a complete site of its own
 *   --workers N     worker processes (default: one per core; 0 renders in this process)
 *   --batch N       centres per batch in a worker (memory grows with it)
 *   --admin         include the CMS at /admin/ (`npm run build` passes it; tests build without)
 *   --cache         keep each centre's output in .cache/build (or --cache-dir DIR) and re-render
 *                   only the centres whose files changed
 */
import { parseArgs } from "node:util";
import { buildSite, type BuildOptions } from "../build/build.ts";
import { fileLimitWarning } from "../build/deploy-check.ts";
import { buildShard, parseShard } from "../build/shards.ts";
import { reportFailure } from "./report-failure.ts";

const { values } = parseArgs({
  options: {
    content: { type: "string", default: "content" },
    out: { type: "string", default: "_site" },
    prefix: { type: "string", default: "/" },
    "site-url": { type: "string" },
    centre: { type: "string" },
    shard: { type: "string" },
    standalone: { type: "boolean", default: false },
    admin: { type: "boolean", default: false },
    workers: { type: "string" },
    batch: { type: "string" },
    cache: { type: "boolean", default: false },
    "cache-dir": { type: "string" },
  },
});

try {
  const options: BuildOptions = {
    contentDir: values.content,
    outDir: values.out,
    pathPrefix: values.prefix,
    ...(values["site-url"] ? { siteUrl: values["site-url"] } : {}),
    ...(values.centre ? { centre: values.centre } : {}),
    admin: values.admin,
    ...(values.workers ? { workers: Number(values.workers) } : {}),
    ...(values.batch ? { batchSize: Number(values.batch) } : {}),
    ...(values.cache || values["cache-dir"] ? { cacheDir: values["cache-dir"] ?? ".cache/build" } : {}),
  };
  const shard = values.shard ? parseShard(values.shard) : undefined;
  const summary = shard && !values.standalone ? await buildShard({ ...options, shard }) : await buildSite({ ...options, ...(shard ? { shard, standalone: true } : {}) });
  const what = shard && !values.standalone ? ` (shard ${values.shard}; join with npm run merge)` : "";
  console.log(`etalase: ${summary.pages} halaman/pages, ${summary.centres} sentra/centres → ${values.out}/${what} (${(summary.milliseconds / 1000).toFixed(2)} s)`);
  if (summary.files !== undefined) {
    const warning = fileLimitWarning(summary.files, summary.centres);
    if (warning) process.stderr.write(warning);
  }
} catch (error) {
  process.exitCode = reportFailure(error, `${values.out}/`);
}
