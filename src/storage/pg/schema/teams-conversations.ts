import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { TEAMS_CONVERSATION_TYPES } from '../../../core/vocabulary.js';

export const teamsConversations = pgTable(
  'teams_conversations',
  {
    conversationId: text('conversation_id').primaryKey(),
    conversationType: text('conversation_type', { enum: TEAMS_CONVERSATION_TYPES }).notNull(),
    tenantId: text('tenant_id'),
    serviceUrl: text('service_url').notNull(),
    botId: text('bot_id').notNull(),
    userAadObjectId: text('user_aad_object_id'),
    userId: text('user_id'),
    removedAt: text('removed_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('teams_conversations_user_idx').on(t.userAadObjectId)],
);
