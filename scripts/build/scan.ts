/**
 * The last look before publishing: every generated page is parsed and refused if it holds a
 * script the templates did not put there, an event-handler attribute, or a `javascript:`-like
 * URL. Markdown, the schema and the templates already stop these; this catches a bug in any of
 * them before visitors could see it.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { parse } from "node-html-parser";

/** The only script elements templates write: JSON-LD data blocks, which browsers never run. */
const ALLOWED_SCRIPT_TYPES = new Set(["application/ld+json"]);
const URL_ATTRIBUTES = ["href", "src", "srcset", "action", "formaction", "poster", "data", "xlink:href"];
const DANGEROUS_URL = /^\s*(javascript|vbscript|data(?!:image\/(png|jpe?g|gif|webp|avif)[;,])|file):/i;
const FORBIDDEN_ELEMENTS = ["iframe", "object", "embed", "frame", "frameset", "applet", "base", "form"];

export interface UnsafeOutput {
  readonly page: string;
  readonly what: string;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(path)));
    else if (entry.name.endsWith(".html")) out.push(path);
  }
  return out;
}

export function scanHtml(html: string): string[] {
  const found: string[] = [];
  const root = parse(html, { comment: false });
  for (const element of root.querySelectorAll("*")) {
    const tag = element.rawTagName?.toLowerCase();
    if (tag === "script" && !ALLOWED_SCRIPT_TYPES.has((element.getAttribute("type") ?? "").toLowerCase())) found.push(`<script> without an allowed type`);
    if (tag === "script" && element.getAttribute("src")) found.push(`<script src>`);
    if (tag && FORBIDDEN_ELEMENTS.includes(tag)) found.push(`<${tag}>`);
    for (const [name, value] of Object.entries(element.attributes)) {
      const lower = name.toLowerCase();
      if (lower.startsWith("on")) found.push(`${lower}= attribute on <${tag}>`);
      if (lower === "style") found.push(`style= attribute on <${tag}>`);
      if (URL_ATTRIBUTES.includes(lower) && value.split(",").some((part) => DANGEROUS_URL.test(part))) found.push(`${lower}="${value.slice(0, 40)}" on <${tag}>`);
    }
  }
  return found;
}

export async function scanSite(dir: string): Promise<UnsafeOutput[]> {
  const unsafe: UnsafeOutput[] = [];
  for (const file of await htmlFiles(dir)) {
    for (const what of scanHtml(await readFile(file, "utf8"))) unsafe.push({ page: relative(dir, file), what });
  }
  return unsafe;
}
