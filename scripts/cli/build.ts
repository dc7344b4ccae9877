/** `npm run build [-- --content DIR --out DIR --prefix /path/]` */
import { parseArgs } from "node:util";
import { buildSite } from "../build/build.ts";
import { reportFailure } from "./report-failure.ts";

const { values } = parseArgs({
  options: {
    content: { type: "string", default: "content" },
    out: { type: "string", default: "_site" },
    prefix: { type: "string", default: "/" },
    "site-url": { type: "string" },
    workers: { type: "string" },
    batch: { type: "string" },
  },
});

try {
  const summary = await buildSite({ contentDir: values.content, outDir: values.out, pathPrefix: values.prefix, ...(values["site-url"] ? { siteUrl: values["site-url"] } : {}), ...(values.workers ? { workers: Number(values.workers) } : {}), ...(values.batch ? { batchSize: Number(values.batch) } : {}) });
  console.log(`etalase: ${summary.pages} halaman/pages, ${summary.centres} sentra/centres → ${values.out}/ (${(summary.milliseconds / 1000).toFixed(2)} s)`);
} catch (error) {
  process.exitCode = reportFailure(error, `${values.out}/`);
}
