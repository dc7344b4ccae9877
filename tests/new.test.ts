/**
 * `npm run new` as staff run it, in a copy of the valid fixture: the file is named from the name,
 * an existing file is never overwritten, the output says what to fill in (Indonesian first), and
 * once those placeholders are filled `npm run check` accepts the whole content folder.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SCHEMAS } from "../scripts/schema/index.ts";
import { copyFixture, PROJECT_ROOT, runCli } from "./helpers/cli.ts";

const check = (content: string) => runCli("check.ts", ["--content", content]);
const create = (content: string, ...args: string[]) =>
  runCli("new.ts", [...args, "--content", content]);

/** Replaces `key: ""` (or an empty `key:` or `key: []`) placeholders with values, as a person would type them. */
function fill(path: string, values: Record<string, string>): void {
  let text = readFileSync(path, "utf8");
  for (const [key, value] of Object.entries(values)) {
    const before = text;
    text = text.replace(
      new RegExp(`^(\\s*${key}:) ?(""|\\[\\]|)(\\s*#.*)?$`, "m"),
      `$1 ${value}$3`,
    );
    expect(text, `a "${key}:" placeholder in ${path}`).not.toBe(before);
  }
  writeFileSync(path, text);
}

/** The fields `check` names in its report, in order. */
function fieldsIn(report: string): string[] {
  return [...report.matchAll(/kolom\/field: (\S+)/g)].map((m) => m[1]!);
}

describe("npm run new -- pengrajin", () => {
  it("creates pengrajin/<slug>.md named from the name, and says which fields to fill in, Indonesian first", () => {
    const content = copyFixture("valid-site");
    const run = create(content, "pengrajin", "batik-uji", "Toko Uji Coba");
    expect(run.code).toBe(0);
    const file = join(content, "batik-uji/pengrajin/toko-uji-coba.md");
    expect(readFileSync(file, "utf8")).toMatch(/^nama_usaha: "Toko Uji Coba"/m);
    const out = run.stdout;
    expect(out).toContain("Usaha baru dibuat:");
    expect(out).toContain("toko-uji-coba.md");
    expect(out.indexOf("Isi kolom berikut")).toBeLessThan(out.indexOf("Fill in these fields"));
    for (const field of ["pemilik", "ringkasan", "whatsapp"]) expect(out).toContain(`- ${field}:`);
  });

  it("gives a file that check refuses until the placeholders are filled, then accepts", () => {
    const content = copyFixture("valid-site");
    expect(create(content, "pengrajin", "batik-uji", "Toko Uji Coba").code).toBe(0);
    const before = check(content);
    expect(before.code).toBe(1);
    expect(fieldsIn(before.stderr)).toEqual(["pemilik", "ringkasan", "whatsapp"]);
    fill(join(content, "batik-uji/pengrajin/toko-uji-coba.md"), {
      pemilik: "Ibu Sari",
      ringkasan: "Batik tulis dengan pewarna alam.",
      whatsapp: '"0812 3456 7890"',
    });
    expect(check(content)).toMatchObject({ code: 0, stderr: "" });
  });

  it("refuses to overwrite an existing file and leaves it as it was", () => {
    const content = copyFixture("valid-site");
    const file = join(content, "batik-uji/pengrajin/batik-satu.md");
    const before = readFileSync(file, "utf8");
    const run = create(content, "pengrajin", "batik-uji", "Batik Satu");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("batik-satu.md sudah ada dan tidak ditimpa");
    expect(run.stderr).toContain("already exists and was not overwritten");
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  it("suggests the right centre for a misspelt one", () => {
    const run = create(copyFixture("valid-site"), "pengrajin", "batk-uji", "Toko Baru");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Sentra "batk-uji" tidak ada');
    expect(run.stderr).toContain('Mungkin maksudnya "batik-uji"?');
    expect(run.stderr).toContain('Did you mean "batik-uji"?');
  });

  it("explains its use when the arguments are wrong", () => {
    const run = runCli("new.ts", ["pengrajin", "batik-uji"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^✖ pakai: npm run new -- pengrajin/);
  });
});

describe("npm run new -- acara and sentra", () => {
  it("creates an event that check accepts once filled, featuring a business of the centre", () => {
    const content = copyFixture("valid-site");
    const run = create(content, "acara", "batik-uji", "Pameran Batik Akhir Tahun");
    expect(run.code).toBe(0);
    expect(fieldsIn(check(content).stderr)).toEqual(["jenis", "ringkasan", "mulai", "selesai"]);
    fill(join(content, "batik-uji/acara/pameran-batik-akhir-tahun.md"), {
      jenis: "pameran",
      ringkasan: "Pameran batik tulis.",
      mulai: '"2027-12-20 09:00"',
      selesai: '"2027-12-20 16:00"',
      pengrajin: "[batik-satu]",
    });
    expect(check(content)).toMatchObject({ code: 0, stderr: "" });
  });

  it("creates a centre folder with index.md that check accepts once filled", () => {
    const content = copyFixture("valid-site");
    const run = create(content, "sentra", "Sentra Songket Pandai Sikek");
    expect(run.code).toBe(0);
    const file = join(content, "sentra-songket-pandai-sikek/index.md");
    expect(fieldsIn(check(content).stderr)).toEqual([
      "kerajinan",
      "ringkasan",
      "provinsi",
      "kota",
      "alamat",
      "koordinat.lintang",
      "koordinat.bujur",
      "zona_waktu",
      "whatsapp",
      "pengelola",
    ]);
    fill(file, {
      kerajinan: "Songket",
      ringkasan: "Songket tenun tangan.",
      provinsi: "Sumatera Barat",
      kota: "Kabupaten Tanah Datar",
      alamat: "Nagari Pandai Sikek",
      lintang: "-0.39",
      bujur: "100.39",
      zona_waktu: "WIB",
      whatsapp: '"0812 3456 7890"',
      pengelola: "Dinas Perindustrian Kabupaten Tanah Datar",
    });
    expect(check(content)).toMatchObject({ code: 0, stderr: "" });
  });

  it("refuses a centre folder name the site uses itself", () => {
    const run = create(copyFixture("valid-site"), "sentra", "Admin");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('"admin" sudah dipakai oleh situs sendiri');
  });
});

describe("starters in seeds/starters/", () => {
  it.each([
    ["pengrajin.md", SCHEMAS.business.main],
    ["acara.md", SCHEMAS.event.main],
    ["sentra.md", SCHEMAS.centre.main],
  ] as const)(
    "%s names every field of its schema (as a line or a commented example)",
    (name, schema) => {
      const starter = readFileSync(join(PROJECT_ROOT, "seeds/starters", name), "utf8");
      const keys = Object.keys((schema as unknown as { shape: Record<string, unknown> }).shape);
      expect(keys.filter((key) => !new RegExp(`^#? ?${key}:`, "m").test(starter))).toEqual([]);
    },
  );
});
