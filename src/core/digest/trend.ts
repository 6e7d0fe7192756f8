import type { QuestionBank } from '../bank/index.js';
import { DIMENSION_GROUP } from '../bank/index.js';
import type { Gated } from '../privacy/threshold.js';
import type { Dimension } from '../vocabulary.js';
import { type Aggregate, aggregateCells, type Cell } from './aggregate.js';

export interface TrendPoint {
  month: string;
  /** Null when the month had no shown answers for this line (nothing asked, or withheld). */
  mean: number | null;
}

export interface MonthScores {
  month: string;
  dimensions: Map<Dimension, Gated<Aggregate>>;
  questions: Map<string, Gated<Aggregate>>;
  /** Culture index: the mean of the shown leadership dimension means (each dimension weighs the same). */
  index: number | null;
}

export function cultureIndex(dimensions: Map<Dimension, Gated<Aggregate>>): number | null {
  const means = [...dimensions]
    .filter(([d, r]) => DIMENSION_GROUP[d] === 'leadership' && r.shown)
    .map(([, r]) => (r.shown ? r.value.mean : 0));
  return means.length ? means.reduce((a, b) => a + b, 0) / means.length : null;
}

export function scoreMonth(
  month: string,
  cells: readonly Cell[],
  bank: QuestionBank,
  min: number,
): MonthScores {
  const { dimensions, questions } = aggregateCells(cells, bank, min);
  return { month, dimensions, questions, index: cultureIndex(dimensions) };
}

export function meanOf(result: Gated<Aggregate> | undefined): number | null {
  return result?.shown ? result.value.mean : null;
}

/** Difference of two shown means; null when either side is withheld or missing. */
export function difference(now: number | null, before: number | null): number | null {
  return now === null || before === null ? null : now - before;
}
