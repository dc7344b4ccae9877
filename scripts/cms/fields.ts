/**
 * Turns the zod schemas of scripts/schema/ into Decap CMS fields, so the browser form and the
 * checker can never disagree about what a file holds: a key, its type, whether it is required,
 * its choices, its limits. Words for people (labels and hints) come from ./labels.ts.
 *
 * Our field helpers (fields.ts) are recognised by identity where they are shared instances
 * (`calendarDate`, `rupiah`, ...), and by shape where each use makes a new one (`text(max)`,
 * `phone(kind)`): a pipe from a string (text) or from string|number (phone).
 */
import type { z } from "zod";
import {
  calendarDate,
  clockTime,
  email,
  EMAIL_ADDRESS,
  instagramHandle,
  localDateTime,
  numberFieldOf,
  rupiah,
  slugRef,
  webUrl,
} from "../schema/fields.ts";
import { exampleOf } from "../schema/issue.ts";
import { choiceLabel, fieldWords, type FieldWords } from "./labels.ts";

export interface DecapField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  [option: string]: unknown;
}

/** What the walker needs to know besides the schema: which kind of file, and where references point. */
export interface WalkContext {
  readonly kind:
    | "centre"
    | "business"
    | "event"
    | "centreTranslation"
    | "businessTranslation"
    | "eventTranslation";
  /** The Decap collection that holds the businesses an event may name (`pengrajin: [slug]`). */
  readonly businessCollection?: string;
}

type Def = { type: string; [key: string]: any };
const defOf = (schema: z.ZodType): Def => (schema as any)._zod.def as Def;

/** Optional and default wrappers, outermost first, down to the field's own schema. */
export function unwrap(schema: z.ZodType): {
  inner: z.ZodType;
  optional: boolean;
  defaultValue?: unknown;
} {
  let node = schema;
  let optional = false;
  let defaultValue: unknown;
  for (;;) {
    const def = defOf(node);
    if (def.type === "optional") optional = true;
    else if (def.type === "default") {
      optional = true;
      defaultValue = typeof def.defaultValue === "function" ? def.defaultValue() : def.defaultValue;
    } else break;
    node = def.innerType;
  }
  return { inner: node, optional, ...(defaultValue !== undefined ? { defaultValue } : {}) };
}

/** The keys of an object schema (through a superRefine, which keeps the object's def). */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  const def = defOf(unwrap(schema).inner);
  if (def.type !== "object") throw new Error(`expected an object schema, got ${def.type}`);
  return def.shape as Record<string, z.ZodType>;
}

function checks(schema: z.ZodType): Record<string, unknown>[] {
  return ((defOf(schema).checks ?? []) as any[]).map((c) => c._zod?.def ?? {});
}

function numberLimits(schema: z.ZodType): { min?: number; max?: number; int: boolean } {
  const out: { min?: number; max?: number; int: boolean } = { int: false };
  for (const check of checks(schema)) {
    if (check.check === "greater_than") out.min = check.value as number;
    if (check.check === "less_than") out.max = check.value as number;
    if (check.check === "number_format" && String(check.format).includes("int")) out.int = true;
  }
  return out;
}

function textMax(schema: z.ZodType): number | undefined {
  // text(max) keeps its limit inside the superRefine closure; the length check lives there too.
  // The widest text fields (longer than one line) get a text area: we read the limit from the
  // message a too-long value gets, which states it.
  const probe = schema.safeParse("x".repeat(2000));
  if (probe.success) return undefined;
  const issue = probe.error.issues[0] as { message?: string } | undefined;
  const match = /at most (\d+)/.exec(issue?.message ?? "");
  return match ? Number(match[1]) : undefined;
}

/** A date field that may not be before another of the same file (the schema compares them too). */
const LATER_THAN: Record<string, string> = { "event:selesai": "mulai" };

const PHONE_PATTERN: [string, string] = [
  "^\\s*(\\+62|62|0)[0-9 .()-]{8,}$",
  "Tulis nomor yang dimulai dengan 0 atau +62, misalnya 0812 3456 7890.",
];
const TIME_PATTERN: [string, string] = [
  "^([01][0-9]|2[0-3]):[0-5][0-9]$",
  "Tulis jam 24 seperti 08:00 atau 16:30.",
];
const URL_PATTERN: [string, string] = [
  "^https?://[^\\s]+\\.[^\\s]+$",
  "Tulis alamat lengkap yang dimulai dengan https:// atau http://",
];
const EMAIL_PATTERN: [string, string] = [
  EMAIL_ADDRESS.source,
  "Tulis satu alamat e-mail seperti nama@contoh.go.id, tanpa spasi, koma, atau tanda ? & =.",
];
const INSTAGRAM_PATTERN: [string, string] = [
  "^@?[A-Za-z0-9._]{1,30}$",
  "Tulis nama akunnya saja, misalnya @tapis.sigermas",
];

/** The Decap widget options for one schema node (without name, label or required). */
function widgetFor(
  schema: z.ZodType,
  path: string,
  words: FieldWords,
  context: WalkContext,
  inOptional = false,
): Omit<DecapField, "name" | "label"> {
  const { inner } = unwrap(schema);
  const def = defOf(inner);
  // Our own widgets (client/etalase-cms.js): Decap's datetime is the browser's date input, shown
  // the American way in an English browser, and a number input reads "150.000" as 150.
  if (inner === calendarDate) return { widget: "tanggal", time: false };
  if (inner === localDateTime)
    return {
      widget: "tanggal",
      time: true,
      ...(LATER_THAN[`${context.kind}:${path}`]
        ? { after: LATER_THAN[`${context.kind}:${path}`] }
        : {}),
    };
  if (inner === clockTime) return { widget: "string", pattern: TIME_PATTERN };
  if (inner === webUrl) return { widget: "string", pattern: URL_PATTERN };
  if (inner === email) return { widget: "string", pattern: EMAIL_PATTERN };
  if (inner === instagramHandle) return { widget: "string", pattern: INSTAGRAM_PATTERN };
  if (inner === rupiah) return { widget: "rupiah" };
  const number = numberFieldOf(inner);
  if (number)
    return {
      widget: "number",
      value_type: number.int ? "int" : "float",
      ...(number.min !== undefined ? { min: number.min } : {}),
      ...(number.max !== undefined ? { max: number.max } : {}),
      ...(number.int ? {} : { step: 0.0001 }),
    };
  if (inner === slugRef) throw new Error(`${path}: a single slug reference has no widget yet`);

  switch (def.type) {
    case "string":
      return { widget: "string" };
    case "boolean":
      return { widget: "boolean" };
    case "number": {
      const limits = numberLimits(inner);
      return {
        widget: "number",
        value_type: limits.int ? "int" : "float",
        ...(limits.min !== undefined ? { min: limits.min } : {}),
        ...(limits.max !== undefined ? { max: limits.max } : {}),
        ...(limits.int ? {} : { step: 0.0001 }),
      };
    }
    case "enum":
      return {
        widget: "select",
        options: (def.entries ? Object.values(def.entries) : []).map((value) => ({
          label: choiceLabel(path, String(value)),
          value,
        })),
      };
    case "pipe": {
      const source = defOf(def.in);
      // phone(kind): string | number → digits
      if (source.type === "union") return { widget: "string", pattern: PHONE_PATTERN };
      if (source.type === "string") {
        const max = textMax(inner);
        return { widget: max !== undefined && max > 200 ? "text" : "string" };
      }
      throw new Error(`${path}: no widget for a pipe from ${source.type}`);
    }
    case "object":
      return {
        widget: "object",
        collapsed: words.collapsed ?? false,
        fields: objectFields(inner, path, context, inOptional || unwrap(schema).optional),
      };
    case "array":
      return listWidget(def.element as z.ZodType, inner, path, words, context);
    default:
      throw new Error(`${path}: no Decap widget for a zod ${def.type}`);
  }
}

function listWidget(
  element: z.ZodType,
  list: z.ZodType,
  path: string,
  words: FieldWords,
  context: WalkContext,
): Omit<DecapField, "name" | "label"> {
  const limits: Record<string, number> = {};
  for (const check of checks(list)) {
    if (check.check === "min_length") limits.min = check.minimum as number;
    if (check.check === "max_length") limits.max = check.maximum as number;
  }
  const elementDef = defOf(unwrap(element).inner);
  if (elementDef.type === "enum")
    return { ...widgetFor(element, path, words, context), multiple: true, ...limits };
  if (unwrap(element).inner === slugRef) {
    if (!context.businessCollection)
      throw new Error(`${path}: a list of references needs the businesses' collection`);
    return {
      widget: "relation",
      collection: context.businessCollection,
      value_field: "{{slug}}",
      search_fields: ["nama_usaha"],
      display_fields: ["nama_usaha"],
      multiple: true,
      ...limits,
    };
  }
  if (elementDef.type === "object")
    return {
      widget: "list",
      collapsed: true,
      ...(words.summary ? { summary: words.summary } : {}),
      ...limits,
      fields: objectFields(unwrap(element).inner, path, context),
    };
  const item = widgetFor(element, path, words, context);
  return { widget: "list", ...limits, field: { name: "isi", label: words.label, ...item } };
}

/** A photo is `{ berkas, alt, alt_en, ilustrasi }`; its file becomes Decap's image picker. */
function isPhoto(schema: z.ZodType): boolean {
  const def = defOf(unwrap(schema).inner);
  return def.type === "object" && Object.keys(def.shape).join() === "berkas,alt,alt_en,ilustrasi";
}

/**
 * `inOptional`: the group itself may be left out (a product's photo, the group-visit details).
 * Decap checks the fields inside a group even when the whole group is empty, so there they are
 * marked optional; `npm run check` still names a missing one once the group is filled in.
 */
export function objectFields(
  schema: z.ZodType,
  prefix: string,
  context: WalkContext,
  inOptional = false,
): DecapField[] {
  const photo = isPhoto(schema);
  return Object.entries(shapeOf(schema)).map(([key, field]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const words = fieldWords(context.kind, path);
    const { optional, defaultValue } = unwrap(field);
    const widget =
      photo && key === "berkas"
        ? { widget: "image", choose_url: false }
        : widgetFor(field, path, words, context, inOptional);
    const example = exampleOf(unwrap(field).inner) ?? exampleOf(field);
    const hint = words.hint ?? example?.id;
    return {
      name: key,
      label: words.label,
      ...widget,
      required: !optional && !inOptional,
      ...(hint ? { hint: hint.charAt(0).toUpperCase() + hint.slice(1) } : {}),
      ...(defaultValue !== undefined ? { default: defaultValue } : {}),
    } as DecapField;
  });
}
