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
  beforeEach(() => {
    t = createTestStore();
  });
  afterEach(() => t.close());

  it('prunes direct messages sent or failed before the cut, and nothing else', () => {
    const { outbox } = t.store;
    const dm = (dedupeKey: string) =>
      newDelivery({ dedupeKey, target: { platform: 'slack', kind: 'dm', id: 'U0DM' } });
    outbox.enqueue(dm('old-sent'), T0);
    outbox.enqueue(dm('old-failed'), T0);
    outbox.enqueue(dm('old-pending'), T0);
    outbox.enqueue(dm('new-sent'), T2);
    outbox.enqueue(newDelivery({ dedupeKey: 'old-channel' }), T0);
    const id = (key: string) => outbox.list().find((d) => d.dedupeKey === key)?.id as number;
    outbox.markSent(id('old-sent'), 'D1:1.0', T1);
    outbox.markFailed(id('old-failed'), 'user_not_found', T1);
    outbox.markSent(id('new-sent'), 'D1:2.0', T3);
    outbox.markSent(id('old-channel'), 'C123:1.0', T1);

    expect(outbox.pruneDirectMessages(T1)).toBe(2);
    expect(
      outbox
        .list()
        .map((d) => d.dedupeKey)
        .sort(),
    ).toEqual(['new-sent', 'old-channel', 'old-pending']);
    expect(outbox.list().find((d) => d.dedupeKey === 'new-sent')?.target.id).toBe('U0DM');
  });

  it('queues each (dedupe key, target) once', () => {
    const { outbox } = t.store;
    expect(outbox.enqueue(newDelivery(), T0)).toBe(true);
    expect(outbox.enqueue(newDelivery({ payload: { type: 'pulse', pulseId: 'x' } }), T1)).toBe(false);
    expect(
      outbox.enqueue(newDelivery({ target: { platform: 'teams', kind: 'channel', id: 'C123' } }), T0),
    ).toBe(true);
    expect(outbox.enqueue(newDelivery({ target: { platform: 'slack', kind: 'dm', id: 'C123' } }), T0)).toBe(
      true,
    );
    expect(outbox.enqueue(newDelivery({ dedupeKey: 'other' }), T0)).toBe(true);
    expect(outbox.list()).toHaveLength(4);
    expect(outbox.list()[0]).toEqual({
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

  it('claims only due rows, in due order, and leases them', () => {
    const { outbox } = t.store;
    outbox.enqueue(newDelivery({ dedupeKey: 'later', notBefore: T2 }), T0);
    outbox.enqueue(newDelivery({ dedupeKey: 'second', notBefore: T1 }), T0);
    outbox.enqueue(newDelivery({ dedupeKey: 'first', notBefore: T0 }), T0);

    const claimed = outbox.claim(T1, T3, 10);
    expect(claimed.map((d) => d.dedupeKey)).toEqual(['first', 'second']);
    expect(claimed.every((d) => d.status === 'sending' && d.leaseUntil === T3 && d.attempts === 1)).toBe(
      true,
    );
    expect(outbox.claim(T1, T3, 10)).toEqual([]);
    expect(outbox.claim(T2, T3, 1).map((d) => d.dedupeKey)).toEqual(['later']);
    expect(outbox.claim(T2, T3, 0)).toEqual([]);
  });

  it('claims a sending row again once its lease has expired', () => {
    const { outbox } = t.store;
    outbox.enqueue(newDelivery(), T0);
    const [first] = outbox.claim(T0, T1, 5);
    expect(first?.attempts).toBe(1);
    expect(outbox.claim(T1, T2, 5)).toEqual([]);
    const again = outbox.claim(T2, T3, 5);
    expect(again.map((d) => d.id)).toEqual([first?.id]);
    expect(again[0]).toMatchObject({ status: 'sending', attempts: 2, leaseUntil: T3 });
  });

  it("keeps a pulse post's audience with the post: only delivered posts count, once per target", () => {
    const { outbox } = t.store;
    const pulse = (id: string) =>
      newDelivery({ dedupeKey: 'p@1', target: { platform: 'slack', kind: 'channel', id } });
    outbox.enqueue(pulse('C1'), T0);
    outbox.enqueue(pulse('C2'), T0);
    outbox.enqueue(pulse('C3'), T0);
    expect(outbox.audiencesOf('p@1')).toEqual([]);
    const [one, two] = outbox.claim(T0, T1, 2);
    if (!one || !two) throw new Error('expected two claims');
    outbox.markSent(one.id, null, T1, 15);
    outbox.markSent(two.id, null, T1, null);
    // C3 is still on its way: not counted (nobody was asked there yet).
    expect([...outbox.audiencesOf('p@1')].sort()).toEqual([15, null]);
    // An import records a post as delivered, once.
    expect(outbox.recordDelivered(pulse('C4'), T0, 10)).toBe(true);
    expect(outbox.recordDelivered(pulse('C4'), T0, 99)).toBe(false);
    expect([...outbox.audiencesOf('p@1')].sort()).toEqual([10, 15, null]);
    expect(outbox.list().every((d) => !('audience' in d))).toBe(true);
  });

  it('marks sent, retries later and fails, and counts by status', () => {
    const { outbox } = t.store;
    outbox.enqueue(newDelivery({ dedupeKey: 'a' }), T0);
    outbox.enqueue(newDelivery({ dedupeKey: 'b' }), T0);
    outbox.enqueue(newDelivery({ dedupeKey: 'c' }), T0);
    outbox.enqueue(newDelivery({ dedupeKey: 'd' }), T0);
    const [a, b, c] = outbox.claim(T0, T1, 3);
    if (!a || !b || !c) throw new Error('expected three claims');

    outbox.markSent(a.id, '1741000000.000100', T0);
    outbox.retryLater(b.id, T2, 'rate_limited');
    outbox.markFailed(c.id, 'channel_not_found', T0);

    const byKey = Object.fromEntries(outbox.list().map((d) => [d.dedupeKey, d]));
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
    expect(outbox.counts()).toEqual({ pending: 2, sending: 0, sent: 1, failed: 1 });
    expect(outbox.list({ status: 'pending' }).map((d) => d.dedupeKey)).toEqual(['b', 'd']);
    expect(outbox.list({ limit: 1 }).map((d) => d.dedupeKey)).toEqual(['a']);

    expect(outbox.claim(T1, T3, 5).map((d) => d.dedupeKey)).toEqual(['d']);
    const retried = outbox.claim(T2, T3, 5);
    expect(retried.map((d) => [d.dedupeKey, d.attempts])).toEqual([['b', 2]]);
  });

  it('never hands the same row to two connections on the same file', () => {
    for (let i = 0; i < 20; i++) t.store.outbox.enqueue(newDelivery({ dedupeKey: `occ-${i}` }), T0);
    const otherStore = t.openStore();
    try {
      const seen: number[] = [];
      for (;;) {
        const mine = t.store.outbox.claim(T1, T3, 3);
        const theirs = otherStore.outbox.claim(T1, T3, 2);
        if (mine.length === 0 && theirs.length === 0) break;
        seen.push(...mine.map((d) => d.id), ...theirs.map((d) => d.id));
      }
      expect(seen).toHaveLength(20);
      expect(new Set(seen).size).toBe(20);
    } finally {
      otherStore.close();
    }
  });

  it('never hands the same row to two processes claiming at the same time', async () => {
    const total = 300;
    t.store.transaction(() => {
      for (let i = 0; i < total; i++) t.store.outbox.enqueue(newDelivery({ dedupeKey: `occ-${i}` }), T0);
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
    expect(t.store.outbox.counts().sending).toBe(total);
    expect(t.store.outbox.list().every((d) => d.attempts === 1)).toBe(true);
  });
});
