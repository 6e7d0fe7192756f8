import type { PersonKey, Reflection, Story } from '../records.js';
import { floorOf } from './suppression.js';
import { recurringThemes, type Theme } from './themes.js';

export interface ReflectionAnswers {
  questionId: string;
  /** Every answer to the question this month, named or not. */
  answers: number;
  named: { name: string; text: string }[];
  /** Answers without a name, shown only when the question reached the threshold; otherwise empty. */
  anonymous: string[];
  anonymousWithheld: number;
}

/**
 * The week's reflection answers per question. Named answers are shown as their writers chose; answers
 * without a name only when the question has at least the threshold number of answers, as peers do
 * for comments, so a small team's unnamed answer cannot be told apart by who did not sign.
 */
export function reflectionAnswers(
  reflections: readonly Reflection[],
  names: Map<PersonKey, string>,
  minGroupSize: number,
): ReflectionAnswers[] {
  const byQuestion = new Map<string, Reflection[]>();
  for (const r of reflections.filter((x) => x.kind === 'reflection'))
    byQuestion.set(r.questionId, [...(byQuestion.get(r.questionId) ?? []), r]);
  return [...byQuestion].map(([questionId, list]) => {
    const open = list.length >= floorOf(minGroupSize);
    const anonymous = list.filter((r) => !r.authorKey);
    return {
      questionId,
      answers: list.length,
      named: list.flatMap((r) => (r.authorKey ? [{ name: names.get(r.authorKey) ?? '', text: r.text }] : [])),
      anonymous: open ? anonymous.map((r) => r.text) : [],
      anonymousWithheld: open ? 0 : anonymous.length,
    };
  });
}

/** Themes over what may be shown: stories, learning answers, named answers, and unnamed ones that are shown. */
export function monthThemes(
  shownReflections: readonly Reflection[],
  stories: readonly Story[],
  learning: readonly Reflection[],
): Theme[] {
  return recurringThemes([
    ...shownReflections.map((r) => ({ text: r.text, writer: r.authorKey })),
    ...stories.map((s) => ({ text: `${s.title}. ${s.whatChanged}. ${s.learned}`, writer: s.authorKey })),
    ...learning.map((r) => ({ text: `${r.text}. ${r.tryNext ?? ''}`, writer: r.authorKey })),
  ]);
}
