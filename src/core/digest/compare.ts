import type { QuestionBank } from '../bank/index.js';
import { DIMENSION_GROUP } from '../bank/index.js';
import type { Gated } from '../privacy/threshold.js';
import { shiftMonth } from '../time.js';
import type { Dimension } from '../vocabulary.js';
import { type Aggregate, aggregateCells, type Cell } from './aggregate.js';
import { differenceVariance, marginOf, varianceOf } from './noise.js';

/**
 * Pulses rotate their statements, so one month measures only some dimensions. Scores are read over
 * a rolling window of months (as peers use rolling 90-day scores) and every change compares the
 * same statements in both periods: a change is the mean of the per-statement differences, so which
 * statements rotation picked cannot move it.
 */
export const WINDOW_MONTHS = 3;

export interface Span {
  from: string;
  to: string;
}

export interface WindowScores extends Span {
  dimensions: Map<Dimension, Gated<Aggregate>>;
  questions: Map<string, Gated<Aggregate>>;
  /** Culture index: mean of the shown leadership dimension means (each dimension weighs the same). */
  index: number | null;
}

export interface MonthCells {
  month: string;
  cells: Cell[];
}

export function cultureIndex(dimensions: Map<Dimension, Gated<Aggregate>>): number | null {
  const means = [...dimensions].flatMap(([d, r]) =>
    DIMENSION_GROUP[d] === 'leadership' && r.shown ? [r.value.mean] : [],
  );
  return means.length ? means.reduce((a, b) => a + b, 0) / means.length : null;
}

/** Scores over the months from `from` to `to` (inclusive) of `history`. */
export function scoreSpan(history: readonly MonthCells[], span: Span, bank: QuestionBank, min: number) {
  const cells = history.filter((h) => h.month >= span.from && h.month <= span.to).flatMap((h) => h.cells);
  const { dimensions, questions } = aggregateCells(cells, bank, min);
  return { ...span, dimensions, questions, index: cultureIndex(dimensions) } satisfies WindowScores;
}

export const windowEnding = (month: string, months = WINDOW_MONTHS): Span => ({
  from: shiftMonth(month, -(months - 1)),
  to: month,
});

export interface Comparison {
  change: number;
  /** How many statements were shown in both periods. */
  statements: number;
  /** Half-width of the change's 95 % confidence interval (see noise.ts). */
  margin: number;
}

/** Mean of the differences of the statements in `ids` shown in both periods; null when none is. */
export function compareStatements(
  now: Pick<WindowScores, 'questions'>,
  before: Pick<WindowScores, 'questions'>,
  ids: Iterable<string>,
): Comparison | null {
  const pairs = [...ids].flatMap((id) => {
    const a = now.questions.get(id);
    const b = before.questions.get(id);
    return a?.shown && b?.shown
      ? [{ diff: a.value.mean - b.value.mean, variance: differenceVariance(a.value, b.value) }]
      : [];
  });
  if (!pairs.length) return null;
  const k = pairs.length;
  return {
    change: pairs.reduce((x, p) => x + p.diff, 0) / k,
    statements: k,
    margin: marginOf(pairs.reduce((x, p) => x + p.variance, 0) / (k * k)),
  };
}

/** A dimension's change over its statements shown in both periods. */
export function compareDimension(
  now: WindowScores,
  before: WindowScores,
  dimension: Dimension,
  bank: QuestionBank,
): Comparison | null {
  const ids = [...now.questions.keys()].filter((id) => (bank.get(id)?.dimension ?? 'laering') === dimension);
  return compareStatements(now, before, ids);
}

/** The culture index's change: the mean over leadership dimensions measured (same statements) in both. */
export function compareIndex(now: WindowScores, before: WindowScores, bank: QuestionBank) {
  let statements = 0;
  const changes: Comparison[] = [];
  for (const dimension of now.dimensions.keys()) {
    if (DIMENSION_GROUP[dimension] !== 'leadership') continue;
    const c = compareDimension(now, before, dimension, bank);
    if (!c) continue;
    changes.push(c);
    statements += c.statements;
  }
  if (!changes.length) return null;
  const m = changes.length;
  return {
    change: changes.reduce((a, c) => a + c.change, 0) / m,
    dimensions: m,
    statements,
    margin: marginOf(changes.reduce((a, c) => a + varianceOf(c.margin), 0) / (m * m)),
  };
}
