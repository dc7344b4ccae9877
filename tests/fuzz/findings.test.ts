/** What the fuzzer found, pinned as plain examples so a fix can never quietly go away. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scanHtml } from "../../scripts/pipeline/scan.ts";
import { acceptedTextFaults } from "../../scripts/fuzz/checks.ts";
import { renderMarkdown } from "../../scripts/content/markdown.ts";
import { readContentFile } from "../../scripts/content/read.ts";
import { bilingual as b, quoted } from "../../scripts/problems/problem.ts";
import { formatProblem } from "../../scripts/problems/report.ts";
import { calendarDate } from "../../scripts/schema/fields.ts";
import { issueText } from "../../scripts/schema/issue.ts";
import { validate } from "../../scripts/content/validate.ts";
import { SCHEMAS } from "../../scripts/schema/index.ts";
import { tempDir } from "../helpers/cli.ts";

describe("found by fuzzing", () => {
  it("an aligned Markdown table renders without inline styles, which the output scan refuses", () => {
    const html = renderMarkdown("| a | b |\n|:-|-:|\n| 1 | 2 |");
    expect(html).toContain("<th>a</th>");
    expect(html).not.toContain("style");
    expect(scanHtml(`<html><body>${html}</body></html>`)).toEqual([]);
  });

  it("a report prints control and bidi characters from a file as codes, on the problem's own lines", () => {
    const text = formatProblem({
      file: "content/a/index.md",
      field: "x\ny",
      message: b(
        'Kolom "\u001b[2J\u202eabc" tidak dikenal.',
        'Unknown field "\u001b[2J\u202eabc".',
      ),
    });
    expect(text).toBe(
      [
        "✖ content/a/index.md  kolom/field: x\\u000ay",
        '  Kolom "\\u001b[2J\\u202eabc" tidak dikenal.',
        '  Unknown field "\\u001b[2J\\u202eabc".',
      ].join("\n"),
    );
  });

  it("a long value is quoted short in a message", () => {
    expect(quoted("😀".repeat(100))).toBe(`"${"😀".repeat(80)}…"`);
    const result = calendarDate.safeParse("9".repeat(5000));
    const message = issueText((result.error!.issues[0] as { params?: unknown }).params)!.message;
    expect(message.id).toBe(`"${"9".repeat(80)}…" bukan tanggal dengan format TTTT-BB-HH.`);
    expect(message.en).toBe(`"${"9".repeat(80)}…" is not a date in YYYY-MM-DD form.`);
  });

  it("a lone surrogate from a YAML escape is refused at check time, not left to crash the renderer", async () => {
    const path = join(tempDir(), "tenun-satu.md");
    writeFileSync(
      path,
      '---\nnama_usaha: "Tapis \\ud800"\npemilik: Ibu Uji\nringkasan: Tenun.\nwhatsapp: "0813 4444 5555"\n---\n',
    );
    const read = await readContentFile(path, "content/a/pengrajin/tenun-satu.md");
    if (!read.ok) throw new Error("the file should read");
    expect((read.value.data as { nama_usaha: string }).nama_usaha).toBe("Tapis \ud800");
    const result = validate(SCHEMAS.business.main, read.value, "content/a/pengrajin/tenun-satu.md");
    expect(
      result.ok ? [] : result.problems.map((p) => `${p.line} ${p.field}: ${p.message.en}`),
    ).toEqual([
      "2 nama_usaha: This text contains a broken character (U+D800) that cannot be shown.",
    ]);
  });

  it("the fuzzer's own check flags broken text and hidden controls that content let through", () => {
    expect(
      acceptedTextFaults({
        centres: [
          { nama: "Tapis \ud800", url: "https://a.id/\u0000", ok: "Tapis 😀 https://a.id/" },
        ],
      }),
    ).toEqual([
      "accepted a broken character: U+D800 at graph.centres.0.nama",
      "accepted a control character in an address: U+0000 at graph.centres.0.url",
    ]);
  });

  it("a list as a field name is refused, instead of being stringified with a warning on stderr", async () => {
    const path = join(tempDir(), "index.md");
    writeFileSync(path, "---\nnama: Sentra\n? [a, b]\n: x\n---\n");
    const result = await readContentFile(path, "content/a/index.md");
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          file: "content/a/index.md",
          line: 3,
          message: b(
            "Nama kolom harus berupa teks biasa, bukan daftar atau kelompok.",
            "A field name must be plain text, not a list or a group.",
          ),
          fix: b(
            "tulis nama kolom lalu titik dua, misalnya nama: Tapis Siger.",
            "write the field name and a colon, e.g. nama: Tapis Siger.",
          ),
        },
      ],
    });
  });
});
