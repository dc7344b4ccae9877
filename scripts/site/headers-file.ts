/**
 * The `_headers` file (templates/static/_headers) that Netlify and Cloudflare Pages both read,
 * adapted to the host and the path prefix of a build, and the page policy as a `<meta>` tag for
 * GitHub Pages, which sends no headers of ours. Where several rules match a path, Netlify sends
 * the later rule's value of a header; Cloudflare Pages sends every matching rule's value joined by
 * commas, unless a rule detaches the header with a `! Name` line. Two Content-Security-Policy
 * values are two policies, both enforced, so on Cloudflare the CMS under /admin/* would be held to
 * the site's strict policy and break. Netlify does not know the `!` line, so the build writes it
 * only for Cloudflare Pages.
 */
import { readFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { bilingual as b } from "../problems/problem.ts";
import { HOSTS, type SiteHost } from "../schema/settings.ts";
import { loadSettings } from "./settings.ts";
import { SiteAddressError } from "./site-address.ts";

/** How a host reads the rules: the later rule's value (Netlify), or every value joined (Cloudflare). */
export type Host = "netlify" | "cloudflare";

export interface HeaderRule {
  /** `/*`, `/img/*` or an exact path. */
  readonly pattern: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Headers set by other matching rules that this one removes (Cloudflare's `! Name`). */
  readonly detached: readonly string[];
}

export const HEADERS_FILE = "_headers";

export const SOURCE_FILE = join(import.meta.dirname, "../../templates/static", HEADERS_FILE);

/**
 * The host a build is for: `ETALASE_HOST`, else `host` in the settings file, else what the build
 * environment shows: Cloudflare Pages sets CF_PAGES, Netlify sets NETLIFY=true, and a build on
 * GitHub Actions (GITHUB_ACTIONS=true) is taken as one for GitHub Pages, where Etalase's deploy
 * workflow publishes. A site on Actions that deploys elsewhere says so in the settings.
 */
export function hostOfBuild(
  env: NodeJS.ProcessEnv = process.env,
  settings = loadSettings(),
): SiteHost {
  const named = env.ETALASE_HOST?.trim();
  if (named) {
    if ((HOSTS as readonly string[]).includes(named)) return named as SiteHost;
    throw new SiteAddressError(
      b(
        `ETALASE_HOST (${JSON.stringify(named).slice(0, 40)}) tidak dikenal. Tulis salah satu: ${HOSTS.join(", ")}.`,
        `ETALASE_HOST (${JSON.stringify(named).slice(0, 40)}) is not known. Write one of: ${HOSTS.join(", ")}.`,
      ),
    );
  }
  if (settings.host) return settings.host;
  if (env.CF_PAGES) return "cloudflare-pages";
  if (env.NETLIFY === "true") return "netlify";
  if (env.GITHUB_ACTIONS === "true") return "github-pages";
  return "other";
}

/**
 * Reads a `_headers` file: a path pattern at the start of a line, then indented `Name: value`
 * lines (https://docs.netlify.com/routing/headers/) or `! Name` lines
 * (https://developers.cloudflare.com/pages/configuration/headers/).
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { pattern: string; headers: Record<string, string>; detached: string[] }[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {}, detached: [] });
      continue;
    }
    const rule = rules.at(-1);
    const detach = /^\s+!\s*(\S+)\s*$/.exec(line);
    const colon = line.indexOf(":");
    if (rule && detach) rule.detached.push(detach[1]!);
    else if (rule && colon > 0)
      rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    else
      throw new Error(
        `_headers: a header line needs a path above it and "Name: value" or "! Name": ${line.trim()}`,
      );
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  return pattern.endsWith("*") ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

/** The headers a host sends for one request path. */
export function headersFor(
  rules: readonly HeaderRule[],
  path: string,
  host: Host = "netlify",
): Record<string, string> {
  const matching = rules.filter((rule) => matches(rule.pattern, path));
  if (host === "netlify") return Object.assign({}, ...matching.map((rule) => rule.headers));
  const out: Record<string, string> = {};
  for (const rule of matching)
    for (const [name, value] of Object.entries(rule.headers)) {
      const detachedElsewhere = matching.some(
        (other) => other !== rule && other.detached.includes(name),
      );
      if (!detachedElsewhere)
        out[name] = out[name] === undefined ? value : `${out[name]}, ${value}`;
    }
  return out;
}

/**
 * The file for Cloudflare Pages: under each rule, a `! Name` line for every header it sets that a
 * broader rule above it sets too, so each path gets one value, the later rule's, as on Netlify.
 */
export function forCloudflare(text: string): string {
  const rules = parseHeadersFile(text);
  const out: string[] = [];
  // Rules come in the file's order: the n-th pattern line is rules[n], even if a pattern repeats.
  let index = -1;
  for (const line of text.split(/\r?\n/)) {
    out.push(line);
    if (!line.trim() || /^\s|^#/.test(line)) continue;
    const rule = rules[++index]!;
    const broader = rules
      .slice(0, index)
      .filter((above) => matches(above.pattern, rule.pattern.replace(/\*$/, "")));
    for (const name of Object.keys(rule.headers))
      if (broader.some((above) => name in above.headers)) out.push(`  ! ${name}`);
  }
  return out.join("\n");
}

/** The rules of a site served under a path prefix: `/admin/*` becomes `/katalog/admin/*`. */
export function withPrefix(text: string, prefix: string): string {
  if (prefix === "/") return text;
  return text
    .split("\n")
    .map((line) => (/^\//.test(line) ? `${prefix.replace(/\/$/, "")}${line}` : line))
    .join("\n");
}

/** The `_headers` of a build for `host` with `prefix`, from the template's. */
export function headersFileFor(text: string, host: SiteHost, prefix = "/"): string {
  const prefixed = withPrefix(text, prefix);
  return host === "cloudflare-pages" ? forCloudflare(prefixed) : prefixed;
}

/** Rewrites the site's `_headers` for the host and the path prefix, when they need another form. */
export async function writeHeadersFor(
  host: SiteHost,
  siteDir: string,
  prefix = "/",
): Promise<void> {
  const file = join(siteDir, HEADERS_FILE);
  const text = await readFile(file, "utf8");
  const adapted = headersFileFor(text, host, prefix);
  if (adapted !== text) await writeFile(file, adapted);
}

/**
 * Directives a `<meta http-equiv>` policy cannot carry (the CSP spec ignores them there, and
 * browsers warn): framing, reporting and sandboxing only work as a header.
 */
const HEADER_ONLY_DIRECTIVES = new Set(["frame-ancestors", "report-uri", "report-to", "sandbox"]);

/** A rule's policy (the pages' `/*` by default) without the directives a meta tag cannot carry. */
export function metaPolicy(text: string, pattern = "/*"): string {
  const policy = parseHeadersFile(text).find((rule) => rule.pattern === pattern)?.headers[
    "Content-Security-Policy"
  ];
  if (!policy)
    throw new Error(
      `templates/static/_headers: the ${pattern} rule has no Content-Security-Policy`,
    );
  return policy
    .split(";")
    .map((directive) => directive.trim())
    .filter(
      (directive) =>
        directive && !HEADER_ONLY_DIRECTIVES.has(directive.split(/\s+/)[0]!.toLowerCase()),
    )
    .join("; ");
}

let pagePolicy: { policy: string | undefined } | undefined;

/**
 * The policy every page carries in a `<meta>` tag, first in its `<head>`: only on GitHub Pages,
 * which sends no `_headers`; elsewhere the header does it (and a tag would be a second copy).
 * Decided once per process, from the same environment and settings as the build.
 */
export function pageMetaPolicy(): string | undefined {
  pagePolicy ??= {
    policy:
      hostOfBuild() === "github-pages" ? metaPolicy(readFileSync(SOURCE_FILE, "utf8")) : undefined,
  };
  return pagePolicy.policy;
}
