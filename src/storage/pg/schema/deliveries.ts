import { index, integer, json, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import type { DeliveryPayload } from '../../../core/records.js';
import { DELIVERY_STATUSES, PLATFORMS } from '../../../core/vocabulary.js';
import { TARGET_KINDS } from '../../schema/target-kinds.js';

/** The outbox: one row per (occurrence, target), so nothing is posted twice to the same place. */
export const deliveries = pgTable(
  'deliveries',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    dedupeKey: text('dedupe_key').notNull(),
    targetPlatform: text('target_platform', { enum: PLATFORMS }).notNull(),
    targetKind: text('target_kind', { enum: TARGET_KINDS }).notNull(),
    targetId: text('target_id').notNull(),
    payload: json('payload').$type<DeliveryPayload>().notNull(),
    status: text('status', { enum: DELIVERY_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: text('next_attempt_at').notNull(),
    leaseUntil: text('lease_until'),
    leaseOwner: text('lease_owner'),
    dispatchedAt: text('dispatched_at'),
    lastError: text('last_error'),
    messageRef: text('message_ref'),
    createdAt: text('created_at').notNull(),
    sentAt: text('sent_at'),
    /**
     * A pulse post only: how many people were in the channel when it was delivered (null: the platform
     * could not tell). The response rate's denominator, frozen with the pulse (core/pulses/response-rate.ts).
     */
    audience: integer('audience'),
  },
  (t) => [
    uniqueIndex('deliveries_dedupe_target_idx').on(t.dedupeKey, t.targetPlatform, t.targetKind, t.targetId),
    index('deliveries_status_next_attempt_idx').on(t.status, t.nextAttemptAt),
    // A Slack reaction names the message it was added to: find the story posted as that message.
    index('deliveries_message_ref_idx').on(t.messageRef),
  ],
);
