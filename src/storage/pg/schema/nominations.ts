import { index, json, pgTable, text } from 'drizzle-orm/pg-core';
import { DIMENSIONS, NOMINATION_STATUSES, NOMINEE_KINDS } from '../../../core/vocabulary.js';

export const nominations = pgTable(
  'nominations',
  {
    id: text('id').primaryKey(),
    nominatorKey: text('nominator_key').notNull(),
    nomineeKind: text('nominee_kind', { enum: NOMINEE_KINDS }).notNull(),
    nomineeKey: text('nominee_key'),
    teamName: text('team_name'),
    dimension: text('dimension', { enum: DIMENSIONS }).notNull(),
    reason: text('reason').notNull(),
    sectors: json('sectors').$type<string[]>().notNull(),
    status: text('status', { enum: NOMINATION_STATUSES }).notNull(),
    recognisedByKey: text('recognised_by_key'),
    createdAt: text('created_at').notNull(),
    decidedAt: text('decided_at'),
  },
  (t) => [
    index('nominations_created_at_idx').on(t.createdAt),
    index('nominations_nominator_idx').on(t.nominatorKey),
    index('nominations_nominee_idx').on(t.nomineeKey),
  ],
);
