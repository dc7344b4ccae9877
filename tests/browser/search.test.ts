/**
 * Search as a visitor uses it, in Chromium under the site's own CSP: type a business's name on
 * /cari/ and its page is listed; choose a province and the results narrow to it; the English
 * page searches the English index.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { join } from "node:path";
import { FIXTURES } from "../helpers/cli.ts";
import { launchChromium, PHONE, serveSite, type SiteServer } from "../helpers/browser.ts";
import { buildSite } from "../helpers/sites.ts";

let browser: Browser;
let server: SiteServer;
/** The same site with its index in parts of one centre, as a site of more than 80 centres has. */
let partsServer: SiteServer;
let tab: Page;
const problems: string[] = [];

beforeAll(async () => {
  const content = join(FIXTURES, "valid-site/content");
  const site = await buildSite("fixture valid-site", content);
  server = await serveSite(site.dir, { headers: true });
  const inParts = await buildSite("fixture valid-site, index in parts", content, { ETALASE_SEARCH_PART: "1" });
  partsServer = await serveSite(inParts.dir, { headers: true });
  browser = await launchChromium();
  tab = await browser.newPage({ viewport: PHONE });
  tab.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  tab.on("pageerror", (e) => problems.push(e.message));
});
afterAll(async () => {
  await browser?.close();
  server?.close();
  partsServer?.close();
});

async function resultLinks(): Promise<string[]> {
  return tab.$$eval("#search-results a", (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Types like a person and waits until the list shows what the index answered. */
async function search(term: string): Promise<string[]> {
  await tab.fill("#q", term);
  await tab.waitForFunction(() => (document.getElementById("search-status")?.textContent ?? "") !== "");
  return resultLinks();
}

/** "sentra" finds pages of both centres; choosing NTB leaves only the Gerabah centre's. */
async function expectProvinceFilterNarrows(site: SiteServer): Promise<void> {
  await tab.goto(`${site.origin}/cari/?q=sentra`);
  await tab.waitForFunction(() => document.querySelectorAll("#search-results li").length > 0);
  const everywhere = await resultLinks();
  expect(everywhere.some((l) => l.startsWith("/batik-uji/"))).toBe(true);
  expect(everywhere.some((l) => l.startsWith("/gerabah-uji/"))).toBe(true);

  await tab.selectOption("#filter-provinsi", "Nusa Tenggara Barat");
  await tab.waitForFunction(() => {
    const links = [...document.querySelectorAll("#search-results a")];
    return links.length > 0 && links.every((a) => a.getAttribute("href")?.includes("/gerabah-uji/"));
  });
  const narrowed = await resultLinks();
  expect(narrowed.length).toBeGreaterThan(0);
  expect(narrowed.length).toBeLessThan(everywhere.length);
  expect(problems).toEqual([]);
}

describe("search page", () => {
  it("finds a business by its name and links to its page", async () => {
    await tab.goto(`${server.origin}/cari/`);
    expect(await tab.textContent("h1")).toBe("Cari sentra, pengrajin dan acara");
    const links = await search("Batik Satu");
    expect(links[0]).toBe("/batik-uji/pengrajin/batik-satu/");
    expect(await tab.textContent("#search-results li:first-child h2")).toContain("Batik Satu");
    expect(problems).toEqual([]);
  });

  it("narrows the results with the province filter", async () => {
    await expectProvinceFilterNarrows(server);
  });

  it("runs the query from the address, so the search box on other pages works", async () => {
    await tab.goto(`${server.origin}/?`);
    await tab.fill("#q", "Gerabah");
    await tab.press("#q", "Enter");
    await tab.waitForURL(/\/cari\/\?q=Gerabah/);
    await tab.waitForFunction(() => document.querySelectorAll("#search-results li").length > 0);
    expect((await resultLinks()).every((l) => l.startsWith("/gerabah-uji/"))).toBe(true);
  });

  it("searches English pages from /en/search/", async () => {
    await tab.goto(`${server.origin}/en/search/`);
    expect(await tab.textContent("h1")).toBe("Search centres, artisans and events");
    const links = await search("Batik Satu");
    expect(links[0]).toBe("/en/batik-uji/artisans/batik-satu/");
    expect(problems).toEqual([]);
  });

  it("tells a visitor without JavaScript how to reach every centre", async () => {
    const page = await browser.newPage({ javaScriptEnabled: false, viewport: PHONE });
    await page.goto(`${server.origin}/cari/`);
    expect(await page.textContent("main")).toContain("Pencarian memerlukan JavaScript");
    const centres = await page.$$eval("#browse ~ ul a", (links) => links.map((a) => a.getAttribute("href")));
    expect(centres).toEqual(["/batik-uji/", "/gerabah-uji/"]);
    await page.close();
  });
});

describe("search on a site whose index is in parts", () => {
  it("finds pages of a centre in the second part, in both languages, under the site's CSP", async () => {
    const parts = await (await fetch(`${partsServer.origin}/pagefind/etalase-parts.json`)).json();
    expect(parts).toEqual(["/pagefind/bagian-2/"]);

    await tab.goto(`${partsServer.origin}/cari/`);
    expect(await search("Gerabah Satu")).toContain("/gerabah-uji/pengrajin/gerabah-satu/");
    // The first part still answers too: one query searches every part.
    expect(await search("Batik Satu")).toContain("/batik-uji/pengrajin/batik-satu/");

    await tab.goto(`${partsServer.origin}/en/search/`);
    expect(await search("Batik Satu")).toContain("/en/batik-uji/artisans/batik-satu/");
    expect(problems).toEqual([]);
  });

  it("narrows results from every part with a filter", async () => {
    await expectProvinceFilterNarrows(partsServer);
  });
});
