/**
 * Errors as plain data, to cross from a worker process to the build (scripts/pipeline/pool.ts) and be
 * rebuilt there as instances of their own class, with their system fields (code, errno, syscall,
 * path) and causes: so `instanceof` and systemFailure() see what they would in one process.
 */
import { isAbsolute, relative, sep } from "node:path";
import { BuildFailedError, ContentProblemsError } from "../problems/problem.ts";
import { WorkerStoppedError } from "../problems/system-error.ts";

export interface SerializedError {
  /** The constructor's name, to find the class again. */
  readonly className: string;
  readonly name: string;
  readonly message: string;
  readonly stack?: string;
  /** code, errno, syscall, path, dest, problems, …: the error's own fields that are plain data. */
  readonly fields: Readonly<Record<string, unknown>>;
  readonly cause?: SerializedError;
}

/** The classes a build throws; any other error comes back as an Error with its name and fields. */
const CLASSES: readonly (new (...args: never[]) => Error)[] = [
  ContentProblemsError,
  BuildFailedError,
  WorkerStoppedError,
  TypeError,
  RangeError,
  SyntaxError,
  ReferenceError,
  EvalError,
  URIError,
];
const CLASS_BY_NAME = new Map(CLASSES.map((errorClass) => [errorClass.name, errorClass]));

/** Deep enough for Eleventy's wrappers around a write error; a longer chain is cut, never looped. */
const MAX_CAUSES = 8;
const NOT_FIELDS = new Set(["name", "message", "stack", "cause", "originalError"]);

/** A path under the project, relative to it; anything else as it was. */
function fromProject(path: string, projectRoot: string): string {
  if (!isAbsolute(path)) return path;
  const inside = relative(projectRoot, path);
  return inside && !inside.startsWith("..") && !isAbsolute(inside)
    ? inside.split(sep).join("/")
    : path;
}

/** A value that survives the trip unchanged (JSON), or undefined. */
function plainData(value: unknown): unknown {
  if (typeof value === "function" || typeof value === "symbol" || typeof value === "bigint")
    return undefined;
  try {
    const text = JSON.stringify(value);
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function serializeError(error: unknown, projectRoot: string, depth = 0): SerializedError {
  if (!(error instanceof Error))
    return { className: "Error", name: "Error", message: String(error), fields: {} };
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) {
    if (NOT_FIELDS.has(key)) continue;
    const data = plainData(value);
    if (data !== undefined) fields[key] = data;
  }
  for (const key of ["path", "dest"])
    if (typeof fields[key] === "string")
      fields[key] = fromProject(fields[key] as string, projectRoot);
  const root = projectRoot.endsWith(sep) ? projectRoot : `${projectRoot}${sep}`;
  // Eleventy keeps the error it wraps as `originalError`; everything else as the standard `cause`.
  const { cause, originalError } = error as { cause?: unknown; originalError?: unknown };
  const inner = originalError ?? cause;
  return {
    className: error.constructor.name,
    name: error.name,
    message: error.message.replaceAll(root, ""),
    ...(error.stack === undefined ? {} : { stack: error.stack }),
    fields,
    ...(inner !== undefined && depth < MAX_CAUSES
      ? { cause: serializeError(inner, projectRoot, depth + 1) }
      : {}),
  };
}

/** The error again, as an instance of its class when it is one the build knows. */
export function rebuildError(data: SerializedError): Error {
  const errorClass = CLASS_BY_NAME.get(data.className) ?? Error;
  const cause = data.cause ? { cause: rebuildError(data.cause) } : undefined;
  // An instance of the class without calling its constructor, whose arguments differ per class;
  // its own fields (a ContentProblemsError's problems) are put back below.
  const error = Reflect.construct(Error, [data.message, cause], errorClass) as Error;
  Object.assign(error, data.fields);
  Object.defineProperty(error, "name", {
    value: data.name,
    writable: true,
    configurable: true,
    enumerable: false,
  });
  if (data.stack !== undefined) error.stack = data.stack;
  return error;
}
