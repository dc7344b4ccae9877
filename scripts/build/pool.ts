/**
 * Runs the build's jobs (a batch of centres, the site-wide files) in worker processes
 * (scripts/build/worker.ts), one job per worker at a time, or in this process when asked for
 * none. A worker that dies fails the build with what it said; the pool closes every worker it
 * started, whatever happens.
 */
import { fork, type ChildProcess } from "node:child_process";
import { availableParallelism } from "node:os";
import type { ContentFile } from "../content/discover.ts";
import { BuildFailedError } from "../problems/problem.ts";
import { renderCentres, renderSiteWide, type BatchResult, type BuildContext, type SiteWideResult } from "./render-parts.ts";
import type { CentreDigest } from "./summaries.ts";
import type { WorkerReply, WorkerRequest } from "./worker.ts";

type Dirs = Record<string, string> | undefined;
type Job = Extract<WorkerRequest, { id: number }>;
type JobWithoutId = Job extends infer J ? (J extends Job ? Omit<J, "id"> : never) : never;
interface Task {
  /** Made when the job starts: later batches are only checked once a problem is known. */
  readonly job: () => JobWithoutId;
  readonly resolve: (result: unknown) => void;
  readonly reject: (error: Error) => void;
}

const WORKER = new URL("./worker.ts", import.meta.url);

export class WorkerPool {
  readonly #queue: Task[] = [];
  readonly #idle: ChildProcess[] = [];
  readonly #all: ChildProcess[] = [];
  readonly #size: number;
  #nextId = 0;
  #inProcessBusy = false;

  constructor(
    readonly context: BuildContext,
    workers: number | undefined,
    /** A larger young generation: faster for rendering many pages, ~150 MB more per worker. */
    readonly bigYoungGeneration = true,
  ) {
    this.#size = workers ?? availableParallelism();
  }

  run(files: readonly ContentFile[], dirs: () => Dirs): Promise<BatchResult> {
    return this.#enqueue(() => ({ type: "batch", files, dirs: dirs() }));
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
    const dirs = job.dirs;
    return renderCentres(this.context, job.files, dirs ? (centre) => dirs[centre]! : undefined);
  }

  #dispatch(): void {
    if (this.#size === 0) {
      if (this.#inProcessBusy) return;
      const task = this.#queue.shift();
      if (!task) return;
      this.#inProcessBusy = true;
      this.#runHere(task.job())
        .then(task.resolve, task.reject)
        .finally(() => {
          this.#inProcessBusy = false;
          this.#dispatch();
        });
      return;
    }
    while (this.#queue.length) {
      const worker = this.#idle.pop() ?? (this.#all.length < this.#size ? this.#start() : undefined);
      if (!worker) return;
      this.#send(worker, this.#queue.shift()!);
    }
  }

  #start(): ChildProcess {
    // The same Node options as this process (the tsx loader, a profiler, a fault injector), and
    // a larger young generation: rendering makes many short-lived strings, and fewer scavenges cut
    // the time spent collecting them by about a fifth (measured on the synthetic dataset).
    const execArgv = [...process.execArgv, ...(this.bigYoungGeneration ? ["--max-semi-space-size=64"] : [])];
    const worker = fork(WORKER, [], { serialization: "advanced", stdio: ["ignore", "inherit", "inherit", "ipc"], execArgv });
    worker.send({ type: "context", context: this.context } satisfies WorkerRequest);
    this.#all.push(worker);
    return worker;
  }

  #send(worker: ChildProcess, task: Task): void {
    const id = this.#nextId++;
    const onReply = (reply: WorkerReply) => {
      if (reply.id !== id) return;
      done();
      if (reply.error !== undefined) task.reject(new BuildFailedError(`a build worker failed: ${reply.error}`));
      else task.resolve(reply.result!);
      this.#idle.push(worker);
      this.#dispatch();
    };
    const onExit = (code: number | null, signal: string | null) => {
      done();
      task.reject(new BuildFailedError(`a build worker stopped (${signal ?? `exit code ${code}`})`));
    };
    const done = () => {
      worker.off("message", onReply);
      worker.off("exit", onExit);
    };
    worker.on("message", onReply);
    worker.on("exit", onExit);
    worker.send({ ...task.job(), id } as WorkerRequest);
  }

  /** Ends every worker and waits until they are gone, so their memory is free for what comes next. */
  async close(): Promise<void> {
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
