import type { QuestionUsage } from '../ports.js';
import type { Question } from '../records.js';

/**
 * Picks the statements for the next pulse: never-asked first, then least recently asked, at most
 * one per dimension while others remain, bank order breaking ties. Asking `count` statements every
 * fortnight covers a bank of `6.5 × count` statements in a quarter.
 */
export function pickStatements(active: Question[], usage: QuestionUsage[], count: number): Question[] {
  const lastAsked = new Map(usage.map((u) => [u.questionId, u.lastAskedAt]));
  const ranked = active
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
