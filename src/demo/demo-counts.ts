/** What was added; counted per transaction and kept once it commits (PostgreSQL may run one again). */
export interface DemoCounts {
  occurrences: { posted: number; skipped: number; alreadyThere: number };
  pulses: number;
  answers: number;
  participations: number;
  reflections: number;
  learning: number;
  stories: number;
  nominations: number;
}

export const noCounts = (): DemoCounts => ({
  occurrences: { posted: 0, skipped: 0, alreadyThere: 0 },
  pulses: 0,
  answers: 0,
  participations: 0,
  reflections: 0,
  learning: 0,
  stories: 0,
  nominations: 0,
});

const TOTALS = [
  'pulses',
  'answers',
  'participations',
  'reflections',
  'learning',
  'stories',
  'nominations',
] as const;

export function addCounts(to: DemoCounts, from: DemoCounts): void {
  for (const key of ['posted', 'skipped', 'alreadyThere'] as const)
    to.occurrences[key] += from.occurrences[key];
  for (const key of TOTALS) to[key] += from[key];
}
