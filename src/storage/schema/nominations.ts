import { DIMENSIONS, NOMINATION_STATUSES, NOMINEE_KINDS } from '../../core/vocabulary.js';
import { defineTable } from './columns.js';

export const nominationsTable = defineTable(
  'nominations',
  (c) => ({
    id: c.op.text('id').primaryKey(),
    nominatorKey: c.sealed('nominations', 'person').text('nominator_key').notNull(),
    nomineeKind: c.op.text('nominee_kind', { enum: NOMINEE_KINDS }).notNull(),
    nomineeKey: c.sealed('nominations', 'person').text('nominee_key'),
    teamName: c.public.text('team_name'),
    dimension: c.op.text('dimension', { enum: DIMENSIONS }).notNull(),
    reason: c.sealed('nominations.reason', 'text').text('reason').notNull(),
    sectors: c.anonymous.json('sectors').$type<string[]>().notNull(),
    status: c.op.text('status', { enum: NOMINATION_STATUSES }).notNull(),
    recognisedByKey: c.sealed('nominations', 'person').text('recognised_by_key'),
    createdAt: c.op.text('created_at').notNull(),
    decidedAt: c.op.text('decided_at'),
  }),
  (t, c) => [
    c.index('nominations_created_at_idx').on(t.createdAt),
    c.index('nominations_nominator_idx').on(t.nominatorKey),
    c.index('nominations_nominee_idx').on(t.nomineeKey),
  ],
);
