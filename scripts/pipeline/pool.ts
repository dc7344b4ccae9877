/**
 * Runs the build's jobs (a batch of centres, the site-wide files) in worker processes
 * (scripts/pipeline/worker.ts), one job per worker at a time, or in this process when asked for
 * none. What a job throws in a worker is thrown here as the same error (scripts/pipeline/worker-errors.ts);
 * a worker that dies fails the build with a WorkerStoppedError naming its centres; the pool closes
 * every worker it started, whatever happens.
 */
import { fork, type ChildProcess } from "node:child_process";
import { availableParallelism } from "node:os";
import type { ContentFile } from "../content/discover.ts";
import { BuildFailedError } from "../problems/problem.ts";
import { WorkerStoppedError } from "../problems/system-error.ts";
import {
  renderCentres,
  renderDailyPages,
  renderSiteWide,
  type BatchResult,
  type BuildContext,
  type DailyResult,
  type SiteWideResult,
} from "./render-parts.ts";
import type { CentreDigest } from "./summaries.ts";
import type { WorkerReply, WorkerRequest } from "./worker.ts";
import { rebuildError } from "./worker-errors.ts";

type Job = Extract<WorkerRequest, { id: number }>;
type JobWithoutId = Job extends infer J ? (J extends Job ? Omit<J, "id"> : never) : never;
interface Task {
  /** Made when the job starts: later batches are only checked once a problem is known. */
  readonly job: () => JobWithoutId;
  readonly resolve: (result: unknown) => void;
  readonly reject: (error: Error) => void;
}

const WORKER = new URL("./worker.ts", import.meta.url);

/** The centres a job renders, in order, for a message if its worker dies; none for the site-wide files. */
const centresOf = (job: JobWithoutId): string[] =>
  job.type === "batch"
    ? [...new Set(job.files.map((file) => file.centreSlug))]
    : job.type === "daily"
      ? job.centres.map((centre) => centre.slug)
      : [];

export class WorkerPool {
  readonly #queue: Task[] = [];
  readonly #idle: ChildProcess[] = [];
  readonly #all: ChildProcess[] = [];
  readonly #size: number;
  #nextId = 0;
  /** The job running in this process, if any: the build may not remove its folder before it ends. */
  #inProcess: Promise<void> | undefined;
  #closed = false;

  constructor(
    readonly context: BuildContext,
    workers: number | undefined,
    /** A larger young generation for rendering many pages (see #start); not for one-off jobs. */
    readonly forRendering = true,
  ) {
    this.#size = workers ?? availableParallelism();
  }

  /** `outDir` is asked for when the batch starts: undefined, its centres are only checked. */
  run(files: readonly ContentFile[], outDir: () => string | undefined): Promise<BatchResult> {
    return this.#enqueue(() => ({ type: "batch", files, outDir: outDir() }));
  }

  /** The daily pages of centres whose other files came from the build cache. */
  daily(
    centres: readonly { readonly slug: string; readonly inputs: string }[],
    outDir: string,
  ): Promise<DailyResult> {
    return this.#enqueue(() => ({ type: "daily", centres, outDir }));
  }

  /** The site-wide files; in a worker, so their memory is given back before the search index is built. */
  siteWide(digests: readonly CentreDigest[], outDir: string): Promise<SiteWideResult> {
    return this.#enqueue(() => ({ type: "siteWide", digests, outDir }));
  }

  #enqueue<T>(job: () => JobWithoutId): Promise<T> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ job, resolve: resolve as (result: unknown) => void, reject });
      this.#dispatch();
    });
  }

  #runHere(job: JobWithoutId): Promise<unknown> {
    if (job.type === "siteWide") return renderSiteWide(this.context, job.digests, job.outDir);
    if (job.type === "daily") return renderDailyPages(this.context, job.centres, job.outDir);
    return renderCentres(this.context, job.files, job.outDir);
  }

  #dispatch(): void {
    if (this.#closed) {
      for (const task of this.#queue.splice(0))
        task.reject(new BuildFailedError("the build stopped before this batch started"));
      return;
    }
    if (this.#size === 0) {
      if (this.#inProcess) return;
      const task = this.#queue.shift();
      if (!task) return;
      this.#inProcess = this.#runHere(task.job())
        .then(task.resolve, task.reject)
        .finally(() => {
          this.#inProcess = undefined;
          this.#dispatch();
        });
      return;
    }
    while (this.#queue.length) {
      const worker =
        this.#idle.pop() ?? (this.#all.length < this.#size ? this.#start() : undefined);
      if (!worker) return;
      this.#send(worker, this.#queue.shift()!);
    }
  }

  #start(): ChildProcess {
    // The same Node options as this process (the tsx loader, a profiler, a fault injector), and a
    // heap that grows by half its live size before a full collection, not V8's up to fourfold: a
    // job's live data is small, and left to itself each render worker held 600-700 MB, mostly
    // garbage, which put a 2,000-centre build over 1.5 GB (1.2 GB with it, no slower:
    // docs/benchmarks.md). For rendering many pages, also a larger young generation: many
    // short-lived strings, and fewer scavenges cut the time spent collecting them by a fifth.
    const execArgv = [
      ...process.execArgv,
      "--heap-growing-percent=50",
      ...(this.forRendering ? ["--max-semi-space-size=64"] : []),
    ];
    const worker = fork(WORKER, [], {
      serialization: "advanced",
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      execArgv,
    });
    // A failed send or start is reported to the job that was waiting (see #send); an idle worker has none.
    worker.on("error", () => {});
    worker.send({ type: "context", context: this.context } satisfies WorkerRequest);
    this.#all.push(worker);
    return worker;
  }

  #send(worker: ChildProcess, task: Task): void {
    const id = this.#nextId++;
    const job = task.job();
    const onReply = (reply: WorkerReply) => {
      if (reply.id !== id) return;
      done();
      if (reply.error !== undefined) task.reject(rebuildError(reply.error));
      else task.resolve(reply.result!);
      if (!reply.exiting) this.#idle.push(worker);
      this.#dispatch();
    };
    // Killed, out of memory, or ended without answering: its output is half-written, never published.
    const onExit = (code: number | null, signal: string | null) => {
      done();
      task.reject(new WorkerStoppedError(centresOf(job), code, signal));
    };
    const onError = (error: Error) => {
      done();
      task.reject(error);
    };
    const done = () => {
      worker.off("message", onReply);
      worker.off("exit", onExit);
      worker.off("error", onError);
    };
    worker.on("message", onReply);
    worker.on("exit", onExit);
    worker.on("error", onError);
    worker.send({ ...job, id } as WorkerRequest);
  }

  /**
   * Starts no more jobs, ends every worker and waits until they and a job in this process are
   * gone: their memory is free for what comes next, and nothing writes into a folder being removed.
   */
  async close(): Promise<void> {
    this.#closed = true;
    this.#dispatch();
    await this.#inProcess;
    await Promise.all(
      this.#all.map(async (worker) => {
        if (worker.exitCode !== null || worker.signalCode !== null) return;
        const exited = new Promise((resolve) => worker.once("exit", resolve));
        if (worker.connected) worker.disconnect();
        await exited;
      }),
    );
  }
}
