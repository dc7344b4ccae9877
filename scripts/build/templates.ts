/**
 * Reads the Eleventy templates in templates/ to list every file the site has and which centre owns
 * it, so a build can render a share of the site (a batch of centres, then the site-wide files) with
 * Eleventy (scripts/build/eleventy-render.ts), keep a centre's files in the cache, and split the
 * site into shards. It can also render them itself, without Eleventy (`ETALASE_RENDERER=direct`),
 * which the benchmark compares with Eleventy.
 *
 * It reads the same things Eleventy reads: every `*.11ty.ts(x)` file under templates/, its
 * `data` (pagination over a data path with `size: 1`, `alias`, `before`; other keys become
 * template data), `permalink` and `render`, and what `.eleventy.ts` configures (global data,
 * passthrough copies, `eleventy.after` handlers). Anything else Eleventy could do is refused with
 * a message naming the template, so a new template never renders differently here in silence;
 * tests/renderer.test.ts compares the two renderers file by file on the fixture.
 *
 * Sharding needs no list of page kinds: an output belongs to the centre its pagination item
 * names (`item.centre.slug`, as every centre, business and event page has); every other output
 * (directory, search, provinces, 404, sitemap, robots, open data, assets) is site-wide.
 */
import type { UserConfig } from "@11ty/eleventy";
import { cp, readdir, stat } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { configureEleventy, TEMPLATES_DIR } from "../../.eleventy.ts";
import { BuildFailedError } from "../problems/problem.ts";
import type { SiteModel } from "../site/model.ts";

type Data = Record<string, unknown>;

interface TemplateModule {
  readonly data?: Data | (() => Data);
  readonly render: (this: unknown, data: Data) => string | Buffer | Promise<string | Buffer>;
}

interface Pagination {
  readonly data: string;
  readonly size?: number;
  readonly alias?: string;
  readonly before?: (items: unknown[], data: Data) => unknown[];
}

const PAGINATION_KEYS = new Set(["data", "size", "alias", "before", "addAllPagesToCollections"]);
/** Data keys that change what Eleventy writes, which this renderer does not do. */
const UNSUPPORTED_DATA = ["layout", "eleventyComputed", "eleventyImport", "eleventyDataSchema"];
/** Data keys Eleventy reads for its collections only; they change no output. */
const IGNORED_DATA = new Set(["eleventyExcludeFromCollections", "tags", "pagination", "permalink"]);

export interface Template {
  /** Relative to the project, for messages. */
  readonly file: string;
  readonly module: TemplateModule;
  readonly data: Data;
  readonly pagination?: Pagination;
}

/** What `.eleventy.ts` asks of Eleventy, recorded instead of run. */
export interface EleventySetup {
  readonly globalData: Data;
  /** Source folder or file (relative to the project) → folder inside the site. */
  readonly passthrough: readonly (readonly [from: string, to: string])[];
  readonly after: readonly ((info: { directories: { output: string } }) => unknown)[];
}

function unsupported(what: string, where: string): never {
  throw new BuildFailedError(`${where}: ${what} is not supported by Etalase's sharded renderer (scripts/build/templates.ts); add it there, or write the template without it`);
}

/** Runs `configureEleventy` against a recorder; an Eleventy feature the recorder does not know fails loudly. */
export function recordEleventySetup(site: SiteModel): EleventySetup {
  const globalData: Data = {};
  const passthrough: [string, string][] = [];
  const after: EleventySetup["after"][number][] = [];
  const known: Record<string, (...args: never[]) => void> = {
    addExtension: () => {},
    setTemplateFormats: () => {},
    addWatchTarget: () => {},
    setQuietMode: () => {},
    setServerOptions: () => {},
    addGlobalData: (name: string, value: unknown) => {
      globalData[name] = value;
    },
    addPassthroughCopy: (copy: string | Record<string, string>) => {
      for (const [from, to] of typeof copy === "string" ? [[copy, copy] as const] : Object.entries(copy)) passthrough.push([from, to]);
    },
    on: (event: string, handler: EleventySetup["after"][number]) => {
      if (event !== "eleventy.after") unsupported(`the event "${event}"`, ".eleventy.ts");
      after.push(handler);
    },
  };
  const config = new Proxy(known, {
    get: (target, name) => (typeof name === "string" && name in target ? target[name] : unsupported(`config.${String(name)}()`, ".eleventy.ts")),
  });
  configureEleventy(config as unknown as UserConfig, site);
  return { globalData, passthrough, after };
}

async function templateFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== "node_modules" && !entry.name.startsWith(".")) found.push(...(await templateFiles(path)));
    else if (/\.11ty\.tsx?$/.test(entry.name)) found.push(path);
  }
  return found.sort();
}

/** Every template under templates/, imported once per process. */
const loaded = new Map<string, Promise<Template[]>>();
/** The templates, read once per process: every batch a worker renders uses the same ones. */
export function templatesOf(projectRoot: string): Promise<Template[]> {
  let templates = loaded.get(projectRoot);
  if (!templates) loaded.set(projectRoot, (templates = loadTemplates(projectRoot)));
  return templates;
}

async function loadTemplates(projectRoot: string): Promise<Template[]> {
  const templates: Template[] = [];
  for (const path of await templateFiles(join(projectRoot, TEMPLATES_DIR))) {
    const file = relative(projectRoot, path);
    const module = (await import(pathToFileURL(path).href)) as TemplateModule;
    if (typeof module.render !== "function") unsupported("a template without a render() function", file);
    const data = (typeof module.data === "function" ? module.data() : module.data) ?? {};
    for (const key of UNSUPPORTED_DATA) if (key in data) unsupported(`"${key}"`, file);
    const pagination = data.pagination as Pagination | undefined;
    if (pagination) {
      for (const key of Object.keys(pagination)) if (!PAGINATION_KEYS.has(key)) unsupported(`pagination.${key}`, file);
      if ((pagination.size ?? 1) !== 1) unsupported("pagination with a size other than 1", file);
    }
    templates.push({ file, module, data, ...(pagination ? { pagination } : {}) });
  }
  return templates;
}

/** One file the site will have: which template, with what data, and whose it is. */
export interface Output {
  readonly template: Template;
  readonly data: Data;
  /** The centre whose pages this belongs to, or undefined for site-wide files. */
  readonly centre: string | undefined;
}

function lookup(data: Data, path: string): unknown {
  return path.split(".").reduce<unknown>((value, key) => (value == null ? undefined : (value as Data)[key]), data);
}

/** The centre a pagination item belongs to: a page of a centre, a business or an event names it. */
function centreOf(item: unknown): string | undefined {
  const centre = item && typeof item === "object" ? (item as { centre?: { slug?: unknown } }).centre : undefined;
  return typeof centre?.slug === "string" ? centre.slug : undefined;
}

/** Every output of every template, each tagged with its centre, in template order. */
export function listOutputs(templates: readonly Template[], globalData: Data): Output[] {
  const outputs: Output[] = [];
  for (const template of templates) {
    const base: Data = { ...globalData, ...template.data };
    const pagination = template.pagination;
    if (!pagination) {
      outputs.push({ template, data: base, centre: undefined });
      continue;
    }
    const source = lookup(base, pagination.data);
    if (!Array.isArray(source)) unsupported(`pagination over "${pagination.data}", which is not a list`, template.file);
    const items = pagination.before ? pagination.before([...source], base) : source;
    for (const item of items) outputs.push({ template, data: pagination.alias ? { ...base, [pagination.alias]: item } : { ...base, pagination: { items: [item] } }, centre: centreOf(item) });
  }
  return outputs;
}

/** Where an output goes inside the site: Eleventy's rule, a trailing `/` gets `index.html`. */
export function outputFile(output: Output): string | undefined {
  const permalink = output.template.data.permalink;
  const value = typeof permalink === "function" ? (permalink as (data: Data) => unknown)(output.data) : permalink;
  if (value === false) return undefined;
  if (typeof value !== "string") unsupported("a permalink that is not a string or a function returning one", output.template.file);
  const path = value.replace(/^\/+/, "");
  return path === "" || path.endsWith("/") ? `${path}index.html` : path;
}

/** Renders one output; `this` is empty, as our templates use none of Eleventy's JavaScript-template helpers. */
export async function renderOutput(output: Output): Promise<string | Buffer> {
  return output.template.module.render.call({}, output.data);
}

/** Copies `.eleventy.ts`'s passthrough files into the site; returns their paths inside it. */
export async function copyPassthrough(setup: EleventySetup, projectRoot: string, outDir: string): Promise<string[]> {
  const copied: string[] = [];
  for (const [from, to] of setup.passthrough) {
    const source = resolve(projectRoot, from);
    const target = to.replace(/^\/+/, "");
    await cp(source, join(outDir, target), { recursive: true });
    const entries = (await stat(source)).isDirectory() ? await readdir(source, { recursive: true, withFileTypes: true }) : [];
    if (!entries.length) copied.push(target);
    for (const entry of entries) if (entry.isFile()) copied.push(join(target, relative(source, join(entry.parentPath, entry.name))));
  }
  return copied;
}
