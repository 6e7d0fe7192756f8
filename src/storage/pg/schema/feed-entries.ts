import { index, integer, json, pgTable, text } from 'drizzle-orm/pg-core';
import type { Message } from '../../../core/message.js';
import { PLATFORMS } from '../../../core/vocabulary.js';
import { TARGET_KINDS } from '../../schema/target-kinds.js';

export const feedEntries = pgTable(
  'feed_entries',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    targetPlatform: text('target_platform', { enum: PLATFORMS }).notNull(),
    targetKind: text('target_kind', { enum: TARGET_KINDS }).notNull(),
    targetId: text('target_id').notNull(),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    message: json('message').$type<Message>().notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('feed_entries_target_idx').on(t.targetKind, t.targetId, t.id)],
);
