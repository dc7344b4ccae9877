/**
 * Long lists (a province's centres, a centre's businesses and events) go on over numbered pages:
 * every page with its CSS must fit the first round trip (14 KB gzipped), and a card of real text
 * weighs about 200 bytes gzipped, so a centre of 60 businesses on one page would not.
 */
import { inGroupsOf } from "../lib/groups.ts";

/** At most this many cards on one page of a list: 24 cards of real text are about 5 KB gzipped. */
export const CARDS_PER_PAGE = 24;

/** A list in pages of CARDS_PER_PAGE; a list always has one page, even an empty one. */
export function cardPages<T>(items: readonly T[]): (readonly T[])[] {
  const pages = inGroupsOf(items, CARDS_PER_PAGE);
  return pages.length ? pages : [[]];
}
