import { TIME_ZONES, type TimeZone } from "../schema/fields.ts";

/** The instant of a local `YYYY-MM-DDTHH:MM` in an Indonesian zone (none has daylight saving). */
export function instantOf(local: string, zone: TimeZone): number {
  return Date.parse(`${local}:00${TIME_ZONES[zone]}`);
}

/**
 * The "now" of a build: `ETALASE_NOW` (an ISO instant) pins it for tests and reproducible builds.
 * `byDay` gives the start of today in WIB instead of the clock: a build with a cache (`--cache`)
 * has "now" in its cache key, and a clock reading would make every centre miss the cache; by the
 * day, events move from upcoming to past with the first build of a day, as a daily rebuild does.
 */
export function buildNow(env: NodeJS.ProcessEnv = process.env, byDay = false): number {
  const pinned = env.ETALASE_NOW ? Date.parse(env.ETALASE_NOW) : NaN;
  if (!Number.isNaN(pinned)) return pinned;
  return byDay ? startOfDayWib(Date.now()) : Date.now();
}

const DAY = 86_400_000;
const WIB_OFFSET = 7 * 3_600_000;
/** 00:00 WIB (UTC+7) of the day the instant falls on in WIB. */
export function startOfDayWib(instant: number): number {
  return Math.floor((instant + WIB_OFFSET) / DAY) * DAY - WIB_OFFSET;
}

/** An event is past once its end is before the build's "now" (ms since 1970). */
export function hasEnded(event: { readonly endsAt: number }, now: number): boolean {
  return event.endsAt < now;
}
