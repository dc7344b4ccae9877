/**
 * Unit tier for the link and text helpers: what each field takes, what it stores, and what it
 * refuses with which words. Whole builds of the same cases are in bad-inputs.test.ts.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { readContentFile } from "../scripts/content/read.ts";
import { validate } from "../scripts/content/validate.ts";
import { businessSchema } from "../scripts/schema/business.ts";
import { email, instagramHandle, socialLink, webUrl } from "../scripts/schema/fields.ts";
import { issueText } from "../scripts/schema/issue.ts";
import { tempDir } from "./helpers/cli.ts";

/** The Indonesian message a schema gives for a value, or the value it stores. */
function outcome(schema: z.ZodType, value: string): unknown {
  const result = schema.safeParse(value);
  return result.success ? result.data : textOf(result.error.issues[0]!)?.message.id;
}

const textOf = (issue: z.core.$ZodIssue) => issueText((issue as { params?: unknown }).params);

describe("web addresses", () => {
  it("take http:// and https://, as the message says, and store them trimmed", () => {
    expect(outcome(webUrl, "http://dinas.contoh.go.id")).toBe("http://dinas.contoh.go.id");
    expect(outcome(webUrl, " https://dinas.contoh.go.id/ ")).toBe("https://dinas.contoh.go.id/");
    expect(textOf(webUrl.safeParse("ftp://dinas.contoh.go.id").error!.issues[0]!)?.fix?.id).toBe(
      "tulis alamat lengkap yang dimulai dengan https:// atau http://, misalnya https://www.contoh.go.id",
    );
  });

  it("refuse C1 controls, DEL and bidi marks by their code, and a user name that hides the real host", () => {
    expect(outcome(webUrl, "https://contoh.go.id/\u0085")).toBe(
      "Alamat web ini berisi karakter kendali yang tidak terlihat (U+0085).",
    );
    expect(outcome(webUrl, "https://contoh.go.id/\u007f")).toBe(
      "Alamat web ini berisi karakter kendali yang tidak terlihat (U+007F).",
    );
    expect(outcome(webUrl, "https://contoh.go.id/\u200f")).toBe(
      "Alamat web ini berisi karakter kendali yang tidak terlihat (U+200F).",
    );
    expect(outcome(webUrl, "https://tokopedia.com@evil.example/")).toBe(
      'Alamat "https://tokopedia.com@evil.example/" memuat nama pengguna sebelum tanda @, sehingga tautannya menuju evil.example.',
    );
  });
});

describe("social media", () => {
  it("a centre's page: an account name becomes the page's address; an address on the network stays", () => {
    expect(outcome(socialLink("instagram"), "@tapis.sigermas")).toBe(
      "https://www.instagram.com/tapis.sigermas/",
    );
    expect(outcome(socialLink("tiktok"), "tapis.sigermas")).toBe(
      "https://www.tiktok.com/@tapis.sigermas",
    );
    expect(outcome(socialLink("youtube"), "https://youtu.be/abc")).toBe("https://youtu.be/abc");
    expect(outcome(socialLink("facebook"), "https://m.facebook.com/tapis.sigermas")).toBe(
      "https://m.facebook.com/tapis.sigermas",
    );
    expect(outcome(socialLink("facebook"), "https://facebook.com.evil.example/x")).toBe(
      '"https://facebook.com.evil.example/x" bukan alamat Facebook: alamatnya menuju facebook.com.evil.example, bukan facebook.com, fb.com atau fb.me.',
    );
    expect(outcome(socialLink("tiktok"), "tiktok.com")).toBe(
      '"tiktok.com" bukan nama akun atau alamat TikTok.',
    );
  });

  it("a business's Instagram: the account name, also read from its address", () => {
    expect(outcome(instagramHandle, "https://www.instagram.com/tapis.sigermas/?hl=id")).toBe(
      "tapis.sigermas",
    );
    expect(outcome(instagramHandle, "https://www.instagram.com/p/Cx1/")).toBe(
      '"https://www.instagram.com/p/Cx1/" bukan nama akun Instagram yang sah.',
    );
  });

  it("a shop named 'lainnya' may be anywhere; a named marketplace only on its own site", () => {
    const shops = businessSchema.shape.marketplace.safeParse([
      { nama: "lainnya", url: "https://toko.contoh.id/tenun" },
      { nama: "tokopedia", url: "https://tk.tokopedia.link/abc" },
      { nama: "blibli", url: "https://www.bukalapak.com/u/tenun" },
    ]);
    expect(
      shops.error!.issues.map((issue) => [issue.path.join("."), textOf(issue)?.message.id]),
    ).toEqual([
      [
        "2.url",
        '"https://www.bukalapak.com/u/tenun" bukan alamat Blibli: alamatnya menuju www.bukalapak.com, bukan blibli.com.',
      ],
    ]);
  });
});

describe("e-mail", () => {
  it("takes one address", () => {
    for (const address of [
      "dinas@contoh.go.id",
      "nama.depan+sentra@contoh.co.id",
      " dinas@contoh.go.id ",
    ])
      expect(outcome(email, address)).toBe(address.trim());
  });

  it("refuses anything a mailto: link would read as more than one address", () => {
    for (const value of [
      "mailto:dinas@contoh.go.id",
      "dinas@contoh.go.id?subject=x",
      "a&b@contoh.go.id",
      "a=b@contoh.go.id",
      "a@contoh.go.id, b@contoh.go.id",
      "a b@contoh.go.id",
      "a@b@contoh.go.id",
      "a..b@contoh.go.id",
    ])
      expect(outcome(email, value)).toBe(`"${value}" bukan satu alamat e-mail.`);
  });
});

describe("broken characters in the body", () => {
  it("are reported at their own line in the file", async () => {
    const path = join(tempDir(), "tenun-satu.md");
    writeFileSync(
      path,
      '---\nnama_usaha: Tenun Satu\npemilik: Ibu Uji\nringkasan: Tenun ikat.\nwhatsapp: "0813 4444 5555"\n---\nBaris pertama.\n\nBaris \uFFFE ketiga.\n',
    );
    const read = await readContentFile(path, "content/tenun-uji/pengrajin/tenun-satu.md");
    if (!read.ok) throw new Error("the file should read");
    const result = validate(
      businessSchema,
      read.value,
      "content/tenun-uji/pengrajin/tenun-satu.md",
    );
    expect(result.ok ? [] : result.problems.map((p) => [p.line, p.message.id])).toEqual([
      [
        9,
        "Teks halaman (di bawah baris ---) berisi karakter rusak (U+FFFE) yang tidak bisa ditampilkan.",
      ],
    ]);
  });
});
