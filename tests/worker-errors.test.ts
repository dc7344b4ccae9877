/**
 * What a worker process throws, after the trip to the build as data (scripts/pipeline/worker-errors.ts):
 * the same class, fields and causes, so the build tells the failure as it would in one process.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rebuildError, serializeError } from "../scripts/pipeline/worker-errors.ts";
import {
  BuildFailedError,
  ContentProblemsError,
  type Problem,
} from "../scripts/problems/problem.ts";
import { systemFailure, WorkerStoppedError } from "../scripts/problems/system-error.ts";

const PROJECT = "/home/staf/etalase";
/** Through structured clone, as the worker's channel sends it. */
const trip = (error: unknown) => rebuildError(structuredClone(serializeError(error, PROJECT)));

function diskFull(path: string): Error {
  return Object.assign(new Error(`ENOSPC: no space left on device, open '${path}'`), {
    errno: -28,
    code: "ENOSPC",
    syscall: "open",
    path,
  });
}

describe("an error from a worker process", () => {
  it("a ContentProblemsError comes back as one, with every problem", () => {
    const problems: Problem[] = [
      {
        file: "content/tapis/index.md",
        line: 3,
        field: "nama",
        message: { id: "Nama kosong.", en: "The name is empty." },
      },
    ];
    const back = trip(new ContentProblemsError(problems));
    expect(back).toBeInstanceOf(ContentProblemsError);
    expect((back as ContentProblemsError).problems).toEqual(problems);
    expect(back.message).toBe("1 content problem(s)");
  });

  it("a system error inside Eleventy's wrapper keeps its code, and a project path becomes relative", () => {
    const inner = diskFull(join(PROJECT, "content/tapis/foto/a.jpg"));
    const wrapper = Object.assign(new Error("Having trouble writing"), {
      name: "EleventyTemplateError",
      originalError: inner,
    });
    const back = trip(new BuildFailedError("rendering failed", { cause: wrapper }));
    expect(back).toBeInstanceOf(BuildFailedError);
    const cause = back.cause as Error;
    expect(cause.name).toBe("EleventyTemplateError");
    expect(cause.cause).toMatchObject({
      code: "ENOSPC",
      errno: -28,
      syscall: "open",
      path: "content/tapis/foto/a.jpg",
      message: "ENOSPC: no space left on device, open 'content/tapis/foto/a.jpg'",
    });
    expect(systemFailure(back)).toEqual(systemFailure(inner));
  });

  it("a path outside the project stays as it was", () => {
    expect(trip(diskFull("/tmp/._site-staging-x/a.html"))).toMatchObject({
      path: "/tmp/._site-staging-x/a.html",
    });
  });

  it("a WorkerStoppedError is said the same after the trip", () => {
    const stopped = new WorkerStoppedError(["tapis-siger"], 137, null);
    const back = trip(stopped);
    expect(back).toBeInstanceOf(WorkerStoppedError);
    expect(systemFailure(back)).toEqual(systemFailure(stopped));
    expect(systemFailure(back)?.message.en).toContain(
      "the centre tapis-siger stopped suddenly (exit code 137)",
    );
  });

  it("a chain of causes that loops is cut, not followed forever", () => {
    const a: Error = new Error("a");
    const b = new Error("b", { cause: a });
    Object.assign(a, { cause: b });
    let depth = 0;
    for (let e: unknown = trip(a); e instanceof Error; e = e.cause) depth++;
    expect(depth).toBe(9);
  });

  it("an error of a class the build does not know is an Error with its name; a thrown string is an Error", () => {
    class OddError extends Error {}
    const back = trip(Object.assign(new OddError("odd"), { name: "OddError" }));
    expect(back.constructor).toBe(Error);
    expect([back.name, back.message]).toEqual(["OddError", "odd"]);
    expect(trip("just text")).toMatchObject({ name: "Error", message: "just text" });
  });
});
