import type { CoreContext } from '../context.js';
import type { ChatGateway, SendResult } from '../ports.js';
import type { Delivery } from '../records.js';
import { targetKey } from '../records.js';
import type { Platform } from '../vocabulary.js';
import type { PayloadRenderer } from './render-payload.js';

export const OUTBOX_POLICY = {
  batchSize: 50,
  leaseMs: 60_000,
  maxAttempts: 8,
  baseBackoffMs: 2_000,
  maxBackoffMs: 15 * 60_000,
} as const;

export interface DeliveryStats {
  sent: number;
  retried: number;
  failed: number;
  /** Sum of waits asked by HTTP 429 Retry-After, for /metrics. */
  rateLimitedMs: number;
}

/** Exponential backoff with full jitter; a platform's Retry-After wins when it asks for longer. */
export function backoffMs(attempt: number, retryAfterMs: number | undefined, random = Math.random): number {
  const exponential = Math.min(OUTBOX_POLICY.maxBackoffMs, OUTBOX_POLICY.baseBackoffMs * 2 ** (attempt - 1));
  const jittered = Math.round(exponential / 2 + (random() * exponential) / 2);
  return retryAfterMs !== undefined ? Math.max(retryAfterMs, 0) : jittered;
}

export function createOutboxWorker(
  ctx: CoreContext,
  render: PayloadRenderer,
  gateways: Partial<Record<Platform, ChatGateway>>,
) {
  const { store, logger } = ctx;
  const stats: DeliveryStats = { sent: 0, retried: 0, failed: 0, rateLimitedMs: 0 };

  async function deliverOne(delivery: Delivery): Promise<void> {
    const gateway = gateways[delivery.target.platform];
    const now = () => ctx.clock.now();
    if (!gateway) {
      store.outbox.markFailed(delivery.id, `no_gateway:${delivery.target.platform}`, now().toISOString());
      stats.failed += 1;
      return;
    }
    const idempotencyKey = `${delivery.dedupeKey}|${targetKey(delivery.target)}`;
    // A second attempt may follow a crash after the platform accepted the first one.
    if (delivery.attempts > 1 && gateway.wasSent) {
      const known = await gateway.wasSent(delivery.target, idempotencyKey).catch(() => 'unknown' as const);
      if (known === 'yes') {
        store.outbox.markSent(delivery.id, null, now().toISOString());
        stats.sent += 1;
        return;
      }
    }
    const message = render(delivery.payload, delivery.target);
    if (!message) {
      store.outbox.markFailed(delivery.id, 'nothing_to_send', now().toISOString());
      stats.failed += 1;
      return;
    }
    let result: SendResult;
    try {
      result = await gateway.send(delivery.target, message, idempotencyKey);
    } catch (error) {
      result = { ok: false, permanent: false, code: error instanceof Error ? error.message : String(error) };
    }
    settle(delivery, result, now());
  }

  function settle(delivery: Delivery, result: SendResult, at: Date): void {
    if (result.ok) {
      store.outbox.markSent(delivery.id, result.messageRef, at.toISOString());
      stats.sent += 1;
      return;
    }
    const fields = {
      id: delivery.id,
      target: targetKey(delivery.target),
      code: result.code,
      attempt: delivery.attempts,
    };
    if (result.permanent || delivery.attempts >= OUTBOX_POLICY.maxAttempts) {
      store.outbox.markFailed(delivery.id, result.code, at.toISOString());
      stats.failed += 1;
      logger.error('delivery failed for good', fields);
      return;
    }
    const wait = backoffMs(delivery.attempts, result.retryAfterMs);
    if (result.retryAfterMs !== undefined) stats.rateLimitedMs += result.retryAfterMs;
    store.outbox.retryLater(delivery.id, new Date(at.getTime() + wait).toISOString(), result.code);
    stats.retried += 1;
    logger.warn('delivery will be retried', { ...fields, waitMs: wait });
  }

  return {
    stats,
    /** Sends what is due, `concurrency` at a time per batch; returns how many were attempted. */
    async deliverDue(concurrency = 4): Promise<number> {
      const now = ctx.clock.now();
      const batch = store.outbox.claim(
        now.toISOString(),
        new Date(now.getTime() + OUTBOX_POLICY.leaseMs).toISOString(),
        OUTBOX_POLICY.batchSize,
      );
      for (let i = 0; i < batch.length; i += concurrency) {
        await Promise.all(batch.slice(i, i + concurrency).map(deliverOne));
      }
      return batch.length;
    },
  };
}

export type OutboxWorker = ReturnType<typeof createOutboxWorker>;
