/**
 * The pages under the site's own `_headers` (a strict Content-Security-Policy: nothing inline,
 * nothing from another origin): one page of every kind in both languages loads in Chromium with
 * no violation and no error, with its stylesheet applied and every photo shown, without shifting.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageKinds, type SitePage } from "../../scripts/dev/page-kinds.ts";
import { launchChromium, PHONE, serveSite, type SiteServer } from "../helpers/browser.ts";
import { buildSite, qualitySites } from "../helpers/sites.ts";
import { EVERY_KIND, type KindInLang } from "./kinds.ts";

/** --paper in templates/site.css, as the browser reports it; the default would be transparent/white. */
const PAPER = "rgb(251, 246, 238)";

interface Observed {
  csp: string[];
  shifts: { value: number; sources: string[] }[];
}

declare global {
  interface Window {
    __observed: Observed;
  }
}

/**
 * Runs before any of the page's own code, through the DevTools protocol (so the CSP does not block
 * it): records policy violations and layout shifts for the test to read afterwards.
 */
function observe() {
  const observed: Observed = { csp: [], shifts: [] };
  window.__observed = observed;
  document.addEventListener("securitypolicyviolation", (e) => {
    observed.csp.push(
      `${e.violatedDirective} blocked ${e.blockedURI || "(inline)"} at ${e.sourceFile || e.documentURI}:${e.lineNumber}`,
    );
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources?: { node?: Node }[];
    })[]) {
      if (entry.hadRecentInput) continue;
      const sources = (entry.sources ?? []).map((s) => {
        const el = s.node instanceof Element ? s.node : s.node?.parentElement;
        return el
          ? `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(" ").join(".")}` : ""}`
          : "?";
      });
      observed.shifts.push({ value: entry.value, sources });
    }
  }).observe({ type: "layout-shift", buffered: true });
}

/** The icon address a browser requests for a page: its `<link rel="icon">`, or `/favicon.ico`. */
function iconOf(page: SitePage): string {
  const link = parse(readFileSync(page.file, "utf8"))
    .querySelectorAll("link[href]")
    .find((l) => (l.getAttribute("rel") ?? "").toLowerCase().split(/\s+/).includes("icon"));
  return new URL(link?.getAttribute("href") ?? "/favicon.ico", `http://site.invalid${page.url}`)
    .pathname;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(qualitySites())("$name", ({ name, content }) => {
  let server: SiteServer;
  let pages: SitePage[];
  let tab: Page;
  /** What went wrong while the current page loaded: console errors and failed requests. */
  let errors: string[] = [];
  let siteDir: string;
  /** Addresses of the site's icon, which the browser requests on its own. */
  let iconPaths: Set<string>;
  const isIconRequest = (url: string) => iconPaths.has(new URL(url, server.origin).pathname);

  beforeAll(async () => {
    const site = await buildSite(name, content);
    server = await serveSite(site.dir, { headers: true });
    pages = await pageKinds(site.dir, content);
    iconPaths = new Set(pages.map((p) => iconOf(p)));
    siteDir = site.dir;
    tab = await browser.newPage({ viewport: PHONE });
    await tab.addInitScript(observe);
    tab.on("pageerror", (e) => errors.push(`page error: ${e.message}`));
    tab.on("requestfailed", (r) => {
      // The browser drops its own icon request when the next page starts loading.
      if (!isIconRequest(r.url()))
        errors.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
    });
    tab.on("response", (r) => {
      // The icon is asked for once per browser, by whichever page comes first; its own test is below.
      if (r.status() >= 400 && !isIconRequest(r.url()))
        errors.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    tab.on("console", (m) => {
      if (m.type() === "error" && !isIconRequest(m.location().url))
        errors.push(`console ${m.type()}: ${m.text()} (${m.location().url})`);
      else if (/content security policy/i.test(m.text()))
        errors.push(`console ${m.type()}: ${m.text()}`);
    });
  });
  afterAll(async () => {
    await tab?.close();
    server?.close();
  });

  /** Loads the page and scrolls through it, so lazy photos load too. */
  async function visit({ kind, lang }: KindInLang): Promise<SitePage> {
    const page = pages.find((p) => p.kind === kind && p.lang === lang);
    expect(page, `a ${kind} (${lang}) page in the build`).toBeDefined();
    errors = [];
    const response = await tab.goto(server.origin + page!.url);
    expect(
      response?.headers()["content-security-policy"],
      "served with the _headers CSP",
    ).toContain("default-src 'none'");
    await tab.evaluate(async () => {
      for (const img of document.querySelectorAll("img")) {
        // A closed full-size view is not shown, so its lazy photo never loads.
        if (!img.checkVisibility()) continue;
        img.scrollIntoView();
        if (img.complete) continue;
        await new Promise((done) => {
          img.addEventListener("load", done, { once: true });
          img.addEventListener("error", done, { once: true });
        });
      }
      window.scrollTo(0, 0);
    });
    return page!;
  }

  it.each(EVERY_KIND)(
    "loads with no CSP violation, console error or failed request: $kind ($lang)",
    async (kind) => {
      const page = await visit(kind);
      const csp = await tab.evaluate(() => window.__observed.csp);
      expect({ csp, errors }, page.url).toEqual({ csp: [], errors: [] });
    },
  );

  it.each(EVERY_KIND)(
    "applies the stylesheet and shows every photo without a layout shift: $kind ($lang)",
    async (kind) => {
      const page = await visit(kind);
      const seen = await tab.evaluate(() => ({
        background: getComputedStyle(document.body).backgroundColor,
        images: [...document.querySelectorAll("img")].map((img) => ({
          src: img.currentSrc || img.src,
          width: img.naturalWidth,
          shown: img.checkVisibility(),
          inClosedView: !!img.closest("[popover]:not(:popover-open)"),
        })),
        shift: window.__observed.shifts,
      }));
      expect(seen.background, `body background on ${page.url}`).toBe(PAPER);
      expect(seen.images.length, `<img> elements on ${page.url}`).toBe(
        (readFileSync(page.file, "utf8").match(/<img\b/g) ?? []).length,
      );
      expect(
        seen.images.filter((i) => i.shown && i.width === 0).map((i) => i.src),
        `photos that did not load on ${page.url}`,
      ).toEqual([]);
      expect(
        seen.images.filter((i) => !i.shown && !i.inClosedView).map((i) => i.src),
        `photos hidden outside a closed full-size view on ${page.url}`,
      ).toEqual([]);
      expect(seen.shift, `layout shifts on ${page.url}`).toEqual([]);
    },
  );

  it("gives browsers the icon they ask for (its <link rel=icon>, else /favicon.ico)", () => {
    const missing = pages
      .filter((p) => !existsSync(join(siteDir, iconOf(p))))
      .map((p) => `${p.url} → ${iconOf(p)}`);
    expect(
      missing,
      "icons that are not in the site: every first visit logs a 404 and downloads 404.html",
    ).toEqual([]);
  });

  it("has photos on the pages it loads, so the photo check above checks something", () => {
    const photos = pages.reduce(
      (n, p) => n + (readFileSync(p.file, "utf8").match(/<img\b/g) ?? []).length,
      0,
    );
    expect(photos).toBeGreaterThan(0);
  });
});
