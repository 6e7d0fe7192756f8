import type { Aggregate } from '../digest/aggregate.js';
import { benchmarkDifferenceVariance, marginOf } from '../digest/noise.js';
import type { ScoreLine } from '../digest/score-lines.js';
import type { StoredBenchmark } from '../ports.js';
import { shiftMonth } from '../time.js';
import type { Dimension } from '../vocabulary.js';
import type { AreaFigure } from './combine.js';
import { storedFigures } from './import-benchmark.js';

export interface BenchmarkLine {
  dimension: Dimension;
  /** Our mean, as the digest shows it (null: withheld or not measured). */
  ours: number | null;
  group: AreaFigure | null;
  national: AreaFigure | null;
  /** Ours against the group where it is shown, else the nation. */
  against: 'group' | 'national' | null;
  difference: number | null;
  /** The difference's 95 % margin (null: too few answers to tell). */
  margin: number | null;
  beyondNoise: boolean;
}

export interface BenchmarkComparison {
  /** `old`: the latest benchmark is from before last month; `missing`: none was imported. */
  status: 'current' | 'old' | 'missing';
  month: string | null;
  kostraGroup: number | null;
  groupMunicipalities: number | null;
  nationalMunicipalities: number | null;
  lines: BenchmarkLine[];
  /** Response rates (shares 0–1) as the core defines them; null where withheld or unknown. */
  responseRate: { ours: number | null; group: number | null; national: number | null };
}

/** The noise of a difference with a benchmark, from both sides' spread and number of answers (noise.ts). */
function noise(ours: Aggregate, other: AreaFigure) {
  const variance = benchmarkDifferenceVariance(ours, other);
  const margin = Number.isFinite(variance) ? marginOf(variance) : null;
  const difference = ours.mean - other.mean;
  return { difference, margin, beyondNoise: margin !== null && Math.abs(difference) >= margin };
}

/** Our dimension lines against the latest imported benchmark up to the digest's month. */
export function compareWithBenchmark(
  ours: { month: string; lines: readonly ScoreLine[]; responseRate: number | null },
  stored: StoredBenchmark | undefined,
  kostraGroup: number | null,
): BenchmarkComparison {
  const { month, lines } = ours;
  if (!stored)
    return {
      status: 'missing',
      month: null,
      kostraGroup,
      groupMunicipalities: null,
      nationalMunicipalities: null,
      lines: [],
      responseRate: { ours: ours.responseRate, group: null, national: null },
    };
  const benchmark = storedFigures(stored.body);
  const area = kostraGroup === null ? undefined : benchmark.groups[kostraGroup];
  return {
    status: stored.month >= shiftMonth(month, -1) ? 'current' : 'old',
    month: stored.month,
    kostraGroup,
    groupMunicipalities: area?.municipalities ?? null,
    nationalMunicipalities: benchmark.national.municipalities,
    responseRate: {
      ours: ours.responseRate,
      group: area?.responseRate?.share ?? null,
      national: benchmark.national.responseRate?.share ?? null,
    },
    lines: lines.map((line): BenchmarkLine => {
      const group = area?.figures[line.dimension] ?? null;
      const national = benchmark.national.figures[line.dimension] ?? null;
      const other = group ?? national;
      const ours = line.result.shown ? line.result.value : null;
      const against = other ? (group ? 'group' : 'national') : null;
      const compared = ours && other ? noise(ours, other) : null;
      return {
        dimension: line.dimension,
        ours: ours?.mean ?? null,
        group,
        national,
        against: compared ? against : null,
        difference: compared?.difference ?? null,
        margin: compared?.margin ?? null,
        beyondNoise: compared?.beyondNoise ?? false,
      };
    }),
  };
}
