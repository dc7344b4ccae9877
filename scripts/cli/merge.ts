/** `npm run merge -- --out _site shard-1 shard-2 …`: joins the outputs of `npm run build -- --shard i/n` into one site. */
import { mergeShards } from "../pipeline/shards.ts";
import { MERGE } from "./commands.ts";
import { parseCommandLine } from "./options.ts";
import { reportFailure } from "./report-failure.ts";
import { bilingual } from "../problems/problem.ts";
import { reportSuccessOnGitHub } from "../problems/github-actions.ts";

const { values, positionals } = parseCommandLine(MERGE);

try {
  const summary = await mergeShards({
    shardDirs: positionals,
    outDir: values.out,
    admin: values.admin,
  });
  console.log(
    `etalase merge: ${summary.pages} halaman/pages, ${summary.centres} sentra/centres → ${values.out}/ (${(summary.milliseconds / 1000).toFixed(2)} s)`,
  );
  reportSuccessOnGitHub(
    bilingual(
      `Situs berhasil dibangun: ${summary.pages} halaman`,
      `Site built: ${summary.pages} pages`,
    ),
  );
} catch (error) {
  process.exitCode = reportFailure(error, `${values.out}/`);
}
