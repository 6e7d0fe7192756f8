// The outbox's update path on a real database: an update waits for the post it replaces, gives up
// when that post failed or the platform cannot update, and is made again (not looked up) when in doubt.
import { afterEach, expect, it } from 'vitest';
import type { Message } from '../../src/core/message.js';
import type { ChatGateway, SendResult } from '../../src/core/ports.js';
import type { Target } from '../../src/core/records.js';
import { MINUTE } from '../support/fake-clock.js';
import { createTestCore, INNOVASJON, type TestCore } from '../support/test-core.js';

let t: TestCore;
afterEach(() => t?.close());

const row = async (key: string) =>
  (await t.rows('SELECT status, last_error AS error, attempts FROM deliveries WHERE dedupe_key = ?', key))[0];

function gateway(options: { update?: boolean; post?: () => SendResult } = {}) {
  const updates: { ref: string; message: Message }[] = [];
  let updateCalls = 0;
  const gw: ChatGateway & { updates: typeof updates; calls: () => number } = {
    platform: 'local',
    updates,
    calls: () => updateCalls,
    async send() {
      return options.post?.() ?? { ok: true, messageRef: 'ref-1' };
    },
  };
  if (options.update !== false)
    gw.update = async (_target: Target, ref: string, message: Message) => {
      updateCalls += 1;
      // The first update is lost after the platform made it: in doubt.
      if (updateCalls === 1) return { ok: false, permanent: false, code: 'ECONNRESET', inDoubt: true };
      updates.push({ ref, message });
      return { ok: true, messageRef: ref };
    };
  return gw;
}

async function queue(pulseId: string): Promise<void> {
  const now = t.clock.now().toISOString();
  await t.store.outbox.enqueue(
    { dedupeKey: 'post@1', target: INNOVASJON, payload: { type: 'pulse', pulseId }, notBefore: now },
    now,
  );
  await t.store.outbox.enqueue(
    {
      dedupeKey: 'closed:1',
      target: INNOVASJON,
      payload: { type: 'pulseClosed', pulseId, postKey: 'post@1' },
      notBefore: now,
    },
    now,
  );
}

async function openPulse(): Promise<string> {
  return (await t.core.pulses.open({ occurrenceKey: 'post@1', statements: 2, openHours: 1 })).id;
}

async function drainAll(gw: ChatGateway, rounds = 6): Promise<void> {
  const worker = t.core.outboxWorker({ local: gw });
  for (let i = 0; i < rounds; i++) {
    while ((await worker.deliverDue()) > 0) {}
    t.clock.advance(20 * MINUTE);
  }
  await worker.stop();
}

it('updates the post by its platform reference, again after an update in doubt', async () => {
  t = await createTestCore();
  await queue(await openPulse());
  const gw = gateway();
  await drainAll(gw);
  expect(await row('closed:1')).toMatchObject({ status: 'sent' });
  expect(gw.calls()).toBe(2);
  expect(gw.updates).toHaveLength(1);
  expect(gw.updates[0]?.ref).toBe('ref-1');
  expect(gw.updates[0]?.message.blocks.some((b) => b.type === 'scale')).toBe(false);
});

it('waits for a post still on its way, and gives up when the post failed for good', async () => {
  t = await createTestCore();
  await queue(await openPulse());
  let posts = 0;
  const gw = gateway({
    post: () =>
      ++posts <= 2 ? { ok: false, permanent: false, code: 'http_500' } : { ok: true, messageRef: 'ref-9' },
  });
  await drainAll(gw);
  expect(await row('post@1')).toMatchObject({ status: 'sent' });
  expect(await row('closed:1')).toMatchObject({ status: 'sent' });
  expect(gw.updates.map((u) => u.ref)).toEqual(['ref-9']);

  await t.close();
  t = await createTestCore();
  await queue(await openPulse());
  await drainAll(gateway({ post: () => ({ ok: false, permanent: true, code: 'channel_not_found' }) }));
  expect(await row('closed:1')).toMatchObject({ status: 'failed', error: 'nothing_to_update' });
});

it('a platform that cannot update marks the update failed, never posts it anew', async () => {
  t = await createTestCore();
  await queue(await openPulse());
  let posts = 0;
  await drainAll(gateway({ update: false, post: () => ({ ok: true, messageRef: `ref-${++posts}` }) }));
  expect(posts).toBe(1);
  expect(await row('closed:1')).toMatchObject({ status: 'failed', error: 'update_unsupported' });
});
