import { sql } from 'drizzle-orm';
import { defineTable } from './columns.js';
import { pulseIdColumn } from './pulses.js';

// Privacy: nothing here points at a vote or a person. The id is random (WITHOUT ROWID in the SQLite
// migration, so neither a rowid nor the physical order follows insertion; no serial id on PostgreSQL),
// the day is coarse, and who wrote it lives only in comment_contacts until the conversation ends.
export const commentThreadsTable = defineTable(
  'comment_threads',
  (c) => ({
    id: c.op.text('id').primaryKey(),
    pulseId: pulseIdColumn(c).notNull(),
    questionId: c.op.text('question_id').notNull(),
    text: c.anonymous.text('text').notNull(),
    /** Local date only: a precise time could be matched with a vote. */
    createdOn: c.op.text('created_on').notNull(),
    hidden: c.op.boolean('hidden').notNull().default(false),
    ended: c.op.boolean('ended').notNull().default(false),
  }),
  (t, c) => [c.index('comment_threads_pulse_idx').on(t.pulseId, t.questionId)],
);

/** The replies of a thread; the lead who wrote one is named (leads are not anonymous), the commenter never. */
export const commentMessagesTable = defineTable(
  'comment_messages',
  (c) => ({
    id: c.op.text('id').primaryKey(),
    threadId: c.op
      .text('thread_id')
      .notNull()
      .references(() => commentThreadsTable(c).id, { onDelete: 'cascade' }),
    side: c.op.text('side', { enum: ['lead', 'commenter'] }).notNull(),
    /** The lead who wrote it; null on the commenter's side. */
    leadKey: c.sealed('comments.lead', 'person').text('lead_key'),
    text: c.anonymous.text('text').notNull(),
    at: c.op.text('at').notNull(),
  }),
  (t, c) => [
    c.index('comment_messages_thread_idx').on(t.threadId, t.at),
    c.check('comment_messages_side_check', sql`side = 'lead' OR lead_key IS NULL`),
  ],
);

/** The only link to the commenter: deleted when either side ends the conversation, or by retention. */
export const commentContactsTable = defineTable('comment_contacts', (c) => ({
  threadId: c.op
    .text('thread_id')
    .primaryKey()
    .references(() => commentThreadsTable(c).id, { onDelete: 'cascade' }),
  personKey: c.sealed('comments.contact', 'person').text('person_key').notNull(),
}));

/**
 * One comment per person per statement per pulse: a keyed hash of the person, not linked to the
 * thread (no thread id), so it says who commented on a statement but not which comment is theirs.
 */
export const commentAuthorsTable = defineTable(
  'comment_authors',
  (c) => ({
    pulseId: pulseIdColumn(c).notNull(),
    questionId: c.op.text('question_id').notNull(),
    authorHash: c.anonymous.text('author_hash').notNull(),
  }),
  (t, c) => [c.primaryKey({ columns: [t.pulseId, t.questionId, t.authorHash] })],
);
