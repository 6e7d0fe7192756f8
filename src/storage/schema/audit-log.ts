import { defineTable } from './columns.js';

export const auditLogTable = defineTable((c) =>
  c.table(
    'audit_log',
    {
      id: c.serialId('id'),
      at: c.text('at').notNull(),
      actorKey: c.text('actor_key'),
      action: c.text('action').notNull(),
      details: c.json('details').$type<Record<string, unknown>>(),
    },
    (t) => [c.index('audit_log_at_idx').on(t.at)],
  ),
);
