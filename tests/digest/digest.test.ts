import { afterEach, describe, expect, it } from 'vitest';
import type { Digest } from '../../src/core/digest/digest.js';
import { buildNomination, buildReflection, buildStory } from '../support/builders.js';
import { seedYear } from './seed-year.js';
import { smallGroupWorld } from './small-group.js';
import { addPeople, addPulse, createWorld, repeat, type World } from './world.js';

const line = (digest: Digest, id: string) =>
  [...digest.dimensions, ...digest.questions].find((l) => l.id === id);

describe('monthly digest computation', () => {
  let world: World;
  afterEach(() => world.close());

  it('computes exact means and distributions, turning reverse-scored statements', async () => {
    world = await createWorld({ now: '2025-04-02T08:00:00.000Z' });
    const people = await addPeople(world, 'helse-og-omsorg', 10);
    await addPulse(world, {
      id: 'p1',
      closesAt: '2025-03-05T08:00:00.000Z',
      people,
      answers: [
        { questionId: 'pulse-tillit-1', values: [1, 2, 3, 4, 5, 5, 5, 4, 4, 3] },
        { questionId: 'pulse-konflikt-1', values: [1, 1, 1, 2, 2, 5, 4, 4, 4, 4] },
        { questionId: 'pulse-lederforankring-1', values: repeat(4, 10) },
      ],
    });
    const digest = await world.core.digests.forMonth('2025-03');
    const tillit = line(digest, 'pulse-tillit-1');
    expect(tillit?.result).toEqual({
      shown: true,
      n: 10,
      value: { n: 10, mean: 3.6, distribution: [1, 1, 2, 3, 3] },
    });
    // Konflikt is reverse-scored: the statement keeps its clicks, the mean is turned (6 − value).
    const konflikt = line(digest, 'pulse-konflikt-1');
    expect(konflikt?.result.shown && konflikt.result.value.distribution).toEqual([3, 2, 0, 4, 1]);
    expect(konflikt?.result.shown && konflikt.result.value.mean).toBeCloseTo(3.2, 10);
    const dimension = digest.dimensions.find((d) => d.dimension === 'konflikt');
    expect(dimension?.result.shown && dimension.result.value.distribution).toEqual([1, 4, 0, 2, 3]);
    // Index: the only leadership dimension shown is lederforankring (4).
    expect(digest.index.mean).toBe(4);
    expect(digest.participation).toMatchObject({
      pulses: 1,
      respondents: { shown: true, value: 10 },
      responses: { shown: true, value: 10 },
      // This world's pulse was never posted, so nobody counted its channel: no share, no guess.
      rate: { shown: true, value: { answered: 10, asked: null, share: null } },
    });
    expect(digest.withheld.cells).toBe(0);
  });

  it('withholds the small group and its complement, and counts only closed pulses', async () => {
    world = await smallGroupWorld();
    const digest = await world.core.digests.forMonth('2025-03');
    expect(line(digest, 'pulse-tillit-1')?.result).toEqual({
      shown: true,
      n: 13,
      value: { n: 13, mean: 51 / 13, distribution: [2, 0, 0, 6, 5] },
    });
    expect(line(digest, 'pulse-humor-1')?.result).toEqual({ shown: false, n: null });
    expect(line(digest, 'pulse-humor-1')?.change).toBeNull();
    expect(digest.dimensions.find((d) => d.dimension === 'risiko')).toBeUndefined();
    expect(digest.participation.pulses).toBe(1);
    // Kultur (2) is under the threshold; oppvekst (5) goes too, or 13 − 6 − 5 would give kultur away.
    expect(digest.sectors.map((s) => [s.sector, s.mean.shown ? s.mean.value : null])).toEqual([
      ['helse-og-omsorg', 4],
      ['oppvekst', null],
      ['kultur', null],
    ]);
    expect(
      digest.participation.sectors.map((s) => [s.sector, s.respondents.shown ? s.respondents.value : null]),
    ).toEqual([
      ['helse-og-omsorg', 6],
      ['oppvekst', null],
      ['kultur', null],
    ]);
    expect(digest.withheld).toEqual({
      cells: 1,
      questions: 1,
      dimensions: 0,
      sectors: 2,
      sectorParts: 2,
      participationSectors: 2,
    });
    // Once the open pulse has closed, it counts.
    world.clock.set('2025-03-26T08:00:00.000Z');
    const later = await world.core.digests.forMonth('2025-03');
    expect(later.dimensions.find((d) => d.dimension === 'risiko')?.result.shown).toBe(true);
  });

  it('builds the 12-month trend, and compares a statement with its last month and the window before', async () => {
    world = await createWorld({ now: '2025-04-02T08:00:00.000Z' });
    const people = await addPeople(world, null, 6);
    const months = ['2024-01', '2024-06', '2025-02', '2025-03'];
    const values = [2, 3, 4, 5] as const;
    for (const [i, month] of months.entries()) {
      await addPulse(world, {
        id: `p-${month}`,
        closesAt: `${month}-10T08:00:00.000Z`,
        people,
        answers: [{ questionId: 'pulse-nettverk-1', values: repeat(values[i] as 2, 6) }],
      });
    }
    const digest = await world.core.digests.forMonth('2025-03');
    // The statement: March against February (the last month that asked it) and against January 2024.
    expect(line(digest, 'pulse-nettverk-1')).toMatchObject({
      change: 1,
      changeFrom: { from: '2025-02', to: '2025-02' },
      baselineChange: 3,
      baselineMonth: '2024-01',
    });
    // The dimension: the window January–March 2025 (4 and 5), no answers in the window before it.
    const nettverk = digest.dimensions.find((d) => d.dimension === 'nettverk');
    expect(nettverk).toMatchObject({
      period: { from: '2025-01', to: '2025-03' },
      change: null,
      changeFrom: null,
    });
    expect(nettverk?.result.shown && nettverk.result.value.mean).toBe(4.5);
    expect(nettverk?.baselineChange).toBe(2.5);
    expect(nettverk?.baselineMonth).toBe('2024-01');
    expect(digest.baselineMonth).toBe('2024-01');
    expect(nettverk?.trend).toHaveLength(12);
    expect(nettverk?.trend[0]).toEqual({ month: '2024-04', mean: null });
    expect(nettverk?.trend.filter((p) => p.mean !== null)).toEqual([
      { month: '2024-06', mean: 3 },
      { month: '2024-07', mean: 3 },
      { month: '2024-08', mean: 3 },
      { month: '2025-02', mean: 4 },
      { month: '2025-03', mean: 4.5 },
    ]);
    expect(digest.index).toMatchObject({
      mean: 4.5,
      window: { from: '2025-01', to: '2025-03' },
      dimensions: 1,
      change: null,
      baselineChange: 2.5,
      baseline: { from: '2024-01', to: '2024-03' },
    });
  });

  it('ranks stories, scores the prize criteria, and builds the collaboration matrix', async () => {
    world = await createWorld({ now: '2025-04-02T08:00:00.000Z' });
    const { content } = world.t.store;
    const at = '2025-03-10T10:00:00.000Z';
    await content.addStory(
      buildStory({
        id: 's-full',
        phase: 'ny_praksis',
        inUse: true,
        canSpread: true,
        reactions: 1,
        sectors: ['helse-og-omsorg', 'teknisk'],
        createdAt: at,
      }),
    );
    await content.addStory(
      buildStory({
        id: 's-idea',
        phase: 'innsikt',
        inUse: false,
        canSpread: false,
        reactions: 9,
        sectors: ['oppvekst'],
        createdAt: at,
      }),
    );
    await content.addStory(
      buildStory({
        id: 's-pilot',
        phase: 'pilotering',
        inUse: false,
        canSpread: true,
        reactions: 2,
        sectors: ['oppvekst', 'teknisk', 'kultur'],
        createdAt: at,
      }),
    );
    await content.addNomination(
      buildNomination({
        id: 'n-ok',
        status: 'accepted',
        sectors: ['helse-og-omsorg', 'oppvekst'],
        createdAt: at,
      }),
    );
    await content.addNomination(
      buildNomination({
        id: 'n-wait',
        status: 'awaiting_consent',
        sectors: ['kultur', 'nav'],
        createdAt: at,
      }),
    );
    await content.addNomination(
      buildNomination({ id: 'n-no', status: 'declined', sectors: ['kultur', 'nav'], createdAt: at }),
    );
    const digest = await world.core.digests.forMonth('2025-03');
    expect(digest.stories.map((s) => s.id)).toEqual(['s-idea', 's-pilot', 's-full']);
    expect(digest.stories.map((s) => [s.id, s.prize])).toEqual([
      ['s-idea', { score: 0, met: [] }],
      ['s-pilot', { score: 3, met: ['nyhetsverdi', 'brukernytte', 'spredning'] }],
      ['s-full', { score: 5, met: ['nyhetsverdi', 'realisert', 'brukernytte', 'arbeidsmater', 'spredning'] }],
    ]);
    expect(digest.prizeRanking).toEqual(['s-full', 's-pilot', 's-idea']);
    expect(digest.prizeCandidates).toEqual(['s-full', 's-pilot']);
    expect(digest.nominations.map((n) => n.id)).toEqual(['n-ok']);
    const c = digest.collaboration;
    expect(c.sectors).toEqual(['helse-og-omsorg', 'oppvekst', 'teknisk', 'kultur']);
    expect(c.matrix).toEqual([
      [2, 1, 1, 0],
      [1, 3, 1, 1],
      [1, 1, 2, 1],
      [0, 1, 1, 1],
    ]);
    expect(c).toMatchObject({ items: 4, crossSector: 3 });
    expect(digest.activity.month).toEqual({ stories: 3, inUse: 1, spreading: 2, realisedBenefits: 1 });
  });

  it('carries open next steps until a lead marks them done, without sector on anonymous texts', async () => {
    world = await createWorld({ now: '2025-04-02T08:00:00.000Z' });
    const { content } = world.t.store;
    await content.addReflection(
      buildReflection({
        id: 'r-old',
        kind: 'learning',
        tryNext: 'Brukerpanel',
        nextStepOwner: 'Rådgiver',
        sector: 'kultur',
        createdAt: '2025-01-10T10:00:00.000Z',
      }),
    );
    await content.addReflection(
      buildReflection({
        id: 'r-now',
        kind: 'learning',
        text: 'Test tidlig',
        createdAt: '2025-03-10T10:00:00.000Z',
      }),
    );
    let digest = await world.core.digests.forMonth('2025-03');
    expect(digest.openNextSteps.map((r) => [r.id, r.sector])).toEqual([['r-old', null]]);
    expect(digest.learning.map((r) => r.id)).toEqual(['r-now']);
    expect(await world.core.digests.markNextStepDone('r-old')).toBe(true);
    expect(await world.core.digests.markNextStepDone('r-old')).toBe(false);
    digest = await world.core.digests.forMonth('2025-03');
    expect(digest.openNextSteps).toEqual([]);
  });

  it('reads a seeded year: a trend point for every month, the stories of the month and the activity of the year', async () => {
    world = await createWorld({ now: '2025-04-02T08:00:00.000Z' });
    await seedYear(world.t.store, '2025-03', '2025-03-01T00:00:00.000Z');
    const digest = await world.core.digests.forMonth('2025-03');
    expect(digest.index.trend.every((p) => p.mean !== null)).toBe(true);
    expect(digest.stories).toHaveLength(2);
    expect(digest.activity.last12Months.stories).toBe(24);
  });
});
