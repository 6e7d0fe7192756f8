import type { Message } from '../../core/message.js';
import { PLATFORMS } from '../../core/vocabulary.js';
import { defineTable } from './columns.js';
import { TARGET_KINDS } from './target-kinds.js';

export const feedEntriesTable = defineTable((c) =>
  c.table(
    'feed_entries',
    {
      id: c.serialId('id'),
      targetPlatform: c.text('target_platform', { enum: PLATFORMS }).notNull(),
      targetKind: c.text('target_kind', { enum: TARGET_KINDS }).notNull(),
      targetId: c.text('target_id').notNull(),
      idempotencyKey: c.text('idempotency_key').notNull().unique(),
      message: c.json('message').$type<Message>().notNull(),
      createdAt: c.text('created_at').notNull(),
    },
    (t) => [c.index('feed_entries_target_idx').on(t.targetKind, t.targetId, t.id)],
  ),
);
