import { afterEach, describe, expect, it } from 'vitest';
import { OUTBOX_POLICY } from '../../src/core/delivery/outbox-worker.js';
import type { Message } from '../../src/core/message.js';
import type { ChatGateway, SendResult } from '../../src/core/ports.js';
import { type Target, targetKey } from '../../src/core/records.js';
import type { Platform } from '../../src/core/vocabulary.js';
import { createLocalGateway } from '../../src/local/local-gateway.js';
import { MINUTE } from '../support/fake-clock.js';
import { buildSchedule, createTestCore, type TestCore } from '../support/test-core.js';

interface Sent {
  target: string;
  idempotencyKey: string;
}

interface FakeGateway extends ChatGateway {
  sent: Sent[];
}

/** What the platform has received; it outlives any one process, like Slack or Teams would. */
function createPlatformRecord(): Sent[] {
  return [];
}

/**
 * A gateway that records every send in `record`. With `crashAfter: k` the process "dies" at the k-th
 * send: the platform got that message, but the call never returns, nor does any later one.
 */
function createFakeGateway(
  options: {
    platform?: Platform;
    record?: Sent[];
    crashAfter?: number;
    withWasSent?: boolean;
    respond?: (attempt: number) => SendResult;
  } = {},
): FakeGateway {
  const record = options.record ?? createPlatformRecord();
  let attempts = 0;
  let crashed = false;
  const gateway: FakeGateway = {
    platform: options.platform ?? 'slack',
    sent: record,
    async send(target: Target, _message: Message, idempotencyKey: string): Promise<SendResult> {
      if (crashed) return new Promise<SendResult>(() => {});
      attempts += 1;
      const result = options.respond?.(attempts) ?? { ok: true, messageRef: `ts-${attempts}` };
      if (result.ok) record.push({ target: targetKey(target), idempotencyKey });
      if (options.crashAfter !== undefined && record.length >= options.crashAfter) {
        crashed = true;
        return new Promise<SendResult>(() => {});
      }
      return result;
    },
  };
  if (options.withWasSent) {
    gateway.wasSent = async (target, idempotencyKey) =>
      record.some((s) => s.target === targetKey(target) && s.idempotencyKey === idempotencyKey)
        ? 'yes'
        : 'no';
  }
  return gateway;
}

const channels = (platform: Platform, n: number): Target[] =>
  Array.from({ length: n }, (_, i) => ({
    platform,
    kind: 'channel',
    id: `C${String(i + 1).padStart(4, '0')}`,
  }));

/**
 * Until the abandoned worker's sends have got as far as `reached` says: polled, not slept for, so a
 * slow machine or a database across the network waits longer instead of failing.
 */
async function settle(reached: () => boolean | Promise<boolean>): Promise<void> {
  for (const started = Date.now(); !(await reached()); ) {
    if (Date.now() - started > 30_000) throw new Error('the worker never got that far');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Sends until nothing is due, as the running app does; never returns once the gateway has "crashed". */
async function drain(worker: { deliverDue(): Promise<number> }): Promise<void> {
  while ((await worker.deliverDue()) > 0) {}
}

describe('outbox worker', () => {
  let t: TestCore;
  afterEach(() => t.close());

  async function queue(targets: Target[]): Promise<void> {
    const schedule = buildSchedule({ targets });
    expect((await t.core.occurrences.fire(schedule, t.clock.now())).queued).toBe(targets.length);
  }
  const rows = async (status?: string) =>
    (
      await t.rows<{
        status: string;
        attempts: number;
        next_attempt_at: string;
        last_error: string | null;
      }>('SELECT status, attempts, next_attempt_at, last_error FROM deliveries')
    ).filter((row) => status === undefined || row.status === status);

  it('resends only the unsent rows after a crash mid fan-out when the gateway can tell (wasSent)', async () => {
    t = await createTestCore();
    const targets = channels('slack', 10);
    await queue(targets);
    const platform = createPlatformRecord();
    const crashing = createFakeGateway({ record: platform, crashAfter: 6, withWasSent: true });
    void drain(t.core.outboxWorker({ slack: crashing }));
    await settle(() => platform.length >= 6);
    expect(platform).toHaveLength(6);
    expect((await rows('sent')).length).toBeLessThan(6);

    // A restarted process (its own connection) takes the abandoned rows over once their lease has run out.
    t.clock.advance(OUTBOX_POLICY.leaseMs + 1);
    const restarted = t.openCore();
    await drain(
      restarted.outboxWorker({ slack: createFakeGateway({ record: platform, withWasSent: true }) }),
    );

    const received = platform.map((s) => s.target).sort();
    expect(received).toEqual(targets.map(targetKey).sort());
    expect(await rows('sent')).toHaveLength(10);
  });

  it('stops within its grace period while a send never answers; the next start looks it up and sends it once', async () => {
    t = await createTestCore();
    const targets = channels('slack', 3);
    await queue(targets);
    const platform = createPlatformRecord();
    const hanging = createFakeGateway({ record: platform, crashAfter: 1, withWasSent: true });
    const worker = t.core.outboxWorker({ slack: hanging });
    const draining = drain(worker);
    await settle(() => platform.length >= 1);
    await worker.stop(50);
    // The drain loop ends too: a stopping process claims nothing more.
    await draining;
    expect((await rows('sending')).length).toBeGreaterThan(0);

    // The next start takes the rows of the stopped worker over at once (its owner is gone; the fake
    // clock stands still, so within the same millisecond) and looks each one up before sending.
    const restarted = t.openCore();
    await drain(
      restarted.outboxWorker({ slack: createFakeGateway({ record: platform, withWasSent: true }) }),
    );
    expect(platform.map((s) => s.target).sort()).toEqual(targets.map(targetKey).sort());
    expect(await rows('sent')).toHaveLength(3);
  });

  it('leaves exactly one feed entry per target with the local gateway after a crash mid fan-out', async () => {
    t = await createTestCore();
    const targets = [...channels('local', 6), { platform: 'local', kind: 'dm', id: 'kari' } as const];
    await queue(targets);
    const local = createLocalGateway(t.store.feed, t.clock);
    let sends = 0;
    // The real local gateway in a process that dies after its third send was written to the feed: that
    // send and every later one reach the feed, but none of them returns.
    const crashing: ChatGateway = {
      platform: 'local',
      async send(target, message, key) {
        sends += 1;
        const result = await local.send(target, message, key);
        return sends >= 3 ? new Promise<SendResult>(() => {}) : result;
      },
    };
    void drain(t.core.outboxWorker({ local: crashing }));
    const feedCount = async () =>
      (await t.rows<{ n: number }>('SELECT count(*) AS n FROM feed_entries'))[0]?.n ?? 0;
    await settle(async () => (await feedCount()) >= 3);
    expect(await feedCount()).toBeGreaterThanOrEqual(3);
    expect((await rows('sent')).length).toBeLessThan(await feedCount());

    t.clock.advance(OUTBOX_POLICY.leaseMs + 1);
    const restarted = t.openCore();
    await drain(restarted.outboxWorker({ local: createLocalGateway(t.store.feed, t.clock) }));
    // A direct message's person is sealed in the feed: each target's entries are read through the store.
    expect(await feedCount()).toBe(targets.length);
    for (const target of targets) {
      const scope = target.kind === 'dm' ? { dmUser: target.id } : { channel: target.id };
      expect(await t.store.feed.list(scope), `${target.kind}:${target.id}`).toHaveLength(1);
    }
    expect(await rows('sent')).toHaveLength(targets.length);
    // The feed itself is idempotent: sending an entry again under its key adds nothing.
    const [entry] = await t.store.feed.list({ channel: 'C0001' });
    if (!entry) throw new Error('no feed entry for C0001');
    await createLocalGateway(t.store.feed, t.clock).send(entry.target, entry.message, entry.idempotencyKey);
    expect(await feedCount()).toBe(targets.length);
  });

  it('waits as long as a 429 Retry-After asks, not less', async () => {
    t = await createTestCore();
    await queue(channels('slack', 1));
    const gateway = createFakeGateway({
      respond: (attempt) =>
        attempt === 1
          ? { ok: false, permanent: false, code: 'rate_limited', retryAfterMs: 30_000 }
          : { ok: true, messageRef: 'ts-2' },
    });
    const worker = t.core.outboxWorker({ slack: gateway });
    const start = t.clock.now().getTime();
    expect(await worker.deliverDue()).toBe(1);
    expect((await rows())[0]).toMatchObject({ status: 'pending', last_error: 'rate_limited' });
    expect(Date.parse((await rows())[0]?.next_attempt_at ?? '')).toBe(start + 30_000);

    t.clock.advance(29_999);
    expect(await worker.deliverDue()).toBe(0);
    expect(gateway.sent).toHaveLength(0);
    t.clock.advance(1);
    expect(await worker.deliverDue()).toBe(1);
    expect(gateway.sent).toHaveLength(1);
    expect((await rows())[0]?.status).toBe('sent');
    expect(worker.stats.rateLimitedMs).toBe(30_000);
  });

  it('marks a permanent error failed and never retries it', async () => {
    t = await createTestCore();
    await queue(channels('slack', 1));
    let calls = 0;
    const gateway = createFakeGateway({
      respond: () => {
        calls += 1;
        return { ok: false, permanent: true, code: 'channel_not_found' };
      },
    });
    const worker = t.core.outboxWorker({ slack: gateway });
    await worker.deliverDue();
    for (let i = 0; i < 5; i += 1) {
      t.clock.advance(60 * MINUTE);
      expect(await worker.deliverDue()).toBe(0);
    }
    expect(calls).toBe(1);
    expect(await rows()).toEqual([
      expect.objectContaining({ status: 'failed', attempts: 1, last_error: 'channel_not_found' }),
    ]);
  });

  it('retries transient errors with growing backoff, never early, and fails after maxAttempts', async () => {
    t = await createTestCore();
    await queue(channels('slack', 1));
    let calls = 0;
    const gateway = createFakeGateway({
      respond: () => {
        calls += 1;
        return { ok: false, permanent: false, code: 'service_unavailable' };
      },
    });
    const worker = t.core.outboxWorker({ slack: gateway });
    const waits: number[] = [];
    expect(await worker.deliverDue()).toBe(1);
    for (
      let guard = 0;
      guard < 3 * OUTBOX_POLICY.maxAttempts && (await rows())[0]?.status === 'pending';
      guard += 1
    ) {
      const due = Date.parse((await rows())[0]?.next_attempt_at ?? '');
      waits.push(due - t.clock.now().getTime());
      t.clock.set(new Date(due - 1));
      expect(await worker.deliverDue()).toBe(0);
      t.clock.set(new Date(due));
      expect(await worker.deliverDue()).toBe(1);
    }
    expect(calls).toBe(OUTBOX_POLICY.maxAttempts);
    expect(await rows()).toEqual([
      expect.objectContaining({
        status: 'failed',
        attempts: OUTBOX_POLICY.maxAttempts,
        last_error: 'service_unavailable',
      }),
    ]);
    expect(waits).toHaveLength(OUTBOX_POLICY.maxAttempts - 1);
    for (let i = 1; i < waits.length; i += 1) expect(waits[i]).toBeGreaterThanOrEqual(waits[i - 1] as number);
    expect(waits[0]).toBeGreaterThanOrEqual(OUTBOX_POLICY.baseBackoffMs / 2);
    expect(waits.at(-1)).toBeGreaterThan(16 * (waits[0] as number));
    t.clock.advance(24 * 60 * MINUTE);
    expect(await worker.deliverDue()).toBe(0);
  });
});
