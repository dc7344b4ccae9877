/**
 * A visitor on a phone (390×844), in Chromium: the centre's home page answers what, when, where,
 * how to get there and how to chat without scrolling; the header stays short with no menu item
 * on two lines; and a tap anywhere on a card, its photo included, opens the card's page.
 */
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/cli.ts";
import { launchChromium, PHONE, serveSite, type SiteServer } from "../helpers/browser.ts";
import { buildSite } from "../helpers/sites.ts";

let browser: Browser;
let server: SiteServer;
let tab: Page;

beforeAll(async () => {
  const site = await buildSite("content/", join(PROJECT_ROOT, "content"));
  server = await serveSite(site.dir, { headers: true });
  browser = await launchChromium();
  tab = await browser.newPage({ viewport: PHONE });
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** What must be on the first screen, by what the visitor is looking for. */
const FIRST_SCREEN = {
  name: "main h1",
  craft: "main .kicker",
  "today's hours": ".glance__hours",
  "link to the week's hours": ".glance__hours a",
  address: ".glance__address",
  directions: "a[href^='https://www.google.com/maps/dir/?api=1&destination=']",
  "maps app": "a[href^='geo:']",
  OpenStreetMap: "a[href^='https://www.openstreetmap.org/']",
  WhatsApp: "main .button--wa",
} as const;

describe.each([
  { lang: "id", path: "/tapis-bandarlampung/" },
  { lang: "en", path: "/en/tapis-bandarlampung/" },
  { lang: "id", path: "/tenun-ikat-sikka/" },
  { lang: "en", path: "/en/tenun-ikat-sikka/" },
])("the sample centre's home page $path on a phone", ({ path }) => {
  beforeAll(async () => {
    await tab.goto(server.origin + path);
  });

  it("shows name, craft, today's hours, address, directions and WhatsApp without scrolling", async () => {
    const outside: string[] = [];
    for (const [what, selector] of Object.entries(FIRST_SCREEN)) {
      const box = await tab.locator(selector).first().boundingBox();
      if (!box) outside.push(`${what}: not shown`);
      else if (
        box.y < 0 ||
        box.y + box.height > PHONE.height ||
        box.x < 0 ||
        box.x + box.width > PHONE.width
      )
        outside.push(
          `${what}: at x ${Math.round(box.x)}–${Math.round(box.x + box.width)}, y ${Math.round(box.y)}–${Math.round(box.y + box.height)}`,
        );
    }
    expect(outside).toEqual([]);
  });

  it("has a header at most 120 px high, every menu item on one line and inside the screen", async () => {
    const header = await tab.locator(".site-header").boundingBox();
    expect(header!.height).toBeLessThanOrEqual(120);
    const items = await tab.locator(".site-header a").evaluateAll((links) =>
      links.map((a) => {
        const lines = a.getClientRects().length;
        const box = a.getBoundingClientRect();
        const lineHeight = parseFloat(getComputedStyle(a).lineHeight) || 0;
        return {
          text: a.textContent?.trim(),
          lines,
          tooTall:
            box.height -
              parseFloat(getComputedStyle(a).paddingTop) -
              parseFloat(getComputedStyle(a).paddingBottom) >
            lineHeight * 1.5,
          right: Math.round(box.right),
        };
      }),
    );
    const menu = items.filter(
      (item) => item.text && !["Etalase Sentra IKM", "Etalase craft centres"].includes(item.text),
    );
    expect(menu.length).toBeGreaterThanOrEqual(6);
    expect(
      menu.filter((item) => item.lines !== 1 || item.tooTall || item.right > PHONE.width),
    ).toEqual([]);
  });
});

describe("cards are whole tap targets", () => {
  it.each([
    {
      name: "a business card, by its photo",
      from: "/tapis-bandarlampung/",
      card: "#pengrajin ~ ul .card",
      tap: ".card__photo img",
    },
    {
      name: "a centre card in the directory, by its photo",
      from: "/",
      card: ".card--centre",
      tap: ".card__photo img",
    },
    {
      name: "an event card, by its date",
      from: "/tapis-bandarlampung/acara/",
      card: ".card--event",
      tap: ".card__meta time",
    },
  ])("$name opens its page", async ({ from, card, tap }) => {
    await tab.goto(server.origin + from);
    const first = tab.locator(card).first();
    const target = await first.locator(".card__title a").getAttribute("href");
    expect(target).toMatch(/^\//);
    // A tap at the middle of the photo or text, wherever the browser routes it (Playwright's own
    // click() would refuse: the stretched link lies over the element on purpose).
    const spot = first.locator(tap).first();
    await spot.scrollIntoViewIfNeeded();
    const box = (await spot.boundingBox())!;
    await Promise.all([
      tab.waitForURL(server.origin + target!),
      tab.mouse.click(box.x + box.width / 2, box.y + box.height / 2),
    ]);
    expect(new URL(tab.url()).pathname).toBe(target);
  });
});
