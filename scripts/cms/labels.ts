/**
 * The words staff see in the CMS form: a label and a hint in Bahasa Indonesia for every field of
 * every schema. Which fields exist, their types and whether they are required come from the zod
 * schemas (./fields.ts); a field with no words here stops the config generator, and words for a
 * field the schemas no longer have fail tests/cms.test.ts, so the two cannot drift apart.
 */
import { defaultLanguage } from "../content/languages.ts";
import { label, type LabelTable } from "../../templates/lib/labels.ts";
import type { WalkContext } from "./fields.ts";
import type { ThemeName } from "../site/themes.ts";

export interface FieldWords {
  readonly label: string;
  readonly hint?: string;
  /** For a list of groups: what each collapsed item shows, e.g. "{{fields.nama}}". */
  readonly summary?: string;
  /** For a group: start folded. */
  readonly collapsed?: boolean;
}

type Kind = WalkContext["kind"];
type Words = Record<string, FieldWords>;

/** The four parts of a photo, wherever a photo is. */
const PHOTO: Words = {
  berkas: {
    label: "Berkas foto",
    hint: "Pilih atau unggah foto JPG, PNG atau WebP; foto disimpan di folder foto/ sentra ini.",
  },
  alt: {
    label: "Keterangan foto",
    hint: "Apa yang terlihat di foto, untuk orang yang tidak bisa melihatnya. Contoh: Ibu Rohana menyulam kain tapis motif kapal.",
  },
  alt_en: {
    label: "Keterangan foto (bahasa Inggris)",
    hint: "Keterangan yang sama dalam bahasa Inggris. Contoh: Mrs Rohana embroidering a Tapis cloth with a ship pattern.",
  },
  ilustrasi: {
    label: "Gambar ilustrasi",
    hint: "Nyalakan jika ini gambar buatan, bukan foto asli; halaman akan menyebutnya ilustrasi.",
  },
};

const SAMPLE: FieldWords = {
  label: "Data contoh",
  hint: "Nyalakan hanya untuk data peragaan; halaman akan memberi tahu pengunjung bahwa ini contoh.",
};
const WHATSAPP: FieldWords = {
  label: "Nomor WhatsApp",
  hint: "Nomor HP yang dipakai WhatsApp, misalnya 0812 3456 7890.",
};

const CENTRE: Words = {
  nama: { label: "Nama sentra", hint: "Nama lengkap, misalnya Sentra IKM Tapis Bandar Lampung." },
  kerajinan: { label: "Kerajinan", hint: "Jenis kerajinan utama, misalnya Kain Tapis." },
  ringkasan: {
    label: "Ringkasan",
    hint: "Satu atau dua kalimat tentang sentra ini (paling banyak 300 karakter).",
  },
  provinsi: { label: "Provinsi", hint: "Misalnya Lampung." },
  kota: {
    label: "Kota atau kabupaten",
    hint: "Misalnya Kota Bandar Lampung atau Kabupaten Sikka.",
  },
  alamat: { label: "Alamat", hint: "Jalan, kelurahan dan kecamatan." },
  koordinat: {
    label: "Titik peta",
    hint: "Dari Google Maps: klik kanan di lokasi, lalu salin dua angkanya.",
  },
  "koordinat.lintang": {
    label: "Lintang",
    hint: "Angka pertama dari Google Maps, misalnya -5.3921 (negatif berarti selatan).",
  },
  "koordinat.bujur": { label: "Bujur", hint: "Angka kedua dari Google Maps, misalnya 105.2166." },
  zona_waktu: {
    label: "Zona waktu",
    hint: "WIB untuk Sumatra, Jawa dan Kalimantan Barat/Tengah; WITA untuk Bali, NTB, NTT, Sulawesi, Kalimantan Selatan/Timur/Utara; WIT untuk Maluku dan Papua.",
  },
  jam_buka: {
    label: "Jam buka",
    hint: "Satu baris untuk setiap kelompok hari dengan jam yang sama.",
    summary: "{{fields.hari}} {{fields.buka}}–{{fields.tutup}}",
  },
  "jam_buka.hari": { label: "Hari" },
  "jam_buka.buka": { label: "Jam buka", hint: "Jam 24, misalnya 08:00." },
  "jam_buka.tutup": { label: "Jam tutup", hint: "Jam 24, misalnya 16:00." },
  catatan_jam: { label: "Catatan jam buka", hint: "Misalnya: tutup pada hari libur nasional." },
  cara_ke_sini: {
    label: "Cara ke sini",
    hint: "Petunjuk jalan dari pusat kota, bandara atau terminal.",
  },
  whatsapp: {
    label: "WhatsApp sentra",
    hint: "Nomor HP pengelola yang menjawab WhatsApp pengunjung, misalnya 0812 3456 7890.",
  },
  telepon: { label: "Telepon kantor", hint: "Nomor telepon lain, misalnya (0721) 123 456." },
  email: { label: "E-mail" },
  media_sosial: {
    label: "Media sosial",
    collapsed: true,
    hint: "Nama akun (misalnya @tapis.sentra) atau alamat lengkap halaman sentra di situs media sosial itu sendiri.",
  },
  "media_sosial.instagram": {
    label: "Instagram",
    hint: "Misalnya https://www.instagram.com/nama.akun",
  },
  "media_sosial.facebook": {
    label: "Facebook",
    hint: "Misalnya https://www.facebook.com/nama.halaman",
  },
  "media_sosial.youtube": { label: "YouTube", hint: "Alamat kanal YouTube." },
  "media_sosial.tiktok": { label: "TikTok", hint: "Misalnya https://www.tiktok.com/@nama.akun" },
  pengelola: {
    label: "Pengelola",
    hint: "Instansi yang mengelola sentra, misalnya Dinas Perindustrian Kota Bandar Lampung.",
  },
  pengelola_url: {
    label: "Situs web pengelola",
    hint: "Alamat lengkap yang dimulai dengan https://",
  },
  fasilitas: { label: "Fasilitas", hint: "Pilih semua fasilitas yang ada di sentra." },
  kunjungan_rombongan: {
    label: "Kunjungan rombongan",
    collapsed: true,
    hint: "Isi jika sentra menerima rombongan (sekolah, biro perjalanan, instansi).",
  },
  "kunjungan_rombongan.kapasitas": {
    label: "Jumlah orang paling banyak",
    hint: "Berapa orang dalam satu rombongan.",
  },
  "kunjungan_rombongan.kontak": {
    label: "WhatsApp untuk memesan kunjungan",
    hint: "Misalnya 0812 3456 7890.",
  },
  "kunjungan_rombongan.catatan": {
    label: "Catatan untuk rombongan",
    hint: "Misalnya: pesan paling lambat tiga hari sebelumnya.",
  },
  angka: {
    label: "Angka penting",
    hint: "Angka tentang sentra, selalu dengan sumber dan tanggalnya.",
    summary: "{{fields.nilai}} {{fields.label}}",
  },
  "angka.nilai": { label: "Angka", hint: "Misalnya 47." },
  "angka.label": { label: "Artinya", hint: "Misalnya: IKM Tapis yang menempati gedung sentra." },
  "angka.sumber": {
    label: "Sumber",
    hint: "Siapa yang menyebut angka ini, misalnya ANTARA / Dinas Perindustrian.",
  },
  "angka.sumber_url": {
    label: "Alamat sumber",
    hint: "Alamat berita atau dokumen sumbernya (boleh dikosongkan).",
  },
  "angka.tanggal": { label: "Tanggal angka", hint: "Tanggal berita atau dokumen sumbernya." },
  foto_utama: {
    label: "Foto utama",
    hint: "Foto besar di atas halaman sentra dan saat tautan dibagikan.",
  },
  tema: {
    label: "Tema tampilan",
    hint: "Warna dan motif halaman sentra sesuai kerajinannya: tapis, tenun-ikat, batik, songket, gerabah atau anyaman. Kosongkan jika memakai warna sendiri di bawah.",
  },
  warna_utama: {
    label: "Warna utama sendiri",
    hint: "Hanya jika tidak memilih tema. Kode warna gelap, misalnya #1f2f4a; dipakai untuk kepala halaman dan tautan, dan diperiksa agar tetap mudah dibaca.",
  },
  warna_aksen: {
    label: "Warna aksen sendiri",
    hint: "Pasangan warna utama, misalnya #c7673a; dipakai untuk garis menu dan tanda fokus.",
  },
  galeri: { label: "Galeri foto", hint: "Paling banyak 24 foto.", summary: "{{fields.alt}}" },
  contoh: SAMPLE,
};

const BUSINESS: Words = {
  nama_usaha: {
    label: "Nama usaha",
    hint: "Nama yang dikenal pembeli, misalnya Tapis Siger Emas. Nama berkas dibuat dari nama ini.",
  },
  pemilik: { label: "Pemilik", hint: "Misalnya Ibu Rohana." },
  sejak: { label: "Berdiri sejak tahun", hint: "Tahun usaha dimulai, misalnya 2004." },
  ringkasan: {
    label: "Ringkasan",
    hint: "Satu atau dua kalimat tentang usaha ini (paling banyak 300 karakter).",
  },
  produk: {
    label: "Produk",
    hint: "Satu isian untuk setiap produk utama.",
    summary: "{{fields.nama}}",
  },
  "produk.nama": { label: "Nama produk", hint: "Misalnya Kain Tapis motif kapal." },
  "produk.harga_min": {
    label: "Harga terendah (Rp)",
    hint: "Angka saja tanpa titik dan tanpa Rp, misalnya 750000.",
  },
  "produk.harga_maks": { label: "Harga tertinggi (Rp)", hint: "Kosongkan jika harganya satu." },
  "produk.satuan": { label: "Satuan", hint: "Harga dihitung per apa." },
  "produk.kategori": { label: "Jenis produk", hint: "Untuk saringan di halaman pencarian." },
  "produk.foto": { label: "Foto produk", collapsed: true },
  whatsapp: WHATSAPP,
  instagram: { label: "Instagram", hint: "Nama akunnya saja, misalnya @tapis.sigermas" },
  marketplace: {
    label: "Toko daring",
    hint: "Tokopedia, Shopee dan lainnya.",
    summary: "{{fields.nama}}",
  },
  "marketplace.nama": { label: "Tempat jualan" },
  "marketplace.url": { label: "Alamat toko", hint: "Alamat lengkap yang dimulai dengan https://" },
  sertifikasi: {
    label: "Sertifikat",
    hint: "Halal, SNI, HKI atau PIRT.",
    summary: "{{fields.jenis}} {{fields.nomor}}",
  },
  "sertifikasi.jenis": { label: "Jenis sertifikat" },
  "sertifikasi.nomor": { label: "Nomor sertifikat" },
  "sertifikasi.berlaku_hingga": {
    label: "Berlaku sampai",
    hint: "Kosongkan jika tidak ada tanggal habis berlaku.",
  },
  nomor_booth: {
    label: "Nomor booth",
    hint: "Nomor tempat usaha di gedung sentra, misalnya A-01.",
  },
  foto: {
    label: "Foto",
    hint: "Foto pertama tampil paling atas. Paling banyak 12 foto.",
    summary: "{{fields.alt}}",
  },
  contoh: SAMPLE,
};

const EVENT: Words = {
  judul: {
    label: "Judul acara",
    hint: "Misalnya Pelatihan Menapis untuk Pemula. Nama berkas dibuat dari judul ini.",
  },
  jenis: { label: "Jenis acara" },
  ringkasan: {
    label: "Ringkasan",
    hint: "Satu atau dua kalimat tentang acara ini (paling banyak 300 karakter).",
  },
  mulai: { label: "Mulai", hint: "Tanggal dan jam mulai, waktu setempat." },
  selesai: {
    label: "Selesai",
    hint: "Tanggal dan jam selesai, waktu setempat; tidak boleh sebelum mulai.",
  },
  zona_waktu: { label: "Zona waktu", hint: "Kosongkan jika sama dengan zona waktu sentra." },
  tempat: { label: "Tempat", hint: "Kosongkan jika acara di gedung sentra sendiri." },
  status: {
    label: "Status",
    hint: "Ubah ke Ditunda atau Dibatalkan bila jadwal berubah; jangan hapus acaranya.",
  },
  biaya: { label: "Biaya (Rp)", hint: "Angka saja tanpa titik; 0 berarti gratis." },
  kapasitas: { label: "Jumlah peserta paling banyak" },
  pendaftaran: { label: "Pendaftaran", collapsed: true, hint: "Isi jika peserta perlu mendaftar." },
  "pendaftaran.whatsapp": { label: "WhatsApp pendaftaran", hint: "Misalnya 0812 3456 7890." },
  "pendaftaran.catatan": {
    label: "Catatan pendaftaran",
    hint: "Misalnya: daftar paling lambat 9 Januari.",
  },
  pengrajin: {
    label: "Usaha yang tampil",
    hint: "Pilih usaha di sentra ini yang ikut dalam acara.",
  },
  foto: { label: "Foto acara" },
  susunan_acara: {
    label: "Susunan acara",
    hint: "Siapa tampil kapan, urut dari jam paling awal; jam di antara mulai dan selesai acara.",
    summary: "{{fields.jam}} {{fields.segmen}}",
  },
  "susunan_acara.jam": { label: "Jam", hint: "Jam 24, misalnya 19:30." },
  "susunan_acara.segmen": { label: "Segmen", hint: "Misalnya Pembukaan atau Koleksi Tapis Siger." },
  "susunan_acara.perancang": { label: "Perancang", hint: "Nama perancang busana, satu per baris." },
  "susunan_acara.usaha": {
    label: "Usaha yang tampil",
    hint: "Pilih usaha di sentra ini yang karyanya tampil di segmen ini.",
  },
  "susunan_acara.model": { label: "Model", hint: "Misalnya: siswa SMK Negeri 4 Bandar Lampung." },
  "susunan_acara.keterangan": { label: "Keterangan" },
  acara_panjang: {
    label: "Acara lebih dari 60 hari",
    hint: "Nyalakan hanya jika acara memang berlangsung lebih dari 60 hari, misalnya pameran tetap.",
  },
  tahun_sudah_benar: {
    label: "Tahun sudah benar",
    hint: "Nyalakan hanya jika tahun mulai atau selesai memang lebih dari 2 tahun dari sekarang.",
  },
  contoh: SAMPLE,
};

const CENTRE_EN: Words = {
  nama: { label: "Nama sentra (Inggris)", hint: "Misalnya Bandar Lampung Tapis Craft Centre." },
  kerajinan: { label: "Kerajinan (Inggris)", hint: "Misalnya Tapis cloth." },
  ringkasan: { label: "Ringkasan (Inggris)" },
  catatan_jam: { label: "Catatan jam buka (Inggris)" },
  cara_ke_sini: { label: "Cara ke sini (Inggris)" },
  catatan_rombongan: { label: "Catatan untuk rombongan (Inggris)" },
  label_angka: {
    label: "Arti angka penting (Inggris)",
    hint: "Satu baris untuk setiap angka penting, dalam urutan yang sama.",
  },
};

const BUSINESS_EN: Words = {
  ringkasan: { label: "Ringkasan (Inggris)" },
  nama_produk: {
    label: "Nama produk (Inggris)",
    hint: "Satu baris untuk setiap produk, dalam urutan yang sama dengan bahasa Indonesia.",
  },
};

const EVENT_EN: Words = {
  judul: { label: "Judul acara (Inggris)" },
  ringkasan: { label: "Ringkasan (Inggris)" },
  tempat: { label: "Tempat (Inggris)" },
  catatan_pendaftaran: { label: "Catatan pendaftaran (Inggris)" },
  susunan_acara: {
    label: "Susunan acara (Inggris)",
    hint: "Satu isian untuk setiap baris susunan acara, dalam urutan yang sama.",
    summary: "{{fields.segmen}}",
  },
  "susunan_acara.segmen": { label: "Segmen (Inggris)" },
  "susunan_acara.keterangan": { label: "Keterangan (Inggris)" },
};

export const WORDS: Record<Kind, Words> = {
  centre: CENTRE,
  business: BUSINESS,
  event: EVENT,
  centreTranslation: CENTRE_EN,
  businessTranslation: BUSINESS_EN,
  eventTranslation: EVENT_EN,
};

/** The words for one field: its own entry, or a photo part's. */
export function fieldWords(kind: Kind, path: string): FieldWords {
  const own = WORDS[kind][path];
  if (own) return own;
  const last = path.split(".").at(-1)!;
  if (path.includes(".") && PHOTO[last]) return PHOTO[last];
  throw new Error(`scripts/cms/labels.ts: no label for the ${kind} field "${path}"; add one`);
}

const ZONES = { WIB: "WIB (UTC+7)", WITA: "WITA (UTC+8)", WIT: "WIT (UTC+9)" } as Record<
  string,
  string
>;

/** Choice labels come from the site's own labels (templates/lib/labels.ts), so the form says what the page says. */
const CHOICES: Record<string, LabelTable> = {
  fasilitas: "facility",
  "jam_buka.hari": "day",
  "produk.satuan": "unit",
  "produk.kategori": "productCategory",
  "marketplace.nama": "marketplace",
  "sertifikasi.jenis": "certification",
  jenis: "eventKind",
  status: "eventStatus",
};

/** What each named theme looks like, so staff choose by colour and motif (templates/site.css). */
const THEME_CHOICES: Record<ThemeName, string> = {
  tapis: "Tapis: merah marun, emas dan krem, motif kapal",
  "tenun-ikat": "Tenun ikat: nila, karat dan kain mentah, motif belah ketupat",
  batik: "Batik: cokelat soga dan krem, motif kawung",
  songket: "Songket: ungu tua dan emas, motif bintang",
  gerabah: "Gerabah: terakota dan jingga, motif gelombang",
  anyaman: "Anyaman: hijau bambu dan jerami, motif anyaman",
};

export function choiceLabel(path: string, value: string): string {
  if (path === "zona_waktu") return ZONES[value] ?? value;
  if (path === "tema") return THEME_CHOICES[value as ThemeName] ?? value;
  // On the page an event of kind "lainnya" is just "Acara"; in a list of kinds it is "Other".
  if (path === "jenis" && value === "lainnya") return "Lainnya";
  const table = CHOICES[path];
  return table ? label(table, value as never, defaultLanguage().code) : value;
}
