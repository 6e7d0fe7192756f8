import { MIN_GROUP_SIZE_FLOOR } from '../privacy/threshold.js';

/** The threshold actually applied: the configured group size, never below the floor. */
export function floorOf(minGroupSize: number): number {
  return Math.max(minGroupSize, MIN_GROUP_SIZE_FLOOR);
}

/**
 * Parts of one shown total (sectors within a statement, say). Every non-empty part under the
 * threshold is withheld. Because total − shown parts = the withheld parts together, those together
 * must also reach the threshold: while they do not, the smallest shown part is withheld as well.
 * Returns the indexes of the parts to withhold.
 */
export function suppressParts(sizes: readonly number[], minGroupSize: number): Set<number> {
  const floor = floorOf(minGroupSize);
  const withheld = new Set<number>();
  let hidden = 0;
  sizes.forEach((n, i) => {
    if (n > 0 && n < floor) {
      withheld.add(i);
      hidden += n;
    }
  });
  if (withheld.size === 0) return withheld;
  const shown = sizes
    .map((n, i) => ({ n, i }))
    .filter(({ n, i }) => n > 0 && !withheld.has(i))
    .sort((a, b) => a.n - b.n || a.i - b.i);
  for (const part of shown) {
    if (hidden >= floor) break;
    withheld.add(part.i);
    hidden += part.n;
  }
  return withheld;
}
