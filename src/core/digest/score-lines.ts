import type { QuestionBank } from '../bank/index.js';
import { DIMENSION_GROUP, type DimensionGroup } from '../bank/index.js';
import type { Gated } from '../privacy/threshold.js';
import type { Dimension } from '../vocabulary.js';
import type { Aggregate } from './aggregate.js';
import {
  type Comparison,
  compareDimension,
  compareStatements,
  type Span,
  type WindowScores,
} from './compare.js';
import { noiseOf } from './noise.js';

export interface TrendPoint {
  month: string;
  /** Null when the period had no shown answers for this line (nothing asked, or withheld). */
  mean: number | null;
}

export interface ScoreLine {
  id: string;
  dimension: Dimension;
  group: DimensionGroup;
  /** The months the result covers: the rolling window for dimensions, the month for statements. */
  period: Span;
  result: Gated<Aggregate>;
  /** Change over the same statements, shown in both `period` and `changeFrom`. */
  change: number | null;
  changeFrom: Span | null;
  /** The change's 95 % margin (null: too few answers to tell) and whether chance alone could explain it. */
  changeMargin: number | null;
  changeWithinNoise: boolean;
  /** Change over the same statements since the line's baseline period. */
  baselineChange: number | null;
  baselineChangeMargin: number | null;
  baselineWithinNoise: boolean;
  baselineMonth: string | null;
  /** The last twelve months (each point the period ending that month), oldest first. */
  trend: TrendPoint[];
}

const meanOf = (r: Gated<Aggregate> | undefined) => (r?.shown ? r.value.mean : null);
const changeOf = (c: Comparison | null) => c?.change ?? null;

function changeFields(change: Comparison | null, since: Comparison | null) {
  const now = noiseOf(change);
  const start = noiseOf(since);
  return {
    change: changeOf(change),
    changeMargin: now.margin,
    changeWithinNoise: now.withinNoise,
    baselineChange: changeOf(since),
    baselineChangeMargin: start.margin,
    baselineWithinNoise: start.withinNoise,
  };
}

/** Dimension lines over the current window, each compared with the window before and the first one. */
export function dimensionLines(
  windows: WindowScores[],
  previous: WindowScores | undefined,
  baseline: WindowScores | undefined,
  bank: QuestionBank,
): ScoreLine[] {
  const current = windows.at(-1) as WindowScores;
  return [...current.dimensions.keys()].map((dimension) => {
    const change = previous ? compareDimension(current, previous, dimension, bank) : null;
    const since = baseline ? compareDimension(current, baseline, dimension, bank) : null;
    return {
      id: dimension,
      dimension,
      group: DIMENSION_GROUP[dimension],
      period: { from: current.from, to: current.to },
      result: current.dimensions.get(dimension) ?? { shown: false, n: null },
      ...changeFields(change, since),
      changeFrom: change && previous ? { from: previous.from, to: previous.to } : null,
      baselineMonth: since && baseline ? baseline.from : null,
      trend: windows.map((w) => ({ month: w.to, mean: meanOf(w.dimensions.get(dimension)) })),
    };
  });
}

/**
 * Statement lines of the month; a statement compares with the last earlier month that showed it,
 * and with the first month that did.
 */
export function statementLines(months: WindowScores[], trendMonths: number, bank: QuestionBank): ScoreLine[] {
  const current = months.at(-1) as WindowScores;
  const earlier = months.slice(0, -1);
  return [...current.questions.keys()].map((id) => {
    const result = current.questions.get(id) ?? { shown: false, n: null };
    const shownIn = earlier.filter((m) => meanOf(m.questions.get(id)) !== null);
    const last = shownIn.at(-1);
    const first = shownIn[0];
    const dimension = bank.get(id)?.dimension ?? 'laering';
    return {
      id,
      dimension,
      group: DIMENSION_GROUP[dimension],
      period: { from: current.from, to: current.to },
      result,
      ...changeFields(
        last ? compareStatements(current, last, [id]) : null,
        first ? compareStatements(current, first, [id]) : null,
      ),
      changeFrom: last && result.shown ? { from: last.from, to: last.to } : null,
      baselineMonth: first && result.shown ? first.from : null,
      trend: months.slice(-trendMonths).map((m) => ({ month: m.to, mean: meanOf(m.questions.get(id)) })),
    };
  });
}
