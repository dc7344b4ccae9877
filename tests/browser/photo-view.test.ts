/**
 * A visitor on a phone, JavaScript off, in Chromium: a photo of the centre's gallery or of a
 * product opens at full size with a tap, Escape or the close button shuts it and focus goes back
 * to the photo; the large file is fetched only when the photo is opened.
 */
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/cli.ts";
import { launchChromium, PHONE, serveSite, type SiteServer } from "../helpers/browser.ts";
import { buildSite } from "../helpers/sites.ts";

let browser: Browser;
let server: SiteServer;
/** Without JavaScript: the view must work with none. */
let noScript: BrowserContext;
/**
 * With JavaScript, as almost every visitor browses: the HTML standard turns lazy loading off when
 * scripting is off, so only here does a closed view's large picture wait until it is opened.
 */
let withScript: BrowserContext;

beforeAll(async () => {
  const site = await buildSite("content/", join(PROJECT_ROOT, "content"));
  server = await serveSite(site.dir, { headers: true });
  browser = await launchChromium();
  // A phone with a 3× screen: the full-size view asks for the 1280 px file, the gallery for less.
  noScript = await browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 3,
    javaScriptEnabled: false,
  });
  withScript = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 3 });
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** The page, with every image address it fetched and the bytes of every response, as it goes. */
async function open(
  context: BrowserContext,
  path: string,
): Promise<{ tab: Page; images: string[]; bytes: () => number }> {
  const tab = await context.newPage();
  const images: string[] = [];
  let bytes = 0;
  tab.on("response", async (response) => {
    if (response.request().resourceType() === "image")
      images.push(new URL(response.url()).pathname);
    bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
  });
  await tab.goto(server.origin + path, { waitUntil: "networkidle" });
  // Scroll through every picture that is shown, so the lazy ones load.
  for (const img of await tab.locator("img").all())
    if (await img.isVisible()) await img.scrollIntoViewIfNeeded();
  await tab.waitForLoadState("networkidle");
  return { tab, images, bytes: () => bytes };
}

const viewOpen = (tab: Page, id: string) =>
  tab.locator(`#${id}`).evaluate((el) => el.matches(":popover-open"));

const LARGE = "-1280.";

describe("the centre's gallery, with JavaScript as most visitors have it", () => {
  it("fetches no full-size file before a photo is opened, and fetches it on a tap", async () => {
    const { tab, images, bytes } = await open(withScript, "/tapis-bandarlampung/");
    const hero = new URL(
      await tab.locator(".hero img").evaluate((img: HTMLImageElement) => img.currentSrc),
    ).pathname;
    expect(images.filter((path) => path.includes(LARGE) && path !== hero)).toEqual([]);
    expect(
      await tab.locator("#foto-1 img").evaluate((img: HTMLImageElement) => img.currentSrc),
    ).toBe("");
    // Every byte before a photo is opened: HTML, CSS and the pictures shown (reported, not judged).
    console.log(
      `centre page on a 3× phone before opening a photo: ${bytes()} bytes, ${images.length} pictures`,
    );
    await tab.locator("section:has(#galeri) .photo__open").first().click();
    await expect
      .poll(() => images.filter((path) => path.includes(LARGE) && path !== hero).length)
      .toBe(1);
    await tab.close();
  });
});

describe("the centre's gallery, without JavaScript", () => {
  let tab: Page;
  beforeAll(async () => {
    ({ tab } = await open(noScript, "/tapis-bandarlampung/"));
  });
  afterAll(() => tab.close());

  it("opens the first photo at full size on a tap, with its description, and the close button in focus", async () => {
    const button = tab.locator("section:has(#galeri) .photo__open").first();
    const alt = await button.locator("img").getAttribute("alt");
    expect(await tab.locator("#foto-1 img").isVisible()).toBe(false);
    await button.click();
    expect(await viewOpen(tab, "foto-1")).toBe(true);
    const large = tab.locator("#foto-1 img");
    await expect
      .poll(() => large.evaluate((img: HTMLImageElement) => img.complete && img.currentSrc))
      .toContain(LARGE);
    expect(await large.getAttribute("alt")).toBe(alt);
    expect(await large.isVisible()).toBe(true);
    expect((await large.boundingBox())!.width).toBeGreaterThan(PHONE.width * 0.8);
    expect(await tab.evaluate(() => document.activeElement?.className)).toBe("photo-view__close");
  });

  it("closes with Escape and gives focus back to the photo", async () => {
    await tab.keyboard.press("Escape");
    expect(await viewOpen(tab, "foto-1")).toBe(false);
    expect(await tab.locator("#foto-1 img").isVisible()).toBe(false);
    expect(await tab.evaluate(() => document.activeElement?.getAttribute("popovertarget"))).toBe(
      "foto-1",
    );
  });

  it("closes with its close button", async () => {
    await tab.locator("section:has(#galeri) .photo__open").nth(1).click();
    expect(await viewOpen(tab, "foto-2")).toBe(true);
    await tab.locator("#foto-2 .photo-view__close").click();
    expect(await viewOpen(tab, "foto-2")).toBe(false);
  });
});

describe("a business's product grid, without JavaScript", () => {
  it("opens a product's own photo at full size and closes it with Escape", async () => {
    const { tab } = await open(noScript, "/tapis-bandarlampung/pengrajin/tapis-siger-emas/");
    const card = tab.locator(".product-grid > li:has(.photo__open)").first();
    const id = (await card.locator(".photo__open").getAttribute("popovertarget"))!;
    expect(id).toMatch(/^produk-\d+-foto$/);
    await card.locator(".photo__open").click();
    expect(await viewOpen(tab, id)).toBe(true);
    expect(await tab.locator(`#${id} img`).isVisible()).toBe(true);
    expect(await tab.locator(`#${id} img`).getAttribute("alt")).toBe(
      await card.locator(".photo__open img").getAttribute("alt"),
    );
    await tab.keyboard.press("Escape");
    expect(await viewOpen(tab, id)).toBe(false);
    await tab.close();
  });
});
