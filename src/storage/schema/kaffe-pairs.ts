import { defineTable } from './columns.js';

/** One Kaffe på tvers pair in one round; keys are cleared when a person is forgotten. */
export const kaffePairsTable = defineTable(
  'kaffe_pairs',
  (c) => ({
    id: c.op.text('id').primaryKey(),
    /** The round's local date, YYYY-MM-DD. */
    round: c.op.text('round').notNull(),
    platform: c.op.text('platform').notNull(),
    aKey: c.sealed('kaffe', 'person').text('a_key'),
    bKey: c.sealed('kaffe', 'person').text('b_key'),
    aSector: c.anonymous.text('a_sector'),
    bSector: c.anonymous.text('b_sector'),
    /** Each side's answer to "did you meet?" (null: not answered). */
    aMet: c.anonymous.boolean('a_met'),
    bMet: c.anonymous.boolean('b_met'),
    createdAt: c.op.text('created_at').notNull(),
  }),
  (t, c) => [
    c.index('kaffe_pairs_round_idx').on(t.platform, t.round),
    c.index('kaffe_pairs_a_idx').on(t.aKey),
    c.index('kaffe_pairs_b_idx').on(t.bKey),
  ],
);
