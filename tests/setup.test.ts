/** `npm run setup`: flags or answered questions become a checked settings file, never overwritten without --force. */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT, tempDir } from "./helpers/cli.ts";

/** The command as a person runs it; `input` is what they type, one answer a line. */
const setup = (args: string[], input = "") =>
  spawnSync(
    process.execPath,
    ["--import", "tsx", join(PROJECT_ROOT, "scripts/cli/setup.ts"), ...args],
    { cwd: PROJECT_ROOT, input, encoding: "utf8" },
  );

describe("npm run setup", () => {
  it("writes the settings given as flags", () => {
    const file = join(tempDir(), "etalase.config.json");
    const run = setup([
      "--file",
      file,
      "--name",
      "Etalase IKM Uji",
      "--site-url",
      "https://sentra.uji.go.id",
      "--repo",
      "dinas-uji/etalase",
      "--host",
      "github-pages",
      "--cms-auth-url",
      "https://sveltia-cms-auth.dinas-uji.workers.dev",
      "--whatsapp",
      "0812 3456 7890",
    ]);
    expect(run.stdout).toContain("ditulis");
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({
      name: "Etalase IKM Uji",
      "site-url": "https://sentra.uji.go.id",
      repo: "dinas-uji/etalase",
      host: "github-pages",
      "cms-auth-url": "https://sveltia-cms-auth.dinas-uji.workers.dev",
      contact: { whatsapp: "0812 3456 7890" },
    });
  });

  it("refuses what a build would refuse, and writes nothing", () => {
    const file = join(tempDir(), "etalase.config.json");
    const run = setup(["--file", file, "--name", "Uji", "--email", "kantor@"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('"kantor@" bukan satu alamat e-mail.');
    expect(run.stderr).toContain("Pengaturan tidak ditulis: 1 masalah di 1 berkas.");
    expect(existsSync(file)).toBe(false);
  });

  it("keeps an existing file unless --force", () => {
    const file = join(tempDir(), "etalase.config.json");
    writeFileSync(file, '{ "name": "Lama" }\n');
    const run = setup(["--file", file, "--name", "Baru"]);
    expect(run.stderr).toContain("sudah ada dan tidak diubah");
    expect(readFileSync(file, "utf8")).toBe('{ "name": "Lama" }\n');
    setup(["--file", file, "--name", "Baru", "--force"]);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({ name: "Baru" });
  });

  it("asks each question, asks again after a wrong answer, and skips empty ones", () => {
    const file = join(tempDir(), "etalase.config.json");
    const answers = [
      "Etalase Pesawaran",
      "https://sentra.pesawaran.go.id/katalog",
      "https://sentra.pesawaran.go.id",
      "/katalog/",
      "dinas/etalase",
      "",
      "github-pages",
      "http://sveltia-cms-auth.pesawaran.workers.dev",
      "https://sveltia-cms-auth.pesawaran.workers.dev",
      "Dinas Koperasi",
      "",
      "0812 3456 7890",
    ];
    const run = setup(["--file", file], `${answers.join("\n")}\n`);
    expect(run.stdout).toContain(
      "Alamat situs, misalnya https://sentra.contoh.go.id / Site address, e.g. https://sentra.contoh.go.id",
    );
    expect(run.stdout).toContain('jalur seperti /katalog/ ditulis di kolom "prefix"');
    expect(run.stdout).toContain("alamat layanan masuk harus diawali https://");
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({
      name: "Etalase Pesawaran",
      "site-url": "https://sentra.pesawaran.go.id",
      prefix: "/katalog/",
      repo: "dinas/etalase",
      host: "github-pages",
      "cms-auth-url": "https://sveltia-cms-auth.pesawaran.workers.dev",
      contact: { office: "Dinas Koperasi", whatsapp: "0812 3456 7890" },
    });
  });

  it("writes nothing when the answers stop early", () => {
    const file = join(tempDir(), "etalase.config.json");
    const run = setup(["--file", file], "Etalase\n");
    expect(run.stderr).toContain("tidak ada berkas yang ditulis");
    expect(existsSync(file)).toBe(false);
  });

  it("explains itself in both languages", () => {
    const run = setup(["--help"]);
    expect(run.stdout).toContain("Menulis berkas pengaturan situs etalase.config.json.");
    expect(run.stdout).toContain("Writes the site's settings file etalase.config.json.");
    expect(run.stdout).toContain("--host github-pages|netlify|cloudflare-pages|other");
  });
});
