/**
 * `npx tsx scripts/dev/gallery.ts <site-dir> <out-dir> <centre>…`: the first screen of every kind
 * of page, at phone (390 px) and desktop (1280 px) width, for the given centres of a built site,
 * in Debian's Chromium. docs/halaman/ holds the pictures for the two sample centres.
 */
import { mkdir, readdir } from "node:fs/promises";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium.ts";
import { serveStatic } from "./serve-static.ts";

const [siteDir = "_site", outDir = "docs/halaman", ...centres] = process.argv.slice(2);
const WIDTHS = [390, 1280] as const;

/** The first folder inside a built list page: one business, one event. */
async function firstEntry(listDir: string): Promise<string> {
  const names = (await readdir(listDir, { withFileTypes: true })).filter(
    (e) => e.isDirectory() && e.name !== "halaman",
  );
  return names.map((e) => e.name).sort()[0]!;
}

async function pagesOf(centre: string): Promise<Record<string, string>> {
  const business = await firstEntry(join(siteDir, centre, "pengrajin"));
  const event = await firstEntry(join(siteDir, centre, "acara"));
  return {
    sentra: `/${centre}/`,
    pengrajin: `/${centre}/pengrajin/`,
    usaha: `/${centre}/pengrajin/${business}/`,
    produk: `/${centre}/produk/`,
    acara: `/${centre}/acara/`,
    "satu-acara": `/${centre}/acara/${event}/`,
    kunjungi: `/${centre}/kunjungi/`,
    cetak: `/${centre}/cetak/`,
    "kartu-booth": `/${centre}/pengrajin/${business}/kartu/`,
    poster: `/${centre}/poster/`,
  };
}

const siteWide = {
  direktori: "/",
  provinsi: "/provinsi/lampung/",
  cari: "/cari/",
  "tidak-ditemukan": "/404.html",
};

await mkdir(outDir, { recursive: true });
const server = await serveStatic(siteDir);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
try {
  const shots: [string, string][] = Object.entries(siteWide);
  for (const centre of centres)
    for (const [kind, path] of Object.entries(await pagesOf(centre)))
      shots.push([`${centre}-${kind}`, path]);
  for (const width of WIDTHS) {
    const page = await browser.newPage({
      viewport: { width, height: width === 390 ? 844 : 800 },
      deviceScaleFactor: 1,
    });
    for (const [name, path] of shots) {
      await page.goto(`${server.origin}${path}`);
      await page.screenshot({ path: join(outDir, `${name}-${width}.png`) });
    }
    await page.close();
  }
  console.log(`gallery: ${shots.length * WIDTHS.length} pictures → ${outDir}`);
} finally {
  await browser.close();
  server.close();
}
