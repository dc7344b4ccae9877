import { TIME_ZONES, type TimeZone } from "../schema/fields.ts";

/** The instant of a local `YYYY-MM-DDTHH:MM` in an Indonesian zone (none has daylight saving). */
export function instantOf(local: string, zone: TimeZone): number {
  return Date.parse(`${local}:00${TIME_ZONES[zone]}`);
}

/** The "now" of a build: `ETALASE_NOW` (an ISO instant) pins it for tests and reproducible builds. */
export function buildNow(env: NodeJS.ProcessEnv = process.env): number {
  const pinned = env.ETALASE_NOW ? Date.parse(env.ETALASE_NOW) : NaN;
  return Number.isNaN(pinned) ? Date.now() : pinned;
}
