import { and, asc, eq, inArray, like, lt, sql } from 'drizzle-orm';
import type { CommentRepository } from '../../core/ports.js';
import type { PgBridge } from './bridge.js';
import { changes, first, type PgOrm, run } from './orm.js';
import { commentAuthors, commentContacts, commentMessages, commentThreads, pulses } from './schema/index.js';

type Transaction = <T>(fn: () => T) => T;

// The DMs queued to the commenter name their platform user id: they go with the contact key.
const DROP_QUEUED_DMS = `
  DELETE FROM deliveries WHERE payload->>'type' = 'comment'
    AND payload->>'threadId' = $1
    AND payload->>'messageId' IN (SELECT id FROM comment_messages WHERE thread_id = $1 AND side = 'lead')`;

export function createPgCommentRepository(
  orm: PgOrm,
  bridge: PgBridge,
  transaction: Transaction,
): CommentRepository {
  const hasAuthor = (pulseId: string, questionId: string, authorHash: string) =>
    first(
      orm
        .select({ h: commentAuthors.authorHash })
        .from(commentAuthors)
        .where(
          and(
            eq(commentAuthors.pulseId, pulseId),
            eq(commentAuthors.questionId, questionId),
            eq(commentAuthors.authorHash, authorHash),
          ),
        ),
    ) !== undefined;
  // PostgreSQL has no WITHOUT ROWID: a heap keeps rows in the order they were written, each stamped
  // with its transaction id. So a new comment rewrites all of its statement's threads (in id order)
  // and author hashes (in hash order): order and transaction id then say "one of these", never which
  // thread came when, nor whose it is.
  const restamp = (pulseId: string, questionId: string, authorHash: string) => {
    const threads = run(
      orm
        .select({ id: commentThreads.id })
        .from(commentThreads)
        .where(and(eq(commentThreads.pulseId, pulseId), eq(commentThreads.questionId, questionId)))
        .orderBy(asc(commentThreads.id)),
    );
    for (const { id } of threads)
      run(orm.update(commentThreads).set({ hidden: sql`hidden` }).where(eq(commentThreads.id, id)));
    const statement = and(eq(commentAuthors.pulseId, pulseId), eq(commentAuthors.questionId, questionId));
    const hashes = run(orm.select({ h: commentAuthors.authorHash }).from(commentAuthors).where(statement));
    const sorted = [...hashes.map((r) => r.h), authorHash].sort();
    run(orm.delete(commentAuthors).where(statement));
    run(orm.insert(commentAuthors).values(sorted.map((h) => ({ pulseId, questionId, authorHash: h }))));
  };
  const dropQueuedDms = (threadId: string) => bridge.query(DROP_QUEUED_DMS, [threadId]);
  const endThread = (threadId: string) => {
    dropQueuedDms(threadId);
    run(orm.delete(commentContacts).where(eq(commentContacts.threadId, threadId)));
    return changes(orm.update(commentThreads).set({ ended: true }).where(eq(commentThreads.id, threadId)));
  };

  return {
    add(thread, contact, authorHash) {
      return transaction(() => {
        if (hasAuthor(thread.pulseId, thread.questionId, authorHash)) return false;
        run(orm.insert(commentThreads).values(thread));
        run(orm.insert(commentContacts).values({ threadId: thread.id, personKey: contact }));
        restamp(thread.pulseId, thread.questionId, authorHash);
        return true;
      });
    },
    get: (id) => first(orm.select().from(commentThreads).where(eq(commentThreads.id, id))),
    byPrefix: (prefix) =>
      run(
        orm
          .select()
          .from(commentThreads)
          .where(like(commentThreads.id, `${prefix.replace(/[^a-z0-9]/g, '')}%`))
          .limit(2),
      ),
    ofPulse: (pulseId) =>
      run(
        orm
          .select()
          .from(commentThreads)
          .where(eq(commentThreads.pulseId, pulseId))
          .orderBy(asc(commentThreads.questionId), asc(commentThreads.id)),
      ),
    hasAuthor,
    contactOf: (threadId) =>
      first(
        orm
          .select({ key: commentContacts.personKey })
          .from(commentContacts)
          .where(eq(commentContacts.threadId, threadId)),
      )?.key,
    addMessage(message) {
      run(orm.insert(commentMessages).values(message));
    },
    getMessage: (id) => first(orm.select().from(commentMessages).where(eq(commentMessages.id, id))),
    messages: (threadId) =>
      run(
        orm
          .select()
          .from(commentMessages)
          .where(eq(commentMessages.threadId, threadId))
          .orderBy(asc(commentMessages.at), asc(commentMessages.id)),
      ),
    hide(threadId) {
      run(orm.update(commentThreads).set({ hidden: true }).where(eq(commentThreads.id, threadId)));
    },
    end(threadId) {
      return transaction(() => {
        const thread = first(orm.select().from(commentThreads).where(eq(commentThreads.id, threadId)));
        if (!thread || thread.ended) return false;
        return endThread(threadId) > 0;
      });
    },
    deleteBefore(before) {
      return transaction(() => {
        const expired = orm.select({ id: pulses.id }).from(pulses).where(lt(pulses.closesAt, before));
        const threads = run(
          orm
            .select({ id: commentThreads.id })
            .from(commentThreads)
            .where(inArray(commentThreads.pulseId, expired)),
        );
        for (const { id } of threads) dropQueuedDms(id);
        run(orm.delete(commentAuthors).where(inArray(commentAuthors.pulseId, expired)));
        return changes(orm.delete(commentThreads).where(inArray(commentThreads.pulseId, expired)));
      });
    },
    forget(person) {
      return transaction(() => {
        const mine = run(
          orm
            .select({ id: commentContacts.threadId })
            .from(commentContacts)
            .where(eq(commentContacts.personKey, person)),
        );
        for (const { id } of mine) endThread(id);
        return mine.length;
      });
    },
  };
}
