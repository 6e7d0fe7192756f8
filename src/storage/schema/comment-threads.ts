import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { pulses } from './pulses.js';

// Privacy: nothing here points at a vote or a person. The id is random (WITHOUT ROWID in the
// migration, so neither a rowid nor the physical order follows insertion), the day is coarse, and
// who wrote it lives only in comment_contacts until the conversation ends.
export const commentThreads = sqliteTable(
  'comment_threads',
  {
    id: text('id').primaryKey(),
    pulseId: text('pulse_id')
      .notNull()
      .references(() => pulses.id, { onDelete: 'cascade' }),
    questionId: text('question_id').notNull(),
    text: text('text').notNull(),
    /** Local date only: a precise time could be matched with a vote. */
    createdOn: text('created_on').notNull(),
    hidden: integer('hidden', { mode: 'boolean' }).notNull().default(false),
    ended: integer('ended', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('comment_threads_pulse_idx').on(t.pulseId, t.questionId)],
);

/** The replies of a thread; the lead who wrote one is named (leads are not anonymous), the commenter never. */
export const commentMessages = sqliteTable(
  'comment_messages',
  {
    id: text('id').primaryKey(),
    threadId: text('thread_id')
      .notNull()
      .references(() => commentThreads.id, { onDelete: 'cascade' }),
    side: text('side', { enum: ['lead', 'commenter'] }).notNull(),
    /** The lead who wrote it; null on the commenter's side. */
    leadKey: text('lead_key'),
    text: text('text').notNull(),
    at: text('at').notNull(),
  },
  (t) => [
    index('comment_messages_thread_idx').on(t.threadId, t.at),
    check('comment_messages_side_check', sql`side = 'lead' OR lead_key IS NULL`),
  ],
);

/** The only link to the commenter: deleted when either side ends the conversation, or by retention. */
export const commentContacts = sqliteTable('comment_contacts', {
  threadId: text('thread_id')
    .primaryKey()
    .references(() => commentThreads.id, { onDelete: 'cascade' }),
  personKey: text('person_key').notNull(),
});

/**
 * One comment per person per statement per pulse: a keyed hash of the person, not linked to the
 * thread (no thread id), so it says who commented on a statement but not which comment is theirs.
 */
export const commentAuthors = sqliteTable(
  'comment_authors',
  {
    pulseId: text('pulse_id')
      .notNull()
      .references(() => pulses.id, { onDelete: 'cascade' }),
    questionId: text('question_id').notNull(),
    authorHash: text('author_hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.pulseId, t.questionId, t.authorHash] })],
);
