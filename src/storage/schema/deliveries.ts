import type { DeliveryPayload } from '../../core/records.js';
import { DELIVERY_STATUSES, PLATFORMS } from '../../core/vocabulary.js';
import { defineTable } from './columns.js';
import { TARGET_KINDS } from './target-kinds.js';

/** The outbox: one row per (occurrence, target), so nothing is posted twice to the same place. */
export const deliveriesTable = defineTable(
  'deliveries',
  (c) => ({
    id: c.op.serialId('id'),
    dedupeKey: c.op.text('dedupe_key').notNull(),
    targetPlatform: c.op.text('target_platform', { enum: PLATFORMS }).notNull(),
    targetKind: c.op.text('target_kind', { enum: TARGET_KINDS }).notNull(),
    targetId: c.sealed('deliveries.target', 'dm-target').text('target_id').notNull(),
    payload: c
      .sealed('deliveries.params', 'notice-params')
      .json('payload')
      .$type<DeliveryPayload>()
      .notNull(),
    status: c.op.text('status', { enum: DELIVERY_STATUSES }).notNull().default('pending'),
    attempts: c.op.integer('attempts').notNull().default(0),
    nextAttemptAt: c.op.text('next_attempt_at').notNull(),
    leaseUntil: c.op.text('lease_until'),
    /** The worker holding the lease: `host:pid:instance` (lets a restarted process reclaim a dead one's rows). */
    leaseOwner: c.op.text('lease_owner'),
    /** Set (durably) just before the platform call: a lease found expired with this set is "in doubt". */
    dispatchedAt: c.op.text('dispatched_at'),
    lastError: c.op.text('last_error'),
    messageRef: c.sealed('deliveries.message', 'token').text('message_ref'),
    createdAt: c.op.text('created_at').notNull(),
    sentAt: c.op.text('sent_at'),
    /**
     * A pulse post only: how many people were in the channel when it was delivered (null: the platform
     * could not tell). The response rate's denominator, frozen with the pulse (core/pulses/response-rate.ts).
     */
    audience: c.anonymous.integer('audience'),
  }),
  (t, c) => [
    c.uniqueIndex('deliveries_dedupe_target_idx').on(t.dedupeKey, t.targetPlatform, t.targetKind, t.targetId),
    c.index('deliveries_status_next_attempt_idx').on(t.status, t.nextAttemptAt),
    // A Slack reaction names the message it was added to: find the story posted as that message.
    c.index('deliveries_message_ref_idx').on(t.messageRef),
  ],
);
