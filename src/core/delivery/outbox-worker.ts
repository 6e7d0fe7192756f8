import type { CoreContext } from '../context.js';
import type { ChatGateway, SendResult } from '../ports.js';
import type { Delivery, Target } from '../records.js';
import { targetKey } from '../records.js';
import type { Platform } from '../vocabulary.js';
import { deliveredAudience } from './pulse-audience.js';
import type { PayloadRenderer } from './render-payload.js';
import { tellNominator } from './undelivered-consent.js';
import { isUpdate, updatePost } from './update-delivery.js';
import { createWorkerIdentity, type WorkerIdentity } from './worker-identity.js';

/**
 * What a log line says of a target: a channel by its id, a direct message only by platform. The
 * delivery id is enough to look it up (with the secret); a user id in the log beside a copy of the
 * database would name whoever the row next to a vote was for.
 */
function loggedTarget(target: Target): string {
  return target.kind === 'dm' ? `${target.platform}:dm` : targetKey(target);
}

const RECLAIM_EVERY_MS = 1_000;

export const OUTBOX_POLICY = {
  batchSize: 50,
  leaseMs: 60_000,
  maxAttempts: 8,
  baseBackoffMs: 2_000,
  maxBackoffMs: 15 * 60_000,
  /**
   * How long a shutdown waits for sends in flight: inside Docker's 10 s grace period. A send still
   * running then is left dispatched, in doubt, and looked up on the next start (never sent twice).
   */
  stopGraceMs: 7_000,
} as const;

/** The last outcome of a platform call per platform, for `/healthz` (no call per health check). */
export interface PlatformContact {
  lastOkAt: string | null;
  lastErrorAt: string | null;
  lastError: string | null;
}

export interface DeliveryStats {
  sent: number;
  retried: number;
  failed: number;
  /** Sum of waits asked by HTTP 429 Retry-After, for /metrics. */
  rateLimitedMs: number;
  /** Sum of all waits scheduled before a retry (backoff and Retry-After). */
  backoffMs: number;
  /** Retries by error code (rate_limited, http_500, ECONNRESET, …). */
  retriedByCode: Record<string, number>;
  /** In-doubt deliveries the platform confirmed it had (found by `wasSent`), so not sent again. */
  recovered: number;
  /** In-doubt deliveries on a platform that cannot look up: counted as sent, never sent twice. */
  assumedSent: number;
  /** Deliveries skipped because another worker had taken the lease over. */
  fenced: number;
  platforms: Partial<Record<Platform, PlatformContact>>;
}

/** Exponential backoff with full jitter; a platform's Retry-After wins when it asks for longer. */
export function backoffMs(attempt: number, retryAfterMs: number | undefined, random = Math.random): number {
  const exponential = Math.min(OUTBOX_POLICY.maxBackoffMs, OUTBOX_POLICY.baseBackoffMs * 2 ** (attempt - 1));
  const jittered = Math.round(exponential / 2 + (random() * exponential) / 2);
  return retryAfterMs !== undefined ? Math.max(retryAfterMs, 0) : jittered;
}

export interface OutboxWorkerOptions {
  identity?: WorkerIdentity;
  /** Overrides the backoff (tests); defaults to `backoffMs`. */
  backoff?: (attempt: number, retryAfterMs: number | undefined) => number;
}

/**
 * Exactly once per (occurrence, target): a row is leased by one worker (`claim`), marked dispatched
 * (fenced by attempts and owner) just before the platform call, and marked sent after it. A row
 * found dispatched without an outcome (crash, timeout) is in doubt: the platform is asked
 * (`wasSent`); a platform that cannot tell is assumed to have it, so nothing is ever posted twice.
 */
export function createOutboxWorker(
  ctx: CoreContext,
  render: PayloadRenderer,
  gateways: Partial<Record<Platform, ChatGateway>>,
  options: OutboxWorkerOptions = {},
) {
  const { store, logger } = ctx;
  const identity = options.identity ?? createWorkerIdentity();
  const wait = options.backoff ?? backoffMs;
  const stats: DeliveryStats = {
    sent: 0,
    retried: 0,
    failed: 0,
    rateLimitedMs: 0,
    backoffMs: 0,
    retriedByCode: {},
    recovered: 0,
    assumedSent: 0,
    fenced: 0,
    platforms: {},
  };
  /** Claims and sends under way: a shutdown waits for them (a claim's sends join before it ends). */
  const inFlight = new Set<Promise<unknown>>();
  let closed = false;
  /** Set when a shutdown stops waiting: rows claimed after that are not sent (their lease runs out). */
  let abandoned = false;
  let giveUp: () => void = () => {};
  /** Resolves when a shutdown stops waiting for the sends in flight. */
  const givenUp = new Promise<void>((resolve) => {
    giveUp = resolve;
  });
  const iso = () => ctx.clock.now().toISOString();

  function contact(platform: Platform, error: string | null): void {
    const entry = stats.platforms[platform] ?? { lastOkAt: null, lastErrorAt: null, lastError: null };
    stats.platforms[platform] = entry;
    if (error === null) entry.lastOkAt = iso();
    else {
      entry.lastErrorAt = iso();
      entry.lastError = error;
    }
  }

  /** In doubt: true when settled (found, or assumed sent), false to send again. */
  async function resolveDoubt(delivery: Delivery, gateway: ChatGateway, key: string): Promise<boolean> {
    let known: 'yes' | 'no' | 'unknown' = 'unknown';
    if (gateway.wasSent) {
      try {
        known = await gateway.wasSent(delivery.target, key, delivery.dispatchedAt ?? undefined);
      } catch (error) {
        // The lookup itself failed for now (rate limit, outage): ask again later, never guess.
        await retry(delivery, {
          ok: false,
          permanent: false,
          code: `lookup:${String(error)}`,
          inDoubt: true,
        });
        return true;
      }
    }
    if (known === 'no') return false;
    await store.outbox.markSent(delivery.id, null, iso(), await deliveredAudience(gateway, delivery, logger));
    stats.sent += 1;
    if (known === 'yes') stats.recovered += 1;
    else {
      stats.assumedSent += 1;
      logger.warn('delivery in doubt, assumed sent (the platform cannot be asked)', {
        id: delivery.id,
        target: loggedTarget(delivery.target),
      });
    }
    return true;
  }

  async function deliverOne(delivery: Delivery): Promise<void> {
    const gateway = gateways[delivery.target.platform];
    if (!gateway) {
      await failedForGood(delivery, `no_gateway:${delivery.target.platform}`);
      return;
    }
    const idempotencyKey = `${delivery.dedupeKey}|${targetKey(delivery.target)}`;
    const update = isUpdate(delivery.payload);
    if (!update && delivery.dispatchedAt && (await resolveDoubt(delivery, gateway, idempotencyKey))) return;
    const message = await render(delivery.payload, delivery.target);
    if (!message) {
      await failedForGood(delivery, 'nothing_to_send');
      return;
    }
    const now = ctx.clock.now();
    const lease = new Date(now.getTime() + OUTBOX_POLICY.leaseMs).toISOString();
    if (
      !(await store.outbox.markDispatched(
        delivery.id,
        delivery.attempts,
        identity.owner,
        now.toISOString(),
        lease,
      ))
    ) {
      stats.fenced += 1;
      return;
    }
    let result: SendResult;
    try {
      result = update
        ? await updatePost(store, gateway, delivery, message)
        : await gateway.send(delivery.target, message, idempotencyKey);
    } catch (error) {
      result = {
        ok: false,
        permanent: false,
        code: error instanceof Error ? error.message : String(error),
        inDoubt: true,
      };
    }
    contact(delivery.target.platform, result.ok ? null : result.code);
    const audience = result.ok ? await deliveredAudience(gateway, delivery, logger) : null;
    await settle(delivery, result, audience);
  }

  async function retry(delivery: Delivery, result: Extract<SendResult, { ok: false }>): Promise<void> {
    const fields = { id: delivery.id, target: loggedTarget(delivery.target), code: result.code };
    if (delivery.attempts >= OUTBOX_POLICY.maxAttempts) {
      await failedForGood(delivery, result.code);
      return;
    }
    const waitMs = wait(delivery.attempts, result.retryAfterMs);
    if (result.retryAfterMs !== undefined) stats.rateLimitedMs += result.retryAfterMs;
    stats.backoffMs += waitMs;
    const code = result.code.split(':')[0] ?? result.code;
    stats.retriedByCode[code] = (stats.retriedByCode[code] ?? 0) + 1;
    const next = new Date(ctx.clock.now().getTime() + waitMs).toISOString();
    await store.outbox.retryLater(delivery.id, next, result.code, result.inDoubt === true);
    stats.retried += 1;
    logger.warn('delivery will be retried', { ...fields, attempt: delivery.attempts, waitMs });
  }

  async function settle(delivery: Delivery, result: SendResult, audience: number | null): Promise<void> {
    if (result.ok) {
      await store.outbox.markSent(delivery.id, result.messageRef, iso(), audience);
      stats.sent += 1;
      return;
    }
    if (result.permanent) {
      await failedForGood(delivery, result.code);
      return;
    }
    await retry(delivery, result);
  }

  /** Marked failed, counted, logged; a nominee who could not be asked is reported to the nominator. */
  async function failedForGood(delivery: Delivery, code: string): Promise<void> {
    await store.outbox.markFailed(delivery.id, code, iso());
    stats.failed += 1;
    logger.error('delivery failed for good', {
      id: delivery.id,
      target: loggedTarget(delivery.target),
      code,
      attempt: delivery.attempts,
    });
    await tellNominator(ctx, delivery);
  }

  let lookedForDeadAt = Number.NEGATIVE_INFINITY;
  /**
   * Rows leased by a process of this host that is gone (kill -9) are taken over now, not after the
   * lease. Looked for at most once a second: a busy outbox drains many times a second.
   */
  async function reclaimDead(): Promise<void> {
    if (performance.now() - lookedForDeadAt < RECLAIM_EVERY_MS) return;
    lookedForDeadAt = performance.now();
    const dead = (await store.outbox.leaseOwners()).filter((owner) => identity.isDead(owner));
    if (dead.length === 0) return;
    // Expired a millisecond ago: `claim` takes leases that ended before its `now`, and within the
    // same millisecond a lease ending "now" would not be taken (then set to "now" again next round).
    const n = await store.outbox.expireLeases(dead, new Date(ctx.clock.now().getTime() - 1).toISOString());
    if (n > 0) logger.warn('took over deliveries of a stopped process', { rows: n, owners: dead.length });
  }

  function track<T>(work: Promise<T>): Promise<T> {
    inFlight.add(work);
    return work.finally(() => inFlight.delete(work));
  }

  return {
    stats,
    owner: identity.owner,
    /**
     * Claims up to `concurrency` due rows and sends them in parallel; returns how many were attempted
     * (0 when nothing is due or the worker is stopping). Callers loop until 0.
     */
    async deliverDue(concurrency = 4): Promise<number> {
      if (closed) return 0;
      // The claim is in flight too: a shutdown that begins while the database answers waits for it and
      // for its sends, which are tracked before the claim counts as done.
      const claimed = track(
        (async () => {
          await reclaimDead();
          const now = ctx.clock.now();
          const batch = await store.outbox.claim(
            now.toISOString(),
            new Date(now.getTime() + OUTBOX_POLICY.leaseMs).toISOString(),
            Math.min(concurrency, OUTBOX_POLICY.batchSize),
            identity.owner,
          );
          // Claimed after a shutdown gave up: not dispatched, not sent. The lease runs out (or the next
          // start takes it over at once, the owner being gone), so nothing is lost or sent twice.
          if (abandoned) return [];
          return batch.map((delivery) => track(deliverOne(delivery)));
        })(),
      );
      const sending = await Promise.race([claimed, givenUp.then(() => [])]);
      const sends = Promise.all(sending);
      // A shutdown that gives up on a send leaves it running: its late failure is nobody's to handle.
      sends.catch(() => {});
      await Promise.race([sends, givenUp]);
      return sending.length;
    },
    /**
     * Sends everything due, batch after batch: a batch smaller than `concurrency` was all there was
     * (what is queued meanwhile wakes the outbox again), so no claim is made only to find nothing.
     */
    async drain(concurrency = 4): Promise<void> {
      while ((await this.deliverDue(concurrency)) >= concurrency) {}
    },
    /**
     * Graceful shutdown: claims nothing new and waits for the sends in flight to be settled, for
     * `graceMs` at most; those still running stay dispatched, in doubt, for the next start to look up.
     */
    async stop(graceMs: number = OUTBOX_POLICY.stopGraceMs): Promise<void> {
      closed = true;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<'late'>((resolve) => {
        timer = setTimeout(() => resolve('late'), graceMs);
      });
      const settled = (async () => {
        // Again while anything is left: a claim that settles has added its sends.
        while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
      })();
      const outcome = await Promise.race([settled, late]);
      clearTimeout(timer);
      if (outcome === 'late') {
        logger.warn('shutdown: sends still in flight are left for the next start to look up', {
          sends: inFlight.size,
        });
      }
      abandoned = true;
      giveUp();
      identity.release();
    },
  };
}

export type OutboxWorker = ReturnType<typeof createOutboxWorker>;
