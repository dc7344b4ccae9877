/**
 * Dates that are possible but probably mistyped: an end year of 2062 for an event in 2026, or
 * an event of 90 days. Refused unless the file confirms them (`tahun_sudah_benar`,
 * `acara_panjang`), since a wrong year keeps an event "upcoming" for decades.
 */
import { bilingual as b } from "../problems/problem.ts";
import { buildNow } from "../site/time.ts";
import type { IssueText } from "./issue.ts";

/** Years further than this from the build's year are questioned. */
const YEARS_AHEAD = 2;
const EARLIEST_YEAR = 2000;
export const LONGEST_EVENT_DAYS = 60;

interface EventDates {
  /** `YYYY-MM-DDTHH:MM`, local time. */
  readonly mulai: string;
  readonly selesai: string;
  readonly acara_panjang: boolean;
  readonly tahun_sudah_benar: boolean;
}

const DAY = 86_400_000;
const shown = (local: string) => local.replace("T", " ");

export function implausibleEventDates(
  event: EventDates,
  now = buildNow(),
): { text: IssueText; path: PropertyKey[] }[] {
  const thisYear = new Date(now).getUTCFullYear();
  const latest = thisYear + YEARS_AHEAD;
  const plausible = (local: string) => {
    const year = Number(local.slice(0, 4));
    return year >= EARLIEST_YEAR && year <= latest;
  };
  if (!event.tahun_sudah_benar) {
    const field = !plausible(event.mulai)
      ? "mulai"
      : !plausible(event.selesai)
        ? "selesai"
        : undefined;
    if (field) {
      const year = event[field].slice(0, 4);
      const other = field === "mulai" ? "selesai" : "mulai";
      const hint = plausible(event[other])
        ? b(
            ` (mungkin ${event[other].slice(0, 4)}, seperti di kolom ${other}?)`,
            ` (${event[other].slice(0, 4)}, as in ${other}?)`,
          )
        : b("", "");
      return [
        {
          path: [field],
          text: {
            message:
              Number(year) < EARLIEST_YEAR
                ? b(
                    `Tahun ${year} di kolom ${field} (${shown(event[field])}) sebelum ${EARLIEST_YEAR}.`,
                    `The year ${year} in ${field} (${shown(event[field])}) is before ${EARLIEST_YEAR}.`,
                  )
                : b(
                    `Tahun ${year} di kolom ${field} (${shown(event[field])}) lebih dari ${YEARS_AHEAD} tahun dari sekarang.`,
                    `The year ${year} in ${field} (${shown(event[field])}) is more than ${YEARS_AHEAD} years from now.`,
                  ),
            fix: b(
              `periksa tahunnya${hint.id}; jika tahun itu memang benar, tambahkan baris tahun_sudah_benar: true.`,
              `check the year${hint.en}; if that year is right, add a line tahun_sudah_benar: true.`,
            ),
          },
        },
      ];
    }
  }
  const days = Math.round((Date.parse(`${event.selesai}Z`) - Date.parse(`${event.mulai}Z`)) / DAY);
  if (days > LONGEST_EVENT_DAYS && !event.acara_panjang)
    return [
      {
        path: ["selesai"],
        text: {
          message: b(
            `Acara ini berlangsung ${days} hari (${shown(event.mulai)} sampai ${shown(event.selesai)}).`,
            `This event lasts ${days} days (${shown(event.mulai)} to ${shown(event.selesai)}).`,
          ),
          fix: b(
            `periksa tanggal selesai; jika acaranya memang lebih dari ${LONGEST_EVENT_DAYS} hari, tambahkan baris acara_panjang: true.`,
            `check the end date; if the event really lasts more than ${LONGEST_EVENT_DAYS} days, add a line acara_panjang: true.`,
          ),
        },
      },
    ];
  return [];
}
