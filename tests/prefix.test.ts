/**
 * A GitHub Pages project site is served under a path (`https://org.github.io/repo/`). Built with
 * `--prefix /repo/`, every address the site gives (links, pictures, scripts, styles, forms, feeds,
 * calendars, the sitemap and its language alternates, Open Graph pictures) must start with the
 * prefix and point at a file the build wrote.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, runCli, tempDir } from "./helpers/cli.ts";

const PREFIX = "/etalase-uji/";
const ORIGIN = "https://contoh.github.io";
let site: string;
let files: string[];

function walk(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? walk(join(dir, entry.name), base)
      : [join(dir, entry.name).slice(base.length + 1)],
  );
}

beforeAll(() => {
  site = join(tempDir(), "_site");
  const run = runCli("build.ts", [
    "--content",
    join(FIXTURES, "valid-site/content"),
    "--out",
    site,
    "--prefix",
    PREFIX,
    "--site-url",
    ORIGIN,
  ]);
  expect(run.stderr).toBe("");
  files = walk(site);
});

/** The site's own addresses in one file: every URL that is on this origin or has no origin. */
function addressesIn(file: string): string[] {
  const text = readFileSync(join(site, file), "utf8");
  const found: string[] = [];
  if (file.endsWith(".html")) {
    const root = parse(text);
    for (const element of root.querySelectorAll(
      "[href], [src], [srcset], [action], meta[content]",
    )) {
      for (const name of ["href", "src", "action", "content"]) {
        const value = element.getAttribute(name);
        if (value && (name !== "content" || value.startsWith(ORIGIN))) found.push(value);
      }
      for (const part of (element.getAttribute("srcset") ?? "").split(","))
        if (part.trim()) found.push(part.trim().split(/\s+/)[0]!);
    }
    // The search script loads Pagefind from the folder it names.
    for (const element of root.querySelectorAll("[data-bundle]"))
      found.push(`${element.getAttribute("data-bundle")}pagefind.js`);
    for (const script of root.querySelectorAll('script[type="application/ld+json"]'))
      found.push(...(script.text.match(/https?:\/\/[^"\s]+/g) ?? []));
  } else {
    // Sitemap, feeds, calendars, robots.txt: every absolute address on the site's origin.
    found.push(...(text.replace(/\r?\n /g, "").match(/https?:\/\/[^"<\s]+/g) ?? []));
  }
  return found
    .map((url) => (url.startsWith(ORIGIN) ? url.slice(ORIGIN.length) : url))
    .filter((url) => url.startsWith("/") && !url.startsWith("//"));
}

describe(`a site built with --prefix ${PREFIX}`, () => {
  it("has every kind of file to check", () => {
    for (const pattern of [/\.html$/, /^sitemap\.xml$/, /feed\.xml$/, /\.ics$/, /^robots\.txt$/])
      expect(
        files.some((f) => pattern.test(f)),
        String(pattern),
      ).toBe(true);
  });

  it("gives every internal address with the prefix, pointing at a file that exists", () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of files.filter(
      (f) => /\.(html|xml|ics|txt)$/.test(f) && !f.startsWith("pagefind/"),
    )) {
      for (const url of addressesIn(file)) {
        checked++;
        const path = decodeURIComponent(url.split(/[?#]/)[0]!);
        if (!path.startsWith(PREFIX)) {
          broken.push(`${file}: ${url} (no prefix)`);
          continue;
        }
        const inside = path.slice(PREFIX.length);
        const target = join(
          site,
          inside,
          inside === "" || inside.endsWith("/") ? "index.html" : "",
        );
        if (!existsSync(target)) broken.push(`${file}: ${url}`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });
});
