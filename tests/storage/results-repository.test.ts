import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildPulse } from '../support/builders.js';
import { createTestStore, type TestStore } from '../support/database.js';

const T0 = '2025-03-05T08:00:00.000Z';
const T1 = '2025-03-06T08:00:00.000Z';
const T2 = '2025-03-07T08:00:00.000Z';

describe('pulse results repository', () => {
  let t: TestStore;
  beforeEach(async () => {
    t = await createTestStore();
    for (const id of ['due', 'noted', 'later', 'shared']) await t.store.pulses.create(buildPulse({ id }));
  });
  afterEach(() => t.close());

  it('creates one row per pulse and reads it back', async () => {
    const { results } = t.store;
    expect(await results.get('due')).toBeUndefined();
    expect(await results.create('due', T1)).toBe(true);
    expect(await results.create('due', T2)).toBe(false);
    expect(await results.get('due')).toEqual({
      pulseId: 'due',
      dueAt: T1,
      note: null,
      notedAt: null,
      sharedAt: null,
    });
    await results.setNote('due', 'Takk for svarene!', T0);
    expect(await results.get('due')).toMatchObject({ note: 'Takk for svarene!', notedAt: T0, dueAt: T1 });
  });

  it('is ready to share when due or given a note, until shared', async () => {
    const { results } = t.store;
    await results.create('due', T1);
    await results.create('noted', T2);
    await results.create('later', T2);
    await results.create('shared', T0);
    await results.setNote('noted', 'Vi tar det opp på neste møte.', T0);
    expect(await results.markShared('shared', T0)).toBe(true);

    const ready = async (now: string) => (await results.readyToShare(now)).map((r) => r.pulseId).sort();
    expect(await ready(T0)).toEqual(['noted']);
    expect(await ready(T1)).toEqual(['due', 'noted']);
    expect(await ready(T2)).toEqual(['due', 'later', 'noted']);
    expect((await results.readyToShare(T1)).find((r) => r.pulseId === 'noted')).toEqual({
      pulseId: 'noted',
      dueAt: T2,
      note: 'Vi tar det opp på neste møte.',
      notedAt: T0,
      sharedAt: null,
    });

    expect(await results.markShared('due', T1)).toBe(true);
    expect(await ready(T2)).toEqual(['later', 'noted']);
  });

  it('marks shared once: false when another process did already, or for no such row', async () => {
    const { results } = t.store;
    await results.create('due', T1);
    // Another connection, as a second process has (closed with the test store).
    const other = t.openStore();
    expect(await other.results.markShared('due', T1)).toBe(true);
    expect(await results.markShared('due', T2)).toBe(false);
    expect((await results.get('due'))?.sharedAt).toBe(T1);
    expect(await results.markShared('later', T1)).toBe(false);
    expect(await results.get('later')).toBeUndefined();
  });
});
