import { boolean, index, pgTable, text } from 'drizzle-orm/pg-core';

export const kaffePairs = pgTable(
  'kaffe_pairs',
  {
    id: text('id').primaryKey(),
    round: text('round').notNull(),
    platform: text('platform').notNull(),
    aKey: text('a_key'),
    bKey: text('b_key'),
    aSector: text('a_sector'),
    bSector: text('b_sector'),
    aMet: boolean('a_met'),
    bMet: boolean('b_met'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('kaffe_pairs_round_idx').on(t.platform, t.round),
    index('kaffe_pairs_a_idx').on(t.aKey),
    index('kaffe_pairs_b_idx').on(t.bKey),
  ],
);
