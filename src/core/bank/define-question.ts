import type { Question } from '../records.js';
import type { ClimateItem, Dimension, LeadershipDimension, Locale } from '../vocabulary.js';

export type LocalizedText = Record<Locale, string>;

function freezeQuestion(question: Question): Question {
  Object.freeze(question.text);
  return Object.freeze(question);
}

export function reflectionQuestion(id: string, dimension: Dimension, text: LocalizedText): Question {
  return freezeQuestion({
    id,
    kind: 'reflection',
    dimension,
    text,
    reverse: false,
    retired: false,
    source: 'seed',
  });
}

/** A statement on one of the seven leadership dimensions of the source text. */
export function leadershipStatement(
  id: string,
  dimension: LeadershipDimension,
  text: LocalizedText,
): Question {
  return freezeQuestion({
    id,
    kind: 'pulse',
    dimension,
    text,
    reverse: false,
    retired: false,
    source: 'seed',
  });
}

/** A statement on one item of the KS checklist "Kjennetegn innovasjonskultur". */
export function climateStatement(
  id: string,
  item: ClimateItem,
  text: LocalizedText,
  options: { reverse?: boolean } = {},
): Question {
  return freezeQuestion({
    id,
    kind: 'pulse',
    dimension: item,
    text,
    reverse: options.reverse ?? false,
    retired: false,
    source: 'ks-checklist',
  });
}

export function learningPrompt(id: string, text: LocalizedText): Question {
  return freezeQuestion({
    id,
    kind: 'learning',
    dimension: 'laering',
    text,
    reverse: false,
    retired: false,
    source: 'seed',
  });
}

/** A frozen copy, so a bank never shares mutable objects with its callers. */
export function copyQuestion(question: Question, overrides: Partial<Question> = {}): Question {
  return freezeQuestion({ ...question, ...overrides, text: { ...(overrides.text ?? question.text) } });
}
