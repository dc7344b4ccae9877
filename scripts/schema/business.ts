import { z } from "zod";
import { photo } from "./photo.ts";
import {
  calendarDate,
  instagramHandle,
  phone,
  platformAddress,
  rupiah,
  sampleFlag,
  text,
  webUrl,
  wholeNumber,
} from "./fields.ts";
import { addIssue } from "./issue.ts";
import { bilingual as b } from "../problems/problem.ts";

export const UNITS = ["lembar", "potong", "buah", "set", "meter", "pasang"] as const;
export const MARKETPLACES = [
  "tokopedia",
  "shopee",
  "lazada",
  "bukalapak",
  "tiktok-shop",
  "blibli",
  "lainnya",
] as const;
export const CERTIFICATIONS = ["halal", "sni", "hki", "pirt"] as const;
/** What a product is, for the search filter; "lainnya" (other) when nobody said. */
/** Where each marketplace's shops live; "lainnya" (another one) may be anywhere. */
const MARKETPLACE_SITES: Record<
  Exclude<(typeof MARKETPLACES)[number], "lainnya">,
  { name: string; domains: string[]; example: string }
> = {
  tokopedia: {
    name: "Tokopedia",
    domains: ["tokopedia.com", "tokopedia.link"],
    example: "https://www.tokopedia.com/batiksatu",
  },
  shopee: {
    name: "Shopee",
    domains: ["shopee.co.id", "shope.ee"],
    example: "https://shopee.co.id/batiksatu",
  },
  lazada: {
    name: "Lazada",
    domains: ["lazada.co.id"],
    example: "https://www.lazada.co.id/shop/batiksatu",
  },
  bukalapak: {
    name: "Bukalapak",
    domains: ["bukalapak.com"],
    example: "https://www.bukalapak.com/u/batiksatu",
  },
  "tiktok-shop": {
    name: "TikTok Shop",
    domains: ["tiktok.com"],
    example: "https://www.tiktok.com/@batiksatu",
  },
  blibli: {
    name: "Blibli",
    domains: ["blibli.com"],
    example: "https://www.blibli.com/merchant/batiksatu",
  },
};

/** A shop link, on the named marketplace's own domain. */
const marketplaceShop = z
  .strictObject({ nama: z.enum(MARKETPLACES), url: webUrl })
  .superRefine((shop, ctx) => {
    if (shop.nama === "lainnya") return;
    const read = platformAddress(shop.url, MARKETPLACE_SITES[shop.nama]);
    if ("problem" in read) addIssue(ctx, read.problem, ["url"]);
  });

export const PRODUCT_CATEGORIES = [
  "kain",
  "busana",
  "aksesori",
  "tas-dompet",
  "dekorasi",
  "suvenir",
  "lainnya",
] as const;

const product = z
  .strictObject({
    nama: text(120),
    harga_min: rupiah,
    harga_maks: rupiah.optional(),
    satuan: z.enum(UNITS),
    kategori: z.enum(PRODUCT_CATEGORIES).default("lainnya"),
    foto: photo.optional(),
  })
  .superRefine((p, ctx) => {
    if (p.harga_maks !== undefined && p.harga_maks < p.harga_min)
      addIssue(
        ctx,
        {
          message: b(
            "Harga maksimum lebih kecil dari harga minimum.",
            "The highest price is lower than the lowest price.",
          ),
          fix: b(
            "tukar kedua angka atau perbaiki salah satunya.",
            "swap the two numbers or correct one of them.",
          ),
        },
        ["harga_maks"],
      );
  });

/** `content/<centre>/pengrajin/<slug>.md`: one business or artisan in the centre. */
export const businessSchema = z.strictObject({
  nama_usaha: text(120),
  pemilik: text(120),
  sejak: wholeNumber(1900, 2100).optional(),
  ringkasan: text(300),
  produk: z.array(product).default([]),
  whatsapp: phone("whatsapp"),
  instagram: instagramHandle.optional(),
  marketplace: z.array(marketplaceShop).default([]),
  sertifikasi: z
    .array(
      z.strictObject({
        jenis: z.enum(CERTIFICATIONS),
        nomor: text(60),
        berlaku_hingga: calendarDate.optional(),
      }),
    )
    .default([]),
  nomor_booth: text(20).optional(),
  /** The first photo leads the page and the link preview. */
  foto: z.array(photo).max(12).default([]),
  contoh: sampleFlag,
});

/** `content/<centre>/pengrajin/<slug>.en.md` */
export const businessTranslationSchema = z.strictObject({
  ringkasan: text(300).optional(),
  /** Product names, in the same order as `produk`. */
  nama_produk: z.array(text(120)).optional(),
});

export type BusinessData = z.output<typeof businessSchema>;
export type BusinessTranslation = z.output<typeof businessTranslationSchema>;
export type Unit = (typeof UNITS)[number];
export type Marketplace = (typeof MARKETPLACES)[number];
export type Certification = (typeof CERTIFICATIONS)[number];
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];
