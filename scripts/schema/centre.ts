import { z } from "zod";
import { photo } from "./photo.ts";
import {
  calendarDate,
  clockTime,
  decimalNumber,
  email,
  phone,
  sampleFlag,
  socialLink,
  text,
  timeZone,
  webUrl,
  wholeNumber,
} from "./fields.ts";
import { colourContrast, hexColour } from "./colour.ts";
import { THEMES } from "../site/themes.ts";

/** Facilities a centre can have; each has a label in both languages in `templates/lib/labels.ts`. */
export const FACILITIES = [
  "showroom",
  "ruang-pelatihan",
  "panggung-peragaan",
  "ruang-produksi",
  "parkir",
  "parkir-bus",
  "musala",
  "toilet",
  "kafe",
  "wifi",
  "akses-kursi-roda",
] as const;
export const DAYS = ["senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"] as const;

const openingHours = z.strictObject({
  hari: z.array(z.enum(DAYS)).min(1),
  buka: clockTime,
  tutup: clockTime,
});

/** A figure about the centre, always with where it comes from and when. */
const figure = z.strictObject({
  nilai: decimalNumber(0),
  label: text(120),
  sumber: text(160),
  sumber_url: webUrl.optional(),
  tanggal: calendarDate,
});

/** `content/<centre>/index.md` */
export const centreSchema = z
  .strictObject({
    nama: text(120),
    kerajinan: text(60),
    ringkasan: text(300),
    provinsi: text(60),
    kota: text(80),
    alamat: text(200),
    koordinat: z.strictObject({ lintang: decimalNumber(-11, 6), bujur: decimalNumber(95, 141) }),
    zona_waktu: timeZone,
    jam_buka: z.array(openingHours).min(1),
    catatan_jam: text(200).optional(),
    cara_ke_sini: text(600).optional(),
    whatsapp: phone("whatsapp"),
    telepon: phone("telepon").optional(),
    email: email.optional(),
    /** Each an account name or an address on that network's own domain; stored as the address. */
    media_sosial: z
      .strictObject({
        instagram: socialLink("instagram"),
        facebook: socialLink("facebook"),
        youtube: socialLink("youtube"),
        tiktok: socialLink("tiktok"),
      })
      .partial()
      .optional(),
    pengelola: text(160),
    pengelola_url: webUrl.optional(),
    fasilitas: z.array(z.enum(FACILITIES)).default([]),
    kunjungan_rombongan: z
      .strictObject({
        kapasitas: wholeNumber(1, 5000),
        kontak: phone("whatsapp"),
        catatan: text(400).optional(),
      })
      .optional(),
    angka: z.array(figure).default([]),
    /** The big picture at the top of the centre page, and of its link previews. */
    foto_utama: photo.optional(),
    galeri: z.array(photo).max(24).default([]),
    /** The centre's look: a named theme of a craft, or its own two colours (checked for contrast). */
    tema: z.enum(THEMES).optional(),
    warna_utama: hexColour.optional(),
    warna_aksen: hexColour.optional(),
    contoh: sampleFlag,
  })
  .superRefine(colourContrast);

/** `content/<centre>/index.en.md`: only the words a visitor reads, in English. */
export const centreTranslationSchema = z.strictObject({
  nama: text(120).optional(),
  kerajinan: text(60).optional(),
  ringkasan: text(300).optional(),
  catatan_jam: text(200).optional(),
  cara_ke_sini: text(600).optional(),
  catatan_rombongan: text(400).optional(),
  /** Labels of `angka`, in the same order. */
  label_angka: z.array(text(120)).optional(),
});

export type CentreData = z.output<typeof centreSchema>;
export type CentreTranslation = z.output<typeof centreTranslationSchema>;
export type Facility = (typeof FACILITIES)[number];
export type Day = (typeof DAYS)[number];
