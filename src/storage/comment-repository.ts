import { and, asc, eq, inArray, like, lt } from 'drizzle-orm';
import type { CommentRepository } from '../core/ports.js';
import type { Database } from './database.js';
import { immediate, type Orm } from './orm.js';
import { commentAuthors, commentContacts, commentMessages, commentThreads, pulses } from './schema/index.js';

export function createCommentRepository(orm: Orm, db: Database): CommentRepository {
  const hasAuthor = (pulseId: string, questionId: string, authorHash: string) =>
    orm
      .select({ h: commentAuthors.authorHash })
      .from(commentAuthors)
      .where(
        and(
          eq(commentAuthors.pulseId, pulseId),
          eq(commentAuthors.questionId, questionId),
          eq(commentAuthors.authorHash, authorHash),
        ),
      )
      .get() !== undefined;
  // The DMs queued to the commenter name their platform user id: they go with the contact key.
  const dropQueuedDms = db.prepare(
    `DELETE FROM deliveries WHERE json_extract(payload, '$.type') = 'comment'
       AND json_extract(payload, '$.threadId') = ?
       AND json_extract(payload, '$.messageId') IN (SELECT id FROM comment_messages WHERE thread_id = ? AND side = 'lead')`,
  );
  const endThread = (threadId: string) => {
    dropQueuedDms.run(threadId, threadId);
    orm.delete(commentContacts).where(eq(commentContacts.threadId, threadId)).run();
    return orm.update(commentThreads).set({ ended: true }).where(eq(commentThreads.id, threadId)).run()
      .changes;
  };

  return {
    add(thread, contact, authorHash) {
      return immediate(db, () => {
        if (hasAuthor(thread.pulseId, thread.questionId, authorHash)) return false;
        orm.insert(commentThreads).values(thread).run();
        orm.insert(commentContacts).values({ threadId: thread.id, personKey: contact }).run();
        orm
          .insert(commentAuthors)
          .values({ pulseId: thread.pulseId, questionId: thread.questionId, authorHash })
          .run();
        return true;
      });
    },
    get: (id) => orm.select().from(commentThreads).where(eq(commentThreads.id, id)).get(),
    byPrefix: (prefix) =>
      orm
        .select()
        .from(commentThreads)
        .where(like(commentThreads.id, `${prefix.replace(/[^a-z0-9]/g, '')}%`))
        .limit(2)
        .all(),
    ofPulse: (pulseId) =>
      orm
        .select()
        .from(commentThreads)
        .where(eq(commentThreads.pulseId, pulseId))
        .orderBy(asc(commentThreads.questionId), asc(commentThreads.id))
        .all(),
    hasAuthor,
    contactOf: (threadId) =>
      orm
        .select({ key: commentContacts.personKey })
        .from(commentContacts)
        .where(eq(commentContacts.threadId, threadId))
        .get()?.key,
    addMessage(message) {
      orm.insert(commentMessages).values(message).run();
    },
    getMessage: (id) => orm.select().from(commentMessages).where(eq(commentMessages.id, id)).get(),
    messages: (threadId) =>
      orm
        .select()
        .from(commentMessages)
        .where(eq(commentMessages.threadId, threadId))
        .orderBy(asc(commentMessages.at), asc(commentMessages.id))
        .all(),
    hide(threadId) {
      orm.update(commentThreads).set({ hidden: true }).where(eq(commentThreads.id, threadId)).run();
    },
    end(threadId) {
      return immediate(db, () => {
        const thread = orm.select().from(commentThreads).where(eq(commentThreads.id, threadId)).get();
        if (!thread || thread.ended) return false;
        return endThread(threadId) > 0;
      });
    },
    deleteBefore(before) {
      return immediate(db, () => {
        const expired = orm.select({ id: pulses.id }).from(pulses).where(lt(pulses.closesAt, before));
        const threads = orm
          .select({ id: commentThreads.id })
          .from(commentThreads)
          .where(inArray(commentThreads.pulseId, expired))
          .all();
        for (const { id } of threads) dropQueuedDms.run(id, id);
        orm.delete(commentAuthors).where(inArray(commentAuthors.pulseId, expired)).run();
        return orm.delete(commentThreads).where(inArray(commentThreads.pulseId, expired)).run().changes;
      });
    },
    forget(person) {
      return immediate(db, () => {
        const mine = orm
          .select({ id: commentContacts.threadId })
          .from(commentContacts)
          .where(eq(commentContacts.personKey, person))
          .all();
        for (const { id } of mine) endThread(id);
        return mine.length;
      });
    },
  };
}
