import { TEAMS_CONVERSATION_TYPES } from '../../core/vocabulary.js';
import { defineTable } from './columns.js';

/**
 * Teams conversation references, stored on install and first contact so scheduled posts can go
 * out proactively through the connector at the conversation's own service URL.
 */
export const teamsConversationsTable = defineTable(
  'teams_conversations',
  (c) => ({
    conversationId: c.sealed('teams.conversation', 'token').text('conversation_id').primaryKey(),
    conversationType: c.op.text('conversation_type', { enum: TEAMS_CONVERSATION_TYPES }).notNull(),
    tenantId: c.op.text('tenant_id'),
    serviceUrl: c.op.text('service_url').notNull(),
    botId: c.op.text('bot_id').notNull(),
    /** Personal chats: the person's AAD object id and their Teams user id (29:…). */
    userAadObjectId: c.sealed('teams.user', 'token').text('user_aad_object_id'),
    userId: c.sealed('teams.user', 'token').text('user_id'),
    /** Set when the bot was removed: nothing is posted there any more. */
    removedAt: c.op.text('removed_at'),
    createdAt: c.op.text('created_at').notNull(),
    updatedAt: c.op.text('updated_at').notNull(),
  }),
  (t, c) => [c.index('teams_conversations_user_idx').on(t.userAadObjectId)],
);
