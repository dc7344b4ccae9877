/**
 * DESIGN.md: 0 axe-core violations. One page of every kind in both languages, at phone size, in
 * Chromium, served with the site's real headers, in light and dark colour schemes, and every
 * centre theme in both; and a keyboard user's first Tab reaches the skip link, which shows itself
 * and leads into the main content.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults } from "axe-core";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageKinds, type SitePage } from "../../scripts/dev/page-kinds.ts";
import { launchChromium, PHONE, serveSite, type SiteServer } from "../helpers/browser.ts";
import { FIXTURES } from "../helpers/cli.ts";
import { join } from "node:path";
import { THEMES } from "../../scripts/site/themes.ts";
import { buildSite, qualitySites } from "../helpers/sites.ts";
import { EVERY_KIND, kindLabel } from "./kinds.ts";

/**
 * The CSP forbids inline scripts, so axe is not added as a <script>; Playwright's evaluate goes
 * through the DevTools protocol, which the page's CSP does not govern.
 */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);
const SKIP_TEXT = { id: "Langsung ke isi", en: "Skip to content" } as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

declare global {
  interface Window {
    axe: typeof import("axe-core");
  }
}

async function axe(page: Page, context?: string, rules?: string[]): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const results: AxeResults = await page.evaluate(
    ([context, rules]) =>
      window.axe.run(context ?? document, {
        resultTypes: ["violations"],
        ...(rules ? { runOnly: { type: "rule", values: rules } } : {}),
      }),
    [context, rules] as const,
  );
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes
        .map(
          (n) =>
            `    ${n.target.join(" ")}\n      ${(n.failureSummary ?? "").replace(/\n/g, "\n      ")}`,
        )
        .join("\n"),
  );
}

describe.each(qualitySites())("$name", ({ name, content }) => {
  let server: SiteServer;
  let pages: SitePage[];
  let tab: Page;
  let darkTab: Page;

  beforeAll(async () => {
    const site = await buildSite(name, content);
    server = await serveSite(site.dir, { headers: true });
    pages = await pageKinds(site.dir, content);
    tab = await browser.newPage({ viewport: PHONE });
    darkTab = await browser.newPage({ viewport: PHONE, colorScheme: "dark" });
  });
  afterAll(async () => {
    await tab?.close();
    await darkTab?.close();
    server?.close();
  });

  const load = async (kind: (typeof EVERY_KIND)[number], into = tab) => {
    const found = pages.find((p) => p.kind === kind.kind && p.lang === kind.lang);
    expect(found, `a ${kindLabel(kind)} page in the build`).toBeDefined();
    const response = await into.goto(server.origin + found!.url);
    expect(response?.status(), found!.url).toBe(200);
    return found!;
  };

  it.each(EVERY_KIND)("has no axe violations: $kind ($lang)", async (kind) => {
    const page = await load(kind);
    expect(await axe(tab), `axe on ${page.url}`).toEqual([]);
  });

  it.each(EVERY_KIND)("has no axe violations in dark mode: $kind ($lang)", async (kind) => {
    const page = await load(kind, darkTab);
    expect(await axe(darkTab), `axe on ${page.url} (dark)`).toEqual([]);
  });

  it.each(EVERY_KIND)(
    "focuses the visible skip link on the first Tab: $kind ($lang)",
    async (kind) => {
      const page = await load(kind);
      await tab.keyboard.press("Tab");
      const focused = await tab.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const box = el?.getBoundingClientRect();
        const style = el && getComputedStyle(el);
        return {
          className: el?.className,
          text: el?.textContent?.trim(),
          href: el?.getAttribute("href"),
          onScreen:
            !!box &&
            box.width > 0 &&
            box.height > 0 &&
            box.top >= 0 &&
            box.left >= 0 &&
            box.bottom <= innerHeight &&
            box.right <= innerWidth,
          shown:
            !!style &&
            style.visibility !== "hidden" &&
            style.opacity !== "0" &&
            style.clipPath === "none",
        };
      });
      expect(focused, page.url).toEqual({
        className: "skip-link",
        text: SKIP_TEXT[kind.lang],
        href: "#isi",
        onScreen: true,
        shown: true,
      });
      // Once shown it must be readable, which axe skips while it sits off screen.
      expect(
        await axe(tab, ".skip-link", ["color-contrast"]),
        `skip link contrast on ${page.url}`,
      ).toEqual([]);

      await tab.keyboard.press("Enter");
      await tab.keyboard.press("Tab");
      const next = await tab.evaluate(() => ({
        hash: location.hash,
        inMain: !!document.activeElement?.closest("main"),
      }));
      expect(next, `after the skip link on ${page.url}, Tab goes on inside <main>`).toEqual({
        hash: "#isi",
        inMain: true,
      });
    },
  );
});

/** Each named theme and a centre's own colours, on a centre's home and visit pages, light and dark. */
describe("every centre theme", () => {
  let server: SiteServer;
  beforeAll(async () => {
    const site = await buildSite(
      "fixture themes/every-theme",
      join(FIXTURES, "themes/every-theme/content"),
    );
    server = await serveSite(site.dir, { headers: true });
  });
  afterAll(() => server?.close());

  const cases = [...THEMES, "warna"].flatMap((theme) =>
    (["light", "dark"] as const).map((scheme) => ({ theme, scheme })),
  );
  it.each(cases)("$theme ($scheme) has no axe violations", async ({ theme, scheme }) => {
    const tab = await browser.newPage({ viewport: PHONE, colorScheme: scheme });
    try {
      for (const path of [`/uji-${theme}/`, `/en/uji-${theme}/visit/`]) {
        expect((await tab.goto(server.origin + path))?.status(), path).toBe(200);
        expect(await axe(tab), `axe on ${path} (${scheme})`).toEqual([]);
      }
    } finally {
      await tab.close();
    }
  });
});
