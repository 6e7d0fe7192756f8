import type { QuestionBank } from '../bank/index.js';
import type { Reflection } from '../records.js';
import type { Dimension } from '../vocabulary.js';
import type { Span } from './compare.js';
import type { ScoreLine } from './score-lines.js';

/** A reflection question (the bank's, matched on dimension) to take to the next team meeting. */
export interface Suggestion {
  dimension: Dimension;
  /** Practices are keyed by dimension (bank/practices.ts). */
  practice: Dimension;
  reflectionId: string | null;
}

export interface NextActions {
  weakest: { questionId: string; mean: number; suggestion: Suggestion } | null;
  /**
   * Only a change where both periods are shown, over the same statement. One beyond the noise wins
   * over a larger one within it; `withinNoise` marks that chance alone could explain it.
   */
  biggestChange: {
    questionId: string;
    change: number;
    from: Span;
    margin: number | null;
    withinNoise: boolean;
    suggestion: Suggestion;
  } | null;
  /** Between the shown sector means only (the privacy rules withhold the others). */
  sectorGap: {
    high: { sector: string | null; mean: number };
    low: { sector: string | null; mean: number };
    gap: number;
    suggestion: Suggestion;
  } | null;
  /** Learning-loop next steps from earlier months that are still open. */
  overdue: number;
}

export function suggestionFor(dimension: Dimension, bank: QuestionBank): Suggestion {
  const reflection = bank.active('reflection').find((q) => q.dimension === dimension);
  return { dimension, practice: dimension, reflectionId: reflection?.id ?? null };
}

const byId = (a: ScoreLine, b: ScoreLine) => a.id.localeCompare(b.id);

export function nextActions(
  questions: readonly ScoreLine[],
  sectors: readonly { sector: string | null; mean: { shown: boolean; value?: number } }[],
  openNextSteps: readonly Reflection[],
  bank: QuestionBank,
): NextActions {
  const shown = questions.filter((q) => q.result.shown && q.group !== 'learning');
  const weakest = [...shown].sort((a, b) => meanOf(a) - meanOf(b) || byId(a, b))[0];
  const changed = shown
    .filter((q) => q.change !== null && q.changeFrom !== null && Math.abs(q.change) >= 0.05)
    .sort(
      (a, b) =>
        Number(a.changeWithinNoise) - Number(b.changeWithinNoise) ||
        Math.abs(b.change ?? 0) - Math.abs(a.change ?? 0) ||
        byId(a, b),
    )[0];
  const means = sectors.flatMap((s) =>
    s.mean.shown && s.mean.value !== undefined ? [{ sector: s.sector, mean: s.mean.value }] : [],
  );
  means.sort((a, b) => b.mean - a.mean);
  const high = means[0];
  const low = means.at(-1);
  return {
    weakest: weakest
      ? { questionId: weakest.id, mean: meanOf(weakest), suggestion: suggestionFor(weakest.dimension, bank) }
      : null,
    biggestChange:
      changed?.change != null && changed.changeFrom
        ? {
            questionId: changed.id,
            change: changed.change,
            from: changed.changeFrom,
            margin: changed.changeMargin,
            withinNoise: changed.changeWithinNoise,
            suggestion: suggestionFor(changed.dimension, bank),
          }
        : null,
    sectorGap:
      high && low && means.length >= 2 && high.mean - low.mean >= 0.05
        ? { high, low, gap: high.mean - low.mean, suggestion: suggestionFor('nettverk', bank) }
        : null,
    overdue: openNextSteps.length,
  };
}

const meanOf = (line: ScoreLine) => (line.result.shown ? line.result.value.mean : 0);
