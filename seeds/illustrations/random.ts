/**
 * A random number stream seeded by a name, so the same business or product is drawn the same
 * way on every run, and two names are drawn differently.
 */
export interface Rng {
  /** 0 ≤ n < 1 */
  next(): number;
  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** `count` different items, in a random order. */
  some<T>(items: readonly T[], count: number): T[];
}

/** FNV-1a: a small, stable hash of the name. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function seeded(name: string): Rng {
  let state = hash(name);
  // mulberry32
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  const some = <T>(items: readonly T[], count: number): T[] => {
    const left = [...items];
    const out: T[] = [];
    while (out.length < count && left.length) out.push(left.splice(int(0, left.length - 1), 1)[0]!);
    return out;
  };
  return { next, int, pick, some };
}
