/**
 * The command line of every Etalase command, from one table per command: `--help` prints a
 * bilingual usage text; an unknown option, a missing or malformed value or a stray argument prints
 * what is wrong and exits 2, before the command reads content or touches a folder.
 */
import { bilingual as b, type Bilingual } from "../problems/problem.ts";
import { closest } from "../problems/suggest.ts";

/** What an option's text becomes, or what is wrong with it (said without the option's name). */
export type Read<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: Bilingual };

export interface Option<T> {
  /** How the value is shown in the usage (`DIR`, `N`); none for a switch like `--admin`. */
  readonly placeholder?: string;
  readonly help: Bilingual;
  readonly read: (raw: string) => Read<T>;
  /** The value when the option is not given. */
  readonly fallback: T;
  /** Shown in the usage as the default. */
  readonly shownDefault?: string;
  /** The command cannot run without it. */
  readonly required?: boolean;
}

export interface Positionals {
  /** As in the usage line, e.g. `SHARD-FOLDER...`. */
  readonly usage: string;
  readonly help: Bilingual;
  readonly check: (values: readonly string[]) => Bilingual | undefined;
}

export interface CommandSpec<S extends Record<string, Option<unknown>>> {
  /** As a person types it, e.g. `npm run build --`. */
  readonly command: string;
  readonly summary: Bilingual;
  readonly options: S;
  readonly positionals?: Positionals;
  /** Rules about options together, e.g. `--standalone` only with `--shard`. */
  together?(values: Values<S>, positionals: readonly string[]): Bilingual | undefined;
}

export type Values<S> = { -readonly [K in keyof S]: S[K] extends Option<infer T> ? T : never };

export type CommandLine<S> =
  | { readonly kind: "run"; readonly values: Values<S>; readonly positionals: string[] }
  | { readonly kind: "help"; readonly text: string }
  | { readonly kind: "usage-error"; readonly text: string };

/** A command's table, typed so that `together` sees each option's value. */
export function defineCommand<S extends Record<string, Option<unknown>>>(
  spec: CommandSpec<S>,
): CommandSpec<S> {
  return spec;
}

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const wrong = <T>(problem: Bilingual): Read<T> => ({ ok: false, problem });

/** A switch such as `--admin`: false unless given. */
export function flag(help: Bilingual): Option<boolean> {
  return { help, read: () => ok(true), fallback: false };
}

/** Any non-empty text, e.g. a folder. */
export function text(placeholder: string, help: Bilingual): Option<string | undefined>;
export function text(placeholder: string, help: Bilingual, fallback: string): Option<string>;
export function text(
  placeholder: string,
  help: Bilingual,
  fallback?: string,
): Option<string | undefined> {
  return {
    placeholder,
    help,
    fallback,
    ...(fallback !== undefined ? { shownDefault: fallback } : {}),
    read: (raw) => ok(raw),
  };
}

/** A whole number from `min` to `max`, e.g. `--port` or `--batch`. */
export function wholeNumber(
  placeholder: string,
  help: Bilingual,
  range: { min: number; max?: number },
): Option<number | undefined>;
export function wholeNumber(
  placeholder: string,
  help: Bilingual,
  range: { min: number; max?: number },
  fallback: number,
): Option<number>;
export function wholeNumber(
  placeholder: string,
  help: Bilingual,
  range: { min: number; max?: number },
  fallback?: number,
): Option<number | undefined> {
  const { min, max } = range;
  const expected =
    max !== undefined
      ? b(
          `harus bilangan bulat dari ${min} sampai ${max}.`,
          `must be a whole number from ${min} to ${max}.`,
        )
      : b(
          `harus bilangan bulat ${min} atau lebih, tanpa titik atau huruf.`,
          `must be a whole number, ${min} or more, with no point or letters.`,
        );
  return {
    placeholder,
    help,
    fallback,
    ...(fallback !== undefined ? { shownDefault: String(fallback) } : {}),
    read: (raw) => {
      const value = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
      return value >= min && (max === undefined || value <= max) ? ok(value) : wrong(expected);
    },
  };
}

/** One of a few words, e.g. `--photos both|no|only`. */
export function oneOf<const W extends string>(
  words: readonly W[],
  help: Bilingual,
  fallback: W,
): Option<W> {
  return {
    placeholder: words.join("|"),
    help,
    fallback,
    shownDefault: fallback,
    read: (raw) =>
      (words as readonly string[]).includes(raw)
        ? ok(raw as W)
        : wrong(
            b(
              `harus salah satu dari: ${words.join(", ")}.`,
              `must be one of: ${words.join(", ")}.`,
            ),
          ),
  };
}

/** An option the command cannot run without, e.g. seed:synthetic's `--out DIR`. */
export function required<T>(option: Option<T | undefined>): Option<T> {
  return { ...option, required: true } as Option<T>;
}

/** An option whose text is checked by a rule of its own; `problem` says what is wrong, if anything. */
export function checked<T>(
  placeholder: string,
  help: Bilingual,
  convert: (raw: string) => T,
  problem: (raw: string) => Bilingual | undefined,
): Option<T | undefined>;
export function checked<T>(
  placeholder: string,
  help: Bilingual,
  convert: (raw: string) => T,
  problem: (raw: string) => Bilingual | undefined,
  fallback: { value: T; shown: string },
): Option<T>;
export function checked<T>(
  placeholder: string,
  help: Bilingual,
  convert: (raw: string) => T,
  problem: (raw: string) => Bilingual | undefined,
  fallback?: { value: T; shown: string },
): Option<T | undefined> {
  return {
    placeholder,
    help,
    fallback: fallback?.value,
    ...(fallback ? { shownDefault: fallback.shown } : {}),
    read: (raw) => {
      const found = problem(raw);
      return found ? wrong(found) : ok(convert(raw));
    },
  };
}

/** `--help` and `-h` belong to every command. */
const HELP_WORDS = new Set(["--help", "-h"]);

/** A value shown back to the person: in quotes, line breaks visible, cut short when long. */
export function shown(raw: string): string {
  const json = JSON.stringify(raw);
  return json.length > 60 ? `${json.slice(0, 57)}…"` : json;
}

export function usageLine<S extends Record<string, Option<unknown>>>(spec: CommandSpec<S>): string {
  const parts = Object.entries(spec.options).map(([name, option]) => {
    const written = `--${name}${option.placeholder ? ` ${option.placeholder}` : ""}`;
    return option.required ? written : `[${written}]`;
  });
  return `Pemakaian/Usage: ${[spec.command, ...parts, ...(spec.positionals ? [spec.positionals.usage] : [])].join(" ")}`;
}

export function helpText<S extends Record<string, Option<unknown>>>(spec: CommandSpec<S>): string {
  const rows: [string, Option<unknown> | Positionals][] = [
    ...(spec.positionals
      ? [[spec.positionals.usage, spec.positionals] satisfies [string, Positionals]]
      : []),
    ...Object.entries(spec.options).map(([name, option]): [string, Option<unknown>] => [
      `--${name}${option.placeholder ? ` ${option.placeholder}` : ""}`,
      option,
    ]),
    [
      "--help, -h",
      { help: b("tampilkan teks ini", "show this text"), read: () => ok(true), fallback: false },
    ],
  ];
  const width = Math.min(28, Math.max(...rows.map(([left]) => left.length)) + 2);
  const block = (lang: "id" | "en", heading: string, defaultWord: string) => [
    heading,
    spec.summary[lang],
    ...rows.map(([left, row]) => {
      const fallback =
        "shownDefault" in row && row.shownDefault !== undefined
          ? ` (${defaultWord}: ${row.shownDefault})`
          : "";
      const gap = left.length < width ? "" : `\n  ${"".padEnd(width)}`; // a long positional usage gets its help on the next line
      return `  ${left.padEnd(width)}${gap}${row.help[lang]}${fallback}`;
    }),
  ];
  return [
    usageLine(spec),
    "",
    ...block("id", "Bahasa Indonesia:", "bawaan"),
    "",
    ...block("en", "English:", "default"),
    "",
  ].join("\n");
}

function usageError<S extends Record<string, Option<unknown>>>(
  spec: CommandSpec<S>,
  problem: Bilingual,
): CommandLine<S> {
  const help = `${spec.command} --help`;
  return {
    kind: "usage-error",
    text: [`✖ ${problem.id}`, `✖ ${problem.en}`, usageLine(spec), `Lihat/See: ${help}`, ""].join(
      "\n",
    ),
  };
}

/** Reads `args` against the table, without printing or exiting, so it can be tested as it is. */
export function readCommandLine<S extends Record<string, Option<unknown>>>(
  spec: CommandSpec<S>,
  args: readonly string[],
): CommandLine<S> {
  const terminator = args.indexOf("--");
  if (args.slice(0, terminator < 0 ? undefined : terminator).some((arg) => HELP_WORDS.has(arg)))
    return { kind: "help", text: helpText(spec) };

  const names = Object.keys(spec.options);
  const given = new Map<string, unknown>();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (i === terminator) {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const [written, inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    const name = written.replace(/^--/, "");
    const option =
      written.startsWith("--") && Object.hasOwn(spec.options, name)
        ? spec.options[name]!
        : undefined;
    if (!option) {
      const guess = closest(name.replace(/^-+/, ""), names);
      const hint = guess
        ? b(` Mungkin maksudnya --${guess}?`, ` Did you mean --${guess}?`)
        : b("", "");
      return usageError(
        spec,
        b(
          `Pilihan ${shown(written)} tidak dikenal.${hint.id}`,
          `Unknown option ${shown(written)}.${hint.en}`,
        ),
      );
    }
    if (!option.placeholder) {
      if (inline !== undefined)
        return usageError(
          spec,
          b(
            `${written} tidak memakai nilai: tulis ${written} saja.`,
            `${written} takes no value: write just ${written}.`,
          ),
        );
      given.set(name, true);
      continue;
    }
    // The next word is the value unless it is itself an option (`--out --admin` forgot the folder).
    const raw =
      inline ??
      (i + 1 < args.length && i + 1 !== terminator && !/^--?[A-Za-z]/.test(args[i + 1]!)
        ? args[++i]
        : undefined);
    if (raw === undefined || raw === "")
      return usageError(
        spec,
        b(
          `${written} perlu nilai, misalnya ${written} ${option.placeholder}.`,
          `${written} needs a value, e.g. ${written} ${option.placeholder}.`,
        ),
      );
    const read = option.read(raw);
    if (!read.ok)
      return usageError(
        spec,
        b(
          `${written} ${shown(raw)}: ${read.problem.id}`,
          `${written} ${shown(raw)}: ${read.problem.en}`,
        ),
      );
    given.set(name, read.value);
  }

  if (!spec.positionals && positionals.length)
    return usageError(
      spec,
      b(
        `${shown(positionals[0]!)} tidak dikenal: perintah ini hanya menerima pilihan yang diawali --.`,
        `${shown(positionals[0]!)} is not understood: this command only takes options that start with --.`,
      ),
    );
  const missing = names.find((name) => spec.options[name]!.required && !given.has(name));
  if (missing) {
    const example = `--${missing} ${spec.options[missing]!.placeholder ?? ""}`.trim();
    return usageError(spec, b(`${example} wajib ditulis.`, `${example} is required.`));
  }
  const positionalProblem = spec.positionals?.check(positionals);
  if (positionalProblem) return usageError(spec, positionalProblem);

  const values = Object.fromEntries(
    names.map((name) => [name, given.has(name) ? given.get(name) : spec.options[name]!.fallback]),
  ) as Values<S>;
  const together = spec.together?.(values, positionals);
  return together ? usageError(spec, together) : { kind: "run", values, positionals };
}

/**
 * The command line of this process: prints the usage and exits 0 for `--help`, prints what is
 * wrong and exits 2 for a mistake; otherwise returns the values.
 */
export function parseCommandLine<S extends Record<string, Option<unknown>>>(
  spec: CommandSpec<S>,
): { values: Values<S>; positionals: string[] } {
  const line = readCommandLine(spec, process.argv.slice(2));
  if (line.kind === "help") {
    process.stdout.write(line.text);
    process.exit(0);
  }
  if (line.kind === "usage-error") {
    process.stderr.write(line.text);
    process.exit(2);
  }
  return line;
}
