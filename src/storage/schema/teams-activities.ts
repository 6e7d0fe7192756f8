import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Activity ids already handled: Teams retries, and a retried click must not answer twice. */
export const teamsActivities = sqliteTable(
  'teams_activities',
  {
    activityId: text('activity_id').primaryKey(),
    /** The invoke answer given the first time, returned again for a retry. */
    response: text('response', { mode: 'json' }).$type<unknown>(),
    receivedAt: text('received_at').notNull(),
    receivedAtMs: integer('received_at_ms').notNull(),
  },
  (t) => [index('teams_activities_received_idx').on(t.receivedAtMs)],
);
