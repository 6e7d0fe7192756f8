import { defineTable } from './columns.js';

/** One Kaffe på tvers pair in one round; keys are cleared when a person is forgotten. */
export const kaffePairsTable = defineTable((c) =>
  c.table(
    'kaffe_pairs',
    {
      id: c.text('id').primaryKey(),
      /** The round's local date, YYYY-MM-DD. */
      round: c.text('round').notNull(),
      platform: c.text('platform').notNull(),
      aKey: c.text('a_key'),
      bKey: c.text('b_key'),
      aSector: c.text('a_sector'),
      bSector: c.text('b_sector'),
      /** Each side's answer to "did you meet?" (null: not answered). */
      aMet: c.boolean('a_met'),
      bMet: c.boolean('b_met'),
      createdAt: c.text('created_at').notNull(),
    },
    (t) => [
      c.index('kaffe_pairs_round_idx').on(t.platform, t.round),
      c.index('kaffe_pairs_a_idx').on(t.aKey),
      c.index('kaffe_pairs_b_idx').on(t.bKey),
    ],
  ),
);
