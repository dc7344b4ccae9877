/**
 * `npm run seed:synthetic -- --centres N --out DIR [--photos] [--seed S]`: a national-scale
 * dataset in the real content format, for the benchmark and the scale tests.
 *
 * Deterministic: the same N and seed always write the same bytes (a seeded PRNG, no clock, no
 * Math.random). Each centre has about 47 businesses (the Tapis centre's count) and about 5 events,
 * spread over Indonesia's provinces, crafts and three time zones; front matter and bodies have
 * the sizes of the sample content (a business file is 1–2 KB). Some entries have an English
 * twin (`.en.md`). Everything is marked `contoh: true`: it is not real data.
 * With `--photos`, each centre gets three small JPEGs (drawn here with sharp) that its centre,
 * businesses and events use, so the photo pipeline and its cache are measured too.
 */
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import sharp from "sharp";
import { SEED_SYNTHETIC } from "../scripts/cli/commands.ts";
import { parseCommandLine } from "../scripts/cli/options.ts";
import { DAYS, FACILITIES } from "../scripts/schema/centre.ts";

/** mulberry32: small, fast, good enough for test data, and the same on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const between = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const chance = (rng: Rng, p: number) => rng() < p;
function sample<T>(rng: Rng, list: readonly T[], count: number): T[] {
  const copy = [...list];
  const out: T[] = [];
  while (out.length < count && copy.length)
    out.push(copy.splice(Math.floor(rng() * copy.length), 1)[0]!);
  return out;
}

interface Province {
  readonly name: string;
  readonly zone: "WIB" | "WITA" | "WIT";
  readonly lat: readonly [number, number];
  readonly lon: readonly [number, number];
  readonly places: readonly string[];
}

const PROVINCES: readonly Province[] = [
  {
    name: "Aceh",
    zone: "WIB",
    lat: [3, 5.5],
    lon: [95.3, 97.5],
    places: ["Kota Banda Aceh", "Kabupaten Aceh Besar", "Kabupaten Pidie", "Kota Lhokseumawe"],
  },
  {
    name: "Sumatera Utara",
    zone: "WIB",
    lat: [1, 3.5],
    lon: [98, 99.8],
    places: ["Kota Medan", "Kabupaten Toba", "Kabupaten Samosir", "Kota Pematangsiantar"],
  },
  {
    name: "Sumatera Barat",
    zone: "WIB",
    lat: [-1.5, 0.3],
    lon: [99.9, 101],
    places: ["Kota Padang", "Kabupaten Tanah Datar", "Kota Bukittinggi", "Kabupaten Agam"],
  },
  {
    name: "Riau",
    zone: "WIB",
    lat: [-0.5, 1.5],
    lon: [101, 103],
    places: ["Kota Pekanbaru", "Kabupaten Siak", "Kabupaten Kampar"],
  },
  {
    name: "Jambi",
    zone: "WIB",
    lat: [-2, -1.3],
    lon: [102.5, 104],
    places: ["Kota Jambi", "Kabupaten Muaro Jambi"],
  },
  {
    name: "Sumatera Selatan",
    zone: "WIB",
    lat: [-3.5, -2.7],
    lon: [103.5, 105],
    places: ["Kota Palembang", "Kabupaten Ogan Ilir"],
  },
  {
    name: "Lampung",
    zone: "WIB",
    lat: [-5.6, -4.8],
    lon: [104.8, 105.8],
    places: [
      "Kota Bandar Lampung",
      "Kabupaten Lampung Barat",
      "Kabupaten Pesisir Barat",
      "Kota Metro",
    ],
  },
  {
    name: "Banten",
    zone: "WIB",
    lat: [-6.8, -6],
    lon: [105.9, 106.7],
    places: ["Kota Serang", "Kabupaten Lebak", "Kabupaten Pandeglang"],
  },
  {
    name: "DKI Jakarta",
    zone: "WIB",
    lat: [-6.35, -6.1],
    lon: [106.7, 106.95],
    places: ["Kota Jakarta Timur", "Kota Jakarta Selatan", "Kota Jakarta Barat"],
  },
  {
    name: "Jawa Barat",
    zone: "WIB",
    lat: [-7.5, -6.3],
    lon: [106.5, 108.5],
    places: [
      "Kota Bandung",
      "Kabupaten Tasikmalaya",
      "Kabupaten Garut",
      "Kota Cirebon",
      "Kabupaten Purwakarta",
    ],
  },
  {
    name: "Jawa Tengah",
    zone: "WIB",
    lat: [-7.8, -6.5],
    lon: [108.8, 111.5],
    places: [
      "Kota Pekalongan",
      "Kota Surakarta",
      "Kabupaten Jepara",
      "Kabupaten Klaten",
      "Kabupaten Lasem",
      "Kabupaten Banyumas",
    ],
  },
  {
    name: "DI Yogyakarta",
    zone: "WIB",
    lat: [-8.1, -7.6],
    lon: [110, 110.7],
    places: ["Kota Yogyakarta", "Kabupaten Bantul", "Kabupaten Sleman", "Kabupaten Gunungkidul"],
  },
  {
    name: "Jawa Timur",
    zone: "WIB",
    lat: [-8.3, -7],
    lon: [111.5, 114.3],
    places: [
      "Kota Surabaya",
      "Kabupaten Tulungagung",
      "Kabupaten Sidoarjo",
      "Kabupaten Madura",
      "Kota Malang",
    ],
  },
  {
    name: "Kalimantan Barat",
    zone: "WIB",
    lat: [-1, 1],
    lon: [109, 111],
    places: ["Kota Pontianak", "Kabupaten Sambas", "Kota Singkawang"],
  },
  {
    name: "Kalimantan Tengah",
    zone: "WIB",
    lat: [-2.5, -1.5],
    lon: [113, 114.5],
    places: ["Kota Palangka Raya", "Kabupaten Kotawaringin Timur"],
  },
  {
    name: "Bali",
    zone: "WITA",
    lat: [-8.7, -8.2],
    lon: [114.6, 115.6],
    places: ["Kabupaten Gianyar", "Kota Denpasar", "Kabupaten Klungkung", "Kabupaten Karangasem"],
  },
  {
    name: "Nusa Tenggara Barat",
    zone: "WITA",
    lat: [-8.9, -8.3],
    lon: [116, 118.5],
    places: ["Kota Mataram", "Kabupaten Lombok Tengah", "Kabupaten Sumbawa", "Kabupaten Bima"],
  },
  {
    name: "Nusa Tenggara Timur",
    zone: "WITA",
    lat: [-10.3, -8.3],
    lon: [119.8, 124.5],
    places: [
      "Kabupaten Sikka",
      "Kabupaten Ende",
      "Kota Kupang",
      "Kabupaten Sumba Timur",
      "Kabupaten Manggarai",
    ],
  },
  {
    name: "Kalimantan Selatan",
    zone: "WITA",
    lat: [-3.5, -2.5],
    lon: [114.5, 115.8],
    places: ["Kota Banjarmasin", "Kota Martapura", "Kabupaten Banjar"],
  },
  {
    name: "Kalimantan Timur",
    zone: "WITA",
    lat: [-1.3, 0.5],
    lon: [116.8, 117.5],
    places: ["Kota Samarinda", "Kota Balikpapan", "Kabupaten Kutai Kartanegara"],
  },
  {
    name: "Sulawesi Selatan",
    zone: "WITA",
    lat: [-5.5, -3],
    lon: [119.4, 120.5],
    places: ["Kota Makassar", "Kabupaten Wajo", "Kabupaten Toraja Utara", "Kabupaten Bulukumba"],
  },
  {
    name: "Sulawesi Tengah",
    zone: "WITA",
    lat: [-1.5, -0.5],
    lon: [119.8, 121],
    places: ["Kota Palu", "Kabupaten Donggala"],
  },
  {
    name: "Sulawesi Utara",
    zone: "WITA",
    lat: [0.8, 1.6],
    lon: [124.5, 125.2],
    places: ["Kota Manado", "Kabupaten Minahasa"],
  },
  {
    name: "Gorontalo",
    zone: "WITA",
    lat: [0.5, 0.9],
    lon: [122.5, 123.2],
    places: ["Kota Gorontalo", "Kabupaten Bone Bolango"],
  },
  {
    name: "Maluku",
    zone: "WIT",
    lat: [-3.8, -3.5],
    lon: [128, 128.4],
    places: ["Kota Ambon", "Kabupaten Maluku Tengah"],
  },
  {
    name: "Maluku Utara",
    zone: "WIT",
    lat: [0.6, 0.9],
    lon: [127.3, 127.5],
    places: ["Kota Ternate", "Kota Tidore Kepulauan"],
  },
  {
    name: "Papua",
    zone: "WIT",
    lat: [-2.7, -2.4],
    lon: [140.5, 140.8],
    places: ["Kota Jayapura", "Kabupaten Jayapura"],
  },
  {
    name: "Papua Barat",
    zone: "WIT",
    lat: [-1, -0.8],
    lon: [133.9, 134.1],
    places: ["Kabupaten Manokwari"],
  },
];

type Category = "kain" | "busana" | "aksesori" | "tas-dompet" | "dekorasi" | "suvenir" | "lainnya";
interface Craft {
  readonly name: string;
  readonly en: string;
  readonly slug: string;
  readonly word: string;
  readonly products: readonly (readonly [
    name: string,
    en: string,
    unit: string,
    category: Category,
    min: number,
    max: number,
  ])[];
  readonly skill: string;
}

const CRAFTS: readonly Craft[] = [
  {
    name: "Batik",
    en: "Batik",
    slug: "batik",
    word: "batik",
    skill: "membatik dengan canting",
    products: [
      ["Kain batik tulis", "Hand-drawn batik cloth", "lembar", "kain", 350000, 2500000],
      ["Kain batik cap", "Stamped batik cloth", "lembar", "kain", 120000, 400000],
      ["Kemeja batik", "Batik shirt", "potong", "busana", 175000, 650000],
      ["Selendang batik", "Batik shawl", "lembar", "kain", 90000, 300000],
      ["Dompet batik", "Batik purse", "buah", "tas-dompet", 35000, 90000],
    ],
  },
  {
    name: "Tenun Ikat",
    en: "Ikat weaving",
    slug: "tenun-ikat",
    word: "tenun",
    skill: "mengikat dan menenun benang",
    products: [
      ["Kain tenun ikat", "Ikat cloth", "lembar", "kain", 450000, 3500000],
      ["Selendang tenun", "Woven shawl", "lembar", "kain", 150000, 500000],
      ["Tas tenun", "Woven bag", "buah", "tas-dompet", 120000, 350000],
      ["Syal tenun", "Woven scarf", "lembar", "aksesori", 85000, 250000],
    ],
  },
  {
    name: "Songket",
    en: "Songket",
    slug: "songket",
    word: "songket",
    skill: "menenun songket dengan benang emas",
    products: [
      ["Kain songket", "Songket cloth", "lembar", "kain", 900000, 9000000],
      ["Selendang songket", "Songket shawl", "lembar", "kain", 300000, 1500000],
      ["Peci songket", "Songket cap", "buah", "aksesori", 75000, 200000],
    ],
  },
  {
    name: "Kain Tapis",
    en: "Tapis cloth",
    slug: "tapis",
    word: "tapis",
    skill: "menapis dengan benang emas",
    products: [
      ["Kain Tapis", "Tapis cloth", "lembar", "kain", 1200000, 8000000],
      ["Selendang Tapis", "Tapis shawl", "lembar", "kain", 350000, 900000],
      ["Tas Tapis", "Tapis bag", "buah", "tas-dompet", 150000, 450000],
    ],
  },
  {
    name: "Gerabah",
    en: "Earthenware",
    slug: "gerabah",
    word: "gerabah",
    skill: "membentuk tanah liat di atas meja putar",
    products: [
      ["Kendi gerabah", "Earthenware jug", "buah", "dekorasi", 25000, 90000],
      ["Pot tanah liat", "Clay plant pot", "buah", "dekorasi", 15000, 150000],
      ["Set cangkir gerabah", "Earthenware cup set", "set", "lainnya", 85000, 250000],
      ["Hiasan dinding gerabah", "Earthenware wall piece", "buah", "dekorasi", 60000, 400000],
    ],
  },
  {
    name: "Anyaman Rotan",
    en: "Rattan weaving",
    slug: "anyaman-rotan",
    word: "rotan",
    skill: "menganyam rotan",
    products: [
      ["Keranjang rotan", "Rattan basket", "buah", "dekorasi", 45000, 250000],
      ["Kursi rotan", "Rattan chair", "buah", "dekorasi", 450000, 1800000],
      ["Tas anyaman rotan", "Woven rattan bag", "buah", "tas-dompet", 150000, 600000],
      ["Tatakan gelas rotan", "Rattan coasters", "set", "suvenir", 30000, 75000],
    ],
  },
  {
    name: "Ukiran Kayu",
    en: "Wood carving",
    slug: "ukiran-kayu",
    word: "ukir",
    skill: "mengukir kayu jati dan mahoni",
    products: [
      ["Panel ukir", "Carved panel", "buah", "dekorasi", 750000, 6000000],
      ["Patung kayu", "Wooden statue", "buah", "dekorasi", 150000, 2500000],
      ["Gantungan kunci ukir", "Carved key ring", "buah", "suvenir", 10000, 35000],
      ["Kotak perhiasan ukir", "Carved jewellery box", "buah", "aksesori", 95000, 350000],
    ],
  },
  {
    name: "Kerajinan Perak",
    en: "Silverwork",
    slug: "perak",
    word: "perak",
    skill: "menempa dan merangkai filigri perak",
    products: [
      ["Cincin perak", "Silver ring", "buah", "aksesori", 85000, 650000],
      ["Kalung filigri", "Filigree necklace", "buah", "aksesori", 250000, 2200000],
      ["Bros perak", "Silver brooch", "buah", "aksesori", 120000, 600000],
      ["Miniatur perahu perak", "Silver model boat", "buah", "dekorasi", 450000, 4500000],
    ],
  },
  {
    name: "Kerajinan Kulit",
    en: "Leatherwork",
    slug: "kulit",
    word: "kulit",
    skill: "menjahit dan menyamak kulit",
    products: [
      ["Tas kulit", "Leather bag", "buah", "tas-dompet", 250000, 1500000],
      ["Dompet kulit", "Leather wallet", "buah", "tas-dompet", 85000, 350000],
      ["Sepatu kulit", "Leather shoes", "pasang", "busana", 300000, 950000],
      ["Ikat pinggang kulit", "Leather belt", "buah", "aksesori", 90000, 300000],
    ],
  },
  {
    name: "Anyaman Bambu",
    en: "Bamboo weaving",
    slug: "anyaman-bambu",
    word: "bambu",
    skill: "membelah dan menganyam bambu",
    products: [
      ["Tampah bambu", "Bamboo tray", "buah", "dekorasi", 20000, 85000],
      ["Lampu hias bambu", "Bamboo lamp", "buah", "dekorasi", 95000, 450000],
      ["Besek bambu", "Bamboo box", "set", "suvenir", 15000, 60000],
    ],
  },
  {
    name: "Kain Sasirangan",
    en: "Sasirangan cloth",
    slug: "sasirangan",
    word: "sasirangan",
    skill: "menjelujur dan mencelup kain",
    products: [
      ["Kain sasirangan", "Sasirangan cloth", "meter", "kain", 65000, 250000],
      ["Kemeja sasirangan", "Sasirangan shirt", "potong", "busana", 150000, 450000],
      ["Jilbab sasirangan", "Sasirangan headscarf", "lembar", "busana", 55000, 150000],
    ],
  },
  {
    name: "Tenun Ulos",
    en: "Ulos weaving",
    slug: "ulos",
    word: "ulos",
    skill: "menenun ulos dengan alat tenun gedogan",
    products: [
      ["Kain ulos", "Ulos cloth", "lembar", "kain", 250000, 3000000],
      ["Selendang ulos", "Ulos shawl", "lembar", "kain", 120000, 450000],
      ["Tas ulos", "Ulos bag", "buah", "tas-dompet", 95000, 300000],
    ],
  },
];

const WOMEN = [
  "Siti",
  "Sri",
  "Dewi",
  "Rahmawati",
  "Nurhayati",
  "Wahyuni",
  "Ani",
  "Yuliana",
  "Rosmalina",
  "Maria",
  "Fransiska",
  "Fitri",
  "Lestari",
  "Putri",
  "Indah",
  "Ratna",
  "Ayu",
  "Tuti",
  "Sumarni",
  "Kartini",
  "Ni Made",
  "Ni Ketut",
];
const MEN = [
  "Agus",
  "Budi",
  "Hendra",
  "Rudi",
  "Slamet",
  "Bambang",
  "Joko",
  "Yohanes",
  "Petrus",
  "Abdul",
  "Ahmad",
  "Rizki",
  "Darmawan",
  "Hasan",
  "Ismail",
  "Yusuf",
  "I Made",
  "I Wayan",
  "I Nyoman",
];
const LAST = [
  "Wulandari",
  "Susanti",
  "Hartono",
  "Saputra",
  "Siregar",
  "Nasution",
  "Simanjuntak",
  "Sitompul",
  "Pratama",
  "Kusuma",
  "Setiawan",
  "Rahman",
  "Hidayat",
  "Lubis",
  "Tanjung",
  "Ginting",
  "Manurung",
  "Daeng",
  "Wijaya",
  "Sembiring",
  "Laoli",
  "Fernandez",
  "da Costa",
  "Sinaga",
  "Purba",
];
const NAME_WORDS = [
  "Sekar",
  "Arum",
  "Sari",
  "Mekar",
  "Jaya",
  "Abadi",
  "Lestari",
  "Indah",
  "Mulia",
  "Karya",
  "Putri",
  "Cahaya",
  "Bunga",
  "Melati",
  "Kenanga",
  "Cempaka",
  "Nusantara",
  "Harapan",
  "Sejahtera",
  "Makmur",
  "Rejeki",
  "Barokah",
  "Asri",
  "Kencana",
  "Pelangi",
  "Sentosa",
  "Maju",
  "Bersama",
  "Berkah",
  "Mandiri",
  "Ayu",
  "Wangi",
  "Sumber",
  "Tunas",
  "Bintang",
  "Mentari",
  "Pusaka",
  "Warisan",
  "Citra",
  "Lembayung",
];
const PREFIXES = [
  "Sanggar",
  "Galeri",
  "Rumah",
  "Griya",
  "Butik",
  "Kelompok",
  "Pondok",
  "Toko",
  "Bengkel",
  "Koperasi",
];
const MARKETPLACES = [
  "tokopedia",
  "shopee",
  "lazada",
  "bukalapak",
  "tiktok-shop",
  "blibli",
] as const;
/** A shop link must be on its marketplace's own domain (scripts/schema/business.ts). */
const MARKETPLACE_DOMAINS = {
  tokopedia: "tokopedia.com",
  shopee: "shopee.co.id",
  lazada: "lazada.co.id",
  bukalapak: "bukalapak.com",
  "tiktok-shop": "tiktok.com",
  blibli: "blibli.com",
} as const;

const STORY = [
  (c: Craft, owner: string, year: number) =>
    `${owner} mulai ${c.skill} sejak muda dan membuka usahanya sendiri pada ${year}. Kini ia dibantu beberapa tetangga yang ikut bekerja dari rumah masing-masing.`,
  (c: Craft) =>
    `Semua ${c.word} dikerjakan dengan tangan. Satu karya bisa memakan waktu beberapa hari sampai beberapa minggu, bergantung pada ukuran dan kerumitan motifnya.`,
  () =>
    `Bahan baku dibeli dari pemasok di daerah sekitar, sehingga sebagian besar nilai penjualan tetap berputar di kampung sendiri.`,
  () =>
    `Pembeli bisa memesan warna dan ukuran sendiri. Pesanan dalam jumlah besar untuk seragam kantor, suvenir pernikahan atau hadiah acara sebaiknya disampaikan paling lambat satu bulan sebelumnya.`,
  (c: Craft) =>
    `Usaha ini pernah mengikuti pameran kerajinan tingkat provinsi dan nasional, dan beberapa karyanya dipajang di ruang pamer sentra. Pengunjung dipersilakan melihat langsung proses ${c.skill}.`,
  () =>
    `Harga di halaman ini adalah kisaran; harga pasti bergantung pada bahan dan lamanya pengerjaan. Tanyakan lewat WhatsApp untuk foto contoh terbaru.`,
  () =>
    `Selain menjual di sentra, usaha ini juga melayani pembeli dari luar kota lewat toko daring dan pengiriman paket ke seluruh Indonesia.`,
];

const STORY_EN = [
  (c: Craft, owner: string, year: number) =>
    `${owner} learned ${c.en.toLowerCase()} young and started this business in ${year}. Several neighbours now take part, working from their own homes.`,
  () =>
    `Every piece is made by hand; one can take from a few days to several weeks, depending on its size and the detail of its motif.`,
  () =>
    `Custom colours and sizes are welcome. Please order large batches for uniforms, wedding favours or event gifts at least a month ahead.`,
];

function paragraphs(_rng: Rng, count: number, make: (i: number) => string): string {
  return Array.from({ length: count }, (_, i) => make(i)).join("\n\n");
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const phone = (rng: Rng) =>
  `"0812-${pad(between(rng, 0, 9999), 4)}-${pad(between(rng, 0, 9999), 4)}"`;
const yamlString = (text: string) => JSON.stringify(text);
const slugOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

interface Business {
  readonly slug: string;
  readonly name: string;
}

export interface SyntheticOptions {
  readonly centres: number;
  readonly outDir: string;
  readonly photos?: boolean;
  readonly seed?: number;
}

const PHOTO_NAMES = ["suasana-sentra.jpg", "karya-unggulan.jpg", "proses-pembuatan.jpg"];

/** A small JPEG drawn from the centre's own random stream, so every photo has its own bytes. */
async function drawPhoto(rng: Rng): Promise<Buffer> {
  const [w, h] = [640, 427];
  const hue = () =>
    `hsl(${between(rng, 0, 359)},${between(rng, 35, 75)}%,${between(rng, 25, 70)}%)`;
  let shapes = "";
  for (let i = 0; i < 14; i++)
    shapes += `<path d="M${between(rng, 0, w)} ${between(rng, 0, h)}l${between(rng, 40, 200)} ${between(rng, 20, 160)}l${-between(rng, 40, 200)} ${between(rng, 20, 160)}Z" fill="${hue()}"/>`;
  for (let y = 0; y < h; y += between(rng, 18, 40))
    shapes += `<rect x="0" y="${y}" width="${w}" height="${between(rng, 3, 9)}" fill="${hue()}" opacity="0.7"/>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" fill="${hue()}"/>${shapes}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 78 }).toBuffer();
}

function photoYaml(indent: string, file: string, alt: string, altEn: string): string {
  return `${indent}berkas: foto/${file}\n${indent}alt: ${yamlString(alt)}\n${indent}alt_en: ${yamlString(altEn)}\n${indent}ilustrasi: true`;
}

function centreFiles(
  rng: Rng,
  index: number,
  province: Province,
  craft: Craft,
  place: string,
  photos: boolean,
): { slug: string; files: [string, string][] } {
  const town = place.replace(/^(Kota|Kabupaten) /, "");
  const slug = `${craft.slug}-${slugOf(town)}-${index + 1}`;
  const name = `Sentra IKM ${craft.name} ${town}${index >= PROVINCES.length * CRAFTS.length ? ` ${index + 1}` : ""}`;
  const zone = province.zone;
  const lat = (province.lat[0] + rng() * (province.lat[1] - province.lat[0])).toFixed(4);
  const lon = (province.lon[0] + rng() * (province.lon[1] - province.lon[0])).toFixed(4);
  const facilities = sample(rng, FACILITIES, between(rng, 3, 8));
  const weekdays = DAYS.slice(0, between(rng, 5, 6));
  const count = between(rng, 40, 54);
  const office = `Dinas Perindustrian ${place}`;
  const photoLines = photos
    ? `\nfoto_utama:\n${photoYaml("  ", PHOTO_NAMES[0]!, `Suasana ruang pamer ${name}`, `The showroom of the ${town} ${craft.en.toLowerCase()} centre`)}\ngaleri:\n${PHOTO_NAMES.slice(
        1,
      )
        .map(
          (file, i) =>
            `  -\n${photoYaml("    ", file, i ? `Perajin ${craft.word} sedang bekerja` : `Karya ${craft.word} unggulan`, i ? `An artisan at work` : `A showcase ${craft.en.toLowerCase()} piece`)}`,
        )
        .join("\n")}`
    : "";
  const index_md = `---
nama: ${yamlString(name)}
kerajinan: ${yamlString(craft.name)}
ringkasan: ${yamlString(`Sentra tempat ${count} IKM ${craft.word} di ${place} membuat, memajang dan menjual karyanya. Pengunjung bisa melihat proses ${craft.skill} dan berbelanja langsung dari perajinnya.`)}
provinsi: ${province.name}
kota: ${place}
alamat: ${yamlString(`Jl. ${pick(rng, NAME_WORDS)} ${pick(rng, NAME_WORDS)} No. ${between(rng, 1, 250)}, ${town}`)}
koordinat: { lintang: ${lat}, bujur: ${lon} }
zona_waktu: ${zone}
jam_buka:
  - hari: [${weekdays.join(", ")}]
    buka: "0${between(rng, 7, 9)}:00"
    tutup: "${between(rng, 15, 17)}:00"${chance(rng, 0.5) ? `\n  - hari: [minggu]\n    buka: "09:00"\n    tutup: "13:00"` : ""}
catatan_jam: ${yamlString("Tutup pada hari libur nasional. Sebagian perajin berjaga bergiliran, jadi tanyakan dulu lewat WhatsApp bila ingin bertemu usaha tertentu.")}
cara_ke_sini: ${yamlString(`Sentra berada sekitar ${between(rng, 2, 25)} km dari pusat ${town}, kira-kira ${between(rng, 10, 60)} menit dengan mobil, angkutan kota atau ojek daring. Bus rombongan bisa parkir di halaman.`)}
whatsapp: ${phone(rng)}
${chance(rng, 0.6) ? `telepon: "(0${between(rng, 210, 779)}) ${between(rng, 100, 999)} ${between(rng, 1000, 9999)}"\n` : ""}${chance(rng, 0.5) ? `email: sentra.${slugOf(town)}@contoh.go.id\n` : ""}pengelola: ${yamlString(office)}
pengelola_url: https://disperin.${slugOf(town)}.contoh.go.id
fasilitas: [${facilities.join(", ")}]
kunjungan_rombongan:
  kapasitas: ${between(rng, 2, 12) * 10}
  kontak: ${phone(rng)}
  catatan: ${yamlString("Biro perjalanan, sekolah dan instansi mohon memesan paling lambat tiga hari sebelumnya. Kunjungan tidak dipungut biaya.")}
angka:
  - nilai: ${count}
    label: ${yamlString(`IKM ${craft.word} di sentra`)}
    sumber: ${yamlString(office)}
    tanggal: 20${between(rng, 20, 25)}-${pad(between(rng, 1, 12))}-${pad(between(rng, 1, 28))}${photoLines}
contoh: true
---
${paragraphs(
  rng,
  3,
  (i) =>
    [
      `${craft.name} adalah kebanggaan ${place}. Keterampilan ${craft.skill} diwariskan turun-temurun, dan sentra ini mengumpulkan para perajinnya di satu tempat agar mudah dikunjungi dan dibina.`,
      `Di gedung sentra, pengunjung bisa melihat cara karya dibuat, memilih produk di ruang pamer, dan ikut pelatihan singkat yang diadakan beberapa kali setahun. ${office} mendampingi perajin dalam desain, mutu dan pemasaran.`,
      `*Catatan: sentra ini adalah data contoh buatan untuk menguji Etalase pada skala nasional; nama, nomor dan angka di halaman ini tidak nyata.*`,
    ][i]!,
)}
`;
  const files: [string, string][] = [["index.md", index_md]];
  if (chance(rng, 0.6))
    files.push([
      "index.en.md",
      `---
nama: ${yamlString(`${town} ${craft.en} Centre${index >= PROVINCES.length * CRAFTS.length ? ` ${index + 1}` : ""}`)}
kerajinan: ${yamlString(craft.en)}
ringkasan: ${yamlString(`A centre where ${count} small ${craft.en.toLowerCase()} businesses of ${town} make, display and sell their work. Visitors can watch the craft and buy straight from the makers.`)}
catatan_jam: ${yamlString("Closed on public holidays. Artisans take turns staffing the centre, so ask on WhatsApp first if you want to meet a particular business.")}
catatan_rombongan: ${yamlString("Tour agencies, schools and offices are asked to book at least three days ahead. Visits are free.")}
label_angka:
  - ${yamlString(`small ${craft.en.toLowerCase()} businesses in the centre`)}
---
${craft.en} is the pride of ${town}. The centre brings its makers together in one place, so visitors can watch the work, shop in the showroom and join short classes held a few times a year.

*Note: this centre is synthetic sample data for testing Etalase at national scale; its names, numbers and figures are not real.*
`,
    ]);
  return { slug, files };
}

function businessFiles(
  rng: Rng,
  craft: Craft,
  index: number,
  used: Set<string>,
  photos: boolean,
): { business: Business; files: [string, string][] } {
  let name = "";
  let slug = "";
  do {
    name = `${pick(rng, PREFIXES)} ${craft.name.split(" ").at(-1)} ${pick(rng, NAME_WORDS)} ${pick(rng, NAME_WORDS)}`;
    slug = slugOf(name);
  } while (used.has(slug));
  used.add(slug);
  const woman = chance(rng, 0.6);
  const owner = `${woman ? "Ibu" : "Bapak"} ${pick(rng, woman ? WOMEN : MEN)} ${pick(rng, LAST)}`;
  const year = between(rng, 1975, 2023);
  const products = sample(rng, craft.products, between(rng, 2, Math.min(5, craft.products.length)));
  const productYaml = products
    .map(([name, , unit, category, min, max], i) => {
      const low = Math.round((min * (0.8 + rng() * 0.4)) / 5000) * 5000;
      const high = Math.max(low, Math.round((max * (0.8 + rng() * 0.4)) / 5000) * 5000);
      const photo =
        photos && i === 0
          ? `\n    foto:\n${photoYaml("      ", PHOTO_NAMES[1]!, `${name} buatan perajin sentra`, `A piece made in the centre`)}`
          : "";
      return `  - nama: ${yamlString(name)}\n    harga_min: ${low}\n    harga_maks: ${high}\n    satuan: ${unit}\n    kategori: ${category}${photo}`;
    })
    .join("\n");
  const handle = slug.replace(/-/g, ".").slice(0, 26);
  const markets = chance(rng, 0.6) ? sample(rng, MARKETPLACES, between(rng, 1, 2)) : [];
  const cert = chance(rng, 0.35)
    ? `sertifikasi:\n  - jenis: ${pick(rng, ["halal", "sni", "hki", "pirt"])}\n    nomor: ${yamlString(`${between(rng, 1000, 9999)}-${between(rng, 100000, 999999)}-${year}`)}\n${chance(rng, 0.5) ? `    berlaku_hingga: 20${between(rng, 27, 31)}-${pad(between(rng, 1, 12))}-${pad(between(rng, 1, 28))}\n` : ""}`
    : "";
  const body = paragraphs(rng, between(rng, 2, 3), (i) =>
    i === 0 ? STORY[0]!(craft, owner, year) : pick(rng, STORY.slice(1))(craft, owner, year),
  );
  const md = `---
nama_usaha: ${yamlString(name)}
pemilik: ${yamlString(owner)}
sejak: ${year}
ringkasan: ${yamlString(`${products[0]![0]} dan ${products[1]![0].toLowerCase()} buatan tangan, dikerjakan ${owner} bersama perajin di sekitar rumahnya sejak ${year}.`)}
produk:
${productYaml}
whatsapp: ${phone(rng)}
${chance(rng, 0.7) ? `instagram: "@${handle}"\n` : ""}${markets.length ? `marketplace:\n${markets.map((m) => `  - nama: ${m}\n    url: https://www.${MARKETPLACE_DOMAINS[m]}/contoh-${slug}`).join("\n")}\n` : ""}${cert}nomor_booth: ${String.fromCharCode(65 + Math.floor(index / 20))}-${pad((index % 20) + 1)}
${photos ? `foto:\n  -\n${photoYaml("    ", PHOTO_NAMES[chance(rng, 0.5) ? 1 : 2]!, `Karya ${name}`, `Work by ${name}`)}\n` : ""}contoh: true
---
${body}
`;
  const files: [string, string][] = [[`pengrajin/${slug}.md`, md]];
  if (chance(rng, 0.3))
    files.push([
      `pengrajin/${slug}.en.md`,
      `---
ringkasan: ${yamlString(`Handmade ${products[0]![1].toLowerCase()} and ${products[1]![1].toLowerCase()}, made by ${owner} with artisans from the neighbourhood since ${year}.`)}
nama_produk:
${products.map(([, en]) => `  - ${yamlString(en)}`).join("\n")}
---
${paragraphs(rng, 2, (i) => STORY_EN[i === 0 ? 0 : between(rng, 1, 2)]!(craft, owner, year))}
`,
    ]);
  return { business: { slug, name }, files };
}

const EVENT_KINDS = [
  [
    "pelatihan",
    "Pelatihan",
    "Training",
    "Pelatihan dasar bagi warga dan pelajar yang ingin belajar",
  ],
  [
    "pameran",
    "Pameran",
    "Exhibition",
    "Pameran karya terbaru para perajin sentra, dengan potongan harga selama acara",
  ],
  [
    "peragaan-busana",
    "Peragaan Busana",
    "Fashion show",
    "Peragaan busana dan produk karya perajin sentra di panggung sentra",
  ],
  [
    "open-house",
    "Open House",
    "Open house",
    "Hari terbuka untuk biro perjalanan, sekolah dan warga, dengan tur gedung dan demonstrasi",
  ],
  [
    "lainnya",
    "Lokakarya",
    "Workshop",
    "Lokakarya desain dan pemasaran daring bersama pendamping dari dinas",
  ],
] as const;

function eventFiles(
  rng: Rng,
  craft: Craft,
  index: number,
  businesses: readonly Business[],
  photos: boolean,
): [string, string][] {
  const [kind, title, titleEn, summary] = pick(rng, EVENT_KINDS);
  // Around the benchmark's pinned "now" (2026-11-28): some past, most upcoming.
  const start = new Date(Date.UTC(2026, 5, 1) + between(rng, 0, 420) * 86400000);
  const days =
    kind === "pameran" ? between(rng, 1, 4) : kind === "pelatihan" ? between(rng, 0, 2) : 0;
  const end = new Date(start.getTime() + days * 86400000);
  const date = (d: Date) => d.toISOString().slice(0, 10);
  const from = between(rng, 8, 15);
  const slug = `${slugOf(title)}-${craft.slug}-${date(start).slice(0, 7)}-${index + 1}`;
  const status = pick(rng, [
    "terjadwal",
    "terjadwal",
    "terjadwal",
    "terjadwal",
    "ditunda",
    "dibatalkan",
  ]);
  const featured = sample(rng, businesses, between(rng, 0, 4)).map((b) => b.slug);
  const md = `---
judul: ${yamlString(`${title} ${craft.name} ${date(start).slice(0, 4)}`)}
jenis: ${kind}
ringkasan: ${yamlString(`${summary}. Terbuka untuk umum.`)}
mulai: "${date(start)} ${pad(from)}:00"
selesai: "${date(end)} ${pad(from + between(rng, 2, 6))}:00"
${chance(rng, 0.3) ? `tempat: ${yamlString(`Aula ${pick(rng, NAME_WORDS)} ${pick(rng, NAME_WORDS)}`)}\n` : ""}status: ${status}
biaya: ${chance(rng, 0.6) ? 0 : between(rng, 1, 30) * 10000}
${chance(rng, 0.6) ? `kapasitas: ${between(rng, 2, 30) * 10}\n` : ""}${chance(rng, 0.7) ? `pendaftaran:\n  whatsapp: ${phone(rng)}\n  catatan: ${yamlString("Daftar paling lambat tiga hari sebelum acara. Tempat terbatas.")}\n` : ""}pengrajin: [${featured.join(", ")}]
${photos ? `foto:\n${photoYaml("  ", PHOTO_NAMES[2]!, `Suasana ${title.toLowerCase()} di sentra`, `A ${titleEn.toLowerCase()} at the centre`)}\n` : ""}contoh: true
---
${paragraphs(rng, 2, (i) =>
  i === 0
    ? `${summary}. Acara dipandu perajin senior dan pendamping dari dinas, dan berlangsung di gedung sentra kecuali disebutkan lain.`
    : `Peserta tidak perlu membawa apa-apa; bahan dan alat disediakan. Bila acara ditunda atau dibatalkan, pendaftar akan dihubungi lewat WhatsApp.`,
)}
`;
  const files: [string, string][] = [[`acara/${slug}.md`, md]];
  if (chance(rng, 0.5))
    files.push([
      `acara/${slug}.en.md`,
      `---
judul: ${yamlString(`${craft.en} ${titleEn} ${date(start).slice(0, 4)}`)}
ringkasan: ${yamlString(`${/^[aeiou]/i.test(titleEn) ? "An" : "A"} ${titleEn.toLowerCase()} by the centre's artisans. Open to everyone.`)}
---
Led by senior artisans and mentors from the industry office, at the centre building unless stated otherwise. Materials and tools are provided.
`,
    ]);
  return files;
}

/** Marks a folder this generator wrote, so a rerun may empty it and never empties anything else. */
const MARK = ".etalase-synthetic";

async function clearOutput(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  if (names.length && !names.includes(MARK))
    throw new Error(
      `${dir} is not empty and was not written by seed:synthetic; choose another --out`,
    );
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, MARK),
    "Synthetic Etalase content (seeds/synthetic.ts); safe to delete.\n",
  );
}

/** Writes the dataset; returns how many centres and files it wrote. */
export async function writeSynthetic(
  options: SyntheticOptions,
): Promise<{ centres: number; files: number }> {
  const root = prng(options.seed ?? 7);
  await clearOutput(options.outDir);
  let written = 0;
  for (let i = 0; i < options.centres; i++) {
    // Each centre has its own stream, so centre i is the same whatever N is.
    const rng = prng(Math.floor(root() * 2 ** 32) ^ i);
    const province = PROVINCES[i % PROVINCES.length]!;
    const craft = CRAFTS[(i * 7 + Math.floor(i / PROVINCES.length)) % CRAFTS.length]!;
    const place = pick(rng, province.places);
    const centre = centreFiles(rng, i, province, craft, place, Boolean(options.photos));
    const used = new Set<string>();
    const businesses: Business[] = [];
    const files = [...centre.files];
    const count = between(rng, 40, 54);
    for (let b = 0; b < count; b++) {
      const made = businessFiles(rng, craft, b, used, Boolean(options.photos));
      businesses.push(made.business);
      files.push(...made.files);
    }
    const events = between(rng, 3, 7);
    for (let e = 0; e < events; e++)
      files.push(...eventFiles(rng, craft, e, businesses, Boolean(options.photos)));
    const dir = join(options.outDir, centre.slug);
    for (const sub of ["pengrajin", "acara", ...(options.photos ? ["foto"] : [])])
      await mkdir(join(dir, sub), { recursive: true });
    await Promise.all(files.map(([name, text]) => writeFile(join(dir, name), text)));
    if (options.photos)
      for (const name of PHOTO_NAMES)
        await writeFile(join(dir, "foto", name), await drawPhoto(rng));
    written += files.length + (options.photos ? PHOTO_NAMES.length : 0);
  }
  return { centres: options.centres, files: written };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseCommandLine(SEED_SYNTHETIC);
  const started = performance.now();
  const result = await writeSynthetic({
    centres: values.centres,
    outDir: values.out,
    photos: values.photos,
    seed: values.seed,
  });
  console.log(
    `seed:synthetic: ${result.centres} sentra/centres, ${result.files} berkas/files → ${values.out} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
}
