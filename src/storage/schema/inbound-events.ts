import { defineTable } from './columns.js';

/**
 * Inbound platform events already handled (Slack event ids, submitted view ids), shared by every
 * process on the database so a retry that reaches another process is still handled once.
 */
export const inboundEventsTable = defineTable(
  'inbound_events',
  (c) => ({
    key: c.op.text('key').primaryKey(),
    receivedAt: c.op.text('received_at').notNull(),
  }),
  (t, c) => [c.index('inbound_events_received_idx').on(t.receivedAt)],
);
