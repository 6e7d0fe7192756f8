import { defineTable } from './columns.js';

export const scheduleStateTable = defineTable((c) =>
  c.table('schedule_state', {
    scheduleId: c.op.text('schedule_id').primaryKey(),
    watermark: c.op.text('watermark').notNull(),
  }),
);
