/**
 * A problem is one thing wrong in one content file, said in Bahasa Indonesia and in English.
 * Every stage (load, validate, link) returns problems instead of throwing, so the build can
 * print all of them at once and fail once.
 */
export interface Bilingual {
  readonly id: string;
  readonly en: string;
}

export interface Problem {
  /** Path relative to the project root, with forward slashes (e.g. `content/tapis/index.md`). */
  readonly file: string;
  /** 1-based line in the file, where it is known. */
  readonly line?: number;
  /** Dotted field path (`produk.0.harga_min`), where the problem belongs to one field. */
  readonly field?: string;
  readonly message: Bilingual;
  readonly fix?: Bilingual;
}

export function bilingual(id: string, en: string): Bilingual {
  return { id, en };
}

/**
 * A value from a file, in quotes, for a message: cut short when long, since a 60 KB paste
 * echoed back would bury the report (found by the fuzzer).
 */
export function quoted(value: unknown, max = 80): string {
  const characters = [...String(value)]; // whole characters, so an emoji is never cut in half
  return `"${characters.length > max ? `${characters.slice(0, max).join("")}…` : characters.join("")}"`;
}

/** Thrown when content has problems; carries every problem found, never just the first. */
export class ContentProblemsError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(`${problems.length} content problem(s)`);
    this.name = "ContentProblemsError";
    this.problems = problems;
  }
}

/** Thrown when rendering or writing the site fails after the content was valid. */
export class BuildFailedError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "BuildFailedError";
  }
}
