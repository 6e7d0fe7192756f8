import { createHash } from 'node:crypto';
import type { Repositories } from '../core/ports.js';
import type { Reflection } from '../core/records.js';
import { type DemoContext, timeAfter } from './demo-context.js';
import { createRandom } from './random.js';
import {
  GENERIC_REFLECTIONS,
  LEARNING_ANSWERS,
  NEXT_STEP_OWNERS,
  REFLECTION_ANSWERS,
} from './texts/reflections.js';

const DAY_MS = 86_400_000;

/** Ids derived from the seed, so a second run with the same seed finds what the first one wrote. */
export function demoId(prefix: string, seed: number, label: string): string {
  return `${prefix}_${createHash('sha256').update(`demo\u0000${seed}\u0000${label}`).digest('hex').slice(0, 16)}`;
}

/**
 * Answers to one weekly reflection post: a few percent of the people answer within a few days,
 * most of them anonymously (the author is stored only when they chose to share their name).
 */
export async function generateReflections(
  ctx: DemoContext,
  tx: Repositories,
  key: string,
  at: Date,
  questionId: string,
): Promise<number> {
  const { target, now, members } = ctx;
  if (members.length === 0) return 0;
  const rng = createRandom(ctx.seed, `reflection\u0000${key}`);
  const question = target.core.bank.get(questionId);
  const texts = (question && REFLECTION_ANSWERS[question.dimension]) ?? GENERIC_REFLECTIONS;
  const count = Math.max(1, Math.round(members.length * rng.between(0.02, 0.06)));
  for (let i = 0; i < count; i += 1) {
    const author = rng.pick(members);
    const reflection: Reflection = {
      id: demoId('refl', ctx.seed, `${key}#${i}`),
      occurrenceKey: key,
      questionId,
      kind: 'reflection',
      authorKey: rng.chance(0.25) ? author.key : null,
      text: rng.chance(0.8) ? rng.pick(texts) : rng.pick(GENERIC_REFLECTIONS),
      tryNext: null,
      nextStepOwner: null,
      nextStepDoneAt: null,
      sector: author.sector,
      createdAt: timeAfter(now, at, 4 * DAY_MS, rng.next(), true).toISOString(),
    };
    await tx.content.addReflection(reflection);
  }
  return count;
}

/**
 * Answers to one monthly learning-loop post: what we learned, what we try next and who owns it.
 * Next steps older than a month are mostly marked done, so the digest's open list stays realistic.
 */
export async function generateLearning(
  ctx: DemoContext,
  tx: Repositories,
  key: string,
  at: Date,
  questionId: string,
): Promise<number> {
  const { now, members, managers } = ctx;
  if (members.length === 0) return 0;
  const rng = createRandom(ctx.seed, `learning\u0000${key}`);
  const count = Math.max(2, Math.round(members.length * rng.between(0.01, 0.025)));
  for (let i = 0; i < count; i += 1) {
    const author = rng.pick(members);
    const template = rng.pick(LEARNING_ANSWERS);
    const createdAt = timeAfter(now, at, 5 * DAY_MS, rng.next(), true);
    const owner =
      managers.length > 0 && rng.chance(0.5) ? rng.pick(managers).displayName : rng.pick(NEXT_STEP_OWNERS);
    const doneAt = new Date(createdAt.getTime() + rng.between(14, 40) * DAY_MS);
    const done = doneAt.getTime() < now.getTime() - DAY_MS && rng.chance(0.65);
    await tx.content.addReflection({
      id: demoId('refl', ctx.seed, `${key}#${i}`),
      occurrenceKey: key,
      questionId,
      kind: 'learning',
      authorKey: rng.chance(0.4) ? author.key : null,
      text: template.text,
      tryNext: template.tryNext,
      nextStepOwner: owner,
      nextStepDoneAt: done ? doneAt.toISOString() : null,
      sector: author.sector,
      createdAt: createdAt.toISOString(),
    });
  }
  return count;
}
