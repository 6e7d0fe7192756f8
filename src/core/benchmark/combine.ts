import type { Span } from '../digest/compare.js';
import { combinedRate, type ResponseRate } from '../pulses/response-rate.js';
import { DIMENSIONS, type Dimension } from '../vocabulary.js';
import { rounded } from './canonical.js';
import type { Figure, MunicipalityFigures } from './municipality-file.js';
import { MIN_MUNICIPALITIES, shownAreas } from './suppression.js';

export const BENCHMARK_FORMAT = 'urn:kulturpuls:benchmark:combined:v1';

export interface AreaFigure extends Figure {
  municipalities: number;
}
export type AreaRate = ResponseRate & { municipalities: number };

export interface Area {
  /** Municipalities that contributed at least one figure (shown or not). */
  municipalities: number;
  /** Only figures from `minMunicipalities` municipalities, after complementary suppression. */
  figures: Partial<Record<Dimension, AreaFigure>>;
  responseRate: AreaRate | null;
}

export interface CombinedBenchmark {
  month: string;
  period: Span;
  minMunicipalities: number;
  /**
   * Every mean is the municipalities' means weighted by their answers (their respondents per statement
   * and pulse); every `sd` is the standard deviation of all those answers together.
   */
  weighting: 'answers';
  national: Area;
  /** By KOSTRA group number; every group a contributing municipality is in. */
  groups: Record<string, Area>;
}

const emptyArea = (): Area => ({ municipalities: 0, figures: {}, responseRate: null });

/**
 * The municipalities' answers as one sample: the mean weighted by answers and, when every file
 * carries one, the pooled standard deviation (each one's spread around its own mean plus its mean's
 * distance from the whole mean).
 */
function weighted(parts: readonly Figure[]): AreaFigure {
  const n = parts.reduce((sum, p) => sum + p.n, 0);
  const mean = parts.reduce((sum, p) => sum + p.mean * p.n, 0) / n;
  const spreads = parts.flatMap((p) => (p.sd === undefined ? [] : [{ ...p, sd: p.sd }]));
  const squares = spreads.reduce((sum, p) => sum + (p.n - 1) * p.sd ** 2 + p.n * (p.mean - mean) ** 2, 0);
  const sd = spreads.length === parts.length && n > 1 ? rounded(Math.sqrt(squares / (n - 1))) : undefined;
  return { mean: rounded(mean), n, ...(sd === undefined ? {} : { sd }), municipalities: parts.length };
}

/** Puts each area's value where `shownAreas` allows it. */
function place<T extends { group: number }>(
  parts: readonly T[],
  national: Area,
  group: (id: number) => Area,
  put: (area: Area, list: T[]) => void,
): void {
  const counts = new Map<number, number>();
  for (const p of parts) counts.set(p.group, (counts.get(p.group) ?? 0) + 1);
  const shown = shownAreas(counts);
  if (shown.national) put(national, [...parts]);
  for (const id of shown.groups)
    put(
      group(id),
      parts.filter((p) => p.group === id),
    );
}

/** The coordinator's combination of verified municipality files of one month. */
export function combineFigures(files: readonly MunicipalityFigures[]): CombinedBenchmark {
  const national = emptyArea();
  const groups: Record<string, Area> = {};
  const group = (id: number) => {
    groups[id] ??= emptyArea();
    return groups[id];
  };
  const contributing = files.filter((f) => Object.keys(f.figures).length > 0 || f.responseRate);
  for (const f of contributing) {
    national.municipalities += 1;
    group(f.kostraGroup).municipalities += 1;
  }
  for (const dimension of DIMENSIONS) {
    const parts = contributing.flatMap((f) => {
      const figure = f.figures[dimension];
      return figure ? [{ group: f.kostraGroup, ...figure }] : [];
    });
    place(parts, national, group, (area, list) => {
      area.figures[dimension] = weighted(list);
    });
  }
  const rates = contributing.flatMap((f) =>
    f.responseRate?.share != null ? [{ group: f.kostraGroup, rate: f.responseRate }] : [],
  );
  place(rates, national, group, (area, list) => {
    const rate = combinedRate(list.map((r) => r.rate));
    area.responseRate = {
      ...rate,
      share: rate.share === null ? null : rounded(rate.share),
      municipalities: list.length,
    };
  });
  const first = files[0];
  return {
    month: first?.month ?? '',
    period: first?.period ?? { from: '', to: '' },
    minMunicipalities: MIN_MUNICIPALITIES,
    weighting: 'answers',
    national,
    groups,
  };
}
