/** A list cut into consecutive groups of at most `size` (the last may be shorter); none for an empty list. */
export function inGroupsOf<T>(list: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(list.length / size) }, (_, i) =>
    list.slice(i * size, (i + 1) * size),
  );
}
