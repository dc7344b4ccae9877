/**
 * The CMS configuration is generated from the zod schemas; these tests read it back (as Decap
 * would, from YAML) and hold it against an independent reading of the same schemas (zod's own
 * JSON Schema export): every schema key is a field and every field a schema key, required-ness,
 * choices and photo pickers match. A schema change that the CMS does not follow fails here.
 */
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { ADMIN_PAGE, decapBundle } from "../scripts/cms/admin.ts";
import { cmsCentres } from "../scripts/cms/centres.ts";
import { cmsConfigYaml, type CmsOptions } from "../scripts/cms/config.ts";
import type { DecapField } from "../scripts/cms/fields.ts";
import { WORDS } from "../scripts/cms/labels.ts";
import { scanHtml } from "../scripts/pipeline/scan.ts";
import { SCHEMAS } from "../scripts/schema/index.ts";
import { FIXTURES, PROJECT_ROOT } from "./helpers/cli.ts";

const FIXTURE_CONTENT = join(FIXTURES, "valid-site/content");

async function fixtureOptions(): Promise<CmsOptions> {
  return { contentDir: "content", centres: await cmsCentres(FIXTURE_CONTENT, PROJECT_ROOT) };
}

interface Collection {
  name: string;
  folder?: string;
  files?: {
    name: string;
    file: string;
    fields: DecapField[];
    media_folder?: string;
    public_folder?: string;
  }[];
  fields?: DecapField[];
  media_folder?: string;
  public_folder?: string;
}

async function collections(): Promise<Collection[]> {
  return (parseYaml(cmsConfigYaml(await fixtureOptions())) as { collections: Collection[] })
    .collections;
}

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
};

/**
 * Differences between a list of Decap fields and a JSON Schema object, as readable lines. Inside a
 * group that may be left out, Decap would demand its fields even when the group is empty, so
 * there every field must be optional in the CMS (`inOptional`).
 */
function drift(
  fields: readonly DecapField[],
  schema: JsonSchema,
  at: string,
  inOptional = false,
): string[] {
  const out: string[] = [];
  const props = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const names = fields.map((f) => f.name);
  for (const key of Object.keys(props))
    if (!names.includes(key)) out.push(`${at}${key}: in the schema, not in the CMS`);
  for (const field of fields) {
    const path = `${at}${field.name}`;
    const prop = props[field.name];
    if (!prop) {
      out.push(`${path}: in the CMS, not in the schema`);
      continue;
    }
    const want = required.has(field.name) && !inOptional;
    if ((field.required ?? true) !== want)
      out.push(`${path}: required ${field.required} in the CMS, ${want} from the schema`);
    out.push(...valueDrift(field, prop, path, inOptional || !required.has(field.name)));
  }
  return out;
}

function valueDrift(
  field: DecapField,
  prop: JsonSchema,
  path: string,
  optional: boolean,
): string[] {
  const type = Array.isArray(prop.type) ? prop.type : [prop.type];
  if (prop.enum) {
    const options = (field.options as { value: unknown }[] | undefined)?.map((o) => o.value);
    return field.widget === "select" && JSON.stringify(options) === JSON.stringify(prop.enum)
      ? []
      : [`${path}: choices ${JSON.stringify(options)} vs ${JSON.stringify(prop.enum)}`];
  }
  if (type.includes("object")) {
    if (field.widget !== "object")
      return [`${path}: a group in the schema, a ${field.widget} in the CMS`];
    return drift(field.fields as DecapField[], prop, `${path}.`, optional);
  }
  if (type.includes("array")) {
    const items = prop.items!;
    if (items.enum)
      return field.widget === "select" && field.multiple === true
        ? valueDrift({ ...field, multiple: undefined }, items, path, optional)
        : [`${path}: a list of choices needs a multiple select`];
    if (items.properties)
      return field.widget === "list"
        ? drift(field.fields as DecapField[], items, `${path}[].`)
        : [`${path}: a list of groups needs a list widget`];
    return field.widget === "list" || field.widget === "relation"
      ? []
      : [`${path}: a list needs a list or relation widget, got ${field.widget}`];
  }
  if (type.includes("boolean"))
    return field.widget === "boolean" ? [] : [`${path}: true/false needs a boolean widget`];
  if (type.length === 1 && (type[0] === "integer" || type[0] === "number")) {
    const problems = field.widget === "number" ? [] : [`${path}: a number needs a number widget`];
    if (type[0] === "integer" && field.value_type !== "int")
      problems.push(`${path}: a whole number needs value_type int`);
    if (prop.minimum !== undefined && field.min !== prop.minimum)
      problems.push(`${path}: min ${field.min} vs ${prop.minimum}`);
    if (prop.maximum !== undefined && field.max !== prop.maximum)
      problems.push(`${path}: max ${field.max} vs ${prop.maximum}`);
    return problems;
  }
  return ["string", "text", "markdown", "tanggal", "rupiah", "image", "number"].includes(
    field.widget,
  )
    ? []
    : [`${path}: ${field.widget} for ${type.join("|")}`];
}

const KINDS = [
  {
    kind: "centre",
    schema: SCHEMAS.centre.main,
    pick: (c: Collection[]) => c.find((x) => x.name === "batik-uji-sentra")!.files![0]!.fields,
  },
  {
    kind: "business",
    schema: SCHEMAS.business.main,
    pick: (c: Collection[]) => c.find((x) => x.name === "batik-uji-pengrajin")!.fields!,
  },
  {
    kind: "event",
    schema: SCHEMAS.event.main,
    pick: (c: Collection[]) => c.find((x) => x.name === "batik-uji-acara")!.fields!,
  },
  {
    kind: "centreTranslation",
    schema: SCHEMAS.centre.translation,
    pick: (c: Collection[]) =>
      c.find((x) => x.name === "batik-uji-inggris")!.files!.find((f) => f.name === "sentra")!
        .fields,
  },
  {
    kind: "businessTranslation",
    schema: SCHEMAS.business.translation,
    pick: (c: Collection[]) =>
      c
        .find((x) => x.name === "batik-uji-inggris")!
        .files!.find((f) => f.name.startsWith("pengrajin-"))!.fields,
  },
  {
    kind: "eventTranslation",
    schema: SCHEMAS.event.translation,
    pick: (c: Collection[]) =>
      c
        .find((x) => x.name === "batik-uji-inggris")!
        .files!.find((f) => f.name.startsWith("acara-"))!.fields,
  },
] as const;

describe("the CMS configuration follows the zod schemas", () => {
  it.each(KINDS)("$kind: same keys, required-ness, choices and types", async ({ schema, pick }) => {
    const fields = pick(await collections());
    expect(fields.at(-1)).toMatchObject({ name: "body", widget: "markdown" });
    const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
    expect(drift(fields.slice(0, -1), json, "")).toEqual([]);
  });

  it("finds drift: a field the schema lacks and a missing schema key are both reported", async () => {
    const fields = KINDS[1].pick(await collections()).slice(0, -1);
    const json = z.toJSONSchema(SCHEMAS.business.main, {
      io: "input",
      unrepresentable: "any",
    }) as JsonSchema;
    const renamed = fields.map((f) => (f.name === "pemilik" ? { ...f, name: "pemilk" } : f));
    expect(drift(renamed, json, "")).toEqual([
      "pemilik: in the schema, not in the CMS",
      "pemilk: in the CMS, not in the schema",
    ]);
    const optional = fields.map((f) => (f.name === "nama_usaha" ? { ...f, required: false } : f));
    expect(drift(optional, json, "")).toEqual([
      "nama_usaha: required false in the CMS, true from the schema",
    ]);
  });

  it("has Indonesian words for exactly the fields the schemas have, no stale ones", async () => {
    const all = await collections();
    const used = new Map<string, Set<string>>();
    const walk = (kind: string, fields: readonly DecapField[], prefix: string) => {
      for (const field of fields) {
        if (field.name === "body") continue;
        const path = prefix + field.name;
        used.set(kind, (used.get(kind) ?? new Set()).add(path));
        expect(field.label, `${kind} ${path}`).toMatch(/\S/);
        if (Array.isArray(field.fields)) walk(kind, field.fields as DecapField[], `${path}.`);
      }
    };
    for (const { kind, pick } of KINDS) walk(kind, pick(all), "");
    for (const [kind, words] of Object.entries(WORDS)) {
      const stale = Object.keys(words).filter((path) => !used.get(kind)?.has(path));
      expect(
        stale,
        `labels in scripts/cms/labels.ts for ${kind} fields the schema does not have`,
      ).toEqual([]);
    }
  });

  it("puts every photo picker's uploads in the centre's foto/ folder, written as foto/<name>", async () => {
    const all = await collections();
    const batik = all.filter((c) => c.name.startsWith("batik-uji-"));
    const folders = batik.map((c) => [
      c.name,
      c.media_folder ?? c.files?.[0]?.media_folder,
      c.public_folder ?? c.files?.[0]?.public_folder,
    ]);
    expect(folders).toEqual([
      ["batik-uji-sentra", "foto", "foto"],
      ["batik-uji-pengrajin", "../foto", "foto"],
      ["batik-uji-acara", "../foto", "foto"],
      ["batik-uji-inggris", undefined, undefined],
    ]);
    const images: string[] = [];
    const walk = (fields: readonly DecapField[], at: string) => {
      for (const f of fields) {
        if (f.widget === "image") images.push(`${at}${f.name}`);
        if (Array.isArray(f.fields)) walk(f.fields as DecapField[], `${at}${f.name}.`);
      }
    };
    for (const c of batik)
      for (const fields of [c.fields ?? [], ...(c.files ?? []).map((f) => f.fields)])
        walk(fields, `${c.name}:`);
    expect(images).toEqual([
      "batik-uji-sentra:foto_utama.berkas",
      "batik-uji-sentra:galeri.berkas",
      "batik-uji-pengrajin:produk.foto.berkas",
      "batik-uji-pengrajin:foto.berkas",
      "batik-uji-acara:foto.berkas",
    ]);
  });

  it("refuses in the form the e-mail addresses check refuses (a ?bcc= would copy every visitor's mail)", async () => {
    const centreFields = KINDS[0].pick(await collections());
    const [pattern] = centreFields.find((f) => f.name === "email")!.pattern as [string, string];
    const accepts = (value: string) => new RegExp(pattern).test(value);
    expect(["nama@contoh.go.id", "dinas.perindustrian@lampung.go.id"].map(accepts)).toEqual([
      true,
      true,
    ]);
    expect(
      [
        "a@contoh.go.id?bcc=b@x.com",
        "mailto:a@contoh.go.id",
        "a@contoh.go.id, b@contoh.go.id",
        "a b@contoh.go.id",
      ].map(accepts),
    ).toEqual([false, false, false, false]);
  });

  it("lists each centre's businesses and events, and lets an event name only businesses of its own centre", async () => {
    const all = await collections();
    expect(all.map((c) => c.name)).toEqual([
      "batik-uji-sentra",
      "batik-uji-pengrajin",
      "batik-uji-acara",
      "batik-uji-inggris",
      "gerabah-uji-sentra",
      "gerabah-uji-pengrajin",
      "gerabah-uji-acara",
      "gerabah-uji-inggris",
    ]);
    expect(all.find((c) => c.name === "batik-uji-pengrajin")?.folder).toBe(
      "content/batik-uji/pengrajin",
    );
    const featured = all
      .find((c) => c.name === "batik-uji-acara")!
      .fields!.find((f) => f.name === "pengrajin");
    expect(featured).toMatchObject({
      widget: "relation",
      collection: "batik-uji-pengrajin",
      value_field: "{{slug}}",
      multiple: true,
    });
  });
});

describe("the /admin/ page", () => {
  it("loads only the site's own module scripts, with no inline code (what the output scan asks of a page)", () => {
    expect(scanHtml(ADMIN_PAGE)).toEqual([
      '<script src="decap-cms.js">',
      '<script src="etalase-cms.js">',
    ]);
    expect(
      scanHtml(ADMIN_PAGE, {
        scripts: new Set(["decap-cms.js", "etalase-cms.js"]),
        formActions: new Set(),
      }),
    ).toEqual([]);
  });

  it("copies the Decap build from the npm package, not a CDN", () => {
    const bundle = decapBundle();
    expect(bundle.dir).toContain("node_modules/decap-cms/dist");
    expect(bundle.files).toContain("decap-cms.js");
    expect(ADMIN_PAGE).not.toMatch(/https?:\/\//);
  });
});
