import type { Question } from '../core/records.js';
import { DIMENSIONS, type Dimension, type ScaleValue } from '../core/vocabulary.js';
import { createRandom, type Random } from './random.js';

/**
 * Where a typical municipality stands (score 1–5, higher is better): strong on user focus, humour
 * and trust, weak on time for ideas, risk and measuring. Konflikt is scored the good way round
 * (high = little tension), so the people who live it mostly disagree with the statement.
 */
const DIMENSION_BASE: Record<Dimension, number> = {
  lederforankring: 3.3,
  oppmerksomhet: 3.1,
  tverrfaglighet: 3.0,
  nettverk: 2.9,
  anerkjennelse: 3.3,
  maling: 2.6,
  brukerorientering: 3.8,
  utfordringer: 3.7,
  frihet: 3.4,
  idestotte: 3.5,
  tillit: 3.6,
  humor: 3.9,
  dynamikk: 3.2,
  debatter: 3.3,
  konflikt: 3.9,
  risiko: 2.5,
  idetid: 2.4,
  laering: 3.1,
};

/** Recognisable strengths and weaknesses of the default sectors, added to the base. */
const SECTOR_PROFILE: Record<string, Partial<Record<Dimension, number>>> = {
  'helse-og-omsorg': { brukerorientering: 0.45, idetid: -0.45, humor: 0.2, maling: 0.15, risiko: -0.2 },
  oppvekst: { tverrfaglighet: 0.35, humor: 0.3, idestotte: 0.25, idetid: -0.3, maling: -0.25 },
  teknisk: { maling: 0.5, risiko: 0.35, brukerorientering: -0.3, nettverk: -0.15, debatter: 0.2 },
  kultur: { nettverk: 0.45, frihet: 0.4, humor: 0.35, dynamikk: 0.3, lederforankring: -0.2 },
  administrasjon: { lederforankring: 0.35, maling: 0.3, brukerorientering: -0.35, dynamikk: -0.25 },
  nav: { brukerorientering: 0.3, tverrfaglighet: 0.3, konflikt: -0.35, tillit: -0.15, frihet: -0.3 },
};

const MIN_SCORE = 1.4;
const MAX_SCORE = 4.7;

export interface ClimateModel {
  /** Latent score of a sector on a dimension in month `month` (0 = the first generated month). */
  score(sector: string | null, dimension: Dimension, month: number): number;
  /** One person's answer as clicked; on a reverse statement a good climate means disagreeing. */
  answer(rng: Random, question: Question, sector: string | null, month: number, outlook: number): ScaleValue;
}

/**
 * Each sector × dimension starts near the base plus the sector's profile, then drifts month by month:
 * a small trend (mostly upward: the work pays off) plus a random walk, so the digest shows changes.
 */
export function createClimateModel(seed: number, sectorIds: readonly string[], months: number): ClimateModel {
  const rng = createRandom(seed, 'climate');
  const series = new Map<string, number[]>();
  for (const sector of [...sectorIds, '']) {
    for (const dimension of DIMENSIONS) {
      let level = DIMENSION_BASE[dimension] + (SECTOR_PROFILE[sector]?.[dimension] ?? 0) + rng.normal(0, 0.2);
      const trend = rng.normal(0.03, 0.035);
      const values: number[] = [];
      for (let month = 0; month < months; month += 1) {
        values.push(clamp(level, MIN_SCORE, MAX_SCORE));
        level += trend + rng.normal(0, 0.05);
      }
      series.set(`${sector}\u0000${dimension}`, values);
    }
  }

  function score(sector: string | null, dimension: Dimension, month: number): number {
    const values = series.get(`${sector ?? ''}\u0000${dimension}`) ?? series.get(`\u0000${dimension}`) ?? [];
    return values[clamp(month, 0, values.length - 1)] ?? DIMENSION_BASE[dimension];
  }

  return {
    score,
    answer(rng, question, sector, month, outlook) {
      const felt = score(sector, question.dimension, month) + outlook + rng.normal(0, 0.75);
      const value = clamp(Math.round(felt), 1, 5);
      return (question.reverse ? 6 - value : value) as ScaleValue;
    },
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
