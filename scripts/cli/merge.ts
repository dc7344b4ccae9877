/** `npm run merge -- --out _site shard-1 shard-2 …`: joins the outputs of `npm run build -- --shard i/n` into one site. */
import { parseArgs } from "node:util";
import { mergeShards } from "../build/shards.ts";
import { reportFailure } from "./report-failure.ts";

const { values, positionals } = parseArgs({ options: { out: { type: "string", default: "_site" }, admin: { type: "boolean", default: false } }, allowPositionals: true });

try {
  const summary = await mergeShards({ shardDirs: positionals, outDir: values.out, admin: values.admin });
  console.log(`etalase merge: ${summary.pages} halaman/pages, ${summary.centres} sentra/centres → ${values.out}/ (${(summary.milliseconds / 1000).toFixed(2)} s)`);
} catch (error) {
  process.exitCode = reportFailure(error, `${values.out}/`);
}
