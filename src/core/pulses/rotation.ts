import { DIMENSION_GROUP } from '../bank/index.js';
import type { QuestionUsage } from '../ports.js';
import type { Question } from '../records.js';

/**
 * Picks the statements for the next pulse: never-asked first, then least recently asked, at most
 * one per dimension while others remain, bank order breaking ties — with leadership dimensions
 * and climate items taking turns, so every month measures some of each (the culture index needs both). Asking `count` statements every
 * fortnight covers a bank of `6.5 × count` statements in a quarter.
 */
export function pickStatements(active: Question[], usage: QuestionUsage[], count: number): Question[] {
  const lastAsked = new Map(usage.map((u) => [u.questionId, u.lastAskedAt]));
  const ranked = interleaveGroups(active)
    .map((question, order) => ({ question, order, last: lastAsked.get(question.id) ?? '' }))
    .sort((a, b) => (a.last === b.last ? a.order - b.order : a.last < b.last ? -1 : 1));

  const picked: Question[] = [];
  const dimensions = new Set<string>();
  for (const { question } of ranked) {
    if (picked.length === count) break;
    if (dimensions.has(question.dimension)) continue;
    picked.push(question);
    dimensions.add(question.dimension);
  }
  for (const { question } of ranked) {
    if (picked.length === count) break;
    if (!picked.includes(question)) picked.push(question);
  }
  return picked;
}

/** Round-robin over the keys, keeping the order within each key. */
function roundRobin(questions: Question[], keyOf: (question: Question) => string): Question[] {
  const lists = new Map<string, Question[]>();
  for (const question of questions)
    lists.set(keyOf(question), [...(lists.get(keyOf(question)) ?? []), question]);
  const out: Question[] = [];
  for (let i = 0; out.length < questions.length; i += 1) {
    for (const list of lists.values()) if (list[i]) out.push(list[i] as Question);
  }
  return out;
}

/** Bank order spread out: one statement per dimension in turn, leadership and climate taking turns. */
function interleaveGroups(questions: Question[]): Question[] {
  return roundRobin(
    roundRobin(questions, (q) => q.dimension),
    (q) => DIMENSION_GROUP[q.dimension],
  );
}
