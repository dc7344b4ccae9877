/**
 * The list of messages in docs/panduan-staf.md ("Daftar pesan kesalahan"), collected from the code
 * itself: `npm run check`'s report on every bad-input fixture (tests/fixtures/bad/<case>/) and on
 * the everyday mistakes below (each a small edit of the valid fixture), each kind of message once. `npx tsx scripts/cms/error-catalog.ts` rewrites that part of the guide;
 * tests/cms-guide.test.ts fails when the guide is missing a message the code can print.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { checkContent } from "../content/check.ts";
import type { Problem } from "../problems/problem.ts";

export const GUIDE = "docs/panduan-staf.md";
export const BEGIN = "<!-- daftar-pesan: dibuat oleh scripts/cms/error-catalog.ts -->";
export const END = "<!-- daftar-pesan: akhir -->";

export interface CatalogEntry {
  readonly fixture: string;
  readonly problem: Problem;
}

/** Everyday mistakes the bad-input fixtures do not show: an edit of a copy of tests/fixtures/valid-site. */
const EVERYDAY: Record<string, (content: string) => Promise<void>> = {
  "pilihan-salah-ketik": (c) => edit(c, "batik-uji/acara/pameran-lalu.md", /^jenis: .*$/m, "jenis: pamerann"),
  "angka-berupa-teks": (c) => edit(c, "batik-uji/pengrajin/batik-satu.md", /^sejak: .*$/m, 'sejak: "dua ribu satu"'),
  "harga-dengan-titik": (c) => edit(c, "batik-uji/pengrajin/batik-satu.md", /harga_min: 450000/, 'harga_min: "450.000"'),
  "harga-terbalik": (c) => edit(c, "batik-uji/pengrajin/batik-satu.md", /harga_maks: 1200000/, "harga_maks: 100"),
  "foto-tidak-ada": (c) => edit(c, "batik-uji/pengrajin/batik-satu.md", /berkas: foto\/kain\.jpg/, "berkas: foto/tidak-ada.jpg"),
  "foto-dari-internet": (c) => edit(c, "batik-uji/pengrajin/batik-satu.md", /berkas: foto\/kain\.jpg/, "berkas: https://contoh.com/kain.jpg"),
  "alamat-web-salah": (c) => edit(c, "batik-uji/pengrajin/batik-dua.md", /^contoh:/m, "marketplace:\n  - nama: shopee\n    url: shopee.co.id/toko\ncontoh:"),
  "instagram-salah": (c) => edit(c, "batik-uji/pengrajin/batik-satu.md", /^instagram: .*$/m, 'instagram: "batik satu!"'),
  "booth-ganda": (c) => edit(c, "batik-uji/pengrajin/batik-dua.md", /^nomor_booth: .*$/m, "nomor_booth: A-01"),
  "kolom-ganda": (c) => edit(c, "batik-uji/pengrajin/batik-dua.md", /^contoh:/m, "nomor_booth: A-09\ncontoh:"),
  "terjemahan-tanpa-asli": (c) => writeFile(join(c, "batik-uji/pengrajin/batik-tiga.en.md"), "---\nringkasan: Batik.\n---\n"),
  "terjemahan-jumlah-beda": (c) => edit(c, "batik-uji/pengrajin/batik-satu.en.md", /nama_produk: .*$/m, "nama_produk: [Cloth, Scarf]"),
  "folder-tidak-dikenal": (c) => mkdir(join(c, "batik-uji/galeri")).then(() => writeFile(join(c, "batik-uji/galeri/a.md"), "")),
  "berkas-di-luar-sentra": (c) => writeFile(join(c, "catatan.md"), "---\nnama: x\n---\n"),
  "bukan-markdown": (c) => writeFile(join(c, "batik-uji/pengrajin/daftar-harga.docx"), "x"),
  "tanpa-index": (c) => mkdir(join(c, "tenun-baru/pengrajin"), { recursive: true }).then(() => cp(join(c, "batik-uji/pengrajin/batik-dua.md"), join(c, "tenun-baru/pengrajin/tenun-satu.md"))),
  "foto-bukan-gambar": (c) => writeFile(join(c, "batik-uji/foto/kain.jpg"), "ini bukan foto"),
  "foto-svg": (c) => edit(c, "batik-uji/pengrajin/batik-satu.md", /berkas: foto\/kain\.jpg/, "berkas: foto/kain.svg"),
  "foto-di-luar-folder": (c) => edit(c, "batik-uji/pengrajin/batik-satu.md", /berkas: foto\/kain\.jpg/, "berkas: ../kain.jpg"),
  "jam-salah": (c) => edit(c, "batik-uji/index.md", /buka: "?\d\d:\d\d"?/, 'buka: "8 pagi"'),
  "email-salah": (c) => edit(c, "batik-uji/index.md", /^contoh:/m, "email: dinas.batik\ncontoh:"),
  "terlalu-panjang": (c) => edit(c, "batik-uji/pengrajin/batik-satu.md", /^ringkasan: .*$/m, `ringkasan: ${"Batik tulis halus. ".repeat(20)}`),
};

async function edit(content: string, file: string, find: RegExp, replace: string): Promise<void> {
  const path = join(content, file);
  const text = await readFile(path, "utf8");
  if (!find.test(text)) throw new Error(`error-catalog: ${file} has no ${find}`);
  await writeFile(path, text.replace(find, replace));
}

/** What `npm run check` reports for one content folder, photos included. */
async function checkFolder(content: string, root: string): Promise<Problem[]> {
  return (await checkContent(content, root)).problems;
}

/** A message with its particular values (names, numbers, paths) taken out, to list each kind once. */
function shape(problem: Problem): string {
  const general = (text = "") => text.replace(/content\/\S+/g, "content/…").replace(/\/[a-z0-9-]+\//g, "/…/").replace(/"[^"]*"/g, '""').replace(/\d+/g, "0");
  return `${general(problem.message.id)}\n${general(problem.fix?.id)}`;
}

/** What `npm run check` says about each bad-input fixture and each everyday mistake, each kind once. */
export async function collectMessages(projectRoot = process.cwd()): Promise<CatalogEntry[]> {
  const bad = join(projectRoot, "tests/fixtures/bad");
  const found: CatalogEntry[] = [];
  for (const fixture of (await readdir(bad)).sort()) found.push(...(await checkFolder(join(bad, fixture, "content"), join(bad, fixture))).map((problem) => ({ fixture, problem })));
  const scratch = await mkdtemp(join(tmpdir(), "etalase-catalog-"));
  try {
    for (const [name, mistake] of Object.entries(EVERYDAY)) {
      const root = join(scratch, name);
      await cp(join(projectRoot, "tests/fixtures/valid-site/content"), join(root, "content"), { recursive: true });
      await mistake(join(root, "content"));
      found.push(...(await checkFolder(join(root, "content"), root)).map((problem) => ({ fixture: name, problem })));
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  const seen = new Set<string>();
  return found.filter(({ problem }) => !seen.has(shape(problem)) && Boolean(seen.add(shape(problem))));
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function catalogMarkdown(entries: readonly CatalogEntry[]): string {
  const rows = entries.map(({ problem }) => `| ${cell(problem.field ? `\`${problem.field}\`: ` : "")}${cell(problem.message.id)} | ${cell(problem.fix?.id ?? "")} |`);
  return [BEGIN, "", "| Pesan | Cara memperbaiki |", "|---|---|", ...rows, "", END].join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const guide = await readFile(GUIDE, "utf8");
  const start = guide.indexOf(BEGIN);
  const end = guide.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${GUIDE} has no ${BEGIN} … ${END} section`);
  const entries = await collectMessages();
  await writeFile(GUIDE, guide.slice(0, start) + catalogMarkdown(entries) + guide.slice(end + END.length));
  console.log(`${GUIDE}: ${entries.length} pesan / messages`);
}
