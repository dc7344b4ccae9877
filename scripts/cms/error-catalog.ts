/**
 * The lists of messages in docs/panduan-staf.md, collected from the code itself: `npm run check`'s
 * report on every bad-input fixture (tests/fixtures/bad/<case>/) and on the everyday mistakes below,
 * each kind of message once, grouped so the ones staff meet first come first and the rare ones go
 * to an appendix. `npx tsx scripts/cms/error-catalog.ts` rewrites both parts of the guide;
 * tests/cms-guide.test.ts fails when the guide is missing a message the code can print.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkContent } from "../content/check.ts";
import type { Problem } from "../problems/problem.ts";

export const GUIDE = "docs/panduan-staf.md";
export const BEGIN = "<!-- daftar-pesan: dibuat oleh scripts/cms/error-catalog.ts -->";
export const END = "<!-- daftar-pesan: akhir -->";
export const APPENDIX_BEGIN =
  "<!-- daftar-pesan-lampiran: dibuat oleh scripts/cms/error-catalog.ts -->";
export const APPENDIX_END = "<!-- daftar-pesan-lampiran: akhir -->";

export interface CatalogEntry {
  readonly fixture: string;
  readonly problem: Problem;
}

/** Everyday mistakes the bad-input fixtures do not show: an edit of a copy of tests/fixtures/valid-site. */
const EVERYDAY: Record<string, (content: string) => Promise<void>> = {
  "pilihan-salah-ketik": (c) =>
    edit(c, "batik-uji/acara/pameran-lalu.md", /^jenis: .*$/m, "jenis: pamerann"),
  "angka-berupa-teks": (c) =>
    edit(c, "batik-uji/pengrajin/batik-satu.md", /^sejak: .*$/m, 'sejak: "dua ribu satu"'),
  "harga-dengan-titik": (c) =>
    edit(c, "batik-uji/pengrajin/batik-satu.md", /harga_min: 450000/, 'harga_min: "450.000"'),
  "harga-terbalik": (c) =>
    edit(c, "batik-uji/pengrajin/batik-satu.md", /harga_maks: 1200000/, "harga_maks: 100"),
  "foto-tidak-ada": (c) =>
    edit(
      c,
      "batik-uji/pengrajin/batik-satu.md",
      /berkas: foto\/kain\.jpg/,
      "berkas: foto/tidak-ada.jpg",
    ),
  "foto-dari-internet": (c) =>
    edit(
      c,
      "batik-uji/pengrajin/batik-satu.md",
      /berkas: foto\/kain\.jpg/,
      "berkas: https://contoh.com/kain.jpg",
    ),
  "alamat-web-salah": (c) =>
    edit(
      c,
      "batik-uji/pengrajin/batik-dua.md",
      /^contoh:/m,
      "marketplace:\n  - nama: shopee\n    url: shopee.co.id/toko\ncontoh:",
    ),
  "instagram-salah": (c) =>
    edit(c, "batik-uji/pengrajin/batik-satu.md", /^instagram: .*$/m, 'instagram: "batik satu!"'),
  "booth-ganda": (c) =>
    edit(c, "batik-uji/pengrajin/batik-dua.md", /^nomor_booth: .*$/m, "nomor_booth: A-01"),
  "kolom-ganda": (c) =>
    edit(c, "batik-uji/pengrajin/batik-dua.md", /^contoh:/m, "nomor_booth: A-09\ncontoh:"),
  "terjemahan-tanpa-asli": (c) =>
    writeFile(join(c, "batik-uji/pengrajin/batik-tiga.en.md"), "---\nringkasan: Batik.\n---\n"),
  "terjemahan-jumlah-beda": (c) =>
    edit(
      c,
      "batik-uji/pengrajin/batik-satu.en.md",
      /nama_produk: .*$/m,
      "nama_produk: [Cloth, Scarf]",
    ),
  "folder-tidak-dikenal": (c) =>
    mkdir(join(c, "batik-uji/galeri")).then(() => writeFile(join(c, "batik-uji/galeri/a.md"), "")),
  "berkas-di-luar-sentra": (c) => writeFile(join(c, "catatan.md"), "---\nnama: x\n---\n"),
  "bukan-markdown": (c) => writeFile(join(c, "batik-uji/pengrajin/daftar-harga.docx"), "x"),
  "tanpa-index": (c) =>
    mkdir(join(c, "tenun-baru/pengrajin"), { recursive: true }).then(() =>
      cp(
        join(c, "batik-uji/pengrajin/batik-dua.md"),
        join(c, "tenun-baru/pengrajin/tenun-satu.md"),
      ),
    ),
  "foto-bukan-gambar": (c) => writeFile(join(c, "batik-uji/foto/kain.jpg"), "ini bukan foto"),
  "foto-svg": (c) =>
    edit(
      c,
      "batik-uji/pengrajin/batik-satu.md",
      /berkas: foto\/kain\.jpg/,
      "berkas: foto/kain.svg",
    ),
  "foto-di-luar-folder": (c) =>
    edit(c, "batik-uji/pengrajin/batik-satu.md", /berkas: foto\/kain\.jpg/, "berkas: ../kain.jpg"),
  "jam-salah": (c) => edit(c, "batik-uji/index.md", /buka: "?\d\d:\d\d"?/, 'buka: "8 pagi"'),
  "email-salah": (c) => edit(c, "batik-uji/index.md", /^contoh:/m, "email: dinas.batik\ncontoh:"),
  "titik-dua-tanpa-kutip": (c) =>
    edit(c, "batik-uji/pengrajin/batik-satu.md", /^pemilik: .*$/m, "pemilik: Batik: Ibu Uji"),
  "foto-heic-iphone": (c) =>
    edit(
      c,
      "batik-uji/pengrajin/batik-satu.md",
      /berkas: foto\/kain\.jpg/,
      "berkas: foto/IMG_0412.HEIC",
    ),
  "foto-keterangan-kosong": (c) =>
    edit(c, "batik-uji/pengrajin/batik-satu.md", /\n {6}alt: .*$/m, ""),
  "harga-dengan-rb": (c) =>
    edit(c, "batik-uji/pengrajin/batik-satu.md", /harga_min: 450000/, "harga_min: 450rb"),
  "tanggal-hari-dulu": (c) =>
    edit(c, "batik-uji/acara/peragaan-mendatang.md", /^mulai: .*$/m, "mulai: 10/01/2027 19:00"),
  "susunan-acara-lewat": (c) =>
    edit(
      c,
      "batik-uji/acara/peragaan-mendatang.md",
      /^contoh:/m,
      'susunan_acara:\n  - jam: "22:00"\n    segmen: Penutupan\ncontoh:',
    ),
  "nomor-tanda-kutip-miring": (c) =>
    edit(
      c,
      "batik-uji/pengrajin/batik-satu.md",
      /^whatsapp: .*$/m,
      "whatsapp: \u201c0812 1111 3333\u201d",
    ),
  "nomor-kantor-untuk-whatsapp": (c) =>
    edit(c, "batik-uji/pengrajin/batik-satu.md", /^whatsapp: .*$/m, 'whatsapp: "(0721) 123 4567"'),
  "ekstensi-tersembunyi": (c) =>
    writeFile(
      join(c, "batik-uji/pengrajin/batik-tiga.md.txt"),
      "---\nnama_usaha: Batik Tiga\n---\n",
    ),
  "berkas-terlalu-besar": (c) =>
    writeFile(
      join(c, "batik-uji/pengrajin/batik-besar.md"),
      `---\nnama_usaha: Batik Besar\n---\n${"Kain batik. ".repeat(7000)}`,
    ),
  "tautan-symlink": (c) =>
    symlink(
      join(c, "batik-uji/pengrajin/batik-dua.md"),
      join(c, "batik-uji/pengrajin/batik-tautan.md"),
    ),
  "terlalu-panjang": (c) =>
    edit(
      c,
      "batik-uji/pengrajin/batik-satu.md",
      /^ringkasan: .*$/m,
      `ringkasan: ${"Batik tulis halus. ".repeat(20)}`,
    ),
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
  const general = (text = "") =>
    text
      .replace(/content\/\S+/g, "content/…")
      .replace(/\/[a-z0-9-]+\//g, "/…/")
      .replace(/"[^"]*"/g, '""')
      .replace(/\d+/g, "0");
  return `${general(problem.message.id)}\n${general(problem.fix?.id)}`;
}

/** What `npm run check` says about each bad-input fixture and each everyday mistake, each kind once. */
export async function collectMessages(projectRoot = process.cwd()): Promise<CatalogEntry[]> {
  const bad = join(projectRoot, "tests/fixtures/bad");
  const found: CatalogEntry[] = [];
  for (const fixture of (await readdir(bad)).sort())
    found.push(
      ...(await checkFolder(join(bad, fixture, "content"), join(bad, fixture))).map((problem) => ({
        fixture,
        problem,
      })),
    );
  const scratch = await mkdtemp(join(tmpdir(), "etalase-catalog-"));
  try {
    for (const [name, mistake] of Object.entries(EVERYDAY)) {
      const root = join(scratch, name);
      await cp(join(projectRoot, "tests/fixtures/valid-site/content"), join(root, "content"), {
        recursive: true,
      });
      await mistake(join(root, "content"));
      found.push(
        ...(await checkFolder(join(root, "content"), root)).map((problem) => ({
          fixture: name,
          problem,
        })),
      );
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  const seen = new Set<string>();
  return found.filter(
    ({ problem }) => !seen.has(shape(problem)) && Boolean(seen.add(shape(problem))),
  );
}

/**
 * The groups of the guide's message list, in the order staff meet them. A message belongs to the
 * first group whose test it passes, so the appendix (rare and hostile input) is tested first and
 * "Pesan lain" takes whatever no other group claims, a new message included.
 */
interface MessageGroup {
  readonly title: string;
  readonly appendix: boolean;
  readonly test: (problem: Problem, text: string) => boolean;
}

const fieldIs = (pattern: RegExp) => (problem: Problem) => pattern.test(problem.field ?? "");
const aboutPhoto = (problem: Problem, text: string) =>
  fieldIs(/(^|\.)(foto|foto_utama|galeri)(\.|$)/)(problem) || /^(Foto|Gambar) /.test(text);

export const GROUPS: readonly MessageGroup[] = [
  {
    title: "Bagian data yang berbahaya atau tidak biasa",
    appendix: true,
    test: (p, t) =>
      /format "|Alias YAML|terlalu dalam|Tanda tipe YAML|mengatur proses build/.test(t) ||
      /^(__proto__|constructor|prototype)$/.test(p.field ?? ""),
  },
  {
    title: "Karakter tersembunyi, tautan dan berkas raksasa",
    appendix: true,
    test: (_, t) =>
      /karakter kendali|karakter rusak|symlink|Berkas terlalu besar|dipakai oleh situs sendiri|onerror|Gambar "[^"]*(\.\.\/|:\/\/)/.test(
        t,
      ),
  },
  {
    title: "Penulisan bagian data (di antara dua baris ---)",
    appendix: false,
    test: (p, t) =>
      !aboutPhoto(p, t) &&
      (/menjorok|tanda #|tanda @|titik dua|Berkas ini kosong|Bagian data|ditulis dua kali|Kolom wajib|kosong\./.test(
        t,
      ) ||
        (p.field !== undefined && /Kolom "[^"]*" tidak dikenal/.test(t))),
  },
  { title: "Foto", appendix: false, test: aboutPhoto },
  {
    title: "Tanggal dan jam",
    appendix: false,
    test: (p, t) =>
      fieldIs(/(^|\.)(mulai|selesai|tanggal|berlaku_hingga|jam|buka|tutup)$/)(p) ||
      /susunan acara/.test(t),
  },
  {
    title: "Harga dan angka",
    appendix: false,
    test: (p, t) =>
      fieldIs(/(^|\.)(harga_min|harga_maks|biaya|kapasitas|sejak|nilai)$/)(p) ||
      /pemisah ribuan|bukan angka/.test(t),
  },
  {
    title: "Nomor telepon dan WhatsApp",
    appendix: false,
    test: fieldIs(/(^|\.)(whatsapp|telepon|kontak)$/),
  },
  { title: "Nama berkas dan folder", appendix: false, test: (p) => p.field === undefined },
  { title: "Pesan lain", appendix: false, test: () => true },
];

export function groupOf(problem: Problem): MessageGroup {
  const text = `${problem.message.id} ${problem.fix?.id ?? ""}`;
  return GROUPS.find((group) => group.test(problem, text))!;
}

/**
 * A message as literal text in a table cell: `![motif](…)` or `<img …>` quoted in a message must
 * not become a picture, `__proto__` not bold, and `foto\\kain.jpg` must keep its backslash.
 */
export const markdownCell = (text: string) =>
  text.replace(/[\\`*_[\]<>|]/g, "\\$&").replace(/\n/g, " ");

function groupTables(entries: readonly CatalogEntry[], appendix: boolean): string[] {
  const lines: string[] = [];
  for (const group of GROUPS.filter((g) => g.appendix === appendix)) {
    const rows = entries
      .filter(({ problem }) => groupOf(problem) === group)
      .map(
        ({ problem }) =>
          `| ${problem.field ? `\`${problem.field}\`: ` : ""}${markdownCell(problem.message.id)} | ${markdownCell(problem.fix?.id ?? "")} |`,
      );
    if (rows.length > 0)
      lines.push(
        "",
        `#### ${group.title}`,
        "",
        "| Pesan | Cara memperbaiki |",
        "|---|---|",
        ...rows,
      );
  }
  return lines;
}

/** The everyday part of the list, between BEGIN and END. */
export function catalogMarkdown(entries: readonly CatalogEntry[]): string {
  return [BEGIN, ...groupTables(entries, false), "", END].join("\n");
}

/** The rare part, between APPENDIX_BEGIN and APPENDIX_END in the guide's appendix. */
export function appendixMarkdown(entries: readonly CatalogEntry[]): string {
  return [APPENDIX_BEGIN, ...groupTables(entries, true), "", APPENDIX_END].join("\n");
}

/** The guide with both generated parts replaced; an error when a marker is missing. */
export function withCatalog(guide: string, entries: readonly CatalogEntry[]): string {
  let text = guide;
  for (const [begin, end, markdown] of [
    [BEGIN, END, catalogMarkdown(entries)],
    [APPENDIX_BEGIN, APPENDIX_END, appendixMarkdown(entries)],
  ] as const) {
    const start = text.indexOf(begin);
    const stop = text.indexOf(end);
    if (start < 0 || stop < start) throw new Error(`${GUIDE} has no ${begin} … ${end} section`);
    text = text.slice(0, start) + markdown + text.slice(stop + end.length);
  }
  return text;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const entries = await collectMessages();
  await writeFile(GUIDE, withCatalog(await readFile(GUIDE, "utf8"), entries));
  const rare = entries.filter(({ problem }) => groupOf(problem).appendix).length;
  console.log(
    `${GUIDE}: ${entries.length - rare} + ${rare} pesan / messages (lampiran / appendix)`,
  );
}
