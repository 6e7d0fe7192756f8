// The wrappers around a transaction's handle (the outbox's wake-up, the write watch) are made once
// per handle, and each transaction still counts only what it did itself, on a real store.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createContext } from '../../src/core/context.js';
import type { Store } from '../../src/core/ports.js';
import { PLATFORM_CAPABILITIES } from '../../src/platform-capabilities.js';
import { watchWrites } from '../../src/storage/write-failures.js';
import { createTestStore, TEST_SECRET, type TestStore } from '../support/database.js';
import { createFakeClock } from '../support/fake-clock.js';
import { buildSettings, silentLogger } from '../support/test-core.js';

let t: TestStore | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const NOW = '2026-03-02T08:00:00.000Z';
const notice = (key: string) => ({
  dedupeKey: key,
  target: { platform: 'slack' as const, kind: 'channel' as const, id: 'CINNOVASJON' },
  payload: { type: 'notice' as const, textKey: 'pause.on' as const, params: {} },
  notBefore: NOW,
});
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a transaction handle wrapped once', () => {
  it('wakes the outbox after a transaction that queued a delivery, and not after one that did not', async () => {
    t = await createTestStore();
    const wake = vi.fn();
    const { store } = createContext({
      store: t.store,
      clock: createFakeClock(NOW),
      settings: buildSettings(),
      secret: TEST_SECRET,
      logger: silentLogger,
      capabilities: PLATFORM_CAPABILITIES,
      wakeOutbox: wake,
    });
    await store.transaction(async (tx) => {
      expect(await tx.outbox.enqueue(notice('first'), NOW)).toBe(true);
      await settled();
      // Not before the commit: the worker would find nothing yet.
      expect(wake).not.toHaveBeenCalled();
    });
    await settled();
    expect(wake).toHaveBeenCalledTimes(1);

    await store.transaction(async (tx) => tx.outbox.list({ status: 'pending', limit: 10 }));
    // Queued again under the same key: nothing new, nothing to wake for.
    await store.transaction(async (tx) => tx.outbox.enqueue(notice('first'), NOW));
    await settled();
    expect(wake).toHaveBeenCalledTimes(1);

    await store.transaction(async (tx) => tx.outbox.enqueue(notice('second'), NOW));
    await settled();
    expect(wake).toHaveBeenCalledTimes(2);
  });

  it('keeps a write problem through a transaction of other calls, and clears it when the failed call commits', async () => {
    t = await createTestStore();
    const real = t.store;
    let full = true;
    // The real store, its person write failing as on a full disk until `full` is false.
    const failing = (repos: Store): Store => ({
      ...repos,
      people: {
        ...repos.people,
        upsert: (person, now) =>
          full
            ? Promise.reject(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }))
            : repos.people.upsert(person, now),
      },
    });
    const watched = watchWrites({
      ...failing(real),
      transaction: (body, options) => real.transaction((tx) => body(failing(tx as Store)), options),
    });
    const person = { key: 'slack:UKARI' as const, displayName: 'Kari' };
    await expect(watched.store.transaction((tx) => tx.people.upsert(person, NOW))).rejects.toThrow(/full/);
    expect(watched.problem()).toBe('disk full');

    // A read proves nothing about writes, in a transaction of its own or beside other reads.
    await watched.store.transaction(async (tx) => {
      await tx.people.get('slack:UKARI');
      await tx.outbox.list({ status: 'pending', limit: 1 });
    });
    expect(watched.problem()).toBe('disk full');

    full = false;
    await watched.store.transaction((tx) => tx.people.upsert(person, NOW));
    expect(watched.problem()).toBeUndefined();
    expect((await real.people.get('slack:UKARI'))?.displayName).toBe('Kari');
  });
});
