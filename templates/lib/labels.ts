/** Labels for the values of the schemas' enums, in both languages. Typed so a new enum value must get a label. */
import type { Lang } from "../../scripts/content/graph.ts";
import type { Certification, Day, EventKind, EventStatus, Facility, Marketplace, ProductCategory, Unit } from "../../scripts/schema/index.ts";

type Labels<K extends string> = Record<K, Record<Lang, string>>;

export const FACILITY_LABELS: Labels<Facility> = {
  showroom: { id: "Ruang pamer (showroom)", en: "Showroom" },
  "ruang-pelatihan": { id: "Ruang pelatihan", en: "Training room" },
  "panggung-peragaan": { id: "Panggung peragaan busana", en: "Fashion-show runway" },
  "ruang-produksi": { id: "Ruang produksi terbuka", en: "Open workshop" },
  parkir: { id: "Parkir", en: "Parking" },
  "parkir-bus": { id: "Parkir bus rombongan", en: "Coach parking" },
  musala: { id: "Musala", en: "Prayer room" },
  toilet: { id: "Toilet", en: "Toilets" },
  kafe: { id: "Kafe", en: "Café" },
  wifi: { id: "Wi-Fi", en: "Wi-Fi" },
  "akses-kursi-roda": { id: "Akses kursi roda", en: "Wheelchair access" },
};

export const DAY_LABELS: Labels<Day> = {
  senin: { id: "Senin", en: "Monday" },
  selasa: { id: "Selasa", en: "Tuesday" },
  rabu: { id: "Rabu", en: "Wednesday" },
  kamis: { id: "Kamis", en: "Thursday" },
  jumat: { id: "Jumat", en: "Friday" },
  sabtu: { id: "Sabtu", en: "Saturday" },
  minggu: { id: "Minggu", en: "Sunday" },
};

export const UNIT_LABELS: Labels<Unit> = {
  lembar: { id: "lembar", en: "piece" },
  potong: { id: "potong", en: "item" },
  buah: { id: "buah", en: "unit" },
  set: { id: "set", en: "set" },
  meter: { id: "meter", en: "metre" },
  pasang: { id: "pasang", en: "pair" },
};

export const MARKETPLACE_LABELS: Labels<Marketplace> = {
  tokopedia: { id: "Tokopedia", en: "Tokopedia" },
  shopee: { id: "Shopee", en: "Shopee" },
  lazada: { id: "Lazada", en: "Lazada" },
  bukalapak: { id: "Bukalapak", en: "Bukalapak" },
  "tiktok-shop": { id: "TikTok Shop", en: "TikTok Shop" },
  blibli: { id: "Blibli", en: "Blibli" },
  lainnya: { id: "Toko daring", en: "Online shop" },
};

export const CERTIFICATION_LABELS: Labels<Certification> = {
  halal: { id: "Sertifikat Halal", en: "Halal certificate" },
  sni: { id: "SNI (Standar Nasional Indonesia)", en: "SNI (Indonesian National Standard)" },
  hki: { id: "HKI (hak kekayaan intelektual)", en: "HKI (intellectual property registration)" },
  pirt: { id: "PIRT (izin produksi rumah tangga)", en: "PIRT (home-industry licence)" },
};

export const EVENT_KIND_LABELS: Labels<EventKind> = {
  "peragaan-busana": { id: "Peragaan busana", en: "Fashion show" },
  pelatihan: { id: "Pelatihan", en: "Training" },
  pameran: { id: "Pameran", en: "Exhibition" },
  "open-house": { id: "Open house", en: "Open house" },
  lainnya: { id: "Acara", en: "Event" },
};

export const EVENT_STATUS_LABELS: Labels<EventStatus> = {
  terjadwal: { id: "Terjadwal", en: "Scheduled" },
  ditunda: { id: "Ditunda", en: "Postponed" },
  dibatalkan: { id: "Dibatalkan", en: "Cancelled" },
};

export const PRODUCT_CATEGORY_LABELS: Labels<ProductCategory> = {
  kain: { id: "Kain", en: "Cloth" },
  busana: { id: "Busana", en: "Clothing" },
  aksesori: { id: "Aksesori", en: "Accessories" },
  "tas-dompet": { id: "Tas dan dompet", en: "Bags and purses" },
  dekorasi: { id: "Dekorasi rumah", en: "Home decoration" },
  suvenir: { id: "Suvenir", en: "Souvenirs" },
  lainnya: { id: "Lainnya", en: "Other" },
};
