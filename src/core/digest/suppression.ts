import { MIN_GROUP_SIZE_FLOOR } from '../privacy/threshold.js';

/** The threshold actually applied: the configured group size, never below the floor. */
export function floorOf(minGroupSize: number): number {
  return Math.max(minGroupSize, MIN_GROUP_SIZE_FLOOR);
}

/**
 * Parts of one shown total (sectors within a statement, say). Every part under the threshold is
 * withheld, an empty one too: a sector nobody in answered must read the same as one where one
 * person did, or two looks would tell whether that person took part. Because total − shown parts =
 * the withheld parts together, those together must also reach the threshold: while they do not, the
 * smallest shown part is withheld as well. Returns the indexes of the parts to withhold.
 */
export function suppressParts(sizes: readonly number[], minGroupSize: number): Set<number> {
  const floor = floorOf(minGroupSize);
  const withheld = new Set<number>();
  let hidden = 0;
  sizes.forEach((n, i) => {
    if (n < floor) {
      withheld.add(i);
      hidden += n;
    }
  });
  if (withheld.size === 0) return withheld;
  const shown = sizes
    .map((n, i) => ({ n, i }))
    .filter(({ i }) => !withheld.has(i))
    .sort((a, b) => a.n - b.n || a.i - b.i);
  for (const part of shown) {
    if (hidden >= floor) break;
    withheld.add(part.i);
    hidden += part.n;
  }
  return withheld;
}
