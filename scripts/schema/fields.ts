/**
 * Small schema helpers, one per idea, shared by the centre, business and event schemas.
 * Each gives its own message in Bahasa Indonesia and English with the fix.
 */
import { z } from "zod";
import { bilingual as b, quoted, type Bilingual } from "../problems/problem.ts";
import { addIssue, withExample } from "./issue.ts";

/** Plain text on one line: no control characters, trimmed, not empty. */
export function text(max = 200) {
  return z
    .string()
    .transform((value) => value.trim())
    .superRefine((value, ctx) => {
      if (value.length === 0)
        // Empty optional fields never get here (scripts/content/validate.ts drops them).
        addIssue(ctx, { message: b("Kolom ini kosong.", "This field is empty."), fix: b("isi teksnya; kolom ini wajib.", "fill in the text; this field is required.") });
      else if (value.length > max)
        addIssue(ctx, {
          message: b(`Teks terlalu panjang (${value.length} karakter, paling banyak ${max}).`, `Text is too long (${value.length} characters, at most ${max}).`),
          fix: b("persingkat teksnya; cerita panjang ditulis di badan berkas, di bawah tanda ---.", "shorten it; long text belongs in the body of the file, below the --- line."),
        });
      // Control characters, and the bidi overrides that can show a name backwards ("Trojan Source").
      // eslint-disable-next-line no-control-regex
      else if (/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(value))
        addIssue(ctx, { message: b("Teks berisi karakter kendali yang tidak terlihat.", "Text contains invisible control characters."), fix: b("ketik ulang teks ini tanpa menyalin dari aplikasi lain.", "retype the text instead of pasting it.") });
    });
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Makes a slug from a name: `Toko Uji Coba` → `toko-uji-coba`, `Songket Pandai Sikek` → `songket-pandai-sikek`. */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

/** A reference to another entry by its slug (the file name without `.md`). */
export const slugRef = z.string().superRefine((value, ctx) => {
  if (!SLUG_PATTERN.test(value)) {
    const suggestion = slugify(value);
    addIssue(ctx, {
      message: b(`${quoted(value)} bukan slug yang sah.`, `${quoted(value)} is not a valid slug.`),
      fix: b(`tulis nama berkasnya tanpa .md, huruf kecil dan tanda hubung, misalnya "${suggestion}".`, `write the file name without .md, in lowercase with hyphens, e.g. "${suggestion}".`),
    });
  }
});

const QUOTE_FIX = b('tulis nomor di antara tanda kutip, misalnya "0812 3456 7890".', 'put the number in quotes, e.g. "0812 3456 7890".');

/**
 * An Indonesian phone number, normalised to the international form without `+`
 * (`0812-3456-7890`, `+62 812 3456 7890` → `6281234567890`), the form wa.me links use.
 * `mobile` demands a mobile number (62 8…), which WhatsApp needs.
 */
export function phone(kind: "whatsapp" | "telepon") {
  const example = kind === "whatsapp" ? b('nomor HP di antara tanda kutip, misalnya "0812 3456 7890"', 'a mobile number in quotes, e.g. "0812 3456 7890"') : b('nomor telepon di antara tanda kutip, misalnya "(0721) 123 456"', 'a phone number in quotes, e.g. "(0721) 123 456"');
  return withExample(phoneNumber(kind), example);
}

function phoneNumber(kind: "whatsapp" | "telepon") {
  return z.union([z.string(), z.number()]).transform((raw, ctx) => {
    if (typeof raw === "number") {
      addIssue(ctx, { message: b("Nomor telepon ditulis tanpa tanda kutip, sehingga angka 0 di depannya bisa hilang.", "The phone number is not in quotes, so its leading 0 can be lost."), fix: QUOTE_FIX });
      return z.NEVER;
    }
    const compact = raw.trim().replace(/[\s\-.()]/g, "");
    let digits: string | undefined;
    if (/^\+62\d+$/.test(compact)) digits = compact.slice(1);
    else if (/^62\d+$/.test(compact)) digits = compact;
    else if (/^0\d+$/.test(compact)) digits = `62${compact.slice(1)}`;
    if (!digits) {
      addIssue(ctx, {
        message: b(`${quoted(raw)} bukan nomor telepon Indonesia yang bisa dibaca.`, `${quoted(raw)} is not a readable Indonesian phone number.`),
        fix: b('mulai dengan 0 atau +62 dan pakai angka saja (spasi dan tanda hubung boleh), misalnya "0812 3456 7890".', 'start with 0 or +62 and use digits only (spaces and hyphens are fine), e.g. "0812 3456 7890".'),
      });
      return z.NEVER;
    }
    if (digits.length < 10 || digits.length > 15) {
      addIssue(ctx, {
        message: b(`Nomor ${quoted(raw)} ${digits.length < 10 ? "terlalu pendek" : "terlalu panjang"}.`, `The number ${quoted(raw)} is too ${digits.length < 10 ? "short" : "long"}.`),
        fix: b("periksa lagi nomornya: nomor HP Indonesia punya 10 sampai 13 angka, misalnya 0812 3456 7890.", "check the number: Indonesian mobile numbers have 10 to 13 digits, e.g. 0812 3456 7890."),
      });
      return z.NEVER;
    }
    if (kind === "whatsapp" && !digits.startsWith("628")) {
      addIssue(ctx, {
        message: b(`${quoted(raw)} bukan nomor HP, jadi tidak bisa dipakai untuk WhatsApp.`, `${quoted(raw)} is not a mobile number, so it cannot be used for WhatsApp.`),
        fix: b("tulis nomor HP yang dimulai dengan 08, atau pindahkan nomor ini ke kolom telepon.", "write a mobile number starting with 08, or move this number to the telepon field."),
      });
      return z.NEVER;
    }
    return digits;
  });
}

/** A whole number of rupiah, written without dots (`750000`). */
const rupiahAmount = z.union([z.number(), z.string()]).transform((raw, ctx) => {
  if (typeof raw === "number" && Number.isSafeInteger(raw) && raw >= 0) return raw;
  addIssue(ctx, {
    message: b(`${quoted(raw)} bukan jumlah rupiah yang sah.`, `${quoted(raw)} is not a valid amount of rupiah.`),
    fix: b("tulis angka bulat tanpa titik, tanpa Rp, misalnya 750000.", "write a whole number without dots or Rp, e.g. 750000."),
  });
  return z.NEVER;
});
export const rupiah = withExample(rupiahAmount, b("angka bulat tanpa titik dan tanpa Rp, misalnya 750000", "a whole number without dots or Rp, e.g. 750000"));

export function wholeNumber(min: number, max: number) {
  return z.number().int().min(min).max(max);
}

const DATE_FORMAT_FIX = b("tulis tanggal sebagai TTTT-BB-HH, misalnya 2026-02-28.", "write the date as YYYY-MM-DD, e.g. 2026-02-28.");

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Says what is wrong with a date that does not exist: the month, or the days in that month. */
function impossibleDateFix(year: number, month: number): Bilingual {
  if (month < 1 || month > 12) return b(`bulan ditulis 01 sampai 12, bukan ${String(month).padStart(2, "0")}; periksa juga harinya.`, `months go from 01 to 12, not ${String(month).padStart(2, "0")}; check the day too.`);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return b(`${MONTHS_ID[month - 1]} ${year} hanya punya ${days} hari; periksa tanggalnya.`, `${MONTHS_EN[month - 1]} ${year} has only ${days} days; check the date.`);
}

function checkDate(value: string, raw: string, ctx: z.RefinementCtx): boolean {
  const [year, month, day] = value.split("-").map(Number) as [number, number, number];
  if (!isRealDate(year, month, day)) {
    addIssue(ctx, { message: b(`Tanggal ${quoted(raw)} tidak ada di kalender.`, `The date ${quoted(raw)} does not exist in the calendar.`), fix: impossibleDateFix(year, month) });
    return false;
  }
  return true;
}

/**
 * Staff often write dates day first, as on paper (`30/02/2024`, `15-01-2026`). The fix then gives
 * the same date the right way round, or says it does not exist, instead of a generic example.
 */
function dayFirstFix(raw: string): Bilingual | undefined {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T](\d{2}:\d{2}))?$/.exec(raw.trim());
  if (!match) return undefined;
  const [, day, month, year, time] = match as unknown as [string, string, string, string, string | undefined];
  const iso = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}${time ? ` ${time}` : ""}`;
  if (isRealDate(Number(year), Number(month), Number(day)))
    return b(`tulis tahun dulu, lalu bulan, lalu hari: "${iso}".`, `write the year first, then the month, then the day: "${iso}".`);
  const m = Number(month) - 1;
  const named = MONTHS_ID[m] ? b(`${Number(day)} ${MONTHS_ID[m]} ${year}`, `${Number(day)} ${MONTHS_EN[m]} ${year}`) : b(`hari ${Number(day)} bulan ${Number(month)} tahun ${year}`, `day ${Number(day)} of month ${Number(month)} in ${year}`);
  return b(
    `tulis tahun dulu, lalu bulan, lalu hari (TTTT-BB-HH), dan periksa tanggalnya: ${named.id} tidak ada di kalender.`,
    `write the year first, then the month, then the day (YYYY-MM-DD), and check the date: ${named.en} does not exist.`,
  );
}

/** A real calendar date `YYYY-MM-DD`; 2024-02-30 is an error, never 1 March. */
export const calendarDate = z.string().transform((raw, ctx) => {
  const value = raw.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    addIssue(ctx, { message: b(`${quoted(raw)} bukan tanggal dengan format TTTT-BB-HH.`, `${quoted(raw)} is not a date in YYYY-MM-DD form.`), fix: dayFirstFix(raw) ?? DATE_FORMAT_FIX });
    return z.NEVER;
  }
  return checkDate(value, raw, ctx) ? value : z.NEVER;
});

/** A local date and time `YYYY-MM-DD HH:MM`, read in the event's time zone. */
export const localDateTime = z.string().transform((raw, ctx) => {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})$/.exec(raw.trim());
  if (!match) {
    addIssue(ctx, {
      message: b(`${quoted(raw)} bukan tanggal dan jam dengan format TTTT-BB-HH JJ:MM.`, `${quoted(raw)} is not a date and time in YYYY-MM-DD HH:MM form.`),
      fix: dayFirstFix(raw) ?? b('tulis misalnya "2026-12-12 09:00" (jam 24, waktu setempat).', 'write e.g. "2026-12-12 09:00" (24-hour clock, local time).'),
    });
    return z.NEVER;
  }
  const [, date, hour, minute] = match as unknown as [string, string, string, string];
  if (!checkDate(date, raw, ctx)) return z.NEVER;
  if (Number(hour) > 23 || Number(minute) > 59) {
    addIssue(ctx, { message: b(`Jam "${hour}:${minute}" tidak ada.`, `The time "${hour}:${minute}" does not exist.`), fix: b("jam ditulis 00:00 sampai 23:59.", "times go from 00:00 to 23:59.") });
    return z.NEVER;
  }
  return `${date}T${hour}:${minute}`;
});

/** A clock time `HH:MM`. */
export const clockTime = z.string().superRefine((value, ctx) => {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59)
    addIssue(ctx, { message: b(`${quoted(value)} bukan jam yang sah.`, `${quoted(value)} is not a valid time.`), fix: b('tulis jam 24 di antara tanda kutip, misalnya "08:00".', 'write a 24-hour time in quotes, e.g. "08:00".') });
});

/** Indonesia's three time zones, all without daylight saving. */
export const TIME_ZONES = { WIB: "+07:00", WITA: "+08:00", WIT: "+09:00" } as const;
export type TimeZone = keyof typeof TIME_ZONES;
export const timeZone = z.enum(["WIB", "WITA", "WIT"]);

/** A web address; only http and https, so no `javascript:` can reach a link. */
export const webUrl = z.string().superRefine((value, ctx) => {
  let ok = false;
  try {
    const url = new URL(value);
    ok = (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    ok = false;
  }
  if (!ok)
    addIssue(ctx, { message: b(`${quoted(value)} bukan alamat web yang sah.`, `${quoted(value)} is not a valid web address.`), fix: b("tulis alamat lengkap yang dimulai dengan https://", "write the full address starting with https://") });
});

export const email = z.string().superRefine((value, ctx) => {
  if (!/^[^\s@<>"']+@[^\s@<>"']+\.[a-z]{2,}$/i.test(value))
    addIssue(ctx, { message: b(`${quoted(value)} bukan alamat e-mail yang sah.`, `${quoted(value)} is not a valid e-mail address.`), fix: b("tulis seperti nama@contoh.go.id", "write it like name@example.go.id") });
});

/** An Instagram handle, with or without `@`, stored without it. */
export const instagramHandle = z.string().transform((raw, ctx) => {
  const handle = raw.trim().replace(/^@/, "");
  if (!/^[A-Za-z0-9._]{1,30}$/.test(handle)) {
    addIssue(ctx, { message: b(`${quoted(raw)} bukan nama akun Instagram yang sah.`, `${quoted(raw)} is not a valid Instagram handle.`), fix: b("tulis nama akunnya saja, misalnya @tapis.sigermas", "write the handle only, e.g. @tapis.sigermas") });
    return z.NEVER;
  }
  return handle;
});

/** Marks an entry the article does not name, so visitors are never misled. */
export const sampleFlag = z.boolean().default(false);
