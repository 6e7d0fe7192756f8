import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { Message } from '../../core/message.js';
import { PLATFORMS } from '../../core/vocabulary.js';
import { TARGET_KINDS } from './target-kinds.js';

export const feedEntries = sqliteTable(
  'feed_entries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    targetPlatform: text('target_platform', { enum: PLATFORMS }).notNull(),
    targetKind: text('target_kind', { enum: TARGET_KINDS }).notNull(),
    targetId: text('target_id').notNull(),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    message: text('message', { mode: 'json' }).$type<Message>().notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('feed_entries_target_idx').on(t.targetKind, t.targetId, t.id)],
);
