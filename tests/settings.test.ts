/**
 * The settings file: its mistakes are reported like content's (file, line, field, fix), and its
 * site address sits between the environment and the host's variables.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatReport } from "../scripts/problems/report.ts";
import { parseSettings } from "../scripts/site/settings.ts";
import { resolveSiteAddress } from "../scripts/site/site-address.ts";
import { FIXTURES, runCli, tempDir } from "./helpers/cli.ts";

const fixture = (name: string) => readFileSync(join(FIXTURES, "settings", name), "utf8");

describe("etalase.config.json", () => {
  it("reads a valid file, the prefix written with its slashes", () => {
    const read = parseSettings(fixture("github-pages.json"));
    expect(read).toEqual({
      ok: true,
      settings: {
        name: "Etalase IKM Uji",
        prefix: "/uji/",
        repo: "dinas-uji/etalase",
        branch: "utama",
        host: "github-pages",
      },
    });
  });

  it("names the line, the field and the fix of every mistake at once", () => {
    const read = parseSettings(fixture("mistakes.json"));
    expect(read.ok).toBe(false);
    const report = formatReport(read.ok ? [] : read.problems, {
      headline: { id: "Berhenti", en: "Stopped" },
    });
    expect(report).toContain("✖ etalase.config.json:3  kolom/field: site-url");
    expect(report).toContain('jalur seperti /katalog/ ditulis di kolom "prefix"');
    expect(report).toContain("✖ etalase.config.json:4  kolom/field: repo");
    expect(report).toContain('"pemilik/repositori" hanya contoh.');
    expect(report).toContain("✖ etalase.config.json:5  kolom/field: host");
    expect(report).toContain('mungkin maksudnya "github-pages"?');
    expect(report).toContain("✖ etalase.config.json:7  kolom/field: contact.whatsapp");
    expect(report).toContain("Berhenti: 4 masalah di 1 berkas.");
  });

  it("says where JSON stops being JSON", () => {
    const read = parseSettings('{\n  "name": "Etalase",\n}\n');
    expect(read.ok ? [] : read.problems.map((p) => [p.line, p.message.id])).toEqual([
      [3, "Berkas pengaturan ini bukan JSON yang benar."],
    ]);
  });

  it("gives the site address after the flag and ETALASE_SITE_URL, before the host's own", () => {
    const settings = { "site-url": "https://dari-berkas.go.id" };
    const netlify = { NETLIFY: "true", URL: "https://n.netlify.app" };
    expect(
      resolveSiteAddress(
        "https://flag.go.id",
        { ...netlify, ETALASE_SITE_URL: "https://env.go.id" },
        settings,
      ).source,
    ).toBe("--site-url");
    expect(
      resolveSiteAddress(undefined, { ...netlify, ETALASE_SITE_URL: "https://env.go.id" }, settings)
        .source,
    ).toBe("ETALASE_SITE_URL");
    expect(resolveSiteAddress(undefined, netlify, settings)).toEqual({
      url: "https://dari-berkas.go.id",
      source: "site-url (etalase.config.json)",
    });
    expect(resolveSiteAddress(undefined, netlify, {})).toEqual({
      url: "https://n.netlify.app",
      source: "URL (Netlify)",
    });
  });

  it("stops a build with the report, before anything is written", () => {
    const out = join(tempDir(), "_site");
    const run = runCli(
      "build.ts",
      ["--content", join(FIXTURES, "valid-site/content"), "--out", out],
      { ETALASE_SETTINGS: join(FIXTURES, "settings/mistakes.json") },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("✖ tests/fixtures/settings/mistakes.json:4  kolom/field: repo");
    expect(run.stderr).toContain("Build dibatalkan: 4 masalah di 1 berkas.");
    expect(existsSync(out)).toBe(false);
  });
});
