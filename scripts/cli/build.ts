/**
 * `npm run build [-- --content DIR --out DIR …]`: checks the content and writes the whole site, or
 * one centre or one shard of it; `npm run build -- --help` lists every option.
 */
import { buildSite, type BuildOptions } from "../pipeline/build.ts";
import { fileLimitWarning } from "../pipeline/deploy-check.ts";
import { buildShard } from "../pipeline/shards.ts";
import { BUILD } from "./commands.ts";
import { parseCommandLine } from "./options.ts";
import { progressOnStderr } from "./progress.ts";
import { bilingual } from "../problems/problem.ts";
import { reportSuccessOnGitHub } from "../problems/github-actions.ts";
import { reportFailure } from "./report-failure.ts";
import { loadSettings } from "../site/settings.ts";

const { values } = parseCommandLine(BUILD);
const progress = progressOnStderr();

try {
  const options: BuildOptions = {
    contentDir: values.content,
    outDir: values.out,
    pathPrefix: values.prefix ?? loadSettings().prefix ?? "/",
    ...(values["site-url"] ? { siteUrl: values["site-url"] } : {}),
    ...(values.centre ? { centre: values.centre } : {}),
    admin: values.admin,
    ...(values.workers !== undefined ? { workers: values.workers } : {}),
    ...(values.batch !== undefined ? { batchSize: values.batch } : {}),
    ...(values.cache || values["cache-dir"]
      ? { cacheDir: values["cache-dir"] ?? ".cache/build" }
      : {}),
    onProgress: progress.update,
  };
  const shard = values.shard;
  const summary =
    shard && !values.standalone
      ? await buildShard({ ...options, shard })
      : await buildSite({ ...options, ...(shard ? { shard, standalone: true } : {}) });
  progress.end();
  const part = shard && !values.standalone ? `${shard.index + 1}/${shard.count}` : undefined;
  const what = part ? ` (shard ${part}; join with npm run merge)` : "";
  console.log(
    `etalase: ${summary.pages} halaman/pages, ${summary.centres} sentra/centres → ${values.out}/${what} (${(summary.milliseconds / 1000).toFixed(2)} s)`,
  );
  reportSuccessOnGitHub(
    part
      ? bilingual(
          `Bagian ${part} selesai: ${summary.pages} halaman`,
          `Shard ${part} built: ${summary.pages} pages`,
        )
      : bilingual(
          `Situs berhasil dibangun: ${summary.pages} halaman`,
          `Site built: ${summary.pages} pages`,
        ),
  );
  if (summary.files !== undefined) {
    const warning = fileLimitWarning(summary.files, summary.centres);
    if (warning) process.stderr.write(warning);
  }
} catch (error) {
  progress.end();
  process.exitCode = reportFailure(error, `${values.out}/`);
}
