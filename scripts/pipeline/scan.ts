/**
 * The last look before publishing: every generated page is parsed and refused if it holds a
 * script the templates did not put there, an event-handler attribute, a `javascript:`-like URL,
 * or something else that can send the visitor away or run code: a frame, a `<base>`, a
 * `<meta http-equiv>` other than the layout's own policy, or an SVG animation that rewrites a link or a handler. Markdown,
 * the schema and the templates already stop these; this catches a bug in any of them before
 * visitors could see it.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { parse } from "node-html-parser";
import { LANGS } from "../content/graph.ts";
import { BuildFailedError } from "../problems/problem.ts";
import { pageMetaPolicy } from "../site/headers-file.ts";
import type { SiteModel } from "../site/model.ts";

const URL_ATTRIBUTES = [
  "href",
  "src",
  "srcset",
  "action",
  "formaction",
  "poster",
  "data",
  "xlink:href",
];
const DANGEROUS_URL = /^(javascript|vbscript|data(?!:image\/(png|jpe?g|gif|webp|avif)[;,])|file):/i;
/** Browsers drop tabs, newlines and other control characters inside a URL's scheme (`java\tscript:`). */
const IGNORED_IN_SCHEME = /[\u0000-\u0020]/g;
/** A scheme word with any such characters between its letters, for the quick text check. */
const looseWord = (word: string) => [...word].join("[\\u0000-\\u0020]*");
const FORBIDDEN_ELEMENTS = ["iframe", "object", "embed", "frame", "frameset", "applet", "base"];
const FORBIDDEN_TAG = new RegExp(`<(${FORBIDDEN_ELEMENTS.join("|")})\\b`, "gi");
/** SVG animations: one that sets `href`, `xlink:href` or an `on…` attribute turns a link or a handler live after the scan. */
const SVG_ANIMATIONS = ["animate", "set", "animatetransform", "animatemotion", "animatecolor"];
const ANIMATED_ACTIVE = /^(?:[\w-]+:)?href$|^on/i;

/** What the templates themselves put in pages and the scan must let through, as exact addresses. */
export interface TemplateOwned {
  /** `src` of the site's own scripts (the search script). */
  readonly scripts: ReadonlySet<string>;
  /** `action` of the site's own forms (the search form, a GET to the search page). */
  readonly formActions: ReadonlySet<string>;
  /** The page policy's `<meta http-equiv>` tag, exactly as the layout writes it first in `<head>` (GitHub Pages). */
  readonly policyTag?: string;
}

const NOTHING_OWNED: TemplateOwned = { scripts: new Set(), formActions: new Set() };

/** What the templates write into a site's pages: its search script, its two search forms, its policy tag. */
export function ownedBy(site: SiteModel): TemplateOwned {
  const policy = pageMetaPolicy();
  return {
    scripts: new Set([site.urls.link(site.assets.searchScript.path)]),
    formActions: new Set(LANGS.map((lang) => site.urls.link(site.urls.search(lang)))),
    ...(policy ? { policyTag: policyTag(policy) } : {}),
  };
}

/** The layout's policy tag as it is rendered (the policy holds no character an attribute escapes). */
export function policyTag(policy: string): string {
  return `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`;
}

/** The page without the layout's own policy tag, where the layout puts it and nowhere else. */
function withoutOwnPolicy(html: string, owned: TemplateOwned): string {
  if (!owned.policyTag) return html;
  const at = html.indexOf(`<head>${owned.policyTag}`);
  return at < 0 ? html : html.slice(0, at + 6) + html.slice(at + 6 + owned.policyTag.length);
}

export function unsafeOutputError(unsafe: readonly UnsafeOutput[]): BuildFailedError {
  return new BuildFailedError(
    `unsafe HTML in the output, so nothing was published:\n${unsafe.map((u) => `  ${u.page}: ${u.what}`).join("\n")}`,
  );
}

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

/**
 * Parsing every page is the scan's whole cost (about 0.7 ms a page). Most pages hold nothing the
 * parser could object to, and that can be proved from the text alone: this looks for every token
 * that could make `scanHtml` report something (a script or form tag other than the ones the
 * templates write, a forbidden element, an attribute named on…, style, http-equiv or
 * attributeName, a dangerous scheme, an entity that could hide one). When none is there the page
 * is clean; any hit means a full parse.
 * It errs only towards parsing, never towards letting something through.
 */
const SUSPECT = new RegExp(
  `<(?:iframe|object|embed|frame|frameset|applet|base)\\b|http-equiv|attributename|(?:^|[^a-z0-9_-])on[a-z0-9_:.-]*\\s*=|style\\s*=|(?:${["javascript", "vbscript", "data", "file"].map(looseWord).join("|")})[\\u0000-\\u0020]*:|&(?!(?:amp|quot|lt|gt|nbsp|#39);)`,
  "i",
);
const SCRIPT_OR_FORM_TAG = /<(?:script|form)\b[^>]*>/gi;
const JSON_LD_TAG = '<script type="application/ld+json">';

/** Script and form tags, read from the text, that are not exactly the ones the templates write. */
function foreignScriptOrFormTags(html: string, owned: TemplateOwned): string[] {
  const foreign: string[] = [];
  for (const match of html.matchAll(SCRIPT_OR_FORM_TAG)) {
    const tag = match[0];
    if (tag === JSON_LD_TAG) continue;
    const script = /^<script type="module" src="([^"]*)"(?: [a-z-]+="[^"]*")*>$/.exec(tag);
    if (
      script &&
      owned.scripts.has(script[1]!) &&
      html.startsWith("</script>", match.index + tag.length)
    )
      continue;
    const form = /^<form (?:[a-z-]+="[^"]*" )*?action="([^"]*)"(?: [a-z-]+="[^"]*")*>$/.exec(tag);
    if (
      form &&
      owned.formActions.has(form[1]!) &&
      / method="get"/.test(tag) &&
      !/ method="(?!get")/.test(tag)
    )
      continue;
    foreign.push(tag.slice(0, 60));
  }
  return foreign;
}

/**
 * The parser drops what follows an unclosed `<iframe>` or `<script>` (a browser would not), so
 * tags that no template writes are also looked for in the text itself.
 */
function textualProblems(html: string, owned: TemplateOwned): string[] {
  const forbidden = [...html.matchAll(FORBIDDEN_TAG)].map((m) => `<${m[1]!.toLowerCase()}>`);
  return [...forbidden, ...foreignScriptOrFormTags(html, owned).map((tag) => `tag ${tag}`)];
}

export function scanHtml(page: string, owned: TemplateOwned = NOTHING_OWNED): string[] {
  const html = withoutOwnPolicy(page, owned);
  if (!SUSPECT.test(html) && foreignScriptOrFormTags(html, owned).length === 0) return [];
  const parsed = parseAndScan(html, owned);
  // Said once per kind: the parser's finding, or the text's where the parser saw nothing.
  const textual = textualProblems(html, owned).filter(
    (what) =>
      !parsed.includes(what) &&
      !(
        what.startsWith("tag ") &&
        parsed.some((p) => p.startsWith("<script") || p.startsWith("<form"))
      ),
  );
  return [...new Set([...parsed, ...textual])];
}

function parseAndScan(html: string, owned: TemplateOwned): string[] {
  const found: string[] = [];
  // Tag names lower-cased: with mixed case (`<sCRipt>`) the parser would otherwise drop the body.
  const root = parse(html, { comment: false, lowerCaseTagName: true });
  for (const element of root.querySelectorAll("*")) {
    const tag = element.rawTagName?.toLowerCase();
    if (tag === "script")
      found.push(
        ...scriptProblems(
          element.getAttribute("type"),
          element.getAttribute("src"),
          element.innerHTML,
          owned,
        ),
      );
    if (
      tag === "form" &&
      !(
        owned.formActions.has(element.getAttribute("action") ?? "") &&
        (element.getAttribute("method") ?? "").toLowerCase() === "get"
      )
    )
      found.push(`<form action="${(element.getAttribute("action") ?? "").slice(0, 40)}">`);
    if (tag && FORBIDDEN_ELEMENTS.includes(tag)) found.push(`<${tag}>`);
    for (const [name, value] of Object.entries(element.attributes)) {
      const lower = name.toLowerCase();
      if (lower.startsWith("on")) found.push(`${lower}= attribute on <${tag}>`);
      if (lower === "style") found.push(`style= attribute on <${tag}>`);
      // The layout's own policy tag was taken out before parsing; any other is not ours.
      if (lower === "http-equiv" && tag === "meta")
        found.push(`<meta http-equiv="${value.slice(0, 40)}">`);
      if (
        lower === "attributename" &&
        tag &&
        SVG_ANIMATIONS.includes(tag) &&
        ANIMATED_ACTIVE.test(value.trim())
      )
        found.push(`<${tag} attributeName="${value.slice(0, 40)}">`);
      if (
        URL_ATTRIBUTES.includes(lower) &&
        value.split(",").some((part) => DANGEROUS_URL.test(part.replace(IGNORED_IN_SCHEME, "")))
      )
        found.push(`${lower}="${value.slice(0, 40)}" on <${tag}>`);
    }
  }
  return found;
}

/** A script is allowed as a JSON-LD data block, or as one of the site's own module files, empty inside. */
function scriptProblems(
  type: string | undefined,
  src: string | undefined,
  body: string,
  owned: TemplateOwned,
): string[] {
  if ((type ?? "").toLowerCase() === "application/ld+json" && !src) return [];
  if (type === "module" && src && owned.scripts.has(src) && !body.trim()) return [];
  return [src ? `<script src="${src.slice(0, 60)}">` : "<script> without an allowed type"];
}

export async function scanSite(
  dir: string,
  owned: TemplateOwned = NOTHING_OWNED,
): Promise<UnsafeOutput[]> {
  const unsafe: UnsafeOutput[] = [];
  for (const file of await htmlFiles(dir)) {
    for (const what of scanHtml(await readFile(file, "utf8"), owned))
      unsafe.push({ page: relative(dir, file), what });
  }
  return unsafe;
}
