/**
 * What office staff type in a text editor (thousands dots, `#` and `@` in plain
 * text, tabs, a wrong year, a backslash): each ends in one message at the right line, saying
 * what to type instead, and nothing is published changed. One fixture folder per mistake under
 * tests/fixtures/bad/; `npm run check` prints exactly the report asserted here.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkContent } from "../scripts/content/check.ts";
import { bilingual } from "../scripts/problems/problem.ts";
import { formatReport } from "../scripts/problems/report.ts";
import { meantNumber } from "../scripts/schema/fields.ts";
import { copyFixture, FIXTURES, PROJECT_ROOT, runCli, TEST_NOW } from "./helpers/cli.ts";

const BUSINESS = "tenun-uji/pengrajin/tenun-satu.md";
const EVENT = "tenun-uji/acara/pameran-tenun.md";

beforeAll(() => {
  process.env.ETALASE_NOW = TEST_NOW; // years are judged from the build's date
});

const contentOf = (scenario: string) => join(FIXTURES, "bad", scenario, "content");

/** One problem as the report prints it: where, then Indonesian, then English. */
function problem(where: string, id: string, idFix: string, en: string, enFix: string): string {
  return [
    `✖ ${where}`,
    `  ${id}`,
    `  Cara memperbaiki: ${idFix}`,
    `  ${en}`,
    `  How to fix: ${enFix}`,
  ].join("\n");
}

/** The whole report of `npm run check` for these problems: nothing else is reported. */
function report(...problems: string[]): string {
  return `${problems.join("\n\n")}\n\nPemeriksaan selesai: ${problems.length} masalah di 1 berkas.\nCheck finished: ${problems.length} problem(s) in 1 file(s).\n`;
}

async function checked(content: string): Promise<string> {
  const { problems } = await checkContent(content, PROJECT_ROOT);
  return problems.length
    ? formatReport(problems, { headline: bilingual("Pemeriksaan selesai", "Check finished") })
    : "";
}

const at = (scenario: string, file: string, line: number, field?: string) =>
  `tests/fixtures/bad/${scenario}/content/${file}:${line}${field ? `  kolom/field: ${field}` : ""}`;

describe("numbers are read as typed", () => {
  it("price-with-dots: 150.000 and 1.500.000 are refused with the number to write", async () => {
    expect(await checked(contentOf("price-with-dots"))).toBe(
      report(
        problem(
          at("price-with-dots", BUSINESS, 8, "produk.0.harga_min"),
          '"150.000" memakai tanda pemisah ribuan.',
          "tulis 150000 (angka saja, tanpa titik, koma atau Rp).",
          '"150.000" uses a thousands separator.',
          "write 150000 (digits only, without dots, commas or Rp).",
        ),
        problem(
          at("price-with-dots", BUSINESS, 9, "produk.0.harga_maks"),
          '"1.500.000" memakai tanda pemisah ribuan.',
          "tulis 1500000 (angka saja, tanpa titik, koma atau Rp).",
          '"1.500.000" uses a thousands separator.',
          "write 1500000 (digits only, without dots, commas or Rp).",
        ),
      ),
    );
  });

  it("event-fee-with-dots: an event's fee of 50.000 is not published as Rp 50", async () => {
    expect(await checked(contentOf("event-fee-with-dots"))).toBe(
      report(
        problem(
          at("event-fee-with-dots", EVENT, 7, "biaya"),
          '"50.000" memakai tanda pemisah ribuan.',
          "tulis 50000 (angka saja, tanpa titik, koma atau Rp).",
          '"50.000" uses a thousands separator.',
          "write 50000 (digits only, without dots, commas or Rp).",
        ),
      ),
    );
  });

  it("price-with-rp: Rp in a price", async () => {
    expect(await checked(contentOf("price-with-rp"))).toBe(
      report(
        problem(
          at("price-with-rp", BUSINESS, 8, "produk.0.harga_min"),
          '"Rp 150000" memuat Rp.',
          "tulis 150000 (angka saja, tanpa titik, koma atau Rp).",
          '"Rp 150000" includes Rp.',
          "write 150000 (digits only, without dots, commas or Rp).",
        ),
      ),
    );
  });

  it("the number meant is computed from what was typed", () => {
    expect(
      [
        "150.000",
        "150,000",
        "Rp 150.000",
        "Rp. 150.000,-",
        "150rb",
        "150 ribu",
        "1,5 juta",
        "1.5jt",
        "1.500.000",
      ].map(meantNumber),
    ).toEqual([150000, 150000, 150000, 150000, 150000, 150000, 1500000, 1500000, 1500000]);
    expect(["150.5", "seratus", "1.50.000"].map(meantNumber)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe("nothing is cut or dropped in silence", () => {
  it("hash-in-text: text after ' #' is not lost", async () => {
    expect(await checked(contentOf("hash-in-text"))).toBe(
      report(
        problem(
          at("hash-in-text", BUSINESS, 4),
          'Teks "Perajin tapis #1 di Kedaton" terpotong di tanda #: yang terbaca hanya "Perajin tapis".',
          'tulis teksnya di antara tanda kutip: ringkasan: "Perajin tapis #1 di Kedaton"',
          'The text "Perajin tapis #1 di Kedaton" is cut at the #: only "Perajin tapis" is read.',
          'put the text in quotes: ringkasan: "Perajin tapis #1 di Kedaton"',
        ),
      ),
    );
  });

  it("hash-and-price: a cut text does not hide the file's other mistakes", async () => {
    expect(await checked(contentOf("hash-and-price"))).toBe(
      report(
        problem(
          at("hash-and-price", BUSINESS, 4),
          'Teks "Perajin tapis #1 di Kedaton" terpotong di tanda #: yang terbaca hanya "Perajin tapis".',
          'tulis teksnya di antara tanda kutip: ringkasan: "Perajin tapis #1 di Kedaton"',
          'The text "Perajin tapis #1 di Kedaton" is cut at the #: only "Perajin tapis" is read.',
          'put the text in quotes: ringkasan: "Perajin tapis #1 di Kedaton"',
        ),
        problem(
          at("hash-and-price", BUSINESS, 9, "produk.0.harga_min"),
          '"150.000" memakai tanda pemisah ribuan.',
          "tulis 150000 (angka saja, tanpa titik, koma atau Rp).",
          '"150.000" uses a thousands separator.',
          "write 150000 (digits only, without dots, commas or Rp).",
        ),
      ),
    );
  });

  it("booth-hash: nomor_booth: #7 does not vanish", async () => {
    expect(await checked(contentOf("booth-hash"))).toBe(
      report(
        problem(
          at("booth-hash", BUSINESS, 6),
          '"#7" tidak terbaca: tanda # di awalnya membuat isinya dianggap catatan, sehingga kolom ini kosong.',
          'tulis teksnya di antara tanda kutip: nomor_booth: "#7"',
          '"#7" is not read: the # at its start makes it a note, so the field is empty.',
          'put the text in quotes: nomor_booth: "#7"',
        ),
      ),
    );
  });

  it("notes the way the starter files write them stay allowed, and so do lines of their own", async () => {
    const content = copyFixture("bad/booth-hash");
    const path = join(content, BUSINESS);
    writeFileSync(
      path,
      readFileSync(path, "utf8").replace(
        "nomor_booth: #7",
        "# catatan: booth belum pasti\nnomor_booth: B-07  # dari panitia\ninstagram:  # nanti",
      ),
    );
    expect(await checked(content)).toBe("");
  });
});

describe("YAML mistakes: one message, at its line, in plain words", () => {
  it("instagram-unquoted: @ at the start needs quotes", async () => {
    expect(await checked(contentOf("instagram-unquoted"))).toBe(
      report(
        problem(
          at("instagram-unquoted", BUSINESS, 6),
          "Teks yang diawali tanda @ harus ditulis di antara tanda kutip.",
          'tulis: instagram: "@akun"',
          "Text that starts with @ must be written in quotes.",
          'write: instagram: "@akun"',
        ),
      ),
    );
  });

  it("tab-indent: one message, at the line with the tab", async () => {
    expect(await checked(contentOf("tab-indent"))).toBe(
      report(
        problem(
          at("tab-indent", BUSINESS, 8),
          "Baris ini menjorok dengan tab; bagian data hanya menerima spasi.",
          "ganti tab di awal baris 8 dengan spasi (2 spasi untuk setiap tingkat).",
          "This line is indented with a tab; the front matter only takes spaces.",
          "replace the tab at the start of line 8 with spaces (2 spaces a level).",
        ),
      ),
    );
  });

  it("three-space-indent: the three-space line is named, not the one where the parser stumbled", async () => {
    expect(await checked(contentOf("three-space-indent"))).toBe(
      report(
        problem(
          at("three-space-indent", BUSINESS, 7),
          "Baris ini menjorok 3 spasi; bagian data memakai kelipatan 2 spasi.",
          "jorokkan baris ini 2 spasi, seperti baris lain di kelompoknya, dan geser baris-baris di bawahnya yang ikut menjorok.",
          "This line is indented by 3 spaces; the front matter uses multiples of 2 spaces.",
          "indent this line by 2 spaces, like the other lines of its group, and move the lines indented under it along.",
        ),
      ),
    );
  });

  it("npm run check prints the same single message", () => {
    const run = runCli("check.ts", ["--content", contentOf("tab-indent")]);
    expect(run.code).toBe(1);
    expect(run.stderr.match(/✖/g)).toHaveLength(1);
    expect(run.stderr).toContain("Baris ini menjorok dengan tab");
  });
});

describe("plausible numbers and dates", () => {
  it("whatsapp-15-digits: a number no phone has is refused", async () => {
    expect(await checked(contentOf("whatsapp-15-digits"))).toBe(
      report(
        problem(
          at("whatsapp-15-digits", BUSINESS, 5, "whatsapp"),
          'Nomor "0812 3456 7890 12" terlalu panjang.',
          "periksa lagi nomornya: nomor HP Indonesia punya 10 sampai 13 angka, misalnya 0812 3456 7890.",
          'The number "0812 3456 7890 12" is too long.',
          "check the number: Indonesian mobile numbers have 10 to 13 digits, e.g. 0812 3456 7890.",
        ),
      ),
    );
  });

  it("end-year-2062: a year far from now is questioned, with the other date's year as a hint", async () => {
    expect(await checked(contentOf("end-year-2062"))).toBe(
      report(
        problem(
          at("end-year-2062", EVENT, 6, "selesai"),
          "Tahun 2062 di kolom selesai (2062-12-14 15:00) lebih dari 2 tahun dari sekarang.",
          "periksa tahunnya (mungkin 2026, seperti di kolom mulai?); jika tahun itu memang benar, tambahkan baris tahun_sudah_benar: true.",
          "The year 2062 in selesai (2062-12-14 15:00) is more than 2 years from now.",
          "check the year (2026, as in mulai?); if that year is right, add a line tahun_sudah_benar: true.",
        ),
      ),
    );
  });

  it("event-90-days: refused without acara_panjang, accepted with it", async () => {
    const content = contentOf("event-90-days");
    expect(await checked(content)).toBe(
      report(
        problem(
          at("event-90-days", EVENT, 6, "selesai"),
          "Acara ini berlangsung 90 hari (2026-12-01 09:00 sampai 2027-03-01 17:00).",
          "periksa tanggal selesai; jika acaranya memang lebih dari 60 hari, tambahkan baris acara_panjang: true.",
          "This event lasts 90 days (2026-12-01 09:00 to 2027-03-01 17:00).",
          "check the end date; if the event really lasts more than 60 days, add a line acara_panjang: true.",
        ),
      ),
    );
    const confirmed = copyFixture("bad/event-90-days");
    const path = join(confirmed, EVENT);
    writeFileSync(
      path,
      readFileSync(path, "utf8").replace("contoh: true", "acara_panjang: true\ncontoh: true"),
    );
    expect(await checked(confirmed)).toBe("");
  });
});

describe("photo paths", () => {
  it("photo-backslash: called a backslash, with the path written with /", async () => {
    expect(await checked(contentOf("photo-backslash"))).toBe(
      report(
        problem(
          at("photo-backslash", BUSINESS, 7, "foto.0.berkas"),
          'Foto harus berupa berkas JPG, PNG atau WebP di dalam folder foto/ milik sentra ini. "foto\\motif.jpg": jalurnya memakai garis miring terbalik \\; pakai garis miring / bukan \\.',
          'tulis "foto/motif.jpg".',
          'Photos must be JPG, PNG or WebP files inside this centre\'s foto/ folder. "foto\\motif.jpg": the path uses a backslash \\; use a slash / instead of \\.',
          'write "foto/motif.jpg".',
        ),
      ),
    );
  });

  it("photo-wrong-case: refused on every system, naming the real file", async () => {
    expect(await checked(contentOf("photo-wrong-case"))).toBe(
      report(
        problem(
          at("photo-wrong-case", BUSINESS, 7, "foto.0"),
          'Foto "Foto/Kain.JPG": berkasnya bernama "foto/kain.jpg"; huruf besar-kecilnya berbeda, dan situs web membedakannya.',
          "tulis berkas: foto/kain.jpg",
          'Photo "Foto/Kain.JPG": the file is named "foto/kain.jpg"; the capitals differ, and the website tells them apart.',
          "write berkas: foto/kain.jpg",
        ),
      ),
    );
    const fixed = copyFixture("bad/photo-wrong-case");
    const path = join(fixed, BUSINESS);
    writeFileSync(path, readFileSync(path, "utf8").replace("Foto/Kain.JPG", "foto/kain.jpg"));
    expect(await checked(fixed)).toBe("");
  });
});
