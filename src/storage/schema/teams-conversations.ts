import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { TEAMS_CONVERSATION_TYPES } from '../../core/vocabulary.js';

/**
 * Teams conversation references, stored on install and first contact so scheduled posts can go
 * out proactively through the connector at the conversation's own service URL.
 */
export const teamsConversations = sqliteTable(
  'teams_conversations',
  {
    conversationId: text('conversation_id').primaryKey(),
    conversationType: text('conversation_type', { enum: TEAMS_CONVERSATION_TYPES }).notNull(),
    tenantId: text('tenant_id'),
    serviceUrl: text('service_url').notNull(),
    botId: text('bot_id').notNull(),
    /** Personal chats: the person's AAD object id and their Teams user id (29:…). */
    userAadObjectId: text('user_aad_object_id'),
    userId: text('user_id'),
    /** Set when the bot was removed: nothing is posted there any more. */
    removedAt: text('removed_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('teams_conversations_user_idx').on(t.userAadObjectId)],
);
