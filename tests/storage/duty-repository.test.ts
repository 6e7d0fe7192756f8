import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../support/database.js';

const T0 = '2026-03-10T10:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

describe('duty leases', () => {
  let t: TestStore;
  beforeEach(async () => {
    t = await createTestStore();
  });
  afterEach(() => t.close());

  it('gives a duty to one replica until its lease runs out, then to another with a higher token', async () => {
    const { duties } = t.store;
    expect(await duties.acquire('retention', 'a', at(5), at(0))).toEqual({ token: 1 });
    expect(await duties.acquire('retention', 'b', at(6), at(1))).toBeNull();
    // The holder renews without a takeover: the token stays.
    expect(await duties.acquire('retention', 'a', at(7), at(2))).toEqual({ token: 1 });
    expect(await duties.acquire('retention', 'b', at(11), at(6))).toBeNull();
    expect(await duties.held('a', at(6))).toEqual([{ name: 'retention', token: 1, until: at(7) }]);
    expect(await duties.held('b', at(6))).toEqual([]);
    // a died at minute 2: from minute 7 on the lease is b's.
    expect(await duties.acquire('retention', 'b', at(12), at(7))).toEqual({ token: 2 });
    expect(await duties.held('a', at(7))).toEqual([]);
    expect(await duties.acquire('retention', 'a', at(13), at(8))).toBeNull();
    expect(await duties.held('b', at(8))).toEqual([{ name: 'retention', token: 2, until: at(12) }]);
  });

  it('hands a released duty on at once and keeps each duty apart', async () => {
    const { duties } = t.store;
    expect(await duties.acquire('retention', 'a', at(5), at(0))).toEqual({ token: 1 });
    expect(await duties.acquire('housekeeping', 'b', at(5), at(0))).toEqual({ token: 1 });
    await duties.release('retention', 'b');
    expect(await duties.acquire('retention', 'c', at(6), at(1))).toBeNull();
    await duties.release('retention', 'a');
    expect(await duties.held('a', at(1))).toEqual([]);
    expect(await duties.acquire('retention', 'c', at(6), at(1))).toEqual({ token: 2 });
    expect((await duties.held('b', at(1))).map((d) => d.name)).toEqual(['housekeeping']);
  });

  it('lets exactly one of several connections take a free duty', async () => {
    const others = [1, 2, 3].map(() => t.openStore());
    try {
      const stores = [t.store, ...others];
      for (let round = 0; round < 20; round += 1) {
        const now = at(round * 10);
        // All at once, as replicas would ask.
        const leases = await Promise.all(
          stores.map((store, i) =>
            store.duties.acquire(`duty-${round}`, `replica-${i}`, at(round * 10 + 5), now),
          ),
        );
        expect(leases.filter((lease) => lease !== null)).toHaveLength(1);
      }
    } finally {
      for (const other of others) await other.close();
    }
  });
});
