/** `npm run merge -- --out _site shard-1 shard-2 …`: joins the outputs of `npm run build -- --shard i/n` into one site. */
import { mergeShards } from "../build/shards.ts";
import { bilingual as b } from "../problems/problem.ts";
import { flag, parseCommandLine, text } from "./options.ts";
import { reportFailure } from "./report-failure.ts";

const { values, positionals } = parseCommandLine({
  command: "npm run merge --",
  summary: b("Menggabungkan folder hasil npm run build -- --shard i/n menjadi satu situs.", "Joins the folders written by npm run build -- --shard i/n into one site."),
  options: {
    out: text("DIR", b("folder keluaran situs", "output folder for the site"), "_site"),
    admin: flag(b("sertakan CMS di /admin/", "include the CMS at /admin/")),
  },
  positionals: {
    usage: "SHARD-DIR...",
    help: b("folder setiap bagian (shard), semuanya", "every shard's folder"),
    check: (dirs) => (dirs.length ? undefined : b("Sebutkan folder bagian (shard) yang akan digabung.", "Name the shard folders to join.")),
  },
});

try {
  const summary = await mergeShards({ shardDirs: positionals, outDir: values.out, admin: values.admin });
  console.log(`etalase merge: ${summary.pages} halaman/pages, ${summary.centres} sentra/centres → ${values.out}/ (${(summary.milliseconds / 1000).toFixed(2)} s)`);
} catch (error) {
  process.exitCode = reportFailure(error, `${values.out}/`);
}
