/** The closest candidate to a misspelt word (`nmae` → `nama`), or undefined when none is close. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3))
    ? best
    : undefined;
}

/**
 * The slug someone meant: a misspelt one (`tenun-tiga` → `tenun-dua`), or the one slug that the
 * written one shortens or lengthens by whole words (`tapis-siger` → `tapis-siger-emas`), which
 * is how people recall a long slug and too many letters away for `closest`.
 */
export function closestSlug(slug: string, known: readonly string[]): string | undefined {
  const misspelt = closest(slug, known);
  if (misspelt) return misspelt;
  const byWords = known.filter((k) => k.startsWith(`${slug}-`) || slug.startsWith(`${k}-`));
  return byWords.length === 1 ? byWords[0] : undefined;
}

/** Damerau–Levenshtein (optimal string alignment): a swap of two letters counts as one edit. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [
    i,
    ...Array<number>(b.length).fill(0),
  ]);
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = value;
    }
  }
  return rows[a.length]![b.length]!;
}
