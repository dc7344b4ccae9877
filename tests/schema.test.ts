/** Unit tests of the schema helpers: what staff type, what the program keeps, what is refused. */
import { describe, expect, it } from "vitest";
import { calendarDate, localDateTime, phone, slugify } from "../scripts/schema/fields.ts";
import { businessSchema, centreTranslationSchema, eventSchema } from "../scripts/schema/index.ts";
import { issueText } from "../scripts/schema/issue.ts";
import { closest, closestSlug } from "../scripts/problems/suggest.ts";

function firstIssue(result: {
  success: boolean;
  error?: { issues: { params?: unknown; message: string }[] };
}) {
  const issue = result.error?.issues[0];
  return issue ? (issueText(issue.params)?.message.id ?? issue.message) : undefined;
}

describe("phone numbers", () => {
  const whatsapp = phone("whatsapp");
  it.each([
    ["0812-3456-7890", "6281234567890"],
    ["0812 3456 7890", "6281234567890"],
    ["+62 812 3456 7890", "6281234567890"],
    ["62812.3456.7890", "6281234567890"],
    ["(0812) 3456 7890", "6281234567890"],
  ])("normalises %s to %s", (input, expected) => {
    expect(whatsapp.parse(input)).toBe(expected);
  });

  it("refuses a number YAML read as a number, asking for quotes", () => {
    expect(firstIssue(whatsapp.safeParse(812345678))).toBe(
      "Nomor telepon ditulis tanpa tanda kutip, sehingga angka 0 di depannya bisa hilang.",
    );
  });
  it("refuses a number that is too short", () => {
    expect(firstIssue(whatsapp.safeParse("0812 345"))).toBe('Nomor "0812 345" terlalu pendek.');
  });
  it("refuses a landline for WhatsApp but accepts it as a phone", () => {
    expect(firstIssue(whatsapp.safeParse("0721 123 4567"))).toBe(
      '"0721 123 4567" bukan nomor HP, jadi tidak bisa dipakai untuk WhatsApp.',
    );
    expect(phone("telepon").parse("(0721) 123 4567")).toBe("627211234567");
  });
  it("refuses letters and foreign numbers", () => {
    expect(whatsapp.safeParse("0812-ABCD-7890").success).toBe(false);
    expect(whatsapp.safeParse("+1 202 555 0100").success).toBe(false);
  });
});

describe("dates", () => {
  it("keeps a real date", () => {
    expect(calendarDate.parse("2024-02-29")).toBe("2024-02-29");
  });
  it.each(["2024-02-30", "2023-02-29", "2024-13-45", "2024-04-31"])(
    "refuses %s instead of rolling it over",
    (input) => {
      expect(firstIssue(calendarDate.safeParse(input))).toBe(
        `Tanggal "${input}" tidak ada di kalender.`,
      );
    },
  );
  it("refuses day-first dates with the expected format in the message", () => {
    expect(firstIssue(calendarDate.safeParse("30/02/2024"))).toBe(
      '"30/02/2024" bukan tanggal dengan format TTTT-BB-HH.',
    );
  });
  it("reads a local date and time, and refuses 24:00", () => {
    expect(localDateTime.parse("2026-12-12 09:00")).toBe("2026-12-12T09:00");
    expect(firstIssue(localDateTime.safeParse("2026-12-12 24:00"))).toBe('Jam "24:00" tidak ada.');
  });
});

describe("slugs and suggestions", () => {
  it.each([
    ["Toko Uji Coba", "toko-uji-coba"],
    ["Batík Señora", "batik-senora"],
    ["  ../../Rahasia  ", "rahasia"],
    ["Tapis_Siger--Mas!", "tapis-siger-mas"],
  ])("slugify(%s) = %s", (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });
  it("suggests the nearest known key", () => {
    expect(closest("nmae", ["nama", "kota", "alamat"])).toBe("nama");
    expect(closest("pemlik", ["pemilik", "produk"])).toBe("pemilik");
    expect(closest("zzzzzz", ["nama", "kota"])).toBeUndefined();
  });
  it("suggests the slug a shorter or longer one was meant to be, by whole words", () => {
    const slugs = ["tapis-siger-emas", "tapis-perak-laila", "kirana-busana-tapis"];
    expect(closestSlug("tapis-siger", slugs)).toBe("tapis-siger-emas");
    expect(closestSlug("kirana-busana-tapis-lampung", slugs)).toBe("kirana-busana-tapis");
    expect(closestSlug("tapis-sigr-emas", slugs)).toBe("tapis-siger-emas"); // a misspelling, as closest finds
    expect(closestSlug("tapis", slugs)).toBeUndefined(); // two slugs start with it: no guess
    expect(closestSlug("tapis-sig", slugs)).toBeUndefined(); // not a whole word
  });
});

describe("entry schemas", () => {
  const business = {
    nama_usaha: "Tapis Uji",
    pemilik: "Ibu Uji",
    ringkasan: "Kain tapis.",
    whatsapp: "081234567890",
  };
  it("fills defaults and normalises the business's WhatsApp", () => {
    const parsed = businessSchema.parse(business);
    expect(parsed.whatsapp).toBe("6281234567890");
    expect(parsed.produk).toEqual([]);
    expect(parsed.contoh).toBe(false);
  });
  it("rejects unknown keys", () => {
    const result = businessSchema.safeParse({ ...business, permalink: "/x/" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe("unrecognized_keys");
  });
  it("rejects a price range upside down", () => {
    const result = businessSchema.safeParse({
      ...business,
      produk: [{ nama: "Kain", harga_min: 500000, harga_maks: 100000, satuan: "lembar" }],
    });
    expect(firstIssue(result)).toBe("Harga maksimum lebih kecil dari harga minimum.");
  });
  it("rejects an event that ends before it starts", () => {
    const result = eventSchema.safeParse({
      judul: "Uji",
      jenis: "pameran",
      ringkasan: "x",
      mulai: "2026-12-12 10:00",
      selesai: "2026-12-12 09:00",
    });
    expect(firstIssue(result)).toBe(
      "Acara selesai (2026-12-12 09:00) sebelum mulai (2026-12-12 10:00).",
    );
  });
  it("keeps translations to the words a visitor reads", () => {
    expect(centreTranslationSchema.safeParse({ whatsapp: "0812" }).success).toBe(false);
  });
});
