/**
 * A show's running order (`susunan_acara`): who shows when. Each item's clock time is placed on
 * the event's own dates, so the page and the JSON-LD can say the real day and time, and a time
 * that falls outside the event is caught.
 */
import { z } from "zod";
import { bilingual as b } from "../problems/problem.ts";
import { clockTime, slugRef, text } from "./fields.ts";
import type { IssueText } from "./issue.ts";

export const runningOrderItem = z.strictObject({
  jam: clockTime,
  segmen: text(120),
  perancang: z.array(text(100)).max(20).default([]),
  /** Slugs of businesses of the same centre, checked in scripts/content/link.ts. */
  usaha: z.array(slugRef).max(20).default([]),
  model: text(200).optional(),
  keterangan: text(300).optional(),
});

export const runningOrder = z.array(runningOrderItem).max(60);

/** In `<slug>.en.md`: one item per Indonesian item, in the same order. */
export const runningOrderTranslation = z
  .array(z.strictObject({ segmen: text(120).optional(), keterangan: text(300).optional() }))
  .max(60);

export type RunningOrderItem = z.output<typeof runningOrderItem>;

const DAY_MINUTES = 24 * 60;
const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
const shown = (local: string) => local.replace("T", " ");

/** The local `YYYY-MM-DDTHH:MM` that lies `minutes` after `local`. */
function addMinutes(local: string, minutes: number): string {
  return new Date(Date.parse(`${local}:00Z`) + minutes * 60_000).toISOString().slice(0, 16);
}

/**
 * Where each item falls: the first item on the event's first day at or after its start, each
 * next item at or after the one before it. A time earlier than the one above is the next day,
 * which only fits an event that runs past midnight or over several days.
 */
export function placeRunningOrder(mulai: string, items: readonly { jam: string }[]): string[] {
  const start = minutesOf(mulai.slice(11));
  let previous = 0;
  return items.map((item) => {
    let offset = (((minutesOf(item.jam) - start) % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
    while (offset < previous) offset += DAY_MINUTES;
    previous = offset;
    return addMinutes(mulai, offset);
  });
}

/**
 * The first item that cannot be placed inside the event (mulai to selesai), and why: before the
 * start, earlier than the item above it, or after the end.
 */
export function runningOrderProblem(event: {
  mulai: string;
  selesai: string;
  susunan_acara: readonly { jam: string }[];
}): { text: IssueText; path: PropertyKey[] } | undefined {
  const items = event.susunan_acara;
  const placed = placeRunningOrder(event.mulai, items);
  const index = placed.findIndex((local) => local > event.selesai);
  if (index === -1) return undefined;
  const jam = items[index]!.jam;
  const path = ["susunan_acara", index, "jam"];
  const startClock = event.mulai.slice(11);
  if (index === 0 && minutesOf(jam) < minutesOf(startClock))
    return {
      path,
      text: {
        message: b(
          `Jam ${jam} di susunan acara lebih awal dari mulai acara (${shown(event.mulai)}).`,
          `The time ${jam} in the running order is before the event starts (${shown(event.mulai)}).`,
        ),
        fix: b(
          `periksa jamnya; susunan acara berlangsung di antara mulai dan selesai acara (${startClock} sampai ${shown(event.selesai)}).`,
          `check the time; the running order lies between the event's start and end (${startClock} to ${shown(event.selesai)}).`,
        ),
      },
    };
  const before = items[index - 1]?.jam;
  // Read as the next day only where the event does not run into that day.
  if (
    before !== undefined &&
    minutesOf(jam) < minutesOf(before) &&
    placed[index]!.slice(0, 10) > event.selesai.slice(0, 10)
  )
    return {
      path,
      text: {
        message: b(
          `Jam ${jam} di susunan acara lebih awal dari jam di atasnya (${before}).`,
          `The time ${jam} in the running order is earlier than the one above it (${before}).`,
        ),
        fix: b(
          "tulis susunan acara urut dari yang paling awal, atau periksa jamnya.",
          "list the running order from the earliest time on, or check the time.",
        ),
      },
    };
  return {
    path,
    text: {
      message: b(
        `Jam ${jam} di susunan acara sesudah acara selesai (${shown(event.selesai)}).`,
        `The time ${jam} in the running order is after the event ends (${shown(event.selesai)}).`,
      ),
      fix: b(
        "periksa jamnya, atau jam selesai acara di kolom selesai.",
        "check the time, or the event's end time in selesai.",
      ),
    },
  };
}
