/**
 * fast-check generators for mutated content: one or more edits to the files of a valid site.
 * An edit is plain data (what to do, where, with what), so a failing case prints as something a
 * person can redo by hand in an editor.
 */
import fc from "fast-check";
import {
  BROKEN_CHARACTERS,
  MARKDOWN_PAYLOADS,
  NASTY_CHARACTERS,
  OPENERS,
  schemaKeys,
  SPECIAL_KEYS,
  TRICKY_SCALARS,
  YAML_FEATURES,
} from "./payloads.ts";

export type Edit =
  /** Sets a field (the first line `key:` at any depth, else a new top-level line) to raw YAML text. */
  | { readonly op: "set"; readonly file: number; readonly key: string; readonly yaml: string }
  /** Puts text at a fraction (0..1) of the way through the file. */
  | { readonly op: "insert"; readonly file: number; readonly at: number; readonly text: string }
  | { readonly op: "deleteLine"; readonly file: number; readonly at: number }
  | { readonly op: "duplicateLine"; readonly file: number; readonly at: number }
  | { readonly op: "truncate"; readonly file: number; readonly at: number }
  | { readonly op: "opener"; readonly file: number; readonly line: string }
  | { readonly op: "body"; readonly file: number; readonly markdown: string }
  | {
      readonly op: "lineEndings";
      readonly file: number;
      readonly bom: boolean;
      readonly eol: "\n" | "\r\n" | "\r";
    }
  /** Overwrites bytes at a fraction of the way through: invalid UTF-8, NUL, stray halves of characters. */
  | {
      readonly op: "bytes";
      readonly file: number;
      readonly at: number;
      readonly bytes: readonly number[];
    }
  /** A new file beside the others, under a name that may not be a valid slug. */
  | {
      readonly op: "newFile";
      readonly folder: "pengrajin" | "acara" | "centre" | "root";
      readonly name: string;
      readonly copyOf: number;
    };

const KEYS = schemaKeys();

/** A key one typo away from a real one: a letter dropped, doubled, swapped, changed or capitalised. */
const nearMissKey = fc
  .tuple(
    fc.constantFrom(...KEYS),
    fc.nat(),
    fc.constantFrom("drop", "double", "swap", "change", "upper", "space", "dash"),
  )
  .map(([key, n, how]) => {
    const i = n % key.length;
    switch (how) {
      case "drop":
        return key.slice(0, i) + key.slice(i + 1);
      case "double":
        return key.slice(0, i) + key[i] + key.slice(i);
      case "swap":
        return i + 1 < key.length ? key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2) : key;
      case "change":
        return `${key.slice(0, i)}x${key.slice(i + 1)}`;
      case "upper":
        return key.toUpperCase();
      case "space":
        return key.replace("_", " ");
      default:
        return key.replace("_", "-");
    }
  });

const nasty = fc.constantFrom(...NASTY_CHARACTERS);

/**
 * Any one UTF-16 character of all of Unicode: every code point (lone surrogates included, which
 * fast-check's own units leave out), with the broken ones (lone halves, non-characters) often.
 */
export const anyCharacter = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.integer({ min: 0, max: 0x10ffff }).map((point) => String.fromCodePoint(point)),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit)),
  },
  { weight: 1, arbitrary: fc.constantFrom(...BROKEN_CHARACTERS) },
);

/** Text with some nasty characters mixed into ordinary and random unicode. */
export const nastyText = fc
  .array(
    fc.oneof(
      {
        weight: 3,
        arbitrary: fc.constantFrom("Tenun", "Batik Satu", "kain", " ", "ikat", "Ibu Sari"),
      },
      { weight: 3, arbitrary: nasty },
      { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
      { weight: 2, arbitrary: fc.string({ unit: anyCharacter, maxLength: 6 }) },
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(""));

export const fieldKey = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...KEYS) },
  { weight: 3, arbitrary: nearMissKey },
  { weight: 2, arbitrary: fc.constantFrom(...SPECIAL_KEYS) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 10 }) },
);

/** Deeply nested flow or block collections, up to a depth that overflows naive parsers. */
const nested = fc
  .tuple(fc.integer({ min: 1, max: 5000 }), fc.constantFrom("[", "{a: ", "- "))
  .map(([depth, open]) =>
    open === "- "
      ? `${Array.from({ length: Math.min(depth, 400) }, (_, i) => `\n${"  ".repeat(i + 1)}- `).join("")}x`
      : `${open.repeat(depth)}x${(open === "[" ? "]" : "}").repeat(depth)}`,
  );

/** A string long enough to cross a field's length limit, or the whole file's size cap. */
const huge = fc
  .tuple(
    fc.constantFrom(10, 130, 301, 601, 5_000, 70_000),
    fc.constantFrom("a", "*", "é", "😀", "<b>", "\u200b"),
  )
  .map(([n, unit]) => unit.repeat(Math.ceil(n / unit.length)));

/** Raw YAML for a value: plain, quoted, tricky, nested, aliased, tagged, huge. */
export const yamlValue = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TRICKY_SCALARS) },
  { weight: 3, arbitrary: nastyText },
  { weight: 3, arbitrary: nastyText.map((t) => JSON.stringify(t)) },
  { weight: 1, arbitrary: nastyText.map((t) => `'${t.replace(/'/g, "''")}'`) },
  { weight: 2, arbitrary: fc.constantFrom(...YAML_FEATURES) },
  { weight: 2, arbitrary: fc.oneof(fc.double(), fc.integer(), fc.bigInt()).map(String) },
  { weight: 1, arbitrary: nested },
  { weight: 1, arbitrary: huge },
  { weight: 1, arbitrary: fc.constantFrom(...MARKDOWN_PAYLOADS).map((p) => JSON.stringify(p)) },
);

/** A Markdown body: payloads and ordinary words joined by spaces, line breaks or nothing. */
export const markdownBody = fc
  .array(
    fc.tuple(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...MARKDOWN_PAYLOADS) },
        { weight: 2, arbitrary: nastyText },
        { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
      ),
      fc.constantFrom("", " ", "\n", "\n\n", "\n\n    "),
    ),
    { maxLength: 10 },
  )
  .map((parts) => parts.map(([text, sep]) => text + sep).join(""));

const fraction = fc.double({ min: 0, max: 1, noNaN: true });

/** One edit to file number `file` (taken modulo the number of files). */
export const edit: fc.Arbitrary<Edit> = fc.nat().chain((file) =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({
        op: fc.constant("set" as const),
        file: fc.constant(file),
        key: fieldKey,
        yaml: yamlValue,
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        op: fc.constant("insert" as const),
        file: fc.constant(file),
        at: fraction,
        text: fc.oneof(
          nastyText,
          fc.constantFrom(...YAML_FEATURES),
          fc.constantFrom("\n", "\n---\n", ":", "\t", "  ", "\n  - x"),
        ),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        op: fc.constant("deleteLine" as const),
        file: fc.constant(file),
        at: fraction,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant("duplicateLine" as const),
        file: fc.constant(file),
        at: fraction,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant("truncate" as const),
        file: fc.constant(file),
        at: fraction,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant("opener" as const),
        file: fc.constant(file),
        line: fc.constantFrom(...OPENERS),
      }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        op: fc.constant("body" as const),
        file: fc.constant(file),
        markdown: markdownBody,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant("lineEndings" as const),
        file: fc.constant(file),
        bom: fc.boolean(),
        eol: fc.constantFrom("\n" as const, "\r\n" as const, "\r" as const),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant("bytes" as const),
        file: fc.constant(file),
        at: fraction,
        bytes: fc.array(
          fc.constantFrom(0x00, 0x80, 0xc3, 0xe2, 0xed, 0xa0, 0xf0, 0xff, 0xfe, 0x0d, 0x1b),
          { minLength: 1, maxLength: 4 },
        ),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant("newFile" as const),
        folder: fc.constantFrom(
          "pengrajin" as const,
          "acara" as const,
          "centre" as const,
          "root" as const,
        ),
        name: fc.oneof(
          fc.constantFrom(
            "baru.md",
            "baru.en.md",
            "Baru.md",
            "ba ru.md",
            "baru.MD",
            "baru.en.en.md",
            ".baru.md",
            "baru.txt",
            "index.md",
            "index.en.md",
            "batik-satu.md",
            "sentra-baru",
            "en",
            "cari",
            "baru.md.bak",
          ),
          fc.string({ unit: "grapheme", minLength: 1, maxLength: 8 }).map((s) => `${s}.md`),
        ),
        copyOf: fc.nat(),
      }),
    },
  ),
);

/** One to four edits: most bugs need one, a few need two files to disagree. */
export const edits = fc.array(edit, { minLength: 1, maxLength: 4 });

/**
 * Edits that keep a file valid as far as can be told without parsing it: a new body, or a text
 * field set to a quoted payload. Builds of these reach the renderer, where the unsafe-HTML bugs live.
 */
export const renderableEdit: fc.Arbitrary<Edit> = fc.nat().chain((file) =>
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({
        op: fc.constant("body" as const),
        file: fc.constant(file),
        markdown: markdownBody,
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        op: fc.constant("set" as const),
        file: fc.constant(file),
        key: fc.constantFrom(
          "nama",
          "nama_usaha",
          "judul",
          "ringkasan",
          "pemilik",
          "kerajinan",
          "alamat",
          "tempat",
          "catatan_jam",
          "cara_ke_sini",
          "catatan",
          "label",
        ),
        yaml: fc
          .oneof(
            fc.constantFrom(...MARKDOWN_PAYLOADS),
            nastyText.filter((t) => t.trim().length > 0),
          )
          .map((t) => JSON.stringify(t.slice(0, 110))),
      }),
    },
  ),
);

/** Content changes of both kinds: anything at all, or only what keeps the files valid. */
export const contentChanges = fc.oneof(
  { weight: 3, arbitrary: edits },
  { weight: 1, arbitrary: fc.array(renderableEdit, { minLength: 1, maxLength: 3 }) },
);
