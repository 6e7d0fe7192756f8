/** The floor no configuration may go below. */
export const MIN_GROUP_SIZE_FLOOR = 3;

export type Gated<T> = { shown: true; value: T; n: number } | { shown: false; n: null };

/** Shows an aggregate only when at least `minGroupSize` people stand behind it. */
export function gate<T>(n: number, minGroupSize: number, value: () => T): Gated<T> {
  const floor = Math.max(minGroupSize, MIN_GROUP_SIZE_FLOOR);
  return n >= floor ? { shown: true, value: value(), n } : { shown: false, n: null };
}

/**
 * Complementary suppression: when a total is shown and exactly one of its parts is withheld, that
 * part could be worked out by subtraction, so the next-smallest shown part is withheld too.
 * Returns the indexes of the parts to withhold.
 */
export function suppressComplement(partSizes: number[], minGroupSize: number): Set<number> {
  const floor = Math.max(minGroupSize, MIN_GROUP_SIZE_FLOOR);
  const withheld = new Set(partSizes.flatMap((n, i) => (n > 0 && n < floor ? [i] : [])));
  if (withheld.size === 1) {
    const next = partSizes
      .map((n, i) => ({ n, i }))
      .filter(({ n, i }) => n > 0 && !withheld.has(i))
      .sort((a, b) => a.n - b.n)[0];
    if (next) withheld.add(next.i);
  }
  return withheld;
}
