import { DIMENSIONS, NOMINATION_STATUSES, NOMINEE_KINDS } from '../../core/vocabulary.js';
import { defineTable } from './columns.js';

export const nominationsTable = defineTable((c) =>
  c.table(
    'nominations',
    {
      id: c.text('id').primaryKey(),
      nominatorKey: c.text('nominator_key').notNull(),
      nomineeKind: c.text('nominee_kind', { enum: NOMINEE_KINDS }).notNull(),
      nomineeKey: c.text('nominee_key'),
      teamName: c.text('team_name'),
      dimension: c.text('dimension', { enum: DIMENSIONS }).notNull(),
      reason: c.text('reason').notNull(),
      sectors: c.json('sectors').$type<string[]>().notNull(),
      status: c.text('status', { enum: NOMINATION_STATUSES }).notNull(),
      recognisedByKey: c.text('recognised_by_key'),
      createdAt: c.text('created_at').notNull(),
      decidedAt: c.text('decided_at'),
    },
    (t) => [
      c.index('nominations_created_at_idx').on(t.createdAt),
      c.index('nominations_nominator_idx').on(t.nominatorKey),
      c.index('nominations_nominee_idx').on(t.nomineeKey),
    ],
  ),
);
