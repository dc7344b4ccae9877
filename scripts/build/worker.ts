/**
 * A worker process of a sharded build: it receives the build's context once, then batches of
 * centres to load, check and render (scripts/build/render-parts.ts), and answers each with its
 * problems and the centres' summaries. Separate processes use both cores and give each batch a
 * heap of its own that is handed back to the system between builds.
 */
import type { ContentFile } from "../content/discover.ts";
import { renderCentres, renderSiteWide, type BuildContext } from "./render-parts.ts";
import type { CentreDigest } from "./summaries.ts";

export type WorkerRequest =
  | { readonly type: "context"; readonly context: BuildContext }
  | { readonly type: "batch"; readonly id: number; readonly files: readonly ContentFile[]; readonly dirs: Readonly<Record<string, string>> | undefined }
  | { readonly type: "siteWide"; readonly id: number; readonly digests: readonly CentreDigest[]; readonly outDir: string };

export type WorkerReply = { readonly id: number; readonly result?: Awaited<ReturnType<typeof renderCentres>> | Awaited<ReturnType<typeof renderSiteWide>>; readonly error?: string };

let context: BuildContext | undefined;

process.on("message", async (request: WorkerRequest) => {
  if (request.type === "context") {
    context = request.context;
    return;
  }
  let reply: WorkerReply;
  try {
    if (request.type === "siteWide") reply = { id: request.id, result: await renderSiteWide(context!, request.digests, request.outDir) };
    else {
      const dirs = request.dirs;
      reply = { id: request.id, result: await renderCentres(context!, request.files, dirs ? (centre) => dirs[centre]! : undefined) };
    }
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? `${error.message}\n${error.stack ?? ""}` : String(error) };
  }
  process.send!(reply);
});
// The build closes the channel when it is done, or dies; either way this process has nothing left to do.
process.on("disconnect", () => process.exit(0));
