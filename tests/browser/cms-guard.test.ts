/**
 * The CMS never writes a file `npm run check` refuses: staff's usual slips, driven in Chromium
 * set to American English (the hardest case for dates) against the local editor as `npm run edit`
 * serves it (decap-server behind the check of every save and delete), on a copy of the valid
 * fixture. After each, check accepts the content, or the CMS refused with a visible message.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeAdmin } from "../../scripts/cms/admin.ts";
import { cmsOptionsFor } from "../../scripts/cms/centres.ts";
import { cmsConfigYaml } from "../../scripts/cms/config.ts";
import { serveEditor, startDecapServer, type Running } from "../../scripts/cms/server.ts";
import { login, publish } from "../../scripts/cms/walkthrough.ts";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/dev/chromium.ts";
import { FIXTURES, PROJECT_ROOT, runCli, tempDir } from "../helpers/cli.ts";

let browser: Browser;
let tab: Page;
let api: Running;
let editor: Running;
let root: string;
const centre = () => join(root, "content/batik-uji");
const checked = () => runCli("check.ts", ["--content", join(root, "content")]);

beforeAll(async () => {
  root = tempDir("etalase-cms-guard-");
  cpSync(join(FIXTURES, "valid-site/content"), join(root, "content"), { recursive: true });
  // A business no event lists, with its English text, to delete.
  writeFileSync(
    join(centre(), "pengrajin/batik-tiga.md"),
    readFileSync(join(centre(), "pengrajin/batik-dua.md"), "utf8")
      .replace(/^nama_usaha:.*$/m, "nama_usaha: Batik Tiga")
      .replace(/^nomor_booth:.*\n/m, ""),
  );
  writeFileSync(
    join(centre(), "pengrajin/batik-tiga.en.md"),
    "---\nringkasan: Hand-drawn batik.\n---\n",
  );
  const options = await cmsOptionsFor("content", root);
  const adminRoot = join(root, "_site");
  await writeAdmin(adminRoot, options);
  api = await startDecapServer(root);
  editor = await serveEditor({
    adminRoot,
    api: api.origin,
    headersFile: join(PROJECT_ROOT, "templates/static/_headers"),
    guard: { repoRoot: root, contentDir: "content", stageRoot: tempDir("etalase-stage-") },
    config: async (localBackend) =>
      cmsConfigYaml({ ...(await cmsOptionsFor("content", root)), localBackend }),
  });
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, "--lang=en-US"],
  });
  tab = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
  // "Leave this page?" and "Delete this entry?" are answered yes, as staff would.
  tab.on("dialog", (dialog) => void dialog.accept());
  await login(tab, editor.origin);
});

afterAll(async () => {
  await browser?.close();
  await editor?.close();
  await api?.close();
});

async function newEntry(collection: string, button: string): Promise<void> {
  await tab.goto(`${editor.origin}/admin/#/collections/${collection}`);
  await tab.getByText(button).click();
}

async function chooseOption(label: RegExp, option: string): Promise<void> {
  await tab.getByLabel(label).click();
  await tab.getByText(option, { exact: true }).click();
}

/** "Terbitkan", "Terbitkan sekarang", for a form that should refuse. */
async function tryToPublish(): Promise<void> {
  await tab.getByText("Terbitkan", { exact: true }).click();
  await tab.getByText("Terbitkan sekarang", { exact: true }).click();
}

/** A new event with the required fields; the dates typed as staff write them. */
async function fillEvent(title: string, start: string, end: string): Promise<void> {
  await newEntry("batik-uji-acara", "Tambah Acara");
  await tab.getByLabel(/^Judul acara/).fill(title);
  await chooseOption(/^Jenis acara/, "Pameran");
  await tab.getByLabel(/^Ringkasan/).fill("Pameran kain batik tulis dari perajin sentra.");
  await tab.getByLabel(/^Mulai/).fill(start);
  await tab.getByLabel(/^Selesai/).fill(end);
}

describe("the CMS never writes a file npm run check refuses", () => {
  it("shows an event's dates day first with a 24-hour clock in an English browser", async () => {
    await tab.goto(
      `${editor.origin}/admin/#/collections/batik-uji-acara/entries/peragaan-mendatang`,
    );
    const start = tab.getByLabel(/^Mulai/);
    await start.waitFor();
    expect(await start.inputValue()).toBe("10-01-2027 19:00");
    expect(await tab.getByLabel(/^Selesai/).inputValue()).toBe("10-01-2027 21:00");
  });

  it("saves a new event without a photo with no photo key, and check accepts it", async () => {
    await fillEvent("Pameran Tanpa Foto", "25-10-2027 09:00", "25-10-2027 16.00");
    await publish(tab);
    const saved = readFileSync(join(centre(), "acara/pameran-tanpa-foto.md"), "utf8");
    expect(saved).toContain("mulai: 2027-10-25 09:00");
    expect(saved).toContain("selesai: 2027-10-25 16:00");
    expect(saved).not.toMatch(/^foto:/m);
    expect(checked()).toMatchObject({ code: 0, stderr: "" });
  });

  it("refuses an event that ends before it starts, in the form, and writes nothing", async () => {
    await fillEvent("Pameran Terbalik", "25-10-2027 16:00", "25-10-2027 09:00");
    await tryToPublish();
    await expect
      .poll(() =>
        tab
          .getByText(
            /Selesai \(25-10-2027 09:00\) tidak boleh sebelum mulai \(25-10-2027 16:00\).*The end cannot be before the start/,
          )
          .count(),
      )
      .toBe(1);
    expect(existsSync(join(centre(), "acara/pameran-terbalik.md"))).toBe(false);
  });

  it("refuses a price typed with dots (tulis 150000), then saves a product without a photo that check accepts", async () => {
    await newEntry("batik-uji-pengrajin", "Tambah Usaha");
    await tab.getByLabel(/^Nama usaha/).fill("Batik Harga");
    await tab.getByLabel(/^Pemilik/).fill("Ibu Sari");
    await tab.getByLabel(/^Ringkasan/).fill("Batik tulis halus.");
    await tab.getByLabel(/^Nomor WhatsApp/).fill("0812 3456 7890");
    await tab.getByRole("button", { name: /Tambah produk/ }).click();
    await tab.getByLabel(/^Nama produk/).fill("Kain batik tulis");
    await tab.getByLabel(/^Harga terendah/).fill("150.000");
    await chooseOption(/^Satuan/, "lembar");
    await tryToPublish();
    await expect
      .poll(() =>
        tab
          .getByText(
            "Harga terendah (Rp): tulis angka saja, tanpa titik dan tanpa Rp: tulis 150000. / Digits only, without dots or Rp: write 150000.",
          )
          .count(),
      )
      .toBe(1);
    expect(existsSync(join(centre(), "pengrajin/batik-harga.md"))).toBe(false);

    await tab.getByLabel(/^Harga terendah/).fill("150000");
    await publish(tab);
    const saved = readFileSync(join(centre(), "pengrajin/batik-harga.md"), "utf8");
    expect(saved).toMatch(/^ {4}harga_min: 150000$/m);
    expect(saved).not.toMatch(/^ {4}foto:/m);
    expect(checked()).toMatchObject({ code: 0, stderr: "" });
  });

  it("refuses to delete a business an event lists, naming the event, and deletes an unlisted one with its English text", async () => {
    const listed = join(centre(), "pengrajin/batik-satu.md");
    const before = readFileSync(listed);
    await tab.goto(`${editor.origin}/admin/#/collections/batik-uji-pengrajin/entries/batik-satu`);
    await tab.getByRole("button", { name: "Hapus isian" }).click();
    await expect
      .poll(() =>
        tab
          .getByText(
            /Usaha ini belum bisa dihapus: acara content\/batik-uji\/acara\/peragaan-mendatang\.md masih mencantumkannya/,
          )
          .count(),
      )
      .toBe(1);
    expect(readFileSync(listed)).toEqual(before);

    await tab.goto(`${editor.origin}/admin/#/collections/batik-uji-pengrajin/entries/batik-tiga`);
    await tab.getByRole("button", { name: "Hapus isian" }).click();
    await expect.poll(() => existsSync(join(centre(), "pengrajin/batik-tiga.md"))).toBe(false);
    await expect.poll(() => existsSync(join(centre(), "pengrajin/batik-tiga.en.md"))).toBe(false);
    expect(checked()).toMatchObject({ code: 0, stderr: "" });
  });
});
