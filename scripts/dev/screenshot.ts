/**
 * `npm run screenshot -- <site-dir> <path> <out.png> [width] [page|screen]`: a phone-width picture
 * of a built page in Debian's Chromium, whole or only its first screen (844 px high), for the README
 * and for looking at what a change did.
 */
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium.ts";
import { serveStatic } from "./serve-static.ts";

const [siteDir = "_site", path = "/", out = "screenshot.png", width = "390", extent = "page"] =
  process.argv.slice(2);
const server = await serveStatic(siteDir);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
try {
  const page = await browser.newPage({
    viewport: { width: Number(width), height: 844 },
    deviceScaleFactor: 1,
  });
  await page.goto(`${server.origin}${path}`);
  // Photos below the first screen load lazily: scroll through so they are in the picture.
  await page.evaluate(async () => {
    for (const img of document.querySelectorAll("img")) {
      // A closed full-size view (templates/components/PhotoView.tsx) is not shown, so never loads.
      if (!img.checkVisibility()) continue;
      img.scrollIntoView();
      if (!img.complete)
        await new Promise((done) => {
          img.addEventListener("load", done, { once: true });
          img.addEventListener("error", done, { once: true });
        });
    }
    window.scrollTo(0, 0);
  });
  await page.screenshot({ path: out, fullPage: extent !== "screen" });
  console.log(`screenshot: ${out}`);
} finally {
  await browser.close();
  server.close();
}
