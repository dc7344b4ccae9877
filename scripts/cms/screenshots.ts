/**
 * `npx tsx scripts/cms/screenshots.ts [docs]`: the pictures in docs/panduan-staf.md, taken in
 * Debian's Chromium on a copy of the sample content: the CMS steps (the same ones the browser test
 * runs, scripts/cms/walkthrough.ts) at desktop width, the CMS and the new business's page on a
 * phone, and the preview showing a content problem. Nothing in content/ is changed.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type Page } from "playwright-core";
import { buildSite } from "../pipeline/build.ts";
import { loadContent } from "../content/load.ts";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../dev/chromium.ts";
import { problemsPanel, withPanel } from "../preview/last-good.ts";
import { writeAdmin } from "./admin.ts";
import { cmsOptionsFor } from "./centres.ts";
import { cmsConfigYaml, collectionName } from "./config.ts";
import { serveEditor, startDecapServer } from "./server.ts";
import { addBusiness, login, openCollection } from "./walkthrough.ts";

const out = resolve(process.argv[2] ?? "docs");
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const project = process.cwd();
const sample = existsSync(join(project, "content/tapis-bandarlampung/index.md"))
  ? join(project, "content")
  : join(project, "tests/fixtures/valid-site/content");

const root = await mkdtemp(join(tmpdir(), "etalase-shots-"));
cpSync(sample, join(root, "content"), { recursive: true });
const content = join(root, "content");
const options = await cmsOptionsFor("content", root);
const centre = options.centres[0]!;
await writeAdmin(join(root, "admin-root"), options);
const site = join(root, "_site");
let problems: Awaited<ReturnType<typeof loadContent>>["problems"] = [];

const api = await startDecapServer(root);
const editor = await serveEditor({
  adminRoot: join(root, "admin-root"),
  api: api.origin,
  headersFile: join(project, "templates/static/_headers"),
  siteDir: () => site,
  html: (page) => (problems.length ? withPanel(page, problemsPanel(problems, true)) : page),
  config: async (localBackend) => cmsConfigYaml({ ...options, localBackend }),
});
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
mkdirSync(out, { recursive: true });
const taken: string[] = [];

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  const file = join(out, `${name}.png`);
  await page.waitForTimeout(400);
  await page.screenshot({ path: file, fullPage });
  taken.push(file);
}

try {
  const desk = await browser.newPage({ viewport: DESKTOP });
  const step = (name: string) => shoot(desk, `cms-${name}`);
  await login(desk, editor.origin, step);
  await openCollection(desk, `${centre.name}: usaha dan perajin`, step);
  const photo = join(root, "kain-songket-baru.jpg");
  const fotoDir = join(content, centre.slug, "foto");
  cpSync(join(fotoDir, readdirSync(fotoDir).find((n) => n.endsWith(".jpg"))!), photo);
  await addBusiness(
    desk,
    {
      name: "Toko Uji Coba",
      owner: "Ibu Sari",
      summary: "Kain tapis tenun tangan dan selendang, dijual langsung dari perajinnya.",
      whatsapp: "0812 3456 7890",
      photo: {
        file: photo,
        alt: "Kain tapis merah dengan motif kapal berwarna emas",
        altEn: "Red Tapis cloth with a gold ship pattern",
      },
    },
    step,
  );

  // An event's form: the date pickers and the businesses it features.
  await desk.goto(`${editor.origin}/admin/#/collections/${collectionName(centre.slug, "acara")}`);
  await desk.getByText("Tambah Acara").click();
  await desk.getByLabel(/^Judul acara/).fill("Pameran Tapis Akhir Tahun");
  await desk.getByLabel(/^Ringkasan/).fill("Pameran kain dan busana Tapis dari perajin sentra.");
  await desk.getByLabel(/^Mulai/).scrollIntoViewIfNeeded();
  await shoot(desk, "cms-acara-baru");

  await buildSite({ contentDir: content, outDir: site, projectRoot: project });
  const business = `/${centre.slug}/pengrajin/toko-uji-coba/`;
  const phone = await browser.newPage({ viewport: PHONE, deviceScaleFactor: 2 });
  await phone.goto(editor.origin + business);
  await shoot(phone, "halaman-usaha-hp", true);
  await desk.goto(editor.origin + business);
  await shoot(desk, "halaman-usaha-desktop");

  await login(phone, editor.origin);
  await shoot(phone, "cms-hp");

  // A misspelt key, as in the guide: the preview keeps the last good page and shows the report.
  const file = join(content, centre.slug, "pengrajin/toko-uji-coba.md");
  writeFileSync(file, readFileSync(file, "utf8").replace(/^pemilik:/m, "pemilk:"));
  // Paths in the report as staff see them: content/<centre>/…, not the temporary folder.
  problems = (await loadContent(content, root)).problems;
  await desk.goto(editor.origin + business);
  await shoot(desk, "pratinjau-masalah");
} finally {
  await browser.close();
  await editor.close();
  await api.close();
}
console.log(taken.map((f) => `wrote ${f}`).join("\n"));
