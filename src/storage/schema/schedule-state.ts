import { defineTable } from './columns.js';

export const scheduleStateTable = defineTable((c) =>
  c.table('schedule_state', {
    scheduleId: c.text('schedule_id').primaryKey(),
    watermark: c.text('watermark').notNull(),
  }),
);
