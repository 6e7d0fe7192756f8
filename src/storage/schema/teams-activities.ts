import { defineTable } from './columns.js';

/** Activity ids already handled: Teams retries, and a retried click must not answer twice. */
export const teamsActivitiesTable = defineTable(
  'teams_activities',
  (c) => ({
    activityId: c.op.text('activity_id').primaryKey(),
    /** The invoke answer given the first time, returned again for a retry. */
    response: c.sealed('teams.activity', 'json').json('response').$type<unknown>(),
    receivedAt: c.op.text('received_at').notNull(),
    receivedAtMs: c.op.bigint('received_at_ms').notNull(),
  }),
  (t, c) => [c.index('teams_activities_received_idx').on(t.receivedAtMs)],
);
