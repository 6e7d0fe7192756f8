import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../support/database.js';

const T0 = '2025-03-03T08:00:00.000Z';
const T1 = '2025-03-03T08:01:00.000Z';
const T2 = '2025-03-03T08:02:00.000Z';

describe('inbound event repository', () => {
  let t: TestStore;
  beforeEach(async () => {
    t = await createTestStore();
  });
  afterEach(() => t.close());

  it('remembers a key once: true the first time, false for every retry', async () => {
    const { inbound } = t.store;
    expect(await inbound.seen('Ev01')).toBe(false);
    expect(await inbound.remember('Ev01', T0)).toBe(true);
    expect(await inbound.seen('Ev01')).toBe(true);
    expect(await inbound.remember('Ev01', T1)).toBe(false);
    expect(await inbound.seen('Ev02')).toBe(false);
    expect(await inbound.remember('Ev02', T1)).toBe(true);
    expect(await t.rows('SELECT key, received_at AS at FROM inbound_events ORDER BY key')).toEqual([
      { key: 'Ev01', at: T0 },
      { key: 'Ev02', at: T1 },
    ]);
  });

  it('tells a retry that reaches another process it was handled', async () => {
    // Another connection, as a second process has (closed with the test store).
    const other = t.openStore();
    expect(await t.store.inbound.remember('Ev01', T0)).toBe(true);
    expect(await other.inbound.seen('Ev01')).toBe(true);
    expect(await other.inbound.remember('Ev01', T1)).toBe(false);
  });

  it('forgets a key so it can be handled again, and only that key', async () => {
    const { inbound } = t.store;
    await inbound.remember('Ev01', T0);
    await inbound.remember('Ev02', T0);
    await inbound.forget('Ev01');
    expect(await inbound.seen('Ev01')).toBe(false);
    expect(await inbound.seen('Ev02')).toBe(true);
    expect(await inbound.remember('Ev01', T1)).toBe(true);
    await expect(inbound.forget('never-seen')).resolves.toBeUndefined();
    expect(await inbound.seen('Ev02')).toBe(true);
  });

  it('prunes keys received before the cut-off (the cut-off itself stays) and counts them', async () => {
    const { inbound } = t.store;
    await inbound.remember('old-1', T0);
    await inbound.remember('old-2', T0);
    await inbound.remember('at-cut', T1);
    await inbound.remember('new', T2);
    expect(await inbound.pruneBefore(T1)).toBe(2);
    expect(await inbound.seen('old-1')).toBe(false);
    expect(await inbound.seen('old-2')).toBe(false);
    expect(await inbound.seen('at-cut')).toBe(true);
    expect(await inbound.seen('new')).toBe(true);
    expect(await inbound.pruneBefore(T1)).toBe(0);
    expect(await inbound.remember('old-1', T2)).toBe(true);
  });
});
