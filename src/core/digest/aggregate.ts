import type { QuestionBank } from '../bank/index.js';
import type { CellStat } from '../ports.js';
import { type Gated, gate } from '../privacy/threshold.js';
import type { Dimension } from '../vocabulary.js';
import { floorOf, suppressParts } from './suppression.js';

export type Counts = [number, number, number, number, number];

export interface Aggregate {
  n: number;
  /** Mean score 1–5; reverse-scored statements are turned (6 − value) so higher is always better. */
  mean: number;
  /** How many chose each answer 1..5 (statements: as clicked; dimensions: after turning). */
  distribution: Counts;
}

/** One statement in one pulse: the unit of withholding. */
export interface Cell {
  pulseId: string;
  questionId: string;
  n: number;
  counts: Counts;
  sectors: Map<string | null, Counts>;
}

export interface CellAggregates {
  questions: Map<string, Gated<Aggregate>>;
  dimensions: Map<Dimension, Gated<Aggregate>>;
  /** Shown cells only; withheld cells are left out of every total, so no subtraction reveals them. */
  shown: Cell[];
  withheldCells: number;
}

const zero = (): Counts => [0, 0, 0, 0, 0];
const total = (counts: Counts) => counts.reduce((a, b) => a + b, 0);

function bump(counts: Counts, index: number, n: number): void {
  counts[index] = (counts[index] ?? 0) + n;
}

export function addCounts(into: Counts, from: Counts, reverse = false): void {
  for (let i = 0; i < 5; i += 1) bump(into, reverse ? 4 - i : i, from[i] ?? 0);
}

export function summarise(counts: Counts): Aggregate {
  const n = total(counts);
  const sum = counts.reduce((acc, c, i) => acc + c * (i + 1), 0);
  return { n, mean: n ? sum / n : 0, distribution: [...counts] as Counts };
}

export function buildCells(stats: readonly CellStat[]): Cell[] {
  const cells = new Map<string, Cell>();
  for (const stat of stats) {
    const key = `${stat.pulseId}\u0000${stat.questionId}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = { pulseId: stat.pulseId, questionId: stat.questionId, n: 0, counts: zero(), sectors: new Map() };
      cells.set(key, cell);
    }
    const n = Number(stat.n);
    cell.n += n;
    bump(cell.counts, stat.value - 1, n);
    let sector = cell.sectors.get(stat.sector);
    if (!sector) {
      sector = zero();
      cell.sectors.set(stat.sector, sector);
    }
    bump(sector, stat.value - 1, n);
  }
  return [...cells.values()];
}

/**
 * Every statement a pulse asked gets a cell, an empty one when nobody answered it: a statement one
 * person answered is withheld, so one nobody answered must read the same, not be missing.
 */
export function withUnanswered(
  cells: readonly Cell[],
  pulses: readonly { id: string; questionIds: readonly string[] }[],
): Cell[] {
  const known = new Set(cells.map((c) => `${c.pulseId}\u0000${c.questionId}`));
  const empty = pulses.flatMap((p) =>
    p.questionIds
      .filter((questionId) => !known.has(`${p.id}\u0000${questionId}`))
      .map((questionId): Cell => ({ pulseId: p.id, questionId, n: 0, counts: zero(), sectors: new Map() })),
  );
  return [...cells, ...empty];
}

/** Statement and dimension aggregates from the cells that reach the threshold. */
export function aggregateCells(
  cells: readonly Cell[],
  bank: QuestionBank,
  minGroupSize: number,
): CellAggregates {
  const floor = floorOf(minGroupSize);
  const shown = cells.filter((cell) => cell.n >= floor);
  const byQuestion = new Map<string, Counts>();
  const byDimension = new Map<Dimension, Counts>();
  for (const cell of shown) {
    const question = bank.get(cell.questionId);
    const q = byQuestion.get(cell.questionId) ?? zero();
    addCounts(q, cell.counts);
    byQuestion.set(cell.questionId, q);
    const dimension = question?.dimension ?? 'laering';
    const d = byDimension.get(dimension) ?? zero();
    addCounts(d, cell.counts, question?.reverse ?? false);
    byDimension.set(dimension, d);
  }
  const questions = new Map<string, Gated<Aggregate>>();
  for (const [id, counts] of byQuestion) {
    const reverse = bank.get(id)?.reverse ?? false;
    const turned = zero();
    addCounts(turned, counts, reverse);
    const mean = summarise(turned).mean;
    questions.set(
      id,
      gate(total(counts), minGroupSize, () => ({ ...summarise(counts), mean })),
    );
  }
  const dimensions = new Map<Dimension, Gated<Aggregate>>();
  for (const [dimension, counts] of byDimension)
    dimensions.set(
      dimension,
      gate(total(counts), minGroupSize, () => summarise(counts)),
    );
  // Withheld statements still appear (as withheld) so the reader sees what was held back.
  for (const cell of cells) {
    if (!questions.has(cell.questionId)) questions.set(cell.questionId, { shown: false, n: null });
    const dimension = bank.get(cell.questionId)?.dimension ?? 'laering';
    if (!dimensions.has(dimension)) dimensions.set(dimension, { shown: false, n: null });
  }
  return { questions, dimensions, shown, withheldCells: cells.length - shown.length };
}

export interface SectorScores {
  /** Turned scores per sector over the sector's shown parts of shown cells. */
  sectors: Map<string | null, Counts>;
  withheldParts: number;
}

/**
 * Sector split of the shown cells: within each cell the parts of every sector in `sectorIds` (an
 * empty one too, so that 0 and 1 answer read the same) are suppressed together (see suppressParts),
 * so cell total − shown sector parts never isolates fewer than the threshold.
 */
export function sectorScores(
  shown: readonly Cell[],
  bank: QuestionBank,
  minGroupSize: number,
  sectorIds: readonly (string | null)[],
): SectorScores {
  const sectors = new Map<string | null, Counts>();
  let withheldParts = 0;
  for (const cell of shown) {
    const parts = sectorIds.map((sector) => [sector, cell.sectors.get(sector) ?? zero()] as const);
    const hidden = suppressParts(
      parts.map(([, counts]) => total(counts)),
      minGroupSize,
    );
    withheldParts += hidden.size;
    const reverse = bank.get(cell.questionId)?.reverse ?? false;
    parts.forEach(([sector, counts], i) => {
      if (hidden.has(i)) return;
      const into = sectors.get(sector) ?? zero();
      addCounts(into, counts, reverse);
      sectors.set(sector, into);
    });
  }
  return { sectors, withheldParts };
}

export function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
