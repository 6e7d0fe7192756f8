import type { Message } from '../../core/message.js';
import { PLATFORMS } from '../../core/vocabulary.js';
import { defineTable } from './columns.js';
import { TARGET_KINDS } from './target-kinds.js';

export const feedEntriesTable = defineTable(
  'feed_entries',
  (c) => ({
    id: c.op.serialId('id'),
    targetPlatform: c.op.text('target_platform', { enum: PLATFORMS }).notNull(),
    targetKind: c.op.text('target_kind', { enum: TARGET_KINDS }).notNull(),
    targetId: c.sealed('feed.target', 'dm-target').text('target_id').notNull(),
    idempotencyKey: c.op.text('idempotency_key').notNull().unique(),
    message: c.sealed('feed.message', 'json').json('message').$type<Message>().notNull(),
    createdAt: c.op.text('created_at').notNull(),
  }),
  (t, c) => [c.index('feed_entries_target_idx').on(t.targetKind, t.targetId, t.id)],
);
