import { describe, expect, it } from 'vitest';
import { shownAreas } from '../../src/core/benchmark/suppression.js';

const areas = (counts: Record<number, number>) => {
  const shown = shownAreas(new Map(Object.entries(counts).map(([g, n]) => [Number(g), n])));
  return { national: shown.national, groups: [...shown.groups].sort((a, b) => a - b) };
};

describe('which areas show a benchmark figure (5 municipalities each)', () => {
  it('shows every group of 5 or more, and the nation', () => {
    expect(areas({ 1: 5, 7: 6, 11: 9 })).toEqual({ national: true, groups: [1, 7, 11] });
  });

  it('withholds the next-smallest group with a lone small one (ties: the lower number)', () => {
    expect(areas({ 1: 6, 7: 3, 11: 5, 12: 5 })).toEqual({ national: true, groups: [1, 12] });
  });

  it('needs no complement when the withheld groups together are 5 or more', () => {
    expect(areas({ 1: 6, 7: 3, 11: 2 })).toEqual({ national: true, groups: [1] });
    expect(areas({ 1: 6, 7: 3, 11: 4 })).toEqual({ national: true, groups: [1] });
  });

  it('withholds the nation when no group is left to hide a small one behind', () => {
    expect(areas({ 1: 6, 7: 2 })).toEqual({ national: true, groups: [] });
    expect(areas({ 7: 4 })).toEqual({ national: false, groups: [] });
    expect(areas({ 7: 3, 11: 1 })).toEqual({ national: false, groups: [] });
  });
});
