import { defineTable } from './columns.js';

export const auditLogTable = defineTable(
  'audit_log',
  (c) => ({
    id: c.op.serialId('id'),
    at: c.op.text('at').notNull(),
    actorKey: c.sealed('audit.actor', 'person').text('actor_key'),
    action: c.op.text('action').notNull(),
    details: c.sealed('audit.details', 'json').json('details').$type<Record<string, unknown>>(),
  }),
  (t, c) => [c.index('audit_log_at_idx').on(t.at)],
);
