import { and, asc, count, eq, inArray, isNotNull, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { NewDelivery } from '../core/ports.js';
import type { Delivery } from '../core/records.js';
import { DELIVERY_STATUSES, type DeliveryStatus } from '../core/vocabulary.js';
import type { Database } from './database.js';
import { immediate, type Orm } from './orm.js';
import { deliveries } from './schema/index.js';
import type { InnerStore } from './sealed/inner-store.js';
import { queuedRow, withTarget } from './shared-rows.js';

// The audience belongs to the pulse's response rate (`audiencesOf`), not to the delivery itself.
const toDelivery = ({ audience: _audience, ...row }: typeof deliveries.$inferSelect): Delivery =>
  withTarget(row);

export function createOutboxRepository(orm: Orm, db: Database): InnerStore['outbox'] {
  return {
    enqueue(delivery: NewDelivery, now: string): boolean {
      const result = orm.insert(deliveries).values(queuedRow(delivery, now)).onConflictDoNothing().run();
      return result.changes > 0;
    },

    // BEGIN IMMEDIATE takes the write lock before the SELECT, so two processes cannot both see a row
    // as due: the second waits (busy_timeout) and then sees it leased.
    claim(now: string, leaseUntil: string, limit: number, owner: string | null = null): Delivery[] {
      if (limit <= 0) return [];
      return immediate(db, () => {
        const due = orm
          .select({ id: deliveries.id })
          .from(deliveries)
          .where(
            or(
              and(eq(deliveries.status, 'pending'), lte(deliveries.nextAttemptAt, now)),
              and(eq(deliveries.status, 'sending'), lt(deliveries.leaseUntil, now)),
            ),
          )
          .orderBy(asc(deliveries.nextAttemptAt), asc(deliveries.id))
          .limit(limit)
          .all()
          .map((row) => row.id);
        if (due.length === 0) return [];
        orm
          .update(deliveries)
          .set({
            status: 'sending',
            leaseUntil,
            leaseOwner: owner,
            attempts: sql`${deliveries.attempts} + 1`,
          })
          .where(inArray(deliveries.id, due))
          .run();
        return orm
          .select()
          .from(deliveries)
          .where(inArray(deliveries.id, due))
          .orderBy(asc(deliveries.nextAttemptAt), asc(deliveries.id))
          .all()
          .map(toDelivery);
      });
    },

    // Fenced by attempts and owner: a worker whose lease was taken over (it was too slow, or a second
    // process reclaimed it) must not send.
    markDispatched(
      id: number,
      attempts: number,
      owner: string | null,
      at: string,
      leaseUntil: string,
    ): boolean {
      const fence = owner === null ? isNull(deliveries.leaseOwner) : eq(deliveries.leaseOwner, owner);
      return (
        orm
          .update(deliveries)
          .set({ dispatchedAt: at, leaseUntil })
          .where(
            and(
              eq(deliveries.id, id),
              eq(deliveries.status, 'sending'),
              eq(deliveries.attempts, attempts),
              fence,
            ),
          )
          .run().changes > 0
      );
    },

    leaseOwners(): string[] {
      return orm
        .selectDistinct({ owner: deliveries.leaseOwner })
        .from(deliveries)
        .where(and(eq(deliveries.status, 'sending'), isNotNull(deliveries.leaseOwner)))
        .all()
        .flatMap((row) => (row.owner ? [row.owner] : []));
    },

    expireLeases(owners: string[], now: string): number {
      if (owners.length === 0) return 0;
      return orm
        .update(deliveries)
        .set({ leaseUntil: now })
        .where(and(eq(deliveries.status, 'sending'), inArray(deliveries.leaseOwner, owners)))
        .run().changes;
    },

    markSent(id: number, messageRef: string | null, at: string, audience: number | null = null): void {
      orm
        .update(deliveries)
        .set({ status: 'sent', messageRef, sentAt: at, leaseUntil: null, audience })
        .where(eq(deliveries.id, id))
        .run();
    },

    retryLater(id: number, nextAttemptAt: string, error: string, inDoubt = false): void {
      orm
        .update(deliveries)
        .set({
          status: 'pending',
          nextAttemptAt,
          lastError: error,
          leaseUntil: null,
          ...(inDoubt ? {} : { dispatchedAt: null }),
        })
        .where(eq(deliveries.id, id))
        .run();
    },

    // There is no failed_at column; the attempt time is kept in next_attempt_at so the row still says when.
    markFailed(id: number, error: string, at: string): void {
      orm
        .update(deliveries)
        .set({ status: 'failed', lastError: error, leaseUntil: null, nextAttemptAt: at })
        .where(eq(deliveries.id, id))
        .run();
    },

    list(filter: { status?: DeliveryStatus; limit?: number } = {}): Delivery[] {
      const query = orm.select().from(deliveries);
      const filtered = filter.status ? query.where(eq(deliveries.status, filter.status)) : query;
      const ordered = filtered.orderBy(asc(deliveries.id));
      return (filter.limit !== undefined ? ordered.limit(filter.limit) : ordered).all().map(toDelivery);
    },

    counts(): Record<DeliveryStatus, number> {
      const totals = Object.fromEntries(DELIVERY_STATUSES.map((status) => [status, 0])) as Record<
        DeliveryStatus,
        number
      >;
      const rows = orm
        .select({ status: deliveries.status, n: count() })
        .from(deliveries)
        .groupBy(deliveries.status)
        .all();
      for (const row of rows) totals[row.status] = row.n;
      return totals;
    },

    pruneDirectMessages(before: string): number {
      return orm
        .delete(deliveries)
        .where(
          and(
            eq(deliveries.targetKind, 'dm'),
            inArray(deliveries.status, ['sent', 'failed']),
            lt(deliveries.createdAt, before),
          ),
        )
        .run().changes;
    },

    directMessages() {
      return orm
        .select({
          id: deliveries.id,
          dedupeKey: deliveries.dedupeKey,
          platform: deliveries.targetPlatform,
          targetId: deliveries.targetId,
        })
        .from(deliveries)
        .where(eq(deliveries.targetKind, 'dm'))
        .all();
    },

    postsOf(dedupeKey: string) {
      return orm
        .select()
        .from(deliveries)
        .where(eq(deliveries.dedupeKey, dedupeKey))
        .all()
        .map((row) => {
          const { target, status, messageRef } = toDelivery(row);
          return { target, status, messageRef };
        });
    },

    recordDelivered(delivery: NewDelivery, at: string, audience: number | null): boolean {
      const row = { ...queuedRow(delivery, at), status: 'sent' as const, sentAt: at, audience };
      return orm.insert(deliveries).values(row).onConflictDoNothing().run().changes > 0;
    },

    audiencesOf(dedupeKey: string) {
      return orm
        .select({ audience: deliveries.audience })
        .from(deliveries)
        .where(and(eq(deliveries.dedupeKey, dedupeKey), eq(deliveries.status, 'sent')))
        .all()
        .map((row) => row.audience);
    },
  };
}
