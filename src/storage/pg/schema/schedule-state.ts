import { pgTable, text } from 'drizzle-orm/pg-core';

export const scheduleState = pgTable('schedule_state', {
  scheduleId: text('schedule_id').primaryKey(),
  watermark: text('watermark').notNull(),
});
