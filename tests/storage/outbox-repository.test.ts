import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewDelivery } from '../../src/core/ports.js';
import { createTestStore, type TestStore } from '../support/database.js';

const T0 = '2025-03-03T08:00:00.000Z';
const T1 = '2025-03-03T08:01:00.000Z';
const T2 = '2025-03-03T08:02:00.000Z';
const T3 = '2025-03-03T08:03:00.000Z';

function newDelivery(overrides: Partial<NewDelivery> = {}): NewDelivery {
  return {
    dedupeKey: 'weekly-reflection@2025-03-03',
    target: { platform: 'slack', kind: 'channel', id: 'C123' },
    payload: {
      type: 'reflection',
      questionId: 'oppmerksomhet',
      occurrenceKey: 'weekly-reflection@2025-03-03',
    },
    notBefore: T0,
    ...overrides,
  };
}

describe('outbox repository', () => {
  let t: TestStore;
  beforeEach(async () => {
    t = await createTestStore();
  });
  afterEach(() => t.close());

  it('prunes direct messages sent or failed before the cut, and nothing else', async () => {
    const { outbox } = t.store;
    const dm = (dedupeKey: string) =>
      newDelivery({ dedupeKey, target: { platform: 'slack', kind: 'dm', id: 'U0DM' } });
    await outbox.enqueue(dm('old-sent'), T0);
    await outbox.enqueue(dm('old-failed'), T0);
    await outbox.enqueue(dm('old-pending'), T0);
    await outbox.enqueue(dm('new-sent'), T2);
    await outbox.enqueue(newDelivery({ dedupeKey: 'old-channel' }), T0);
    const id = async (key: string) => (await outbox.list()).find((d) => d.dedupeKey === key)?.id as number;
    await outbox.markSent(await id('old-sent'), 'D1:1.0', T1);
    await outbox.markFailed(await id('old-failed'), 'user_not_found', T1);
    await outbox.markSent(await id('new-sent'), 'D1:2.0', T3);
    await outbox.markSent(await id('old-channel'), 'C123:1.0', T1);

    expect(await outbox.pruneDirectMessages(T1)).toBe(2);
    expect((await outbox.list()).map((d) => d.dedupeKey).sort()).toEqual([
      'new-sent',
      'old-channel',
      'old-pending',
    ]);
    expect((await outbox.list()).find((d) => d.dedupeKey === 'new-sent')?.target.id).toBe('U0DM');
  });

  it('queues each (dedupe key, target) once', async () => {
    const { outbox } = t.store;
    expect(await outbox.enqueue(newDelivery(), T0)).toBe(true);
    expect(await outbox.enqueue(newDelivery({ payload: { type: 'pulse', pulseId: 'x' } }), T1)).toBe(false);
    expect(
      await outbox.enqueue(newDelivery({ target: { platform: 'teams', kind: 'channel', id: 'C123' } }), T0),
    ).toBe(true);
    expect(
      await outbox.enqueue(newDelivery({ target: { platform: 'slack', kind: 'dm', id: 'C123' } }), T0),
    ).toBe(true);
    expect(await outbox.enqueue(newDelivery({ dedupeKey: 'other' }), T0)).toBe(true);
    expect(await outbox.list()).toHaveLength(4);
    expect((await outbox.list())[0]).toEqual({
      id: expect.any(Number),
      dedupeKey: 'weekly-reflection@2025-03-03',
      target: { platform: 'slack', kind: 'channel', id: 'C123' },
      payload: {
        type: 'reflection',
        questionId: 'oppmerksomhet',
        occurrenceKey: 'weekly-reflection@2025-03-03',
      },
      status: 'pending',
      attempts: 0,
      nextAttemptAt: T0,
      leaseUntil: null,
      leaseOwner: null,
      dispatchedAt: null,
      lastError: null,
      messageRef: null,
      createdAt: T0,
      sentAt: null,
    });
  });

  it('claims only due rows, in due order, and leases them', async () => {
    const { outbox } = t.store;
    await outbox.enqueue(newDelivery({ dedupeKey: 'later', notBefore: T2 }), T0);
    await outbox.enqueue(newDelivery({ dedupeKey: 'second', notBefore: T1 }), T0);
    await outbox.enqueue(newDelivery({ dedupeKey: 'first', notBefore: T0 }), T0);

    const claimed = await outbox.claim(T1, T3, 10);
    expect(claimed.map((d) => d.dedupeKey)).toEqual(['first', 'second']);
    expect(claimed.every((d) => d.status === 'sending' && d.leaseUntil === T3 && d.attempts === 1)).toBe(
      true,
    );
    expect(await outbox.claim(T1, T3, 10)).toEqual([]);
    expect((await outbox.claim(T2, T3, 1)).map((d) => d.dedupeKey)).toEqual(['later']);
    expect(await outbox.claim(T2, T3, 0)).toEqual([]);
  });

  it('claims a sending row again once its lease has expired', async () => {
    const { outbox } = t.store;
    await outbox.enqueue(newDelivery(), T0);
    const [first] = await outbox.claim(T0, T1, 5);
    expect(first?.attempts).toBe(1);
    expect(await outbox.claim(T1, T2, 5)).toEqual([]);
    const again = await outbox.claim(T2, T3, 5);
    expect(again.map((d) => d.id)).toEqual([first?.id]);
    expect(again[0]).toMatchObject({ status: 'sending', attempts: 2, leaseUntil: T3 });
  });

  it("keeps a pulse post's audience with the post: only delivered posts count, once per target", async () => {
    const { outbox } = t.store;
    const pulse = (id: string) =>
      newDelivery({ dedupeKey: 'p@1', target: { platform: 'slack', kind: 'channel', id } });
    await outbox.enqueue(pulse('C1'), T0);
    await outbox.enqueue(pulse('C2'), T0);
    await outbox.enqueue(pulse('C3'), T0);
    expect(await outbox.audiencesOf('p@1')).toEqual([]);
    const [one, two] = await outbox.claim(T0, T1, 2);
    if (!one || !two) throw new Error('expected two claims');
    await outbox.markSent(one.id, null, T1, 15);
    await outbox.markSent(two.id, null, T1, null);
    // C3 is still on its way: not counted (nobody was asked there yet).
    expect([...(await outbox.audiencesOf('p@1'))].sort()).toEqual([15, null]);
    // An import records a post as delivered, once.
    expect(await outbox.recordDelivered(pulse('C4'), T0, 10)).toBe(true);
    expect(await outbox.recordDelivered(pulse('C4'), T0, 99)).toBe(false);
    expect([...(await outbox.audiencesOf('p@1'))].sort()).toEqual([10, 15, null]);
    expect((await outbox.list()).every((d) => !('audience' in d))).toBe(true);
  });

  it('marks sent, retries later and fails, and counts by status', async () => {
    const { outbox } = t.store;
    await outbox.enqueue(newDelivery({ dedupeKey: 'a' }), T0);
    await outbox.enqueue(newDelivery({ dedupeKey: 'b' }), T0);
    await outbox.enqueue(newDelivery({ dedupeKey: 'c' }), T0);
    await outbox.enqueue(newDelivery({ dedupeKey: 'd' }), T0);
    const [a, b, c] = await outbox.claim(T0, T1, 3);
    if (!a || !b || !c) throw new Error('expected three claims');

    await outbox.markSent(a.id, '1741000000.000100', T0);
    await outbox.retryLater(b.id, T2, 'rate_limited');
    await outbox.markFailed(c.id, 'channel_not_found', T0);

    const byKey = Object.fromEntries((await outbox.list()).map((d) => [d.dedupeKey, d]));
    expect(byKey.a).toMatchObject({
      status: 'sent',
      messageRef: '1741000000.000100',
      sentAt: T0,
      leaseUntil: null,
    });
    expect(byKey.b).toMatchObject({
      status: 'pending',
      nextAttemptAt: T2,
      lastError: 'rate_limited',
      leaseUntil: null,
    });
    expect(byKey.c).toMatchObject({ status: 'failed', lastError: 'channel_not_found', leaseUntil: null });
    expect(await outbox.counts()).toEqual({ pending: 2, sending: 0, sent: 1, failed: 1 });
    expect((await outbox.list({ status: 'pending' })).map((d) => d.dedupeKey)).toEqual(['b', 'd']);
    expect((await outbox.list({ limit: 1 })).map((d) => d.dedupeKey)).toEqual(['a']);

    expect((await outbox.claim(T1, T3, 5)).map((d) => d.dedupeKey)).toEqual(['d']);
    const retried = await outbox.claim(T2, T3, 5);
    expect(retried.map((d) => [d.dedupeKey, d.attempts])).toEqual([['b', 2]]);
  });

  it('never hands the same row to two connections on the same file', async () => {
    for (let i = 0; i < 20; i++) await t.store.outbox.enqueue(newDelivery({ dedupeKey: `occ-${i}` }), T0);
    const otherStore = t.openStore();
    try {
      const seen: number[] = [];
      for (;;) {
        const mine = await t.store.outbox.claim(T1, T3, 3);
        const theirs = await otherStore.outbox.claim(T1, T3, 2);
        if (mine.length === 0 && theirs.length === 0) break;
        seen.push(...mine.map((d) => d.id), ...theirs.map((d) => d.id));
      }
      expect(seen).toHaveLength(20);
      expect(new Set(seen).size).toBe(20);
    } finally {
      await otherStore.close();
    }
  });

  it('never hands the same row to two processes claiming at the same time', async () => {
    const total = 300;
    await t.store.transaction(async (tx) => {
      for (let i = 0; i < total; i++) await tx.outbox.enqueue(newDelivery({ dedupeKey: `occ-${i}` }), T0);
    });
    const worker = fileURLToPath(new URL('./claim-worker.ts', import.meta.url));
    const startAt = String(Date.now() + 2500);
    const run = promisify(execFile);
    const results = await Promise.all(
      [1, 2, 3, 4].map(() => run(process.execPath, ['--import', 'tsx', worker, t.path, startAt])),
    );
    const perWorker = results.map((r) => JSON.parse(r.stdout) as number[]);
    const all = perWorker.flat();
    expect(all).toHaveLength(total);
    expect(new Set(all).size).toBe(total);
    expect((await t.store.outbox.counts()).sending).toBe(total);
    expect((await t.store.outbox.list()).every((d) => d.attempts === 1)).toBe(true);
  });

  it('records a dispatch only for the lease holder of this attempt', async () => {
    const { outbox } = t.store;
    await outbox.enqueue(newDelivery({ dedupeKey: 'a' }), T0);
    await outbox.enqueue(newDelivery({ dedupeKey: 'b' }), T0);
    const [a, b] = await outbox.claim(T0, T1, 2, 'w1');
    if (!a || !b) throw new Error('expected two claims');
    expect(await outbox.markDispatched(a.id, 2, 'w1', T0, T2)).toBe(false);
    expect(await outbox.markDispatched(a.id, 1, 'w2', T0, T2)).toBe(false);
    expect(await outbox.markDispatched(a.id, 1, null, T0, T2)).toBe(false);
    expect(await outbox.markDispatched(a.id, 1, 'w1', T0, T2)).toBe(true);
    expect((await outbox.list())[0]).toMatchObject({ dispatchedAt: T0, leaseUntil: T2, leaseOwner: 'w1' });
    // b's lease ran out and another worker took it: the first may no longer send.
    const [again] = await outbox.claim(T2, T3, 5, 'w2');
    expect(again).toMatchObject({ id: b.id, attempts: 2, leaseOwner: 'w2' });
    expect(await outbox.markDispatched(b.id, 1, 'w1', T2, T3)).toBe(false);
    expect(await outbox.markDispatched(b.id, 2, 'w2', T2, T3)).toBe(true);
    await outbox.markSent(b.id, null, T2);
    expect(await outbox.markDispatched(b.id, 2, 'w2', T2, T3)).toBe(false);
    await outbox.enqueue(newDelivery({ dedupeKey: 'c' }), T0);
    const [c] = await outbox.claim(T2, T3, 1);
    expect(await outbox.markDispatched(c?.id as number, 1, null, T2, T3)).toBe(true);
    expect(await outbox.markDispatched(9999, 1, null, T2, T3)).toBe(false);
  });

  it('names the owners of rows being sent and ends the leases of dead ones at once', async () => {
    const { outbox } = t.store;
    for (const key of ['a', 'b', 'c', 'd', 'e']) await outbox.enqueue(newDelivery({ dedupeKey: key }), T0);
    expect(await outbox.leaseOwners()).toEqual([]);
    await outbox.claim(T0, T3, 2, 'w1');
    const [c] = await outbox.claim(T0, T3, 1, 'w2');
    const [d] = await outbox.claim(T0, T3, 1, 'w3');
    await outbox.claim(T0, T3, 1);
    await outbox.markSent(d?.id as number, null, T0);
    expect((await outbox.leaseOwners()).sort()).toEqual(['w1', 'w2']);
    expect(await outbox.expireLeases([], T1)).toBe(0);
    expect(await outbox.expireLeases(['w1', 'w3', 'gone'], T1)).toBe(2);
    expect((await outbox.list({ status: 'sending' })).map((r) => [r.dedupeKey, r.leaseUntil])).toEqual([
      ['a', T1],
      ['b', T1],
      ['c', T3],
      ['e', T3],
    ]);
    expect((await outbox.claim(T2, T3, 10, 'w4')).map((r) => r.dedupeKey)).toEqual(['a', 'b']);
    expect(c?.dedupeKey).toBe('c');
    expect((await outbox.leaseOwners()).sort()).toEqual(['w2', 'w4']);
  });

  it('lists every post under a dedupe key with its target, status, platform reference and last error', async () => {
    const { outbox } = t.store;
    const dm = { platform: 'slack', kind: 'dm', id: 'U0DM' } as const;
    const other = { platform: 'slack', kind: 'channel', id: 'C0GONE' } as const;
    await outbox.enqueue(newDelivery({ dedupeKey: 'p@1' }), T0);
    await outbox.enqueue(newDelivery({ dedupeKey: 'p@1', target: dm }), T0);
    await outbox.enqueue(newDelivery({ dedupeKey: 'p@1', target: other }), T0);
    await outbox.enqueue(newDelivery({ dedupeKey: 'p@2' }), T0);
    const rows = (await outbox.list()).filter((d) => d.dedupeKey === 'p@1');
    const idOf = (id: string) => rows.find((d) => d.target.id === id)?.id as number;
    await outbox.markSent(idOf(newDelivery().target.id), 'C123:1741.0001', T1);
    await outbox.retryLater(idOf('U0DM'), T2, 'rate_limited');
    await outbox.markFailed(idOf('C0GONE'), 'not_in_channel', T1);
    const posts = await outbox.postsOf('p@1');
    expect(posts.sort((x, y) => x.target.id.localeCompare(y.target.id))).toEqual([
      { target: other, status: 'failed', messageRef: null, lastError: 'not_in_channel' },
      { target: newDelivery().target, status: 'sent', messageRef: 'C123:1741.0001', lastError: null },
      { target: dm, status: 'pending', messageRef: null, lastError: 'rate_limited' },
    ]);
    expect(await outbox.postsOf('none')).toEqual([]);
  });
});
