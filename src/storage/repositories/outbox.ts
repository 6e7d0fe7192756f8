import { and, asc, count, eq, inArray, isNotNull, isNull, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Delivery } from '../../core/records.js';
import { DELIVERY_STATUSES, type DeliveryStatus } from '../../core/vocabulary.js';
import { anyChanged, type Kit, p, placeholders, rowsChanged, run } from '../kit.js';
import type { InnerRepositories } from '../sealed/inner-store.js';
import { queuedRow, withTarget } from '../shared-rows.js';

type DeliveryRow = Kit['t']['deliveries']['$inferSelect'];

// The audience belongs to the pulse's response rate (`audiencesOf`), not to the delivery itself.
const toDelivery = ({ audience: _audience, ...row }: DeliveryRow): Delivery => withTarget(row);

const byDueThenId = (a: Delivery, b: Delivery) =>
  a.nextAttemptAt < b.nextAttemptAt ? -1 : a.nextAttemptAt > b.nextAttemptAt ? 1 : a.id - b.id;

/**
 * One statement leases the due rows it picks, so two workers never both take a row. SQLite runs it as
 * one write transaction, and it has one writer: a second process waits, then sees the rows leased.
 * PostgreSQL locks the rows as they are picked; rows another replica is claiming right now are skipped
 * rather than waited for, which needs `FOR UPDATE SKIP LOCKED` (PostgreSQL only, hence the branch).
 */
function claimStatement(kit: Kit) {
  const { db, prepared } = kit;
  const { deliveries } = kit.t;
  const now = p('now');
  const due = db
    .select({ id: deliveries.id })
    .from(deliveries)
    .where(
      or(
        and(eq(deliveries.status, 'pending'), lte(deliveries.nextAttemptAt, now)),
        and(eq(deliveries.status, 'sending'), lt(deliveries.leaseUntil, now)),
      ),
    )
    .orderBy(asc(deliveries.nextAttemptAt), asc(deliveries.id))
    .limit(p('limit'));
  const picked = kit.dialect === 'postgres' ? due.for('update', { skipLocked: true }) : due;
  const claim = prepared(() =>
    db
      .update(deliveries)
      .set({
        status: 'sending',
        leaseUntil: sql`${p('leaseUntil')}`,
        leaseOwner: sql`${p('owner')}`,
        attempts: sql`${deliveries.attempts} + 1`,
      })
      .where(inArray(deliveries.id, picked))
      .returning(),
  );
  return async (
    now: string,
    leaseUntil: string,
    limit: number,
    owner: string | null,
  ): Promise<Delivery[]> => {
    const leased = await claim({ now, leaseUntil, limit, owner });
    // RETURNING gives no order: the claimed rows go out in the order they were due.
    return leased.map(toDelivery).sort(byDueThenId);
  };
}

/** The statements every delivery runs (queued, claimed, dispatched, sent): built once (see prepared.ts). */
function deliveryStatements(kit: Kit) {
  const { db, prepared } = kit;
  const { deliveries } = kit.t;
  // `set` takes a value or SQL, not a bare placeholder.
  const set = (name: string) => sql`${p(name)}`;
  const dispatched = (fence: SQL) =>
    prepared(() =>
      db
        .update(deliveries)
        .set({ dispatchedAt: set('at'), leaseUntil: set('leaseUntil') })
        .where(
          and(
            eq(deliveries.id, p('id')),
            eq(deliveries.status, 'sending'),
            eq(deliveries.attempts, p('attempts')),
            fence,
          ),
        ),
    );
  return {
    enqueue: prepared(() =>
      db
        .insert(deliveries)
        .values(
          placeholders(
            'dedupeKey targetPlatform targetKind targetId payload status attempts nextAttemptAt createdAt',
          ),
        )
        .onConflictDoNothing(),
    ),
    claim: claimStatement(kit),
    dispatchedUnowned: dispatched(isNull(deliveries.leaseOwner)),
    dispatchedOwned: dispatched(eq(deliveries.leaseOwner, p('owner'))),
    sent: prepared(() =>
      db
        .update(deliveries)
        .set({
          status: 'sent',
          messageRef: set('messageRef'),
          sentAt: set('at'),
          leaseUntil: null,
          audience: set('audience'),
        })
        .where(eq(deliveries.id, p('id'))),
    ),
    leaseOwners: prepared(() =>
      db
        .selectDistinct({ owner: deliveries.leaseOwner })
        .from(deliveries)
        .where(and(eq(deliveries.status, 'sending'), isNotNull(deliveries.leaseOwner))),
    ),
  };
}

export function outboxRepository(kit: Kit): InnerRepositories['outbox'] {
  const { db } = kit;
  const { deliveries } = kit.t;
  const statements = deliveryStatements(kit);
  return {
    enqueue: (delivery, now) => anyChanged(statements.enqueue(queuedRow(delivery, now))),

    async claim(now, leaseUntil, limit, owner = null) {
      if (limit <= 0) return [];
      return statements.claim(now, leaseUntil, limit, owner);
    },

    // Fenced by attempts and owner: a worker whose lease was taken over (it was too slow, or a second
    // process reclaimed it) must not send.
    async markDispatched(id, attempts, owner, at, leaseUntil) {
      const dispatched = owner === null ? statements.dispatchedUnowned : statements.dispatchedOwned;
      return anyChanged(dispatched({ id, attempts, owner, at, leaseUntil }));
    },

    leaseOwners: async () =>
      (await statements.leaseOwners()).flatMap((row) => (row.owner ? [row.owner] : [])),

    async expireLeases(owners, now) {
      if (owners.length === 0) return 0;
      const leased = and(eq(deliveries.status, 'sending'), inArray(deliveries.leaseOwner, owners));
      return rowsChanged(db.update(deliveries).set({ leaseUntil: now }).where(leased));
    },

    markSent: (id, messageRef, at, audience = null) => run(statements.sent({ id, messageRef, at, audience })),

    retryLater: (id, nextAttemptAt, error, inDoubt = false) =>
      run(
        db
          .update(deliveries)
          .set({
            status: 'pending',
            nextAttemptAt,
            lastError: error,
            leaseUntil: null,
            ...(inDoubt ? {} : { dispatchedAt: null }),
          })
          .where(eq(deliveries.id, id)),
      ),

    // There is no failed_at column; the attempt time is kept in next_attempt_at so the row still says when.
    markFailed: (id, error, at) =>
      run(
        db
          .update(deliveries)
          .set({ status: 'failed', lastError: error, leaseUntil: null, nextAttemptAt: at })
          .where(eq(deliveries.id, id)),
      ),

    async list(filter = {}) {
      const query = db.select().from(deliveries);
      const filtered = filter.status ? query.where(eq(deliveries.status, filter.status)) : query;
      const ordered = filtered.orderBy(asc(deliveries.id));
      const rows = await (filter.limit !== undefined ? ordered.limit(filter.limit) : ordered);
      return rows.map(toDelivery);
    },

    async counts() {
      const totals = Object.fromEntries(DELIVERY_STATUSES.map((status) => [status, 0]));
      const rows = await db
        .select({ status: deliveries.status, n: count() })
        .from(deliveries)
        .groupBy(deliveries.status);
      for (const row of rows) totals[row.status] = Number(row.n);
      return totals as Record<DeliveryStatus, number>;
    },

    pruneDirectMessages: (before) =>
      rowsChanged(
        db
          .delete(deliveries)
          .where(
            and(
              eq(deliveries.targetKind, 'dm'),
              inArray(deliveries.status, ['sent', 'failed']),
              lt(deliveries.createdAt, before),
            ),
          ),
      ),

    directMessages: async () =>
      db
        .select({
          id: deliveries.id,
          dedupeKey: deliveries.dedupeKey,
          platform: deliveries.targetPlatform,
          targetId: deliveries.targetId,
        })
        .from(deliveries)
        .where(eq(deliveries.targetKind, 'dm')),

    async postsOf(dedupeKey) {
      const rows = await db.select().from(deliveries).where(eq(deliveries.dedupeKey, dedupeKey));
      return rows.map((row) => {
        const { target, status, messageRef, lastError } = toDelivery(row);
        return { target, status, messageRef, lastError };
      });
    },

    async recordDelivered(delivery, at, audience) {
      const row = { ...queuedRow(delivery, at), status: 'sent' as const, sentAt: at, audience };
      return anyChanged(db.insert(deliveries).values(row).onConflictDoNothing());
    },

    async audiencesOf(dedupeKey) {
      const rows = await db
        .select({ audience: deliveries.audience })
        .from(deliveries)
        .where(and(eq(deliveries.dedupeKey, dedupeKey), eq(deliveries.status, 'sent')));
      return rows.map((row) => row.audience);
    },
  };
}
