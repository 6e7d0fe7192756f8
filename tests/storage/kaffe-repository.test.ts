import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KaffePair } from '../../src/core/records.js';
import { createTestStore, type TestStore } from '../support/database.js';

const T0 = '2025-03-03T08:00:00.000Z';
const T1 = '2025-03-10T08:00:00.000Z';
const T2 = '2025-03-17T08:00:00.000Z';

function pair(overrides: Partial<KaffePair> = {}): KaffePair {
  return {
    id: 'pair-1',
    round: '2025-03-03',
    platform: 'slack',
    aKey: 'slack:UA',
    bKey: 'slack:UB',
    aSector: 'helse',
    bSector: 'oppvekst',
    aMet: null,
    bMet: null,
    createdAt: T0,
    ...overrides,
  };
}

const ids = (pairs: KaffePair[]) => pairs.map((p) => p.id).sort();

describe('kaffe repository', () => {
  let t: TestStore;
  beforeEach(async () => {
    t = await createTestStore();
  });
  afterEach(() => t.close());

  it('joins once; skipping the next round and rejoining clears the skip', async () => {
    const { kaffe } = t.store;
    expect(await kaffe.member('slack:UA')).toBeUndefined();
    expect(await kaffe.join('slack:UA', T0)).toBe(true);
    expect(await kaffe.member('slack:UA')).toEqual({ personKey: 'slack:UA', joinedAt: T0, skipNext: false });
    expect(await kaffe.join('slack:UA', T1)).toBe(false);

    expect(await kaffe.skipNext('slack:UA')).toBe(true);
    expect((await kaffe.member('slack:UA'))?.skipNext).toBe(true);
    expect(await kaffe.join('slack:UA', T1)).toBe(true);
    expect((await kaffe.member('slack:UA'))?.skipNext).toBe(false);
    expect(await kaffe.join('slack:UA', T2)).toBe(false);

    expect(await kaffe.skipNext('slack:UNOBODY')).toBe(false);
    expect(await kaffe.member('slack:UNOBODY')).toBeUndefined();
  });

  it('leaves: true once, false when not in', async () => {
    const { kaffe } = t.store;
    await kaffe.join('slack:UA', T0);
    await kaffe.join('slack:UB', T0);
    expect(await kaffe.leave('slack:UA')).toBe(true);
    expect(await kaffe.leave('slack:UA')).toBe(false);
    expect(await kaffe.member('slack:UA')).toBeUndefined();
    expect((await kaffe.members()).map((m) => m.personKey)).toEqual(['slack:UB']);
    expect(await kaffe.join('slack:UA', T1)).toBe(true);
  });

  it('lists members by person key', async () => {
    const { kaffe } = t.store;
    expect(await kaffe.members()).toEqual([]);
    await kaffe.join('teams:T1', T0);
    await kaffe.join('slack:UB', T1);
    await kaffe.join('slack:UA', T2);
    await kaffe.skipNext('slack:UB');
    expect(await kaffe.members()).toEqual([
      { personKey: 'slack:UA', joinedAt: T2, skipNext: false },
      { personKey: 'slack:UB', joinedAt: T1, skipNext: true },
      { personKey: 'teams:T1', joinedAt: T0, skipNext: false },
    ]);
  });

  it("stores a round's pairs and clears the skips of the members named", async () => {
    const { kaffe } = t.store;
    for (const key of ['slack:UA', 'slack:UB', 'slack:UC']) {
      await kaffe.join(key, T0);
      await kaffe.skipNext(key);
    }
    await kaffe.addRound(
      [pair(), pair({ id: 'pair-2', aKey: 'slack:UD', bKey: 'slack:UE' })],
      ['slack:UA', 'slack:UB'],
    );
    expect(await kaffe.getPair('pair-1')).toEqual(pair());
    expect(await kaffe.getPair('pair-2')).toEqual(pair({ id: 'pair-2', aKey: 'slack:UD', bKey: 'slack:UE' }));
    expect(await kaffe.getPair('pair-3')).toBeUndefined();
    expect((await kaffe.members()).map((m) => [m.personKey, m.skipNext])).toEqual([
      ['slack:UA', false],
      ['slack:UB', false],
      ['slack:UC', true],
    ]);
    // A round with nobody paired still clears the skips.
    await kaffe.addRound([], ['slack:UC']);
    expect((await kaffe.member('slack:UC'))?.skipNext).toBe(false);
  });

  it('gives the last rounds of a platform, newest first, and the pairs of some rounds', async () => {
    const { kaffe } = t.store;
    await kaffe.addRound(
      [
        pair({ id: 'm3-a', round: '2025-03-03' }),
        pair({ id: 'm3-b', round: '2025-03-03' }),
        pair({ id: 'm17', round: '2025-03-17' }),
        pair({ id: 'm10', round: '2025-03-10' }),
        pair({ id: 'teams-24', round: '2025-03-24', platform: 'teams' }),
      ],
      [],
    );
    expect(await kaffe.lastRounds('slack', 2)).toEqual(['2025-03-17', '2025-03-10']);
    expect(await kaffe.lastRounds('slack', 10)).toEqual(['2025-03-17', '2025-03-10', '2025-03-03']);
    expect(await kaffe.lastRounds('teams', 10)).toEqual(['2025-03-24']);
    expect(await kaffe.lastRounds('local', 10)).toEqual([]);

    expect(ids(await kaffe.pairsIn('slack', ['2025-03-03', '2025-03-17']))).toEqual(['m17', 'm3-a', 'm3-b']);
    expect(ids(await kaffe.pairsIn('slack', ['2025-03-24']))).toEqual([]);
    expect(ids(await kaffe.pairsIn('teams', ['2025-03-24']))).toEqual(['teams-24']);
    expect(await kaffe.pairsIn('slack', [])).toEqual([]);
  });

  it('records each side\'s answer to "did you meet?"', async () => {
    const { kaffe } = t.store;
    await kaffe.addRound([pair()], []);
    await kaffe.setMet('pair-1', 'a', true);
    expect(await kaffe.getPair('pair-1')).toMatchObject({ aMet: true, bMet: null });
    await kaffe.setMet('pair-1', 'b', false);
    expect(await kaffe.getPair('pair-1')).toMatchObject({ aMet: true, bMet: false });
    await kaffe.setMet('pair-1', 'a', false);
    expect(await kaffe.getPair('pair-1')).toMatchObject({ aMet: false, bMet: false });
  });

  it("finds pairs made within a half-open period, and a person's pairs by round", async () => {
    const { kaffe } = t.store;
    await kaffe.addRound(
      [
        pair({ id: 'r3', round: '2025-03-03', createdAt: T0 }),
        pair({ id: 'r17', round: '2025-03-17', createdAt: T2, aKey: 'slack:UC', bKey: 'slack:UA' }),
        pair({ id: 'r10', round: '2025-03-10', createdAt: T1, aKey: 'slack:UC', bKey: 'slack:UD' }),
      ],
      [],
    );
    expect(ids(await kaffe.pairsCreatedIn({ from: T0, to: T2 }))).toEqual(['r10', 'r3']);
    expect(ids(await kaffe.pairsCreatedIn({ from: T1, to: '2025-04-01T00:00:00.000Z' }))).toEqual([
      'r10',
      'r17',
    ]);
    expect((await kaffe.pairsOf('slack:UA')).map((p) => p.id)).toEqual(['r3', 'r17']);
    expect((await kaffe.pairsOf('slack:UC')).map((p) => p.id)).toEqual(['r10', 'r17']);
    expect(await kaffe.pairsOf('slack:UNOBODY')).toEqual([]);
  });

  it('forgets a person: leaves, cleared from earlier pairs, sectors and answers kept', async () => {
    const { kaffe } = t.store;
    await kaffe.join('slack:UA', T0);
    await kaffe.join('slack:UB', T0);
    await kaffe.addRound(
      [
        pair({ id: 'p1', aMet: true, bMet: true }),
        pair({ id: 'p2', round: '2025-03-10', aKey: 'slack:UC', bKey: 'slack:UA' }),
      ],
      [],
    );
    expect(await kaffe.forget('slack:UA')).toBe(3);
    expect(await kaffe.member('slack:UA')).toBeUndefined();
    expect(await kaffe.pairsOf('slack:UA')).toEqual([]);
    expect(await kaffe.getPair('p1')).toEqual(pair({ id: 'p1', aKey: null, aMet: true, bMet: true }));
    expect(await kaffe.getPair('p2')).toMatchObject({ aKey: 'slack:UC', bKey: null, bSector: 'oppvekst' });
    expect((await kaffe.members()).map((m) => m.personKey)).toEqual(['slack:UB']);
    expect(await kaffe.forget('slack:UA')).toBe(0);
  });

  it('deletes pairs made before the retention cut-off and counts them', async () => {
    const { kaffe } = t.store;
    await kaffe.addRound(
      [
        pair({ id: 'old', createdAt: T0 }),
        pair({ id: 'at-cut', createdAt: T1 }),
        pair({ id: 'new', createdAt: T2 }),
      ],
      [],
    );
    expect(await kaffe.deletePairsBefore(T1)).toBe(1);
    expect(await kaffe.getPair('old')).toBeUndefined();
    expect(ids(await kaffe.pairsCreatedIn({ from: T0, to: '2026-01-01T00:00:00.000Z' }))).toEqual([
      'at-cut',
      'new',
    ]);
    expect(await kaffe.deletePairsBefore(T1)).toBe(0);
  });
});
