import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** One Kaffe på tvers pair in one round; keys are cleared when a person is forgotten. */
export const kaffePairs = sqliteTable(
  'kaffe_pairs',
  {
    id: text('id').primaryKey(),
    /** The round's local date, YYYY-MM-DD. */
    round: text('round').notNull(),
    platform: text('platform').notNull(),
    aKey: text('a_key'),
    bKey: text('b_key'),
    aSector: text('a_sector'),
    bSector: text('b_sector'),
    /** Each side's answer to "did you meet?" (null: not answered). */
    aMet: integer('a_met', { mode: 'boolean' }),
    bMet: integer('b_met', { mode: 'boolean' }),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('kaffe_pairs_round_idx').on(t.platform, t.round),
    index('kaffe_pairs_a_idx').on(t.aKey),
    index('kaffe_pairs_b_idx').on(t.bKey),
  ],
);
