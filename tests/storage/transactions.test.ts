// Transactions on both stores: what a body writes is seen whole or not at all, from inside the same
// process as from another connection, and a body that runs again (PostgreSQL's serialization
// failures) repeats only its database work.
import { setTimeout as sleep } from 'node:timers/promises';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/ports.js';
import { buildPulse } from '../support/builders.js';
import { createTestStore, onPostgres, type TestStore } from '../support/database.js';

describe('store transactions', () => {
  let t: TestStore;
  afterEach(() => t.close());

  it('hides what a transaction wrote from the rest of the process until it commits, and for good when it rolls back', async () => {
    t = await createTestStore();
    const seen: unknown[] = [];
    const failing = t.store.transaction(async (tx) => {
      await tx.pulses.create(buildPulse({ id: 'uncommitted' }));
      // Held open while the rest of the process reads (a real body never waits on anything but the database).
      await sleep(50);
      throw new Error('rolled back');
    });
    seen.push(await t.store.pulses.get('uncommitted'));
    await expect(failing).rejects.toThrow('rolled back');
    seen.push(await t.store.pulses.get('uncommitted'));
    expect(seen).toEqual([undefined, undefined]);
  });

  it('lets calls outside a transaction go on while it is open, and shows its rows once committed', async () => {
    t = await createTestStore();
    await t.store.pulses.create(buildPulse({ id: 'before' }));
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const open = t.store.transaction(async (tx) => {
      await tx.pulses.create(buildPulse({ id: 'inside' }));
      await held;
      return 'committed';
    });
    // A write outside waits its turn on SQLite's one connection, and runs beside it on PostgreSQL:
    // either way it lands, and nothing of it joins the open transaction.
    const outside = t.store.pulses.create(buildPulse({ id: 'outside' }));
    release();
    expect(await open).toBe('committed');
    await outside;
    const ids = (await t.rows<{ id: string }>('SELECT id FROM pulses ORDER BY id')).map((row) => row.id);
    expect(ids).toEqual(['before', 'inside', 'outside']);
  });

  it('runs transactions of one process one after another with the same result as alone', async () => {
    t = await createTestStore();
    const log: string[] = [];
    const write = (name: string) =>
      t.store.transaction(async (tx) => {
        for (let i = 0; i < 3; i++) await tx.pulses.create(buildPulse({ id: `${name}-${i}` }));
        log.push(name);
      });
    await Promise.all(['a', 'b', 'c', 'd'].map(write));
    expect(log.sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(await t.rows('SELECT id FROM pulses')).toHaveLength(12);
  });

  it('resolves with what the body returned, once committed, and rejects with its error', async () => {
    t = await createTestStore();
    const answer = await t.store.transaction(async (tx) => {
      await tx.pulses.create(buildPulse({ id: 'r' }));
      return 42;
    });
    expect(answer).toBe(42);
    await expect(t.store.transaction(async () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect((await t.store.pulses.get('r'))?.id).toBe('r');
  });

  it.runIf(onPostgres)(
    'runs a body again after a serialization failure; what it wrote counts once',
    async () => {
      t = await createTestStore();
      const other = t.openStore();
      try {
        await t.store.pulses.create(buildPulse({ id: 'p' }));
        await t.store.results.create('p', '2026-01-01T00:00:00.000Z');
        let runs = 0;
        let firstReads = 0;
        // Four read-then-write bodies on two connections, each waiting after its first read until all
        // four have read: SERIALIZABLE lets one commit, the others fail and run again from the start.
        const bump = (store: Store) =>
          store.transaction(async (tx) => {
            runs += 1;
            const n = Number((await tx.results.get('p'))?.note ?? 0);
            if (firstReads < 4) {
              firstReads += 1;
              for (let waited = 0; firstReads < 4 && waited < 100; waited++) await sleep(20);
            }
            await tx.results.setNote('p', String(n + 1), '2026-01-01T00:00:00.000Z');
          });
        await Promise.all([bump(t.store), bump(other), bump(t.store), bump(other)]);
        expect((await t.store.results.get('p'))?.note).toBe('4');
        expect(runs).toBeGreaterThan(4);
      } finally {
        await other.close();
      }
    },
  );

  it.skipIf(onPostgres)(
    'while another process holds the write lock: a read answers at once, a write waits on a timer and then lands',
    async () => {
      t = await createTestStore();
      await t.store.pulses.create(buildPulse({ id: 'before' }));
      const blocker = new BetterSqlite3(t.path);
      blocker.exec('BEGIN IMMEDIATE');
      let ticks = 0;
      const ticker = setInterval(() => {
        ticks += 1;
      }, 5);
      try {
        expect((await t.store.pulses.get('before'))?.id).toBe('before');
        let landed = false;
        const write = t.store.pulses.create(buildPulse({ id: 'after' })).then(() => {
          landed = true;
        });
        // The loop keeps turning while the write waits (a busy_timeout would hold it in one statement).
        const ticksBefore = ticks;
        for (let waited = 0; ticks < ticksBefore + 5 && waited < 400; waited++) await sleep(5);
        expect(ticks).toBeGreaterThanOrEqual(ticksBefore + 5);
        expect(landed).toBe(false);
        blocker.exec('COMMIT');
        await write;
        expect((await t.store.pulses.get('after'))?.id).toBe('after');
      } finally {
        clearInterval(ticker);
        if (blocker.inTransaction) blocker.exec('ROLLBACK');
        blocker.close();
      }
    },
  );
});
