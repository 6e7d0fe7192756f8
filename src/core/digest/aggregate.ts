import type { QuestionBank } from '../bank/index.js';
import { type Gated, gate } from '../privacy/threshold.js';
import type { PulseAnswer } from '../records.js';
import type { Dimension, ScaleValue } from '../vocabulary.js';

export interface Aggregate {
  n: number;
  /** Mean score 1–5; reverse-scored statements are turned (6 − value) so higher is always better. */
  mean: number;
  /** How many chose each answer 1..5, as clicked (not turned). */
  distribution: [number, number, number, number, number];
}

export interface AnswerAggregates {
  questions: Map<string, Gated<Aggregate>>;
  dimensions: Map<Dimension, Gated<Aggregate>>;
  /** Pulse × statement cells held back because fewer than the threshold answered. */
  withheldCells: number;
  /** Answers that count (those in cells that are shown). */
  counted: (PulseAnswer & { score: ScaleValue })[];
}

function summarise(answers: { value: ScaleValue; score: number }[]): Aggregate {
  const distribution: Aggregate['distribution'] = [0, 0, 0, 0, 0];
  let sum = 0;
  for (const answer of answers) {
    distribution[answer.value - 1] = (distribution[answer.value - 1] ?? 0) + 1;
    sum += answer.score;
  }
  return { n: answers.length, mean: answers.length ? sum / answers.length : 0, distribution };
}

/**
 * The unit of withholding is one statement in one pulse: a cell with fewer answers than the
 * threshold is left out of every total, so no shown number can be subtracted to reveal it.
 */
export function aggregateAnswers(
  answers: PulseAnswer[],
  bank: QuestionBank,
  minGroupSize: number,
): AnswerAggregates {
  const cells = new Map<string, PulseAnswer[]>();
  for (const answer of answers) {
    const key = `${answer.pulseId}\u0000${answer.questionId}`;
    const cell = cells.get(key);
    if (cell) cell.push(answer);
    else cells.set(key, [answer]);
  }

  let withheldCells = 0;
  const counted: AnswerAggregates['counted'] = [];
  for (const cell of cells.values()) {
    if (cell.length < Math.max(minGroupSize, 3)) {
      withheldCells += 1;
      continue;
    }
    for (const answer of cell) {
      const reverse = bank.get(answer.questionId)?.reverse ?? false;
      counted.push({ ...answer, score: (reverse ? 6 - answer.value : answer.value) as ScaleValue });
    }
  }

  const byQuestion = groupBy(counted, (a) => a.questionId);
  const byDimension = groupBy(counted, (a) => bank.get(a.questionId)?.dimension ?? 'laering');
  const questions = new Map<string, Gated<Aggregate>>();
  for (const [id, list] of byQuestion)
    questions.set(
      id,
      gate(list.length, minGroupSize, () => summarise(list)),
    );
  const dimensions = new Map<Dimension, Gated<Aggregate>>();
  for (const [dimension, list] of byDimension) {
    dimensions.set(
      dimension as Dimension,
      gate(list.length, minGroupSize, () => summarise(list)),
    );
  }
  return { questions, dimensions, withheldCells, counted };
}

export function groupBy<T, K>(items: T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
