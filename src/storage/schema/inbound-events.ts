import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Inbound platform events already handled (Slack event ids, submitted view ids), shared by every
 * process on the database so a retry that reaches another process is still handled once.
 */
export const inboundEvents = sqliteTable(
  'inbound_events',
  {
    key: text('key').primaryKey(),
    receivedAt: text('received_at').notNull(),
  },
  (t) => [index('inbound_events_received_idx').on(t.receivedAt)],
);
