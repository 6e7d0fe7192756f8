import { afterEach, describe, expect, it } from 'vitest';
import { createScheduler } from '../../src/scheduler/scheduler.js';
import { MINUTE } from '../support/fake-clock.js';
import { createTestCore, silentLogger, type TestCore } from '../support/test-core.js';

describe('duties across replicas', () => {
  let t: TestCore;
  afterEach(() => t.close());

  it('runs retention and the housekeeping jobs in one replica, and in another once the first is gone', async () => {
    t = await createTestCore({ start: '2026-03-10T06:00:00.000Z', settings: { schedules: [] } });
    {
      const a = createScheduler(t.core, silentLogger, undefined, { repository: t.store.duties, owner: 'a' });
      // The lease table is shared; which connection b asks through does not matter.
      const b = createScheduler(t.openCore(), silentLogger, undefined, {
        repository: t.store.duties,
        owner: 'b',
      });
      const first = [await a.tick(), await b.tick()];
      expect(first.filter((r) => r.retention !== undefined)).toHaveLength(1);
      expect(await a.duties()).toEqual({
        replica: 'a',
        held: [
          { name: 'housekeeping', token: 1, until: '2026-03-10T06:05:00.000Z' },
          { name: 'retention', token: 1, until: '2026-03-10T06:05:00.000Z' },
        ],
      });
      expect((await b.duties()).held).toEqual([]);

      // a stops ticking (kill -9): b takes the duties over when the lease has run out, not before.
      const taken: number[] = [];
      for (let minute = 1; minute <= 10; minute += 1) {
        t.clock.advance(MINUTE);
        await b.tick();
        if ((await b.duties()).held.length > 0) taken.push(minute);
      }
      expect(taken[0]).toBe(5);
      expect((await b.duties()).held.map((d) => [d.name, d.token])).toEqual([
        ['housekeeping', 2],
        ['retention', 2],
      ]);
      // The next day retention runs once more, in b (a is back but b renews first, and the duty is b's).
      t.clock.advance(24 * 60 * MINUTE);
      const nextDay = [await b.tick(), await a.tick()];
      expect(nextDay.map((r) => r.retention !== undefined)).toEqual([true, false]);
      expect((await b.duties()).held.map((d) => d.token)).toEqual([2, 2]);
      // A clean stop hands the duties on at once.
      await b.releaseDuties();
      await a.tick();
      expect((await a.duties()).held.map((d) => [d.name, d.token])).toEqual([
        ['housekeeping', 3],
        ['retention', 3],
      ]);
    }
  });
});
