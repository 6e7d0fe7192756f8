/** A figure for a group or the nation needs at least this many municipalities behind it. */
export const MIN_MUNICIPALITIES = 5;

/**
 * Which areas show a figure, from how many municipalities contributed per KOSTRA group. A group
 * needs `MIN_MUNICIPALITIES`; so does the nation. Complementary suppression: the national figure
 * minus the shown groups gives the withheld groups together, so together they must also be at least
 * `MIN_MUNICIPALITIES` strong; until they are, the next-smallest shown group is withheld too (ties:
 * the lower group number), and when none is left, the national figure is withheld.
 */
export function shownAreas(
  contributors: ReadonlyMap<number, number>,
  min = MIN_MUNICIPALITIES,
): { national: boolean; groups: Set<number> } {
  const entries = [...contributors].filter(([, n]) => n > 0);
  const total = entries.reduce((sum, [, n]) => sum + n, 0);
  const shown = entries.filter(([, n]) => n >= min).sort(([ga, a], [gb, b]) => a - b || ga - gb);
  let withheld = entries.filter(([, n]) => n < min).reduce((sum, [, n]) => sum + n, 0);
  let national = total >= min;
  while (national && withheld > 0 && withheld < min) {
    const next = shown.shift();
    if (next) withheld += next[1];
    else national = false;
  }
  return { national, groups: new Set(shown.map(([group]) => group)) };
}
