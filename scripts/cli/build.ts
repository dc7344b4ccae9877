/**
 * `npm run build [-- --content DIR --out DIR …]`: checks the content and writes the whole site, or
 * one centre or one shard of it; `npm run build -- --help` lists every option.
 */
import { buildSite, type BuildOptions } from "../build/build.ts";
import { fileLimitWarning } from "../build/deploy-check.ts";
import { buildShard, parseShard } from "../build/shards.ts";
import { bilingual as b } from "../problems/problem.ts";
import { normalisePrefix, prefixProblem, siteUrlProblem } from "../site/site-address.ts";
import { checked, flag, parseCommandLine, text, wholeNumber } from "./options.ts";
import { reportFailure } from "./report-failure.ts";

/** `2/8` with 1 ≤ i ≤ n, said in both languages; parseShard's own error is for code, not people. */
function shardProblem(raw: string) {
  try {
    parseShard(raw);
    return undefined;
  } catch {
    return b("tulis bagian sebagai i/n dengan 1 ≤ i ≤ n, misalnya --shard 2/8.", "write the share as i/n with 1 ≤ i ≤ n, e.g. --shard 2/8.");
  }
}

const { values } = parseCommandLine(
  {
    command: "npm run build --",
    summary: b("Membangun situs dari folder konten ke folder keluaran; jika ada masalah, situs lama tidak diubah.", "Builds the site from the content folder into the output folder; on any problem the old site is left as it was."),
    options: {
      content: text("DIR", b("folder konten", "content folder"), "content"),
      out: text("DIR", b("folder keluaran situs", "output folder for the site"), "_site"),
      prefix: checked("/PATH/", b("jalur situs di bawah nama host, misalnya /katalog/", "the site's path under the host name, e.g. /katalog/"), normalisePrefix, prefixProblem),
      "site-url": checked("URL", b("alamat situs, misalnya https://sentra.contoh.go.id (untuk kode QR, feed, peta situs)", "site address, e.g. https://sentra.contoh.go.id (for QR codes, feeds, the sitemap)"), (raw) => raw, siteUrlProblem),
      centre: text("SLUG", b("hanya satu sentra, sebagai situs tersendiri", "one centre only, as a site of its own")),
      shard: checked("i/n", b("bagian i dari n sentra, untuk digabung dengan npm run merge", "share i of n of the centres, to join with npm run merge"), parseShard, shardProblem),
      standalone: flag(b("dengan --shard: bagian itu sebagai situs lengkap tersendiri", "with --shard: that share as a complete site of its own")),
      admin: flag(b("sertakan CMS di /admin/", "include the CMS at /admin/")),
      workers: wholeNumber("N", b("jumlah proses pekerja (bawaan: satu per inti; 0 = di proses ini)", "worker processes (default: one per core; 0 = in this process)"), { min: 0 }),
      batch: wholeNumber("N", b("sentra per kelompok dalam satu pekerja (memori naik bersamanya)", "centres per batch in a worker (memory grows with it)"), { min: 1 }),
      cache: flag(b("simpan hasil tiap sentra di .cache/build dan bangun ulang hanya yang berubah", "keep each centre's output in .cache/build and rebuild only what changed")),
      "cache-dir": text("DIR", b("folder untuk --cache", "folder for --cache")),
    },
  },
  (values) => (values.standalone && !values.shard ? b("--standalone hanya dipakai bersama --shard i/n.", "--standalone is only used together with --shard i/n.") : undefined),
);

try {
  const options: BuildOptions = {
    contentDir: values.content,
    outDir: values.out,
    pathPrefix: values.prefix ?? "/",
    ...(values["site-url"] ? { siteUrl: values["site-url"] } : {}),
    ...(values.centre ? { centre: values.centre } : {}),
    admin: values.admin,
    ...(values.workers !== undefined ? { workers: values.workers } : {}),
    ...(values.batch !== undefined ? { batchSize: values.batch } : {}),
    ...(values.cache || values["cache-dir"] ? { cacheDir: values["cache-dir"] ?? ".cache/build" } : {}),
  };
  const shard = values.shard;
  const summary = shard && !values.standalone ? await buildShard({ ...options, shard }) : await buildSite({ ...options, ...(shard ? { shard, standalone: true } : {}) });
  const what = shard && !values.standalone ? ` (shard ${shard.index + 1}/${shard.count}; join with npm run merge)` : "";
  console.log(`etalase: ${summary.pages} halaman/pages, ${summary.centres} sentra/centres → ${values.out}/${what} (${(summary.milliseconds / 1000).toFixed(2)} s)`);
  if (summary.files !== undefined) {
    const warning = fileLimitWarning(summary.files, summary.centres);
    if (warning) process.stderr.write(warning);
  }
} catch (error) {
  process.exitCode = reportFailure(error, `${values.out}/`);
}
