/**
 * The options of every command, in one place: what `--help` shows and the rule each value must
 * follow. `npm run new` keeps its table beside the kinds of file it makes (scripts/cli/new.ts).
 */
import { join } from "node:path";
import { parseShard } from "../pipeline/shards.ts";
import { bilingual as b } from "../problems/problem.ts";
import { normalisePrefix, prefixProblem, siteUrlProblem } from "../site/site-address.ts";
import {
  branchProblem,
  cmsAuthUrlProblem,
  HOSTS,
  repositoryProblem,
  type SiteHost,
} from "../schema/settings.ts";
import { checked, defineCommand, flag, oneOf, required, text, wholeNumber } from "./options.ts";

const contentFolder = () => text("DIR", b("folder konten", "content folder"), "content");
const siteFolder = () =>
  text("DIR", b("folder keluaran situs", "output folder for the site"), "_site");
const withAdmin = () => flag(b("sertakan CMS di /admin/", "include the CMS at /admin/"));

/** `2/8` with 1 ≤ i ≤ n, said in both languages; parseShard's own error is for code, not people. */
function shardProblem(raw: string) {
  try {
    parseShard(raw);
    return undefined;
  } catch {
    return b(
      "tulis bagian sebagai i/n dengan 1 ≤ i ≤ n, misalnya --shard 2/8.",
      "write the share as i/n with 1 ≤ i ≤ n, e.g. --shard 2/8.",
    );
  }
}

export const BUILD = defineCommand({
  command: "npm run build --",
  summary: b(
    "Membangun situs dari folder konten ke folder keluaran; jika ada masalah, situs lama tidak diubah.",
    "Builds the site from the content folder into the output folder; on any problem the old site is left as it was.",
  ),
  options: {
    content: contentFolder(),
    out: siteFolder(),
    prefix: checked(
      "/PATH/",
      b(
        "jalur situs di bawah nama host, misalnya /katalog/",
        "the site's path under the host name, e.g. /katalog/",
      ),
      normalisePrefix,
      prefixProblem,
    ),
    "site-url": checked(
      "URL",
      b(
        "alamat situs, misalnya https://sentra.contoh.go.id (untuk kode QR, feed, peta situs)",
        "site address, e.g. https://sentra.contoh.go.id (for QR codes, feeds, the sitemap)",
      ),
      (raw) => raw,
      siteUrlProblem,
    ),
    centre: text(
      "SLUG",
      b("hanya satu sentra, sebagai situs tersendiri", "one centre only, as a site of its own"),
    ),
    shard: checked(
      "i/n",
      b(
        "bagian i dari n sentra, untuk digabung dengan npm run merge",
        "share i of n of the centres, to join with npm run merge",
      ),
      parseShard,
      shardProblem,
    ),
    standalone: flag(
      b(
        "dengan --shard: bagian itu sebagai situs lengkap tersendiri",
        "with --shard: that share as a complete site of its own",
      ),
    ),
    admin: withAdmin(),
    workers: wholeNumber(
      "N",
      b(
        "jumlah proses pekerja (bawaan: satu per inti; 0 = di proses ini)",
        "worker processes (default: one per core; 0 = in this process)",
      ),
      { min: 0 },
    ),
    batch: wholeNumber(
      "N",
      b(
        "sentra per kelompok dalam satu pekerja (memori naik bersamanya)",
        "centres per batch in a worker (memory grows with it)",
      ),
      { min: 1 },
    ),
    cache: flag(
      b(
        "simpan hasil tiap sentra di .cache/build dan bangun ulang hanya yang berubah",
        "keep each centre's output in .cache/build and rebuild only what changed",
      ),
    ),
    "cache-dir": text("DIR", b("folder untuk --cache", "folder for --cache")),
  },
  together: (values) =>
    values.standalone && !values.shard
      ? b(
          "--standalone hanya dipakai bersama --shard i/n.",
          "--standalone is only used together with --shard i/n.",
        )
      : undefined,
});

export const MERGE = defineCommand({
  command: "npm run merge --",
  summary: b(
    "Menggabungkan folder hasil npm run build -- --shard i/n menjadi satu situs.",
    "Joins the folders written by npm run build -- --shard i/n into one site.",
  ),
  options: { out: siteFolder(), admin: withAdmin() },
  positionals: {
    usage: "SHARD-DIR...",
    help: b("folder setiap bagian (shard), semuanya", "every shard's folder"),
    check: (dirs) =>
      dirs.length
        ? undefined
        : b(
            "Sebutkan folder bagian (shard) yang akan digabung.",
            "Name the shard folders to join.",
          ),
  },
});

export const CHECK = defineCommand({
  command: "npm run check --",
  summary: b(
    "Memeriksa semua berkas konten dan foto tanpa membangun situs.",
    "Checks every content file and photo without building the site.",
  ),
  options: { content: contentFolder() },
});

export const EDIT = defineCommand({
  command: "npm run edit --",
  summary: b(
    "Membuka CMS untuk mengubah konten di komputer ini, dengan pratinjau situs yang diperbarui setiap kali disimpan.",
    "Opens the CMS to edit the content on this computer, with a preview of the site updated on every save.",
  ),
  options: {
    content: contentFolder(),
    port: wholeNumber(
      "N",
      b(
        "nomor port alamat http://127.0.0.1:N/admin/",
        "port of the address http://127.0.0.1:N/admin/",
      ),
      { min: 1, max: 65535 },
      8090,
    ),
    work: text(
      "DIR",
      b("folder kerja untuk pratinjau", "working folder for the preview"),
      join(".cache", "edit"),
    ),
  },
});

const SIZES = /^[1-9]\d{0,5}(,[1-9]\d{0,5})*$/;

/** The builds `npm run bench` times: from nothing, a nightly one with a cache, one after an edit. */
export const BENCH_SCENARIOS = ["clean", "nightly", "one-edit"] as const;
export type BenchScenario = (typeof BENCH_SCENARIOS)[number];
const isScenario = (name: string): name is BenchScenario =>
  (BENCH_SCENARIOS as readonly string[]).includes(name);

export const BENCH = defineCommand({
  command: "npm run bench --",
  summary: b(
    "Mengukur kecepatan dan memori build pada konten contoh dengan beberapa ukuran; hasilnya berubah dengan beban mesin.",
    "Measures build speed and memory on sample content of several sizes; the figures change with the machine's load.",
  ),
  options: {
    sizes: checked(
      "N,N,...",
      b("jumlah sentra yang diukur", "numbers of centres to measure"),
      (raw) => raw.split(",").map(Number),
      (raw) =>
        SIZES.test(raw)
          ? undefined
          : b(
              "tulis bilangan bulat positif dipisah koma, tanpa spasi, misalnya 10,100,400.",
              "write positive whole numbers separated by commas, no spaces, e.g. 10,100,400.",
            ),
      { value: [10, 100, 400], shown: "10,100,400" },
    ),
    runs: wholeNumber(
      "N",
      b("berapa kali tiap build diukur per ukuran", "timed builds of each scenario and size"),
      { min: 1 },
      3,
    ),
    scenarios: checked(
      "NAME,NAME,...",
      b(
        "build yang diukur: clean (tanpa cache), nightly (cache, hari berganti), one-edit (cache, satu berkas diubah)",
        "builds to measure: clean (no cache), nightly (cache, the day moves on), one-edit (cache, one file edited)",
      ),
      (raw) => [...new Set(raw.split(",").filter(isScenario))],
      (raw) =>
        raw.split(",").every(isScenario)
          ? undefined
          : b(
              `tulis satu atau lebih dari ${BENCH_SCENARIOS.join(",")} dipisah koma, tanpa spasi.`,
              `write one or more of ${BENCH_SCENARIOS.join(",")} separated by commas, no spaces.`,
            ),
      { value: [...BENCH_SCENARIOS], shown: BENCH_SCENARIOS.join(",") },
    ),
    photos: oneOf(
      ["both", "no", "only"],
      b("dengan foto, tanpa foto, atau keduanya", "with photos, without, or both"),
      "both",
    ),
    workers: wholeNumber(
      "N",
      b("diteruskan ke npm run build -- --workers", "passed to npm run build -- --workers"),
      { min: 0 },
    ),
    dir: text("DIR", b("folder kerja", "working folder"), "/tmp/etalase-bench"),
    "keep-output": flag(
      b("jangan hapus konten dan situs yang dibuat", "keep the content and site it wrote"),
    ),
    preview: flag(
      b(
        "ukur pratinjau (npm start): dari menyimpan berkas sampai halaman diperbarui, --runs kali",
        "measure the preview (npm start): from saving a file to updated pages, --runs times",
      ),
    ),
    content: text(
      "DIR",
      b(
        "dengan --preview: ukur pada folder konten ini (misalnya content), bukan konten sintetis",
        "with --preview: measure on this content folder (e.g. content), not synthetic content",
      ),
    ),
  },
});

export const SEED_SYNTHETIC = defineCommand({
  command: "npm run seed:synthetic --",
  summary: b(
    "Menulis konten contoh berskala nasional (bukan data asli) untuk uji kecepatan.",
    "Writes national-scale sample content (not real data) for the benchmark.",
  ),
  options: {
    centres: wholeNumber("N", b("jumlah sentra", "number of centres"), { min: 1 }, 10),
    out: required(
      text(
        "DIR",
        b(
          "folder tujuan di luar repositori, misalnya /tmp/etalase-100",
          "folder to write, outside the repository, e.g. /tmp/etalase-100",
        ),
      ),
    ),
    photos: flag(
      b("buat juga tiga foto JPEG per sentra", "also draw three JPEG photos per centre"),
    ),
    seed: wholeNumber(
      "S",
      b("benih acak; benih sama, berkas sama", "random seed; the same seed writes the same files"),
      { min: 0 },
      7,
    ),
  },
});

export const SETUP = defineCommand({
  command: "npm run setup --",
  summary: b(
    "Menulis berkas pengaturan situs etalase.config.json. Tanpa pilihan, bertanya satu per satu; dengan pilihan, tidak bertanya. Tidak menimpa berkas yang ada tanpa --force.",
    "Writes the site's settings file etalase.config.json. With no options it asks one question at a time; with options it asks nothing. Never overwrites a file without --force.",
  ),
  options: {
    name: text(
      "TEKS",
      b(
        'nama situs, misalnya "Etalase IKM Kabupaten Pesawaran"',
        'the site\'s name, e.g. "Etalase IKM Kabupaten Pesawaran"',
      ),
    ),
    "site-url": checked(
      "URL",
      b(
        "alamat situs, misalnya https://sentra.contoh.go.id",
        "the site address, e.g. https://sentra.contoh.go.id",
      ),
      (raw) => raw,
      siteUrlProblem,
    ),
    prefix: checked(
      "/PATH/",
      b(
        "jalur situs di bawah nama host, misalnya /katalog/",
        "the site's path under the host name, e.g. /katalog/",
      ),
      normalisePrefix,
      prefixProblem,
    ),
    repo: checked(
      "PEMILIK/NAMA",
      b(
        "repositori GitHub tempat CMS menyimpan, misalnya dinas-koperasi/etalase",
        "the GitHub repository the CMS saves to, e.g. dinas-koperasi/etalase",
      ),
      (raw) => raw,
      repositoryProblem,
    ),
    branch: checked(
      "NAMA",
      b("cabang repositori (bawaan: main)", "the repository's branch (default: main)"),
      (raw) => raw,
      branchProblem,
    ),
    host: checked(
      HOSTS.join("|"),
      b("tempat situs diterbitkan", "where the site is published"),
      (raw) => raw as SiteHost,
      (raw) =>
        (HOSTS as readonly string[]).includes(raw)
          ? undefined
          : b(
              `harus salah satu dari: ${HOSTS.join(", ")}.`,
              `must be one of: ${HOSTS.join(", ")}.`,
            ),
    ),
    "cms-auth-url": checked(
      "URL",
      b(
        "alamat Worker masuk CMS (tidak perlu di Netlify), misalnya https://sveltia-cms-auth.dinas-koperasi.workers.dev",
        "the CMS sign-in Worker's address (not needed on Netlify), e.g. https://sveltia-cms-auth.dinas-koperasi.workers.dev",
      ),
      (raw) => raw,
      cmsAuthUrlProblem,
    ),
    office: text("TEKS", b("nama kantor dinas", "the office's name")),
    email: text("ALAMAT", b("e-mail kantor", "the office's e-mail")),
    whatsapp: text(
      "NOMOR",
      b(
        "nomor WhatsApp kantor, misalnya 0812 3456 7890",
        "the office's WhatsApp number, e.g. 0812 3456 7890",
      ),
    ),
    file: text("FILE", b("berkas yang ditulis", "the file to write"), "etalase.config.json"),
    force: flag(b("timpa berkas yang sudah ada", "overwrite a file that exists")),
  },
});
