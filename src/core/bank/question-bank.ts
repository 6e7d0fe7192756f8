import type { Question } from '../records.js';
import type { QuestionKind } from '../vocabulary.js';
import { copyQuestion } from './define-question.js';
import { LEARNING_PROMPTS } from './learning-prompts.js';
import { CLIMATE_STATEMENTS } from './pulse-climate.js';
import { LEADERSHIP_STATEMENTS } from './pulse-leadership.js';
import { REFLECTION_QUESTIONS } from './reflection-questions.js';

/** Every built-in question. Ids are referenced by stored answers: never change or remove one. */
export const BUILT_IN_QUESTIONS: readonly Question[] = Object.freeze([
  ...REFLECTION_QUESTIONS,
  ...LEADERSHIP_STATEMENTS,
  ...CLIMATE_STATEMENTS,
  ...LEARNING_PROMPTS,
]);

export interface QuestionBank {
  /** Every question, retired ones included (the digest still needs their text). */
  all(): Question[];
  /** The questions of one kind that may still be asked, in bank order. */
  active(kind: QuestionKind): Question[];
  get(id: string): Question | undefined;
}

/**
 * The built-in questions merged with the configured ones. A custom question with a built-in id
 * replaces it in place (a later custom one wins over an earlier one); a retired id keeps its
 * question, marked `retired: true`. Retired ids that match no question are ignored.
 */
export function buildQuestionBank(custom: readonly Question[], retiredIds: readonly string[]): QuestionBank {
  const merged = new Map<string, Question>();
  for (const question of BUILT_IN_QUESTIONS) merged.set(question.id, question);
  for (const question of custom) merged.set(question.id, question);

  const retired = new Set(retiredIds);
  const questions = [...merged.values()].map((question) =>
    copyQuestion(question, { retired: question.retired || retired.has(question.id) }),
  );
  const byId = new Map(questions.map((question) => [question.id, question]));

  return {
    all: () => [...questions],
    active: (kind) => questions.filter((question) => question.kind === kind && !question.retired),
    get: (id) => byId.get(id),
  };
}
