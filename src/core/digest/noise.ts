import type { Aggregate } from './aggregate.js';

/** z for a two-sided 95 % confidence interval. */
const Z95 = 1.96;
/**
 * Below this many answers in either period the spread itself is too uncertain to trust, so the
 * change is always marked as within the noise (the README's "Change" row and `dig.noise.explain`).
 */
export const MIN_ANSWERS_FOR_CHANGE = 10;

/** Sample variance of the answers (1–5) behind an aggregate; turning a reversed statement keeps it. */
export function answerVariance(a: Aggregate): number {
  const n = a.distribution.reduce((x, c) => x + c, 0);
  if (n < 2) return 0;
  const mean = a.distribution.reduce((x, c, i) => x + c * (i + 1), 0) / n;
  return a.distribution.reduce((x, c, i) => x + c * (i + 1 - mean) ** 2, 0) / (n - 1);
}

/**
 * Variance of the difference of two means. The two periods are treated as independent samples
 * (answers are not linkable across pulses); when the same people answered both, the true variance is
 * smaller, so this errs towards calling a change noise. Too few answers: infinite, always noise.
 */
export function differenceVariance(now: Aggregate, before: Aggregate): number {
  if (now.n < MIN_ANSWERS_FOR_CHANGE || before.n < MIN_ANSWERS_FOR_CHANGE) return Number.POSITIVE_INFINITY;
  return answerVariance(now) / now.n + answerVariance(before) / before.n;
}

/**
 * Variance of our mean minus a benchmark's, from both sides' spread: the benchmark's own standard
 * deviation where its file carries one, else our answers' spread stands for both sides.
 */
export function benchmarkDifferenceVariance(ours: Aggregate, other: { n: number; sd?: number }): number {
  if (ours.n < MIN_ANSWERS_FOR_CHANGE || other.n < MIN_ANSWERS_FOR_CHANGE) return Number.POSITIVE_INFINITY;
  const theirs = other.sd === undefined ? answerVariance(ours) : other.sd ** 2;
  return answerVariance(ours) / ours.n + theirs / other.n;
}

export const marginOf = (variance: number) => Z95 * Math.sqrt(variance);
export const varianceOf = (margin: number) => (margin / Z95) ** 2;

/**
 * A change against its noise: the margin (null when too few answers to tell), and whether its 95 %
 * confidence interval includes zero, so chance alone could explain it.
 */
export interface ChangeNoise {
  margin: number | null;
  withinNoise: boolean;
}

export function noiseOf(comparison: { change: number; margin: number } | null): ChangeNoise {
  if (!comparison) return { margin: null, withinNoise: false };
  const { change, margin } = comparison;
  return { margin: Number.isFinite(margin) ? margin : null, withinNoise: Math.abs(change) < margin };
}
