import { defineTable } from './columns.js';

export const scheduleStateTable = defineTable('schedule_state', (c) => ({
  scheduleId: c.op.text('schedule_id').primaryKey(),
  watermark: c.op.text('watermark').notNull(),
}));
