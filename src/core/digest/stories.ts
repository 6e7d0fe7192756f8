import type { Nomination, Story } from '../records.js';
import type { StoryPhase } from '../vocabulary.js';

/** The criteria of Innovasjonsprisen, each read as yes/no from fields the storyteller filled in. */
export const PRIZE_CRITERIA = [
  'nyhetsverdi',
  'realisert',
  'brukernytte',
  'arbeidsmater',
  'spredning',
] as const;
export type PrizeCriterion = (typeof PRIZE_CRITERIA)[number];

export interface PrizeScore {
  /** 0–5: one point per criterion met. */
  score: number;
  met: PrizeCriterion[];
}

const BUILT: readonly StoryPhase[] = ['tjenesteutvikling', 'pilotering', 'overgang_til_drift', 'ny_praksis'];
const TRIED: readonly StoryPhase[] = ['pilotering', 'overgang_til_drift', 'ny_praksis'];
const PRACTICE: readonly StoryPhase[] = ['overgang_til_drift', 'ny_praksis'];
const has = (list: readonly StoryPhase[], phase: StoryPhase | null) => phase !== null && list.includes(phase);

/**
 * Transparent on purpose (README: "The monthly digest"): anyone can check a score against the story.
 * - nyhetsverdi: something new has been built (veikart phase tjenesteutvikling or later);
 * - realisert: the story says it is taken into use;
 * - brukernytte: it names who benefits, and users have met it (in use, or piloted or later);
 * - arbeidsmater: it has become how we work (phase overgang til drift or ny praksis);
 * - spredning: the story says others can take it into use.
 */
export function prizeScore(story: Story): PrizeScore {
  const met: PrizeCriterion[] = [];
  if (has(BUILT, story.phase)) met.push('nyhetsverdi');
  if (story.inUse) met.push('realisert');
  if (story.whoBenefits.trim().length > 0 && (story.inUse || has(TRIED, story.phase)))
    met.push('brukernytte');
  if (has(PRACTICE, story.phase)) met.push('arbeidsmater');
  if (story.canSpread) met.push('spredning');
  return { score: met.length, met };
}

export interface ActivityCounts {
  stories: number;
  inUse: number;
  spreading: number;
  /** In use and naming who benefits: a realised benefit in KS Innovasjonsbarometeret's sense. */
  realisedBenefits: number;
}

export function activity(stories: readonly Story[]): ActivityCounts {
  return {
    stories: stories.length,
    inUse: stories.filter((s) => s.inUse).length,
    spreading: stories.filter((s) => s.canSpread).length,
    realisedBenefits: stories.filter((s) => s.inUse && s.whoBenefits.trim().length > 0).length,
  };
}

export interface Collaboration {
  /** Sector ids in the order of the matrix. */
  sectors: string[];
  /** matrix[i][j] (i ≠ j): stories and nominations where both sectors took part; matrix[i][i]: all with sector i. */
  matrix: number[][];
  /** Stories and nominations with at least one sector. */
  items: number;
  /** Of those, how many involved two sectors or more. */
  crossSector: number;
}

export function collaboration(
  items: readonly Pick<Story | Nomination, 'sectors'>[],
  order: readonly string[],
): Collaboration {
  const seen = new Set(items.flatMap((item) => item.sectors));
  const sectors = [
    ...order.filter((id) => seen.has(id)),
    ...[...seen].filter((id) => !order.includes(id)).sort(),
  ];
  const index = new Map(sectors.map((id, i) => [id, i]));
  const matrix = sectors.map(() => sectors.map(() => 0));
  let counted = 0;
  let cross = 0;
  for (const item of items) {
    const ids = [...new Set(item.sectors)].map((id) => index.get(id) as number);
    if (ids.length === 0) continue;
    counted += 1;
    if (ids.length > 1) cross += 1;
    for (const a of ids)
      for (const b of ids) (matrix[a] as number[])[b] = ((matrix[a] as number[])[b] ?? 0) + 1;
  }
  return { sectors, matrix, items: counted, crossSector: cross };
}
