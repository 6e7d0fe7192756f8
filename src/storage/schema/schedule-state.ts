import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const scheduleState = sqliteTable('schedule_state', {
  scheduleId: text('schedule_id').primaryKey(),
  watermark: text('watermark').notNull(),
});
