import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { pulses } from './pulses.js';

// Privacy as on SQLite (src/storage/schema/comment-threads.ts): random or hashed keys, no serial id
// and no precise time on a thread, so nothing orders a comment against a vote or a contact.

export const commentThreads = pgTable(
  'comment_threads',
  {
    id: text('id').primaryKey(),
    pulseId: text('pulse_id')
      .notNull()
      .references(() => pulses.id, { onDelete: 'cascade' }),
    questionId: text('question_id').notNull(),
    text: text('text').notNull(),
    createdOn: text('created_on').notNull(),
    hidden: boolean('hidden').notNull().default(false),
    ended: boolean('ended').notNull().default(false),
  },
  (t) => [index('comment_threads_pulse_idx').on(t.pulseId, t.questionId)],
);

export const commentMessages = pgTable(
  'comment_messages',
  {
    id: text('id').primaryKey(),
    threadId: text('thread_id')
      .notNull()
      .references(() => commentThreads.id, { onDelete: 'cascade' }),
    side: text('side', { enum: ['lead', 'commenter'] }).notNull(),
    leadKey: text('lead_key'),
    text: text('text').notNull(),
    at: text('at').notNull(),
  },
  (t) => [
    index('comment_messages_thread_idx').on(t.threadId, t.at),
    check('comment_messages_side_check', sql`side = 'lead' OR lead_key IS NULL`),
  ],
);

export const commentContacts = pgTable('comment_contacts', {
  threadId: text('thread_id')
    .primaryKey()
    .references(() => commentThreads.id, { onDelete: 'cascade' }),
  personKey: text('person_key').notNull(),
});

export const commentAuthors = pgTable(
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
