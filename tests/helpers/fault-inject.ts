/**
 * A preload that makes a build fail the way a machine does, for tests/faults.test.ts.
 * As root, chmod does not stop a write and a test cannot fill a disk, so the failure is injected:
 * node:fs and node:fs/promises write functions are wrapped before the build loads them.
 *
 *   ETALASE_FAULT=ENOSPC@5       the 5th write into the staging folder fails: disk full
 *   ETALASE_FAULT=EACCES@1       the 1st write into the staging folder fails: permission denied
 *   ETALASE_FAULT=SIGKILL@20     the process is killed at the 20th write into the staging folder
 *   ETALASE_FAULT=EACCES@rename  moving the published site aside fails
 *   ETALASE_FAULT=SIGKILL@rename the process is killed just after the published site was moved aside
 *   ETALASE_FAULT=EMFILE@centre:SLUG   the first write of centre SLUG's pages fails, in whichever
 *                                      process renders them: too many open files
 *   ETALASE_FAULT=EMFILE@worker:SLUG   the same, only in a worker process (scripts/pipeline/worker.ts),
 *                                      so a build without workers does not fail
 *   ETALASE_FAULT=EXIT137@worker:SLUG  that worker exits with code 137 without a word
 *
 * Load it after tsx: NODE_OPTIONS="--import tsx --import <this file>"; Node passes NODE_OPTIONS on
 * to the build's worker processes, so it is loaded in them too.
 */
import fs from "node:fs";
import fsPromises from "node:fs/promises";
import { syncBuiltinESMExports } from "node:module";

const [what = "", when = ""] = (process.env.ETALASE_FAULT ?? "").split("@");
const ERRORS: Record<string, { errno: number; text: string }> = {
  ENOSPC: { errno: -28, text: "no space left on device" },
  EACCES: { errno: -13, text: "permission denied" },
  EMFILE: { errno: -24, text: "too many open files" },
};
const KILLS = new Set(["SIGKILL", "EXIT137"]);

/** `worker:SLUG` or `centre:SLUG`: the first write into that centre's folder of the staging site. */
const [scope, centre] = when.includes(":") ? when.split(":") : [];
const inWorker = /[\\/]scripts[\\/]pipeline[\\/]worker\.ts$/.test(process.argv[1] ?? "");
const inScope = scope === "centre" || (scope === "worker" && inWorker);

/** An error as Node's fs makes it: rename's has the destination too. */
function fault(syscall: string, path: string, dest?: string): Error {
  const { errno, text } = ERRORS[what]!;
  const message = `${what}: ${text}, ${syscall} '${path}'${dest === undefined ? "" : ` -> '${dest}'`}`;
  return Object.assign(new Error(message), {
    errno,
    code: what,
    syscall,
    path,
    ...(dest === undefined ? {} : { dest }),
  });
}

function stop(): never {
  if (what === "EXIT137") process.exit(137);
  process.kill(process.pid, "SIGKILL");
  throw new Error("unreachable: killed");
}

let fired = false;
/** For `@worker:` and `@centre:`: whether this write is the first into the centre's pages. */
function centreWrite(target: string): boolean {
  if (
    fired ||
    !inScope ||
    !target.includes("-staging-") ||
    !target.split(/[\\/]/).includes(centre!)
  )
    return false;
  fired = true;
  return true;
}

let writes = 0;
/** Called before each write; throws or kills when this is the write the fault was set for. */
function beforeWrite(syscall: string, target: unknown): void {
  if (centre !== undefined) {
    if (!centreWrite(String(target))) return;
    if (KILLS.has(what)) stop();
    throw fault(syscall, String(target));
  }
  if (!/^\d+$/.test(when) || !String(target).includes("-staging-")) return;
  writes++;
  if (writes !== Number(when)) return;
  if (KILLS.has(what)) stop();
  throw fault(syscall, String(target));
}

/** The first rename of the published folder is the move aside; the staging folder is never the source. */
const movesAside = (from: unknown, to: unknown) =>
  when === "rename" && String(to).includes("-previous-") && !String(from).includes("-staging-");

type Fn = (...args: any[]) => any;
function wrap(target: Record<string, unknown>, name: string, make: (original: Fn) => Fn): void {
  target[name] = make(target[name] as Fn);
}

if (what && (ERRORS[what] || KILLS.has(what))) {
  const promises = fsPromises as unknown as Record<string, unknown>;
  const callbacks = fs as unknown as Record<string, unknown>;
  for (const name of ["writeFile", "appendFile", "copyFile"])
    wrap(promises, name, (original) => async (...args) => {
      beforeWrite(name, args[name === "copyFile" ? 1 : 0]);
      return original(...args);
    });
  for (const name of ["writeFileSync", "appendFileSync", "copyFileSync"])
    wrap(callbacks, name, (original) => (...args) => {
      beforeWrite(name, args[name === "copyFileSync" ? 1 : 0]);
      return original(...args);
    });
  for (const name of ["writeFile", "appendFile", "copyFile"])
    wrap(callbacks, name, (original) => (...args) => {
      try {
        beforeWrite(name, args[name === "copyFile" ? 1 : 0]);
      } catch (error) {
        const callback = args.at(-1) as Fn;
        return process.nextTick(() => callback(error));
      }
      return original(...args);
    });
  wrap(promises, "rename", (original) => async (from: unknown, to: unknown) => {
    if (!movesAside(from, to)) return original(from, to);
    if (KILLS.has(what)) {
      await original(from, to);
      stop();
    }
    throw fault("rename", String(from), String(to));
  });
  // ES modules that import these functions by name see the wrapped ones only after this.
  syncBuiltinESMExports();
}
