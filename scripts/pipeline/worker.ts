/**
 * A worker process of a sharded build: it receives the build's context once, then batches of
 * centres to load, check and render, or cached centres' daily pages to render
 * (scripts/pipeline/render-parts.ts), and answers each with its
 * problems and the centres' summaries, or with what it threw, as data. Separate processes use
 * both cores and give each batch a heap of its own that is handed back to the system between builds.
 */
import type { ContentFile } from "../content/discover.ts";
import { useLanguagesOf } from "../content/languages.ts";
import {
  renderCentres,
  renderDailyPages,
  renderSiteWide,
  type BuildContext,
} from "./render-parts.ts";
import type { CentreDigest } from "./summaries.ts";
import { serializeError, type SerializedError } from "./worker-errors.ts";

export type WorkerRequest =
  | { readonly type: "context"; readonly context: BuildContext }
  | {
      readonly type: "batch";
      readonly id: number;
      readonly files: readonly ContentFile[];
      readonly outDir: string | undefined;
    }
  | {
      readonly type: "daily";
      readonly id: number;
      readonly centres: readonly { readonly slug: string; readonly inputs: string }[];
      readonly outDir: string;
    }
  | {
      readonly type: "siteWide";
      readonly id: number;
      readonly digests: readonly CentreDigest[];
      readonly outDir: string;
    };

export type WorkerReply = {
  readonly id: number;
  readonly result?:
    | Awaited<ReturnType<typeof renderCentres>>
    | Awaited<ReturnType<typeof renderDailyPages>>
    | Awaited<ReturnType<typeof renderSiteWide>>;
  /** What the job threw, as data (scripts/pipeline/worker-errors.ts). */
  readonly error?: SerializedError;
  /** This worker exits after this reply: give it no more jobs. */
  readonly exiting?: true;
};

let context: BuildContext | undefined;
/** The job being worked on, to answer for it when an error escapes the job (a stream's callback). */
let current: number | undefined;

const failed = (id: number, error: unknown): WorkerReply => ({
  id,
  error: serializeError(error, context?.projectRoot ?? process.cwd()),
});

process.on("message", async (request: WorkerRequest) => {
  if (request.type === "context") {
    context = request.context;
    // The languages that go with the build's content (a worker does not discover it itself).
    useLanguagesOf(context.contentDir, context.projectRoot);
    return;
  }
  let reply: WorkerReply;
  current = request.id;
  try {
    if (request.type === "siteWide")
      reply = {
        id: request.id,
        result: await renderSiteWide(context!, request.digests, request.outDir),
      };
    else if (request.type === "daily")
      reply = {
        id: request.id,
        result: await renderDailyPages(context!, request.centres, request.outDir),
      };
    else
      reply = {
        id: request.id,
        result: await renderCentres(context!, request.files, request.outDir),
      };
  } catch (error) {
    reply = failed(request.id, error);
  }
  current = undefined;
  process.send!(reply);
});
// Otherwise Node prints the error's stack and exits, and the build only learns that a worker died.
process.on("uncaughtException", (error) => {
  if (current === undefined || !process.connected) {
    if (process.env.ETALASE_DEBUG) console.error(error);
    process.exit(1);
  }
  process.send!({ ...failed(current, error), exiting: true }, () => process.exit(1));
});
// The build closes the channel when it is done, or dies; either way this process has nothing left to do.
process.on("disconnect", () => process.exit(0));
