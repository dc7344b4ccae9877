/**
 * docs/quality.md: every page, with the CSS and JS it needs, fits in the first round trip (14 KB
 * gzipped), and needs no JavaScript. Checked on every built page of every site, not a sample.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { parse } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { htmlFiles } from "../scripts/dev/page-kinds.ts";
import { modelPages } from "./helpers/outputs.ts";
import { buildSite, qualitySites, type BuiltSite } from "./helpers/sites.ts";

/** About ten TCP segments of 1,460 bytes: what a new connection delivers before its first ACK. */
const BUDGET = 14 * 1024;
const ORIGIN = "http://site.invalid";

interface Weight {
  readonly page: string;
  readonly html: number;
  /** Gzipped bytes of each stylesheet and script the page links, by address. */
  readonly assets: ReadonlyMap<string, number>;
  /** Links to files that are not in the site (or not on its origin), which cannot be counted. */
  readonly missing: readonly string[];
  readonly scripts: readonly string[];
}

const gzipped = (bytes: Buffer) => gzipSync(bytes).length;
const total = (w: Weight) => w.html + [...w.assets.values()].reduce((a, b) => a + b, 0);

function weigh(site: BuiltSite, file: string): Weight {
  const html = readFileSync(file);
  const page = `/${relative(site.dir, file).replace(/index\.html$/, "")}`;
  const root = parse(html.toString("utf8"));
  const hrefs = [
    ...root
      .querySelectorAll("link")
      .filter((l) =>
        (l.getAttribute("rel") ?? "").toLowerCase().split(/\s+/).includes("stylesheet"),
      )
      .map((l) => l.getAttribute("href")),
    ...root.querySelectorAll("script[src]").map((s) => s.getAttribute("src")),
  ];
  const assets = new Map<string, number>();
  const missing: string[] = [];
  for (const href of hrefs) {
    const url = new URL(href ?? "", ORIGIN + page);
    const path = join(site.dir, decodeURIComponent(url.pathname));
    if (url.origin !== ORIGIN || !existsSync(path)) missing.push(href ?? "(empty)");
    else assets.set(url.pathname, gzipped(readFileSync(path)));
  }
  const scripts = root
    .querySelectorAll("script")
    .filter((s) => s.getAttribute("type") !== "application/ld+json")
    .map((s) => s.outerHTML.slice(0, 120));
  return { page, html: gzipped(html), assets, missing, scripts };
}

describe.each(qualitySites())("$name", ({ name, content }) => {
  let weights: Weight[];

  beforeAll(async () => {
    const site = await buildSite(name, content);
    // /admin/ is the CMS for staff on a desktop, not a page visitors read (tests/browser/cms.test.ts).
    weights = htmlFiles(site.dir)
      .filter((file) => !file.startsWith(join(site.dir, "admin/")))
      .map((file) => weigh(site, file));
  });

  it("links a stylesheet from every page, and every linked file is in the site", () => {
    expect(weights.length).toBeGreaterThan(0);
    expect(
      weights.filter((w) => w.assets.size === 0).map((w) => w.page),
      "pages without a stylesheet",
    ).toEqual([]);
    expect(
      weights.filter((w) => w.missing.length).map((w) => `${w.page} → ${w.missing.join(", ")}`),
    ).toEqual([]);
  });

  it(`fits every page with its CSS and JS in ${BUDGET} bytes gzipped`, () => {
    const over = weights
      .filter((w) => total(w) > BUDGET)
      .map(
        (w) =>
          `${w.page}: ${total(w)} bytes gzipped (html ${w.html}${[...w.assets].map(([url, n]) => ` + ${url} ${n}`).join("")})`,
      );
    expect(over, `pages over the ${BUDGET}-byte budget`).toEqual([]);
  });

  it("needs no script to read any page: only the search page of each language loads one, the site's own search script", async () => {
    const scripted = weights.filter((w) => w.scripts.length);
    const searchPages = (await modelPages(content))
      .filter((p) => p.kind === "search")
      .map((p) => `/${p.path}`);
    expect(searchPages.length).toBeGreaterThanOrEqual(2);
    expect(scripted.map((w) => w.page).sort()).toEqual(searchPages.sort());
    for (const w of scripted)
      expect(w.scripts).toEqual([
        expect.stringMatching(
          /^<script type="module" src="\/assets\/search\.[0-9a-f]{10}\.js" data-bundle="\/pagefind\/"><\/script>$/,
        ),
      ]);
  });
});
