import { bigint, boolean, index, json, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { LOCALES, PLATFORMS, TEAMS_CONVERSATION_TYPES } from '../../../core/vocabulary.js';

export const people = pgTable(
  'people',
  {
    key: text('key').primaryKey(),
    platform: text('platform', { enum: PLATFORMS }).notNull(),
    userId: text('user_id').notNull(),
    displayName: text('display_name').notNull(),
    email: text('email'),
    sector: text('sector'),
    locale: text('locale', { enum: LOCALES }),
    paused: boolean('paused').notNull().default(false),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('people_platform_user_idx').on(t.platform, t.userId)],
);

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

export const teamsActivities = pgTable(
  'teams_activities',
  {
    activityId: text('activity_id').primaryKey(),
    response: json('response').$type<unknown>(),
    receivedAt: text('received_at').notNull(),
    receivedAtMs: bigint('received_at_ms', { mode: 'number' }).notNull(),
  },
  (t) => [index('teams_activities_received_idx').on(t.receivedAtMs)],
);

export const kaffeMembers = pgTable('kaffe_members', {
  personKey: text('person_key').primaryKey(),
  joinedAt: text('joined_at').notNull(),
  skipNext: boolean('skip_next').notNull().default(false),
});

export const kaffePairs = pgTable(
  'kaffe_pairs',
  {
    id: text('id').primaryKey(),
    round: text('round').notNull(),
    platform: text('platform').notNull(),
    aKey: text('a_key'),
    bKey: text('b_key'),
    aSector: text('a_sector'),
    bSector: text('b_sector'),
    aMet: boolean('a_met'),
    bMet: boolean('b_met'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('kaffe_pairs_round_idx').on(t.platform, t.round),
    index('kaffe_pairs_a_idx').on(t.aKey),
    index('kaffe_pairs_b_idx').on(t.bKey),
  ],
);
