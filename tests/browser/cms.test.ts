/**
 * The CMS as staff use it in local mode (`npm run edit`), in Chromium under the /admin/ policy of
 * the site's own _headers: Decap loads from our copy of the package with no policy violation, lists
 * a centre's businesses (not their English files), opens one, and saving an edit writes a file
 * that `npm run check` accepts. Works on a copy of the content: content/ is never touched.
 */
import { cpSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeAdmin } from "../../scripts/cms/admin.ts";
import { cmsOptionsFor } from "../../scripts/cms/centres.ts";
import { cmsConfigYaml, type CmsOptions } from "../../scripts/cms/config.ts";
import { serveEditor, startDecapServer, type Running } from "../../scripts/cms/server.ts";
import { addBusiness, login, openCollection, publish } from "../../scripts/cms/walkthrough.ts";
import { launchChromium } from "../helpers/browser.ts";
import { FIXTURES, PROJECT_ROOT, readPage, runBuild, runCli, tempDir } from "../helpers/cli.ts";

const DESKTOP = { width: 1280, height: 900 };
const TAPIS = join(PROJECT_ROOT, "content/tapis-bandarlampung");

/** A repository of its own: `<root>/content/…`, the Tapis centre when the sample content has it. */
function contentCopy(): { root: string; centre: string } {
  const root = tempDir("etalase-cms-");
  if (existsSync(join(TAPIS, "index.md"))) {
    cpSync(TAPIS, join(root, "content/tapis-bandarlampung"), { recursive: true });
    return { root, centre: "tapis-bandarlampung" };
  }
  cpSync(join(FIXTURES, "valid-site/content"), join(root, "content"), { recursive: true });
  return { root, centre: "batik-uji" };
}

/** `nama_usaha` of every business file, read as text (not through the code under test). */
function businessNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md") && !name.endsWith(".en.md"))
    .map((name) =>
      /^nama_usaha:\s*(.+)$/m
        .exec(readFileSync(join(dir, name), "utf8"))![1]!
        .replace(/^["']|["']$/g, ""),
    )
    .sort();
}

let browser: Browser;
let tab: Page;
let api: Running;
let editor: Running;
let root: string;
let centre: string;
let options: CmsOptions;
let problems: string[] = [];

beforeAll(async () => {
  ({ root, centre } = contentCopy());
  options = await cmsOptionsFor("content", root);
  const adminRoot = join(root, "_site");
  await writeAdmin(adminRoot, options);
  api = await startDecapServer(root);
  editor = await serveEditor({
    adminRoot,
    api: api.origin,
    headersFile: join(PROJECT_ROOT, "templates/static/_headers"),
    config: async (localBackend) => cmsConfigYaml({ ...options, localBackend }),
  });
  browser = await launchChromium();
  tab = await browser.newPage({ viewport: DESKTOP });
  await tab.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP: ${e.violatedDirective} blocked ${e.blockedURI || "(inline)"}`),
    );
  });
  tab.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  tab.on("pageerror", (e) => problems.push(e.message));
  tab.on("requestfailed", (r) =>
    problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`),
  );
});

afterAll(async () => {
  await browser?.close();
  await editor?.close();
  await api?.close();
});

describe("Decap CMS at /admin/, local mode", () => {
  it("loads under the /admin/ policy with no violation or error, in Indonesian", async () => {
    problems = [];
    const response = await fetch(`${editor.origin}/admin/`);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self' 'unsafe-eval';");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    await login(tab, editor.origin);
    expect(problems).toEqual([]);
  });

  it("lists the centre's businesses and none of their English files", async () => {
    const label = options.centres.find((c) => c.slug === centre)!.name;
    await openCollection(tab, `${label}: usaha dan perajin`);
    const expected = businessNames(join(root, "content", centre, "pengrajin"));
    const shown = await tab.locator('a[href*="/entries/"]').allInnerTexts();
    expect(shown.map((text) => text.replace(/\s*\(.*\)$/, "").trim()).sort()).toEqual(expected);
    expect(problems).toEqual([]);
  });

  it("opens a business, saves an edit (a field changed, optional ones emptied), and the written file passes npm run check", async () => {
    const first = businessNames(join(root, "content", centre, "pengrajin"))[0]!;
    await tab.getByText(first).first().click();
    const summary = tab.getByLabel("Ringkasan", { exact: true });
    await summary.waitFor();
    const text = "Ringkasan baru dari uji CMS: kain tenun tangan, dikirim ke seluruh Indonesia.";
    await summary.fill(text);
    // Emptied optional fields are left out of the file, not written as "" (which check refuses).
    await tab.getByLabel(/^Nomor booth/).fill("");
    await tab.getByLabel(/^Berdiri sejak/).fill("");
    await publish(tab);

    const folder = join(root, "content", centre, "pengrajin");
    const saved = readdirSync(folder)
      .map((name) => readFileSync(join(folder, name), "utf8"))
      .find((body) => body.includes(text));
    expect(saved, "a business file holding the new summary").toBeDefined();
    expect(saved).not.toMatch(/^(nomor_booth|sejak):/m);
    const check = runCli("check.ts", ["--content", join(root, "content")]);
    expect({ code: check.code, stderr: check.stderr }).toEqual({ code: 0, stderr: "" });
    expect(problems).toEqual([]);
  });

  it("adds a business with a photo: the photo lands in foto/, check passes, and the built page shows it", async () => {
    await tab
      .getByRole("link", { name: /usaha dan perajin/ })
      .first()
      .click();
    const photo = join(tempDir("etalase-photo-"), "kain-toko-uji.jpg");
    const fotoDir = join(root, "content", centre, "foto");
    cpSync(join(fotoDir, readdirSync(fotoDir).find((name) => name.endsWith(".jpg"))!), photo);
    await addBusiness(tab, {
      name: "Toko Uji Coba",
      owner: "Ibu Sari",
      summary: "Kain tenun tangan dengan pewarna alam.",
      whatsapp: "0812 3456 7890",
      photo: {
        file: photo,
        alt: "Kain tenun merah bermotif kapal",
        altEn: "Red woven cloth with a ship pattern",
      },
    });

    const file = join(root, "content", centre, "pengrajin/toko-uji-coba.md");
    expect(readFileSync(file, "utf8")).toMatch(/^ {4}berkas: foto\/kain-toko-uji\.jpg$/m);
    expect(existsSync(join(fotoDir, "kain-toko-uji.jpg"))).toBe(true);
    expect(runCli("check.ts", ["--content", join(root, "content")])).toMatchObject({
      code: 0,
      stderr: "",
    });
    const site = join(tempDir(), "_site");
    expect(runBuild(join(root, "content"), site).code).toBe(0);
    const page = readPage(site, `${centre}/pengrajin/toko-uji-coba/`);
    expect(page).toContain("Toko Uji Coba");
    expect(page).toContain('alt="Kain tenun merah bermotif kapal"');
    expect(problems).toEqual([]);
  });
});
