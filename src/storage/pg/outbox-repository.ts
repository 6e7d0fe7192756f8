import { and, asc, count, eq, inArray, isNotNull, isNull, lt } from 'drizzle-orm';
import type { Delivery } from '../../core/records.js';
import { DELIVERY_STATUSES, type DeliveryStatus } from '../../core/vocabulary.js';
import type { InnerStore } from '../sealed/inner-store.js';
import { queuedRow, withTarget } from '../shared-rows.js';
import type { PgBridge } from './bridge.js';
import { changes, type PgOrm, run } from './orm.js';
import { deliveries } from './schema/index.js';

// The audience belongs to the pulse's response rate (`audiencesOf`), not to the delivery itself.
const toDelivery = ({ audience: _audience, ...row }: typeof deliveries.$inferSelect): Delivery =>
  withTarget(row);

const byDueThenId = (a: Delivery, b: Delivery) =>
  a.nextAttemptAt < b.nextAttemptAt ? -1 : a.nextAttemptAt > b.nextAttemptAt ? 1 : a.id - b.id;

// One statement: the due rows are locked as they are picked (rows another replica is claiming right
// now are skipped, not waited for) and leased in the same statement.
const CLAIM = `
  UPDATE deliveries SET status = 'sending', lease_until = $2, lease_owner = $3, attempts = attempts + 1
  WHERE id IN (
    SELECT id FROM deliveries
    WHERE (status = 'pending' AND next_attempt_at <= $1) OR (status = 'sending' AND lease_until < $1)
    ORDER BY next_attempt_at, id
    LIMIT $4
    FOR UPDATE SKIP LOCKED)
  RETURNING id`;

export function createPgOutboxRepository(orm: PgOrm, bridge: PgBridge): InnerStore['outbox'] {
  const byIds = (ids: number[]) =>
    run(orm.select().from(deliveries).where(inArray(deliveries.id, ids)))
      .map(toDelivery)
      .sort(byDueThenId);
  return {
    enqueue: (delivery, now) =>
      changes(orm.insert(deliveries).values(queuedRow(delivery, now)).onConflictDoNothing()) > 0,

    claim(now, leaseUntil, limit, owner = null) {
      if (limit <= 0) return [];
      const ids = (bridge.query(CLAIM, [now, leaseUntil, owner, limit]).rows as { id: number }[]).map(
        (r) => r.id,
      );
      return ids.length === 0 ? [] : byIds(ids);
    },

    // Fenced by attempts and owner: a worker whose lease was taken over must not send.
    markDispatched: (id, attempts, owner, at, leaseUntil) =>
      changes(
        orm
          .update(deliveries)
          .set({ dispatchedAt: at, leaseUntil })
          .where(
            and(
              eq(deliveries.id, id),
              eq(deliveries.status, 'sending'),
              eq(deliveries.attempts, attempts),
              owner === null ? isNull(deliveries.leaseOwner) : eq(deliveries.leaseOwner, owner),
            ),
          ),
      ) > 0,

    leaseOwners: () =>
      run(
        orm
          .selectDistinct({ owner: deliveries.leaseOwner })
          .from(deliveries)
          .where(and(eq(deliveries.status, 'sending'), isNotNull(deliveries.leaseOwner))),
      ).flatMap((row) => (row.owner ? [row.owner] : [])),

    expireLeases(owners, now) {
      if (owners.length === 0) return 0;
      return changes(
        orm
          .update(deliveries)
          .set({ leaseUntil: now })
          .where(and(eq(deliveries.status, 'sending'), inArray(deliveries.leaseOwner, owners))),
      );
    },

    markSent(id, messageRef, at, audience = null) {
      run(
        orm
          .update(deliveries)
          .set({ status: 'sent', messageRef, sentAt: at, leaseUntil: null, audience })
          .where(eq(deliveries.id, id)),
      );
    },

    retryLater(id, nextAttemptAt, error, inDoubt = false) {
      run(
        orm
          .update(deliveries)
          .set({
            status: 'pending',
            nextAttemptAt,
            lastError: error,
            leaseUntil: null,
            ...(inDoubt ? {} : { dispatchedAt: null }),
          })
          .where(eq(deliveries.id, id)),
      );
    },

    markFailed(id, error, at) {
      run(
        orm
          .update(deliveries)
          .set({ status: 'failed', lastError: error, leaseUntil: null, nextAttemptAt: at })
          .where(eq(deliveries.id, id)),
      );
    },

    list(filter = {}) {
      const query = orm.select().from(deliveries);
      const ordered = (filter.status ? query.where(eq(deliveries.status, filter.status)) : query).orderBy(
        asc(deliveries.id),
      );
      return (filter.limit !== undefined ? run(ordered.limit(filter.limit)) : run(ordered)).map(toDelivery);
    },

    counts() {
      const totals = Object.fromEntries(DELIVERY_STATUSES.map((status) => [status, 0])) as Record<
        DeliveryStatus,
        number
      >;
      const rows = run(
        orm.select({ status: deliveries.status, n: count() }).from(deliveries).groupBy(deliveries.status),
      );
      for (const row of rows) totals[row.status] = row.n;
      return totals;
    },

    pruneDirectMessages: (before) =>
      changes(
        orm
          .delete(deliveries)
          .where(
            and(
              eq(deliveries.targetKind, 'dm'),
              inArray(deliveries.status, ['sent', 'failed']),
              lt(deliveries.createdAt, before),
            ),
          ),
      ),

    directMessages: () =>
      run(
        orm
          .select({
            id: deliveries.id,
            dedupeKey: deliveries.dedupeKey,
            platform: deliveries.targetPlatform,
            targetId: deliveries.targetId,
          })
          .from(deliveries)
          .where(eq(deliveries.targetKind, 'dm')),
      ),

    postsOf: (dedupeKey) =>
      run(orm.select().from(deliveries).where(eq(deliveries.dedupeKey, dedupeKey))).map((row) => {
        const { target, status, messageRef } = toDelivery(row);
        return { target, status, messageRef };
      }),

    recordDelivered: (delivery, at, audience) =>
      changes(
        orm
          .insert(deliveries)
          .values({ ...queuedRow(delivery, at), status: 'sent', sentAt: at, audience })
          .onConflictDoNothing(),
      ) > 0,

    audiencesOf: (dedupeKey) =>
      run(
        orm
          .select({ audience: deliveries.audience })
          .from(deliveries)
          .where(and(eq(deliveries.dedupeKey, dedupeKey), eq(deliveries.status, 'sent'))),
      ).map((row) => row.audience),
  };
}
