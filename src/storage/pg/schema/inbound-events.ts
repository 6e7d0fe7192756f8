import { index, pgTable, text } from 'drizzle-orm/pg-core';

export const inboundEvents = pgTable(
  'inbound_events',
  {
    key: text('key').primaryKey(),
    receivedAt: text('received_at').notNull(),
  },
  (t) => [index('inbound_events_received_idx').on(t.receivedAt)],
);
