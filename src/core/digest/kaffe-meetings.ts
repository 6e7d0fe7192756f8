import type { KaffePair } from '../records.js';
import { floorOf, suppressParts } from './suppression.js';

export interface KaffeSectorPair {
  /** Sector ids in the configured order (null: no sector chosen). */
  a: string | null;
  b: string | null;
  pairs: number;
  /** Share of these pairs where at least one said they met, 0–1. */
  metShare: number;
}

/**
 * Kaffe på tvers in the month: pairs that met, per sector pair, only from `minGroupSize` pairs, and
 * withheld together with the next-smallest sector pairs until the withheld ones reach `minGroupSize`
 * pairs too: the overall share that met minus the shown sector pairs would tell a withheld pair's.
 */
export interface KaffeMeetings {
  pairs: number;
  /** Pairs across two known, different sectors, 0–1 (null without pairs). */
  crossSectorShare: number | null;
  /** Overall share that met; null under the threshold. */
  metShare: number | null;
  sectorPairs: KaffeSectorPair[];
  /** Sector pairs left out: fewer than `minGroupSize` pairs, or their complement. */
  withheld: number;
}

export function kaffeMeetings(
  pairs: readonly KaffePair[],
  minGroupSize: number,
  sectorOrder: readonly string[],
): KaffeMeetings {
  const rank = (s: string | null) => (s === null ? sectorOrder.length : sectorOrder.indexOf(s));
  const met = (p: KaffePair) => p.aMet === true || p.bMet === true;
  const groups = new Map<string, { a: string | null; b: string | null; pairs: number; met: number }>();
  for (const p of pairs) {
    const [a, b] = rank(p.aSector) <= rank(p.bSector) ? [p.aSector, p.bSector] : [p.bSector, p.aSector];
    const key = `${a}|${b}`;
    const group = groups.get(key) ?? { a, b, pairs: 0, met: 0 };
    group.pairs += 1;
    if (met(p)) group.met += 1;
    groups.set(key, group);
  }
  const all = [...groups.values()].sort((x, y) => rank(x.a) - rank(y.a) || rank(x.b) - rank(y.b));
  const withheld = suppressParts(
    all.map((g) => g.pairs),
    minGroupSize,
  );
  const shown = all.filter((_, i) => !withheld.has(i));
  const cross = pairs.filter((p) => p.aSector && p.bSector && p.aSector !== p.bSector).length;
  return {
    pairs: pairs.length,
    crossSectorShare: pairs.length > 0 ? cross / pairs.length : null,
    metShare: pairs.length >= floorOf(minGroupSize) ? pairs.filter(met).length / pairs.length : null,
    sectorPairs: shown.map((g) => ({ a: g.a, b: g.b, pairs: g.pairs, metShare: g.met / g.pairs })),
    withheld: all.length - shown.length,
  };
}
