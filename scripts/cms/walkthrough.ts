/**
 * What staff do in the CMS, step by step, as Playwright actions on Decap's Indonesian interface.
 * The browser test runs these steps to prove them; scripts/cms/screenshots.ts runs the same
 * steps to picture them for docs/panduan-staf.md, so the guide shows what the test checks.
 */
import type { Page } from "playwright-core";

export interface NewBusiness {
  readonly name: string;
  readonly owner: string;
  readonly summary: string;
  readonly whatsapp: string;
  readonly photo: { readonly file: string; readonly alt: string; readonly altEn: string };
}

/** A step's picture, when someone is taking them. */
export type Shot = (name: string) => Promise<void>;
const none: Shot = async () => {};

/** Local mode has no password: "Masuk" opens the CMS on the files of this computer. */
export async function login(page: Page, origin: string, shot: Shot = none): Promise<void> {
  await page.goto(`${origin}/admin/`);
  await page.getByRole("button", { name: "Masuk" }).waitFor();
  await shot("masuk");
  await page.getByRole("button", { name: "Masuk" }).click();
  await page.getByText("Koleksi").waitFor();
}

export async function openCollection(page: Page, label: string, shot: Shot = none): Promise<void> {
  await page.getByRole("link", { name: label }).click();
  await page.locator('a[href*="/entries/"]').first().waitFor();
  await shot("daftar");
}

/** Without the editorial workflow Decap saves by publishing: "Terbitkan", then "Terbitkan sekarang". */
export async function publish(page: Page): Promise<void> {
  await page.getByText("Terbitkan", { exact: true }).click();
  await page.getByText("Terbitkan sekarang", { exact: true }).click();
  await page.getByText("Sudah terbit", { exact: true }).waitFor();
}

/** "Tambah Usaha", the required fields, one photo uploaded from the computer, then publish. */
export async function addBusiness(
  page: Page,
  business: NewBusiness,
  shot: Shot = none,
): Promise<void> {
  await page.getByText("Tambah Usaha").click();
  await page.getByLabel(/^Nama usaha/).fill(business.name);
  await page.getByLabel(/^Pemilik/).fill(business.owner);
  await page.getByLabel(/^Ringkasan/).fill(business.summary);
  await page.getByLabel(/^Nomor WhatsApp/).fill(business.whatsapp);
  await shot("usaha-baru");
  await page.getByRole("button", { name: /Tambah foto/ }).click();
  await page.getByRole("button", { name: "Pilih foto" }).click();
  await page.locator("input[type=file]").setInputFiles(business.photo.file);
  await page.getByRole("button", { name: "Pakai yang dipilih" }).waitFor();
  await shot("unggah-foto");
  await page.getByRole("button", { name: "Pakai yang dipilih" }).click();
  await page.getByLabel(/^Keterangan foto$/).fill(business.photo.alt);
  await page.getByLabel(/^Keterangan foto \(bahasa Inggris\)/).fill(business.photo.altEn);
  await page.getByLabel(/^Keterangan foto \(bahasa Inggris\)/).scrollIntoViewIfNeeded();
  await shot("foto-terpasang");
  await publish(page);
  await shot("terbit");
}
