/**
 * The `_headers` file (templates/static/_headers) that Netlify and Cloudflare Pages both read,
 * and the one way they differ. Where several rules match a path, Netlify sends the later rule's
 * value of a header; Cloudflare Pages sends every matching rule's value joined by commas, unless a
 * rule detaches the header with a `! Name` line. Two Content-Security-Policy values are two
 * policies, both enforced, so on Cloudflare the CMS under /admin/* would be held to the site's
 * strict policy and break. Netlify does not know the `!` line, so the build writes it only for
 * Cloudflare Pages, which sets CF_PAGES in its builds (scripts/build/build.ts).
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

export type Host = "netlify" | "cloudflare";

export interface HeaderRule {
  /** `/*`, `/img/*` or an exact path. */
  readonly pattern: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Headers set by other matching rules that this one removes (Cloudflare's `! Name`). */
  readonly detached: readonly string[];
}

export const HEADERS_FILE = "_headers";

/** The host a build runs on, from what the host sets in its build environment. */
export function hostOfBuild(env: NodeJS.ProcessEnv = process.env): Host {
  return env.CF_PAGES ? "cloudflare" : "netlify";
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
    else if (rule && colon > 0) rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    else throw new Error(`_headers: a header line needs a path above it and "Name: value" or "! Name": ${line.trim()}`);
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  return pattern.endsWith("*") ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

/** The headers a host sends for one request path. */
export function headersFor(rules: readonly HeaderRule[], path: string, host: Host = "netlify"): Record<string, string> {
  const matching = rules.filter((rule) => matches(rule.pattern, path));
  if (host === "netlify") return Object.assign({}, ...matching.map((rule) => rule.headers));
  const out: Record<string, string> = {};
  for (const rule of matching)
    for (const [name, value] of Object.entries(rule.headers)) {
      const detachedElsewhere = matching.some((other) => other !== rule && other.detached.includes(name));
      if (!detachedElsewhere) out[name] = out[name] === undefined ? value : `${out[name]}, ${value}`;
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
    const broader = rules.slice(0, index).filter((above) => matches(above.pattern, rule.pattern.replace(/\*$/, "")));
    for (const name of Object.keys(rule.headers)) if (broader.some((above) => name in above.headers)) out.push(`  ! ${name}`);
  }
  return out.join("\n");
}

/** Rewrites the site's `_headers` for the host, when that host needs another form. */
export async function writeHeadersFor(host: Host, siteDir: string): Promise<void> {
  if (host !== "cloudflare") return;
  const file = join(siteDir, HEADERS_FILE);
  await writeFile(file, forCloudflare(await readFile(file, "utf8")));
}
