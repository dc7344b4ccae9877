/**
 * The print sheets as staff use them: printed to PDF by Chromium (one page, A6 for a booth card,
 * A4 for the poster), and the QR code on each read back from a screenshot by a QR decoder to the
 * page's full address. The poster is what hangs on a wall for months: the centre's picture edge
 * to edge, and nothing on it that goes stale.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { join } from "node:path";
import jsQRModule from "jsqr";
import { PNG } from "pngjs";
import { FIXTURES } from "../helpers/cli.ts";
import { launchChromium, serveSite, type SiteServer } from "../helpers/browser.ts";
import { buildSite } from "../helpers/sites.ts";

// jsqr is CommonJS whose types describe an ES default export; at run time the import is the function.
const jsQR = jsQRModule as unknown as (typeof jsQRModule)["default"];

/** Where the site is served: the QR codes lead there. */
const SITE_ORIGIN = "https://sentra.contoh.go.id";
/** PDF points per millimetre. */
const PT = 72 / 25.4;

let browser: Browser;
let server: SiteServer;
let tab: Page;

beforeAll(async () => {
  const site = await buildSite("fixture valid-site", join(FIXTURES, "valid-site/content"), {
    ETALASE_SITE_URL: SITE_ORIGIN,
  });
  server = await serveSite(site.dir, { headers: true });
  browser = await launchChromium();
  tab = await browser.newPage({ viewport: { width: 800, height: 1100 } });
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** Page count and size in millimetres of a PDF that Chromium printed (its page dictionaries are plain text). */
function pdfPages(pdf: Buffer): { count: number; sizes: string[] } {
  const text = pdf.toString("latin1");
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map(
    (m) => `${Math.round(Number(m[1]) / PT)}×${Math.round(Number(m[2]) / PT)} mm`,
  );
  return { count: (text.match(/\/Type\s*\/Page\b/g) ?? []).length, sizes: boxes };
}

async function readQr(): Promise<string | undefined> {
  const png = PNG.sync.read(await tab.locator("svg.qr").screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

describe.each([
  {
    name: "booth card",
    path: "/batik-uji/pengrajin/batik-satu/kartu/",
    size: "105×148 mm",
    target: "/batik-uji/pengrajin/batik-satu/",
    title: "Batik Satu",
  },
  {
    name: "booth card in English",
    path: "/en/batik-uji/artisans/batik-satu/card/",
    size: "105×148 mm",
    target: "/en/batik-uji/artisans/batik-satu/",
    title: "Batik Satu",
  },
  {
    name: "centre poster",
    path: "/batik-uji/poster/",
    size: "210×297 mm",
    target: "/batik-uji/",
    title: "Sentra Uji Batik",
  },
])("$name", ({ path, size, target, title }) => {
  beforeAll(async () => {
    await tab.goto(server.origin + path);
  });

  it(`prints on one ${size} page, with the sheet only`, async () => {
    const pdf = await tab.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdfPages(pdf)).toEqual({ count: 1, sizes: [size] });
    await tab.emulateMedia({ media: "print" });
    expect(await tab.locator(".site-header").isVisible()).toBe(false);
    expect(await tab.locator(".sheet__title").textContent()).toBe(title);
    await tab.emulateMedia({ media: null });
  });

  it("has a QR code that a phone decodes to the page's full address", async () => {
    expect(await readQr()).toBe(SITE_ORIGIN + target);
  });
});

describe("centre poster, as it hangs on a wall", () => {
  beforeAll(async () => {
    await tab.goto(`${server.origin}/batik-uji/poster/`);
    await tab.emulateMedia({ media: "print" });
  });
  afterAll(async () => {
    await tab.emulateMedia({ media: null });
  });

  it("shows the centre's picture across the whole width of the paper", async () => {
    const widths = await tab.evaluate(() => ({
      page: document.documentElement.clientWidth,
      photo: Math.round(
        document.querySelector(".poster__photo img")!.getBoundingClientRect().width,
      ),
    }));
    expect(widths.photo).toBe(widths.page);
  });

  it("says the name, craft, opening hours and WhatsApp number, and no event or date", async () => {
    const text = (await tab.locator(".poster").innerText()).replace(/\s+/g, " ");
    expect(text).toContain("Sentra Uji Batik");
    expect(text).toContain("BATIK · KOTA PEKALONGAN");
    expect(text).toContain("Senin–Jumat: 08.00–16.00 WIB");
    expect(text).toContain("WhatsApp +62 812-3456-7890");
    expect(text).not.toContain("Peragaan Busana Batik");
    expect(text).not.toMatch(/20\d\d/);
  });
});
