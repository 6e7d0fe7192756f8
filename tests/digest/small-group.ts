import type { ScaleValue } from '../../src/core/vocabulary.js';
import { addPeople, addPulse, createWorld, repeat, type World } from './world.js';

/**
 * Known answers, threshold 5, looked at on 2025-03-20:
 * - p0 (February): humor, six people, all 3.
 * - p1 (March): tillit — helse 6 × 4, oppvekst 5 × 5, kultur 2 × 1 (13 answers, mean 51/13);
 *   humor — three helse people answer 2, 2, 1 (a cell under the threshold).
 * - p2 (March, still open on the 20th): risiko, five people × 3 — must not count yet.
 * Withheld and never to be shown anywhere: humor in March (mean 5/3), oppvekst (5,0) and kultur
 * (1,0) on tillit, their combined mean 27/7, and participation of kultur (2) and oppvekst (5).
 */
export async function smallGroupWorld(): Promise<
  World & { people: Record<'helse' | 'oppvekst' | 'kultur', string[]> }
> {
  const world = await createWorld({ now: '2025-03-20T12:00:00.000Z' });
  const people = {
    helse: await addPeople(world, 'helse-og-omsorg', 6),
    oppvekst: await addPeople(world, 'oppvekst', 5),
    kultur: await addPeople(world, 'kultur', 2),
  };
  const all = [...people.helse, ...people.oppvekst, ...people.kultur];
  await addPulse(world, {
    id: 'p0',
    closesAt: '2025-02-12T08:00:00.000Z',
    people: people.helse,
    answers: [{ questionId: 'pulse-humor-1', values: repeat(3, 6) }],
  });
  await addPulse(world, {
    id: 'p1',
    closesAt: '2025-03-05T08:00:00.000Z',
    people: all,
    answers: [
      { questionId: 'pulse-tillit-1', values: [...repeat(4, 6), ...repeat(5, 5), ...repeat(1, 2)] },
      { questionId: 'pulse-humor-1', values: [2, 2, 1] as ScaleValue[] },
    ],
  });
  await addPulse(world, {
    id: 'p2',
    closesAt: '2025-03-25T08:00:00.000Z',
    people: people.helse.slice(0, 5),
    answers: [{ questionId: 'pulse-risiko-1', values: repeat(3, 5) }],
  });
  return Object.assign(world, { people });
}

/** Number texts that would give a withheld aggregate away, in any locale or format. */
export const WITHHELD_PATTERNS: RegExp[] = [
  /(^|[^\d])1[,.](67|7)(?!\d)/, // humor in March: 5/3
  /(^|[^\d])5[,.]0(?!\d)/, // oppvekst on tillit
  /(^|[^\d])1[,.]0(?!\d)/, // kultur on tillit
  /(^|[^\d])3[,.]86?(?!\d)/, // oppvekst and kultur together: 27/7
  /(^|[^\d])-?1[,.]3(?!\d)/, // humor change Feb → Mar: 5/3 − 3
];
