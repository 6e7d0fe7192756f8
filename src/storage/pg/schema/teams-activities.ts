import { bigint, index, json, pgTable, text } from 'drizzle-orm/pg-core';

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
