/**
 * On GitHub Actions, staff read a build's result on the run's page: annotations on the file and
 * line, and a summary table, both Indonesian first. A long build in a log prints a line per batch.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { annotation, escapeData, escapeProperty } from "../scripts/problems/github-actions.ts";
import { bilingual } from "../scripts/problems/problem.ts";
import { runCli, tempDir } from "./helpers/cli.ts";
import { smallSyntheticSite } from "./helpers/small-synthetic.ts";

const BAD = "tests/fixtures/github-annotations/content";
const GOOD = "tests/fixtures/valid-site/content";
const FOLDER = `${BAD}/tenun-uji/pengrajin`;

/** A run on GitHub Actions, with its step summary file. */
function onGitHub(script: string, args: string[], env: Record<string, string> = {}) {
  const summary = join(tempDir(), "step-summary.md");
  const run = runCli(script, args, {
    GITHUB_ACTIONS: "true",
    GITHUB_STEP_SUMMARY: summary,
    ...env,
  });
  return { ...run, summary: existsSync(summary) ? readFileSync(summary, "utf8") : undefined };
}

describe("workflow command escaping", () => {
  it("encodes %, CR and LF in a message, and also : and , in a property", () => {
    expect(escapeData("50% off\r\nnext")).toBe("50%25 off%0D%0Anext");
    expect(escapeProperty("a: b, c 10%")).toBe("a%3A b%2C c 10%25");
  });

  it("keeps a pasted line break and a forged command inside one annotation line", () => {
    const line = annotation({
      file: "content/a,b/x.md",
      line: 3,
      field: "nama_usaha",
      message: bilingual("salah\n::warning::palsu", "wrong\r\n::notice::fake"),
    });
    expect(line.split("\n")).toHaveLength(1);
    expect(line).toBe(
      "::error file=content/a%2Cb/x.md,line=3,title=nama_usaha::salah\\u000a::warning::palsu / wrong\\u000d\\u000a::notice::fake",
    );
  });
});

describe("npm run check on GitHub Actions, on content with mistakes", () => {
  const run = onGitHub("check.ts", ["--content", BAD]);

  it("annotates each problem on its file and line, Indonesian / English, fix included", () => {
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        `::error file=${FOLDER}/tenun-dua.md,line=5,title=whatsapp::"diskon 50%25 | <b>hubungi</b>" bukan nomor telepon Indonesia yang bisa dibaca. Cara memperbaiki: mulai dengan 0 atau +62 dan pakai angka saja (spasi dan tanda hubung boleh), misalnya "0812 3456 7890". / "diskon 50%25 | <b>hubungi</b>" is not a readable Indonesian phone number. How to fix: start with 0 or +62 and use digits only (spaces and hyphens are fine), e.g. "0812 3456 7890".`,
        `::error file=${FOLDER}/tenun%2C ibu sari.md,title=konten / content::Nama berkas "tenun, ibu sari" tidak boleh dipakai sebagai alamat halaman: hanya huruf kecil a-z, angka 0-9 dan tanda hubung. Cara memperbaiki: ganti namanya menjadi "tenun-ibu-sari". / The file name "tenun, ibu sari" cannot be used in a page address: only lowercase a-z, digits 0-9 and hyphens. How to fix: rename it to "tenun-ibu-sari".`,
        "",
      ].join("\n"),
    );
    // The log keeps its usual report.
    expect(run.stderr).toContain("Pemeriksaan selesai: 2 masalah di 2 berkas.");
  });

  it("writes a table of the problems to the step summary, quoted text shown as text", () => {
    expect(run.summary).toBe(
      [
        "### ❌ Pemeriksaan selesai: 2 masalah di 2 berkas / Check finished: 2 problem(s) in 2 file(s)",
        "",
        "| Berkas / File | Baris / Line | Kolom / Field | Masalah | Problem |",
        "| --- | --- | --- | --- | --- |",
        `| ${FOLDER}/tenun-dua.md | 5 | whatsapp | "diskon 50% \\| &lt;b&gt;hubungi&lt;/b&gt;" bukan nomor telepon Indonesia yang bisa dibaca. Cara memperbaiki: mulai dengan 0 atau +62 dan pakai angka saja (spasi dan tanda hubung boleh), misalnya "0812 3456 7890". | "diskon 50% \\| &lt;b&gt;hubungi&lt;/b&gt;" is not a readable Indonesian phone number. How to fix: start with 0 or +62 and use digits only (spaces and hyphens are fine), e.g. "0812 3456 7890". |`,
        `| ${FOLDER}/tenun, ibu sari.md |  |  | Nama berkas "tenun, ibu sari" tidak boleh dipakai sebagai alamat halaman: hanya huruf kecil a-z, angka 0-9 dan tanda hubung. Cara memperbaiki: ganti namanya menjadi "tenun-ibu-sari". | The file name "tenun, ibu sari" cannot be used in a page address: only lowercase a-z, digits 0-9 and hyphens. How to fix: rename it to "tenun-ibu-sari". |`,
        "",
        "",
      ].join("\n"),
    );
  });

  it("prints no annotation and writes no summary off GitHub Actions", () => {
    const summary = join(tempDir(), "step-summary.md");
    const off = runCli("check.ts", ["--content", BAD], { GITHUB_STEP_SUMMARY: summary });
    expect(off.code).toBe(1);
    expect(off.stdout).toBe("");
    expect(existsSync(summary)).toBe(false);
  });
});

describe("the good news and failures outside the content, on GitHub Actions", () => {
  it("a clean check says so on the summary page", () => {
    const run = onGitHub("check.ts", ["--content", GOOD]);
    expect(run.code).toBe(0);
    expect(run.summary).toMatch(
      /^### ✅ Pemeriksaan selesai: (\d+) berkas benar semua \/ Check finished: all \1 files are valid\n\n$/,
    );
  });

  it("a build says how many pages it built", () => {
    const run = onGitHub("build.ts", ["--content", GOOD, "--out", join(tempDir(), "_site")]);
    expect(run.code, run.stderr).toBe(0);
    const pages = /etalase: (\d+) halaman\/pages/.exec(run.stdout)![1];
    expect(run.summary).toBe(
      `### ✅ Situs berhasil dibangun: ${pages} halaman / Site built: ${pages} pages\n\n`,
    );
  });

  it("a bad setting becomes one annotation in both languages", () => {
    const run = onGitHub("build.ts", ["--content", GOOD, "--out", join(tempDir(), "_site")], {
      ETALASE_SITE_URL: "http://localhost:8080",
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(
      /^::error title=Build gagal \/ Build failed::Alamat situs di ETALASE_SITE_URL .+ tidak bisa dipakai: localhost hanya bisa dibuka .+ \/ The site address in ETALASE_SITE_URL .+ cannot be used: localhost only opens .+\n$/,
    );
    expect(run.summary).toContain(
      "### ❌ Build gagal / Build failed\n\nAlamat situs di ETALASE\\_SITE\\_URL",
    );
  });
});

describe("progress of a long build in a log", () => {
  it("prints one line per finished batch when stderr is not a terminal", async () => {
    const { content } = await smallSyntheticSite(10);
    const run = runCli("build.ts", [
      "--content",
      content,
      "--out",
      join(tempDir(), "_site"),
      "--workers",
      "0",
      "--batch",
      "5",
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe("etalase: 5/10 sentra/centres\netalase: 10/10 sentra/centres\n");
    expect(run.stdout).toMatch(/^etalase: \d+ halaman\/pages, 10 sentra\/centres/);
  });
});
