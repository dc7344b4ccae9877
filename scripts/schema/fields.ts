/**
 * Small schema helpers, one per idea, shared by the centre, business and event schemas.
 * Each gives its own message in Bahasa Indonesia and English with the fix.
 */
import { z } from "zod";
import { bilingual as b, quoted, type Bilingual } from "../problems/problem.ts";
import { codePoint, hiddenControl } from "./characters.ts";
import { addIssue, withExample, type IssueText } from "./issue.ts";

/** Plain text on one line: no control characters, trimmed, not empty. */
export function text(max = 200) {
  return z
    .string()
    .transform((value) => value.trim())
    .superRefine((value, ctx) => {
      if (value.length === 0)
        // Empty optional fields never get here (scripts/content/validate.ts drops them).
        addIssue(ctx, {
          message: b("Kolom ini kosong.", "This field is empty."),
          fix: b("isi teksnya; kolom ini wajib.", "fill in the text; this field is required."),
        });
      else if (value.length > max)
        addIssue(ctx, {
          message: b(
            `Teks terlalu panjang (${value.length} karakter, paling banyak ${max}).`,
            `Text is too long (${value.length} characters, at most ${max}).`,
          ),
          fix: b(
            "persingkat teksnya; cerita panjang ditulis di badan berkas, di bawah tanda ---.",
            "shorten it; long text belongs in the body of the file, below the --- line.",
          ),
        });
      // Control characters, and the bidi overrides that can show a name backwards ("Trojan Source").
      else if (/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(value))
        addIssue(ctx, {
          message: b(
            "Teks berisi karakter kendali yang tidak terlihat.",
            "Text contains invisible control characters.",
          ),
          fix: b(
            "ketik ulang teks ini tanpa menyalin dari aplikasi lain.",
            "retype the text instead of pasting it.",
          ),
        });
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
      fix: b(
        `tulis nama berkasnya tanpa .md, huruf kecil dan tanda hubung, misalnya "${suggestion}".`,
        `write the file name without .md, in lowercase with hyphens, e.g. "${suggestion}".`,
      ),
    });
  }
});

const QUOTE_FIX = b(
  'tulis nomor di antara tanda kutip, misalnya "0812 3456 7890".',
  'put the number in quotes, e.g. "0812 3456 7890".',
);

/**
 * An Indonesian phone number, normalised to the international form without `+`
 * (`0812-3456-7890`, `+62 812 3456 7890` → `6281234567890`), the form wa.me links use.
 * `mobile` demands a mobile number (62 8…), which WhatsApp needs.
 */
export function phone(kind: "whatsapp" | "telepon") {
  const example =
    kind === "whatsapp"
      ? b(
          'nomor HP di antara tanda kutip, misalnya "0812 3456 7890"',
          'a mobile number in quotes, e.g. "0812 3456 7890"',
        )
      : b(
          'nomor telepon di antara tanda kutip, misalnya "(0721) 123 456"',
          'a phone number in quotes, e.g. "(0721) 123 456"',
        );
  return withExample(phoneNumber(kind), example);
}

function phoneNumber(kind: "whatsapp" | "telepon") {
  return z.union([z.string(), z.number()]).transform((raw, ctx) => {
    if (typeof raw === "number") {
      addIssue(ctx, {
        message: b(
          "Nomor telepon ditulis tanpa tanda kutip, sehingga angka 0 di depannya bisa hilang.",
          "The phone number is not in quotes, so its leading 0 can be lost.",
        ),
        fix: QUOTE_FIX,
      });
      return z.NEVER;
    }
    const compact = raw.trim().replace(/[\s\-.()]/g, "");
    let digits: string | undefined;
    if (/^\+62\d+$/.test(compact)) digits = compact.slice(1);
    else if (/^62\d+$/.test(compact)) digits = compact;
    else if (/^0\d+$/.test(compact)) digits = `62${compact.slice(1)}`;
    if (!digits) {
      addIssue(ctx, {
        message: b(
          `${quoted(raw)} bukan nomor telepon Indonesia yang bisa dibaca.`,
          `${quoted(raw)} is not a readable Indonesian phone number.`,
        ),
        fix: b(
          'mulai dengan 0 atau +62 dan pakai angka saja (spasi dan tanda hubung boleh), misalnya "0812 3456 7890".',
          'start with 0 or +62 and use digits only (spaces and hyphens are fine), e.g. "0812 3456 7890".',
        ),
      });
      return z.NEVER;
    }
    const lengthProblem = phoneLengthProblem(raw, digits);
    if (lengthProblem) {
      addIssue(ctx, lengthProblem);
      return z.NEVER;
    }
    if (kind === "whatsapp" && !digits.startsWith("628")) {
      addIssue(ctx, {
        message: b(
          `${quoted(raw)} bukan nomor HP, jadi tidak bisa dipakai untuk WhatsApp.`,
          `${quoted(raw)} is not a mobile number, so it cannot be used for WhatsApp.`,
        ),
        fix: b(
          "tulis nomor HP yang dimulai dengan 08, atau pindahkan nomor ini ke kolom telepon.",
          "write a mobile number starting with 08, or move this number to the telepon field.",
        ),
      });
      return z.NEVER;
    }
    return digits;
  });
}

/**
 * How many digits an Indonesian number has, written the national way (with its leading 0).
 * Mobile 08…: 10 to 13 (libphonenumber's pattern for Indonesian mobiles, 8[1-9]X{7,10}, is 9 to
 * 12 after the 0; Wikipedia, "Telephone numbers in Indonesia": postpaid 10–12, prepaid 11–13).
 * Landlines: 0, an area code of 2 or 3 digits, and 7 or 8 digits (5 or 6 on old small-town
 * lines): 9 to 12. A 14-digit "0812 3456 7890 12" makes a wa.me link that reaches nobody.
 */
const PHONE_DIGITS = { mobile: { min: 10, max: 13 }, landline: { min: 9, max: 12 } } as const;

function phoneLengthProblem(raw: string, international: string): IssueText | undefined {
  const national = `0${international.slice(2)}`;
  const mobile = national.startsWith("08");
  const { min, max } = PHONE_DIGITS[mobile ? "mobile" : "landline"];
  if (national.length >= min && national.length <= max) return undefined;
  const short = national.length < min;
  return {
    message: b(
      `Nomor ${quoted(raw)} ${short ? "terlalu pendek" : "terlalu panjang"}.`,
      `The number ${quoted(raw)} is too ${short ? "short" : "long"}.`,
    ),
    fix: mobile
      ? b(
          "periksa lagi nomornya: nomor HP Indonesia punya 10 sampai 13 angka, misalnya 0812 3456 7890.",
          "check the number: Indonesian mobile numbers have 10 to 13 digits, e.g. 0812 3456 7890.",
        )
      : b(
          `periksa lagi nomornya: nomor telepon dengan kode wilayah punya ${min} sampai ${max} angka, misalnya (0721) 123 4567.`,
          `check the number: phone numbers with their area code have ${min} to ${max} digits, e.g. (0721) 123 4567.`,
        ),
  };
}

/** A whole number of rupiah, written without dots (`750000`); `150.000`, `Rp 150000` or `150rb` is refused with the number to write. */
const rupiahAmount = z.union([z.number(), z.string()]).transform((raw, ctx) => {
  if (typeof raw === "number" && Number.isSafeInteger(raw) && raw >= 0) return raw;
  addIssue(ctx, typedNumberIssue(raw, "rupiah"));
  return z.NEVER;
});
export const rupiah = withExample(
  rupiahAmount,
  b(
    "angka bulat tanpa titik dan tanpa Rp, misalnya 750000",
    "a whole number without dots or Rp, e.g. 750000",
  ),
);

/**
 * What a number field accepts, for the CMS's number widget: the checks live inside a transform,
 * where the CMS cannot read them.
 */
export interface NumberField {
  readonly int: boolean;
  readonly min?: number;
  readonly max?: number;
}

export function numberFieldOf(schema: unknown): NumberField | undefined {
  if (!(schema instanceof z.ZodType)) return undefined;
  return z.globalRegistry.get(schema)?.etalaseNumber as NumberField | undefined;
}

function outOfRange(value: number, min: number, max: number): IssueText | undefined {
  if (value < min)
    return {
      message: b(
        `Angka ini terlalu kecil (paling kecil ${min}).`,
        `This number is too small (at least ${min}).`,
      ),
      fix: b("periksa lagi angkanya.", "check the number."),
    };
  if (value > max)
    return {
      message: b(
        `Angka ini terlalu besar (paling besar ${max}).`,
        `This number is too large (at most ${max}).`,
      ),
      fix: b("periksa lagi angkanya.", "check the number."),
    };
  return undefined;
}

/**
 * A whole number (a capacity, a year). The content reader hands over what was typed whenever
 * YAML would change it (`1.500` is 1.5 to YAML), so `1.500` is refused with "tulis 1500".
 */
export function wholeNumber(min: number, max: number) {
  const schema = z.union([z.number(), z.string()]).transform((raw, ctx) => {
    if (typeof raw !== "number" || !Number.isSafeInteger(raw)) {
      addIssue(ctx, typedNumberIssue(raw, "whole"));
      return z.NEVER;
    }
    const range = outOfRange(raw, min, max);
    if (range) addIssue(ctx, range);
    return range ? z.NEVER : raw;
  });
  return withExample(
    schema,
    b("angka bulat tanpa titik, misalnya 25", "a whole number without dots, e.g. 25"),
  ).meta({ etalaseNumber: { int: true, min, max } satisfies NumberField });
}

/**
 * A number that may have a decimal part, written with a decimal point (`-6.89`, `12.5`).
 * `1.250` is refused: in Indonesian it means 1250, to YAML 1.25.
 */
export function decimalNumber(min: number, max?: number) {
  const schema = z.union([z.number(), z.string()]).transform((raw, ctx) => {
    const typed = String(raw).trim();
    // `1.250` is 1250 to a person and 1.25 to YAML; refused only when both could be meant.
    const ambiguous =
      looksLikeThousands(typed) && Number(typed.replace(/[.,]/g, "")) <= (max ?? Infinity);
    if (ambiguous) {
      addIssue(ctx, typedNumberIssue(typed, "decimal"));
      return z.NEVER;
    }
    const value =
      typeof raw === "number" ? raw : /^[+-]?\d+(\.\d+)?$/.test(typed) ? Number(typed) : undefined;
    if (value === undefined || !Number.isFinite(value)) {
      addIssue(ctx, typedNumberIssue(raw, "decimal"));
      return z.NEVER;
    }
    const range = outOfRange(value, min, max ?? Number.MAX_SAFE_INTEGER);
    if (range) addIssue(ctx, range);
    return range ? z.NEVER : value;
  });
  return withExample(
    schema,
    b("angka dengan titik desimal, misalnya 12.5", "a number with a decimal point, e.g. 12.5"),
  ).meta({
    etalaseNumber: { int: false, min, ...(max !== undefined ? { max } : {}) } satisfies NumberField,
  });
}

/** `150.000`, `1.500.000`, `150,000`: groups of three digits after a separator. */
const looksLikeThousands = (value: string) => /^\d{1,3}([.,])\d{3}(\1\d{3})*$/.test(value);

const UNITS_TIMES: readonly [RegExp, number][] = [
  [/^(rb|ribu|k)$/i, 1_000],
  [/^(jt|juta)$/i, 1_000_000],
  [/^(m|miliar|milyar)$/i, 1_000_000_000],
];

/** The number a person meant by `Rp 1.500.000,-`, `150rb`, `1,5 juta`, when it is clear; else undefined. */
export function meantNumber(typed: string): number | undefined {
  let text = typed
    .trim()
    .replace(/^(rp\.?|idr)\s*/i, "")
    .replace(/(,-|,00|\.-|\.00)$/, "")
    .trim();
  let times = 1;
  const unit = /^([\d.,]+)\s*([a-z]+)\.?$/i.exec(text);
  if (unit) {
    const found = UNITS_TIMES.find(([pattern]) => pattern.test(unit[2]!));
    if (!found) return undefined;
    times = found[1];
    text = unit[1]!;
  }
  if (/^\d+$/.test(text)) return Number(text) * times;
  if (looksLikeThousands(text)) return Number(text.replace(/[.,]/g, "")) * times;
  // `1,5 juta` or `1.5 juta`: a decimal only makes a whole number with a unit after it.
  if (times > 1 && /^\d+[.,]\d+$/.test(text))
    return Math.round(Number(text.replace(",", ".")) * times);
  return undefined;
}

type NumberKind = "rupiah" | "whole" | "decimal";

/** Says what is wrong with a number as it was typed, and the number to write instead. */
export function typedNumberIssue(raw: unknown, kind: NumberKind): IssueText {
  const typed = String(raw).trim();
  const example = kind === "decimal" ? "12.5" : kind === "rupiah" ? "750000" : "25";
  if (
    typeof raw === "string" &&
    kind === "decimal" &&
    /^[+-]?\d+,\d+$/.test(typed) &&
    !looksLikeThousands(typed)
  )
    return {
      message: b(
        `${quoted(typed)} memakai koma sebagai tanda desimal.`,
        `${quoted(typed)} uses a comma as the decimal mark.`,
      ),
      fix: b(
        `pakai titik untuk desimal: tulis ${typed.replace(",", ".")}.`,
        `use a point for decimals: write ${typed.replace(",", ".")}.`,
      ),
    };
  if (typeof raw === "string" && kind === "decimal" && looksLikeThousands(typed)) {
    const whole = typed.replace(/[.,]/g, "");
    return {
      message: b(
        `${quoted(typed)} bisa dibaca sebagai ${whole} atau sebagai pecahan.`,
        `${quoted(typed)} could be read as ${whole} or as a fraction.`,
      ),
      fix: b(
        `tulis ${whole} tanpa titik; untuk pecahan tulis tanpa angka 0 di belakang, misalnya ${Number(typed.replace(",", "."))}.`,
        `write ${whole} without dots; for a fraction write it without trailing zeros, e.g. ${Number(typed.replace(",", "."))}.`,
      ),
    };
  }
  // A number arrives only when YAML would show it as typed (the reader keeps the rest as text), so `typed` is what was written.
  const meant = meantNumber(typed);
  const written = typeof raw === "number" || /^[+-]?\d+([.,]\d+)?$/.test(typed);
  if (meant !== undefined && Number.isSafeInteger(meant)) {
    const why = /^(rp|idr)/i.test(typed)
      ? b("memuat Rp", "includes Rp")
      : /[a-z]/i.test(typed)
        ? b("memuat kata satuan (rb, juta)", "includes a unit word (rb, juta)")
        : b("memakai tanda pemisah ribuan", "uses a thousands separator");
    return {
      message: b(`${quoted(typed)} ${why.id}.`, `${quoted(typed)} ${why.en}.`),
      fix: b(
        `tulis ${meant} (angka saja, tanpa titik, koma atau Rp).`,
        `write ${meant} (digits only, without dots, commas or Rp).`,
      ),
    };
  }
  if (written && kind !== "decimal") {
    const rounded = Math.round(Number(typed.replace(",", ".")));
    return {
      message:
        kind === "rupiah"
          ? b(
              `${quoted(typed)} bukan jumlah rupiah bulat.`,
              `${quoted(typed)} is not a whole amount of rupiah.`,
            )
          : b(`${quoted(typed)} bukan angka bulat.`, `${quoted(typed)} is not a whole number.`),
      fix:
        Number.isSafeInteger(rounded) && rounded >= 0
          ? b(
              `tulis angka bulat tanpa titik atau koma, misalnya ${rounded}.`,
              `write a whole number without a point or comma, e.g. ${rounded}.`,
            )
          : b(
              `tulis angka bulat tanpa titik, misalnya ${example}.`,
              `write a whole number without dots, e.g. ${example}.`,
            ),
    };
  }
  return {
    message:
      kind === "rupiah"
        ? b(
            `${quoted(typed)} bukan jumlah rupiah yang sah.`,
            `${quoted(typed)} is not a valid amount of rupiah.`,
          )
        : b(`${quoted(typed)} bukan angka.`, `${quoted(typed)} is not a number.`),
    fix:
      kind === "decimal"
        ? b(
            `tulis angkanya saja, dengan titik untuk desimal, misalnya ${example}.`,
            `write the number only, with a point for decimals, e.g. ${example}.`,
          )
        : kind === "rupiah"
          ? b(
              `tulis angka bulat tanpa titik, tanpa Rp, misalnya ${example}.`,
              `write a whole number without dots or Rp, e.g. ${example}.`,
            )
          : b(
              "tulis angka bulat dengan digit saja, tanpa titik dan tanpa kata.",
              "write a whole number in digits only, without dots or words.",
            ),
  };
}

const DATE_FORMAT_FIX = b(
  "tulis tanggal sebagai TTTT-BB-HH, misalnya 2026-02-28.",
  "write the date as YYYY-MM-DD, e.g. 2026-02-28.",
);

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

const MONTHS_ID = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];
const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Says what is wrong with a date that does not exist: the month, or the days in that month. */
function impossibleDateFix(year: number, month: number): Bilingual {
  if (month < 1 || month > 12)
    return b(
      `bulan ditulis 01 sampai 12, bukan ${String(month).padStart(2, "0")}; periksa juga harinya.`,
      `months go from 01 to 12, not ${String(month).padStart(2, "0")}; check the day too.`,
    );
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return b(
    `${MONTHS_ID[month - 1]} ${year} hanya punya ${days} hari; periksa tanggalnya.`,
    `${MONTHS_EN[month - 1]} ${year} has only ${days} days; check the date.`,
  );
}

function checkDate(value: string, raw: string, ctx: z.RefinementCtx): boolean {
  const [year, month, day] = value.split("-").map(Number) as [number, number, number];
  if (!isRealDate(year, month, day)) {
    addIssue(ctx, {
      message: b(
        `Tanggal ${quoted(raw)} tidak ada di kalender.`,
        `The date ${quoted(raw)} does not exist in the calendar.`,
      ),
      fix: impossibleDateFix(year, month),
    });
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
  const [, day, month, year, time] = match as unknown as [
    string,
    string,
    string,
    string,
    string | undefined,
  ];
  const iso = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}${time ? ` ${time}` : ""}`;
  if (isRealDate(Number(year), Number(month), Number(day)))
    return b(
      `tulis tahun dulu, lalu bulan, lalu hari: "${iso}".`,
      `write the year first, then the month, then the day: "${iso}".`,
    );
  const m = Number(month) - 1;
  const named = MONTHS_ID[m]
    ? b(`${Number(day)} ${MONTHS_ID[m]} ${year}`, `${Number(day)} ${MONTHS_EN[m]} ${year}`)
    : b(
        `hari ${Number(day)} bulan ${Number(month)} tahun ${year}`,
        `day ${Number(day)} of month ${Number(month)} in ${year}`,
      );
  return b(
    `tulis tahun dulu, lalu bulan, lalu hari (TTTT-BB-HH), dan periksa tanggalnya: ${named.id} tidak ada di kalender.`,
    `write the year first, then the month, then the day (YYYY-MM-DD), and check the date: ${named.en} does not exist.`,
  );
}

/** A real calendar date `YYYY-MM-DD`; 2024-02-30 is an error, never 1 March. */
export const calendarDate = z.string().transform((raw, ctx) => {
  const value = raw.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    addIssue(ctx, {
      message: b(
        `${quoted(raw)} bukan tanggal dengan format TTTT-BB-HH.`,
        `${quoted(raw)} is not a date in YYYY-MM-DD form.`,
      ),
      fix: dayFirstFix(raw) ?? DATE_FORMAT_FIX,
    });
    return z.NEVER;
  }
  return checkDate(value, raw, ctx) ? value : z.NEVER;
});

/** A local date and time `YYYY-MM-DD HH:MM`, read in the event's time zone. */
export const localDateTime = z.string().transform((raw, ctx) => {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})$/.exec(raw.trim());
  if (!match) {
    addIssue(ctx, {
      message: b(
        `${quoted(raw)} bukan tanggal dan jam dengan format TTTT-BB-HH JJ:MM.`,
        `${quoted(raw)} is not a date and time in YYYY-MM-DD HH:MM form.`,
      ),
      fix:
        dayFirstFix(raw) ??
        b(
          'tulis misalnya "2026-12-12 09:00" (jam 24, waktu setempat).',
          'write e.g. "2026-12-12 09:00" (24-hour clock, local time).',
        ),
    });
    return z.NEVER;
  }
  const [, date, hour, minute] = match as unknown as [string, string, string, string];
  if (!checkDate(date, raw, ctx)) return z.NEVER;
  if (Number(hour) > 23 || Number(minute) > 59) {
    addIssue(ctx, {
      message: b(
        `Jam "${hour}:${minute}" tidak ada.`,
        `The time "${hour}:${minute}" does not exist.`,
      ),
      fix: b("jam ditulis 00:00 sampai 23:59.", "times go from 00:00 to 23:59."),
    });
    return z.NEVER;
  }
  return `${date}T${hour}:${minute}`;
});

/** A clock time `HH:MM`. */
export const clockTime = z.string().superRefine((value, ctx) => {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59)
    addIssue(ctx, {
      message: b(`${quoted(value)} bukan jam yang sah.`, `${quoted(value)} is not a valid time.`),
      fix: b(
        'tulis jam 24 di antara tanda kutip, misalnya "08:00".',
        'write a 24-hour time in quotes, e.g. "08:00".',
      ),
    });
});

/** Indonesia's three time zones, all without daylight saving. */
export const TIME_ZONES = { WIB: "+07:00", WITA: "+08:00", WIT: "+09:00" } as const;
export type TimeZone = keyof typeof TIME_ZONES;
export const timeZone = z.enum(["WIB", "WITA", "WIT"]);

const WEB_URL_FIX = b(
  "tulis alamat lengkap yang dimulai dengan https:// atau http://, misalnya https://www.contoh.go.id",
  "write the full address starting with https:// or http://, e.g. https://www.example.go.id",
);

/**
 * Reads a web address: http or https only (so no `javascript:` can reach a link), a host with a
 * dot, no user name before the host (`https://tokopedia.com@evil.example` goes to evil.example),
 * and no invisible controls (they end up in the open data and can disguise where a link goes).
 */
function readWebAddress(value: string): { url: URL } | { problem: IssueText } {
  const control = hiddenControl(value);
  if (control)
    return {
      problem: {
        message: b(
          `Alamat web ini berisi karakter kendali yang tidak terlihat (${codePoint(control)}).`,
          `This web address contains an invisible control character (${codePoint(control)}).`,
        ),
        fix: b(
          "ketik ulang alamatnya, atau salin dari kolom alamat di browser.",
          "retype the address, or copy it from the browser's address bar.",
        ),
      },
    };
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (
    !url ||
    (url.protocol !== "https:" && url.protocol !== "http:") ||
    !url.hostname.includes(".") ||
    /\s/.test(value)
  )
    return {
      problem: {
        message: b(
          `${quoted(value)} bukan alamat web yang sah.`,
          `${quoted(value)} is not a valid web address.`,
        ),
        fix: WEB_URL_FIX,
      },
    };
  if (url.username || url.password)
    return {
      problem: {
        message: b(
          `Alamat ${quoted(value)} memuat nama pengguna sebelum tanda @, sehingga tautannya menuju ${url.hostname}.`,
          `The address ${quoted(value)} has a user name before an @, so the link goes to ${url.hostname}.`,
        ),
        fix: b(
          "hapus bagian sebelum @ dan tulis alamat halamannya saja.",
          "remove the part before the @ and write the page's address only.",
        ),
      },
    };
  return { url };
}

/** A web address, http:// or https://, trimmed. */
export const webUrl = z.string().transform((raw, ctx) => {
  const value = raw.trim();
  const read = readWebAddress(value);
  if ("problem" in read) {
    addIssue(ctx, read.problem);
    return z.NEVER;
  }
  return value;
});

/** True when `host` is one of `domains` or below one (`www.instagram.com` is on `instagram.com`). */
export function isOnDomain(host: string, domains: readonly string[]): boolean {
  const lower = host.toLowerCase().replace(/\.$/, "");
  return domains.some((domain) => lower === domain || lower.endsWith(`.${domain}`));
}

/**
 * A web address on one platform's own domains, as the shop or page link of that platform
 * (`https://shopee.co.id/batik.satu`); an address elsewhere is refused with the platform named.
 */
export function platformAddress(
  value: string,
  platform: {
    readonly name: string;
    readonly domains: readonly string[];
    readonly example: string;
  },
): { url: URL } | { problem: IssueText } {
  const read = readWebAddress(value);
  if ("problem" in read || isOnDomain(read.url.hostname, platform.domains)) return read;
  const domains = (or: string) =>
    [platform.domains.slice(0, -1).join(", "), platform.domains.at(-1)]
      .filter(Boolean)
      .join(` ${or} `);
  return {
    problem: {
      message: b(
        `${quoted(value)} bukan alamat ${platform.name}: alamatnya menuju ${read.url.hostname}, bukan ${domains("atau")}.`,
        `${quoted(value)} is not an address on ${platform.name}: it goes to ${read.url.hostname}, not ${domains("or")}.`,
      ),
      fix: b(
        `tulis alamat halaman di ${platform.name}, misalnya ${platform.example}`,
        `write the address of the page on ${platform.name}, e.g. ${platform.example}`,
      ),
    },
  };
}

/** A social-media platform: its domains, what an account name looks like, and the address of an account. */
interface SocialPlatform {
  readonly name: string;
  readonly domains: readonly string[];
  readonly handle: RegExp;
  readonly profile: (handle: string) => string;
  readonly example: string;
}

export const SOCIAL_PLATFORMS = {
  instagram: {
    name: "Instagram",
    domains: ["instagram.com"],
    handle: /^[A-Za-z0-9._]{1,30}$/,
    profile: (h) => `https://www.instagram.com/${h}/`,
    example: "https://www.instagram.com/tapis.sigermas",
  },
  facebook: {
    name: "Facebook",
    domains: ["facebook.com", "fb.com", "fb.me"],
    handle: /^[A-Za-z0-9.]{5,50}$/,
    profile: (h) => `https://www.facebook.com/${h}`,
    example: "https://www.facebook.com/tapis.sigermas",
  },
  youtube: {
    name: "YouTube",
    domains: ["youtube.com", "youtu.be"],
    handle: /^[A-Za-z0-9._-]{3,30}$/,
    profile: (h) => `https://www.youtube.com/@${h}`,
    example: "https://www.youtube.com/@tapis.sigermas",
  },
  tiktok: {
    name: "TikTok",
    domains: ["tiktok.com"],
    handle: /^[A-Za-z0-9._]{2,24}$/,
    profile: (h) => `https://www.tiktok.com/@${h}`,
    example: "https://www.tiktok.com/@tapis.sigermas",
  },
} as const satisfies Record<string, SocialPlatform>;

export type SocialNetwork = keyof typeof SOCIAL_PLATFORMS;

/** An account name written for `platform`: `@tapis.sigermas` or `tapis.sigermas`, not a domain. */
function handleOn(raw: string, platform: SocialPlatform): string | undefined {
  const handle = raw.replace(/^@/, "");
  return platform.handle.test(handle) && !isOnDomain(handle, platform.domains) ? handle : undefined;
}

/**
 * A centre's page on one social network: an account name (`@tapis.sigermas`) or an address on
 * the network's own domain; stored as the page's address either way.
 */
export function socialLink(network: SocialNetwork) {
  const platform: SocialPlatform = SOCIAL_PLATFORMS[network];
  return z.string().transform((raw, ctx) => {
    const value = raw.trim();
    const handle = handleOn(value, platform);
    if (handle) return platform.profile(handle);
    if (/^https?:\/\//i.test(value)) {
      const read = platformAddress(value, platform);
      if ("url" in read) return value;
      addIssue(ctx, read.problem);
    } else
      addIssue(ctx, {
        message: b(
          `${quoted(raw)} bukan nama akun atau alamat ${platform.name}.`,
          `${quoted(raw)} is not an account name or address on ${platform.name}.`,
        ),
        fix: b(
          `tulis nama akunnya, misalnya @tapis.sigermas, atau alamat lengkapnya, misalnya ${platform.example}`,
          `write the account name, e.g. @tapis.sigermas, or its full address, e.g. ${platform.example}`,
        ),
      });
    return z.NEVER;
  });
}

/** One e-mail address and nothing else; the CMS form uses the same rule. */
export const EMAIL_ADDRESS =
  /^[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$/;

/**
 * One e-mail address and nothing else: the site writes it into a `mailto:` link, where `?`, `&`
 * and `=` would add copies, a subject or a body (`a@b.id?bcc=…`), and a comma a second recipient.
 */
export const email = z.string().transform((raw, ctx) => {
  const value = raw.trim();
  if (EMAIL_ADDRESS.test(value)) return value;
  addIssue(ctx, {
    message: b(
      `${quoted(raw)} bukan satu alamat e-mail.`,
      `${quoted(raw)} is not one e-mail address.`,
    ),
    fix: b(
      "tulis satu alamat saja, misalnya nama@contoh.go.id, tanpa mailto:, spasi, koma, atau tanda ? & =.",
      "write one address only, e.g. name@example.go.id, without mailto:, spaces, commas, or ? & =.",
    ),
  });
  return z.NEVER;
});

/** An Instagram account, written as `@tapis.sigermas` or as its address; stored as the name alone. */
export const instagramHandle = z.string().transform((raw, ctx) => {
  const value = raw.trim();
  const platform: SocialPlatform = SOCIAL_PLATFORMS.instagram;
  const handle = handleOn(value, platform);
  if (handle) return handle;
  if (/^https?:\/\//i.test(value)) {
    const read = platformAddress(value, platform);
    if ("problem" in read) {
      addIssue(ctx, read.problem);
      return z.NEVER;
    }
    // The account is the one name in the path: instagram.com/tapis.sigermas/ (not a post, /p/…).
    const account = handleOn(read.url.pathname.replace(/^\/|\/$/g, ""), platform);
    if (account) return account;
  }
  addIssue(ctx, {
    message: b(
      `${quoted(raw)} bukan nama akun Instagram yang sah.`,
      `${quoted(raw)} is not a valid Instagram handle.`,
    ),
    fix: b(
      "tulis nama akunnya saja, misalnya @tapis.sigermas",
      "write the handle only, e.g. @tapis.sigermas",
    ),
  });
  return z.NEVER;
});

/** Marks an entry the article does not name, so visitors are never misled. */
export const sampleFlag = z.boolean().default(false);
