import { and, asc, eq, inArray, like, lt, type SQL, sql } from 'drizzle-orm';
import type { CommentRepository } from '../../core/ports.js';
import { changed, first, type Kit, p, run } from '../kit.js';
import { preparedForList } from './prepared.js';

export function commentRepository(kit: Kit): CommentRepository {
  const { db, t } = kit;
  const { commentAuthors, commentContacts, commentMessages, commentThreads } = t;
  // Every vote asks it, for the "Kommenter anonymt" buttons: prepared.
  const authorsIn = preparedForList(kit.prepared, (hashes) =>
    db
      .select({ h: commentAuthors.authorHash })
      .from(commentAuthors)
      .where(and(eq(commentAuthors.pulseId, p('pulseId')), inArray(commentAuthors.authorHash, hashes))),
  );
  return {
    add: (thread, contact, authorHash) =>
      kit.atomic(async (k) => {
        if (await hasAuthor(k, thread.pulseId, thread.questionId, authorHash)) return false;
        await k.db.insert(commentThreads).values(thread);
        await k.db.insert(commentContacts).values({ threadId: thread.id, personKey: contact });
        await addAuthor(k, thread.pulseId, thread.questionId, authorHash);
        return true;
      }),
    get: (id) => first(db.select().from(commentThreads).where(eq(commentThreads.id, id))),
    byPrefix: async (prefix) =>
      db
        .select()
        .from(commentThreads)
        .where(like(commentThreads.id, `${prefix.replace(/[^a-z0-9]/g, '')}%`))
        .limit(2),
    ofPulse: async (pulseId) =>
      db
        .select()
        .from(commentThreads)
        .where(eq(commentThreads.pulseId, pulseId))
        .orderBy(asc(commentThreads.questionId), asc(commentThreads.id)),
    hasAuthor: (pulseId, questionId, authorHash) => hasAuthor(kit, pulseId, questionId, authorHash),
    async authorsAmong(pulseId, authorHashes) {
      if (authorHashes.length === 0) return new Set();
      return new Set((await authorsIn({ pulseId }, authorHashes)).map((row) => row.h));
    },
    async contactOf(threadId) {
      const [row] = await db
        .select({ key: commentContacts.personKey })
        .from(commentContacts)
        .where(eq(commentContacts.threadId, threadId));
      return row?.key;
    },
    addMessage: (message) => run(db.insert(commentMessages).values(message)),
    getMessage: (id) => first(db.select().from(commentMessages).where(eq(commentMessages.id, id))),
    messages: async (threadId) =>
      db
        .select()
        .from(commentMessages)
        .where(eq(commentMessages.threadId, threadId))
        .orderBy(asc(commentMessages.at), asc(commentMessages.id)),
    hide: (threadId) =>
      run(db.update(commentThreads).set({ hidden: true }).where(eq(commentThreads.id, threadId))),
    end: (threadId) =>
      kit.atomic(async (k) => {
        const [thread] = await k.db.select().from(commentThreads).where(eq(commentThreads.id, threadId));
        if (!thread || thread.ended) return false;
        return (await endThread(k, threadId)) > 0;
      }),
    deleteBefore: (before) => kit.atomic((k) => deleteBefore(k, before)),
    forget: (person) =>
      kit.atomic(async (k) => {
        const mine = await k.db
          .select({ id: commentContacts.threadId })
          .from(commentContacts)
          .where(eq(commentContacts.personKey, person));
        for (const { id } of mine) await endThread(k, id);
        return mine.length;
      }),
  };
}

async function hasAuthor({ db, t }: Kit, pulseId: string, questionId: string, authorHash: string) {
  const { commentAuthors } = t;
  const [row] = await db
    .select({ h: commentAuthors.authorHash })
    .from(commentAuthors)
    .where(
      and(
        eq(commentAuthors.pulseId, pulseId),
        eq(commentAuthors.questionId, questionId),
        eq(commentAuthors.authorHash, authorHash),
      ),
    );
  return row !== undefined;
}

/**
 * SQLite keeps comment_threads and comment_authors WITHOUT ROWID, ordered by key: a new row says
 * nothing of when it came. PostgreSQL has no WITHOUT ROWID: a heap keeps rows in the order they were
 * written, each stamped with its transaction id. So there a new comment rewrites all of its statement's
 * threads (in id order) and author hashes (in hash order): order and transaction id then say "one of
 * these", never which thread came when, nor whose it is.
 */
async function addAuthor(kit: Kit, pulseId: string, questionId: string, authorHash: string) {
  const { db, t } = kit;
  const { commentAuthors, commentThreads } = t;
  if (kit.dialect === 'sqlite') {
    await db.insert(commentAuthors).values({ pulseId, questionId, authorHash });
    return;
  }
  const threads = await db
    .select({ id: commentThreads.id })
    .from(commentThreads)
    .where(and(eq(commentThreads.pulseId, pulseId), eq(commentThreads.questionId, questionId)))
    .orderBy(asc(commentThreads.id));
  for (const { id } of threads)
    await db.update(commentThreads).set({ hidden: sql`hidden` }).where(eq(commentThreads.id, id));
  const statement = and(eq(commentAuthors.pulseId, pulseId), eq(commentAuthors.questionId, questionId));
  const hashes = await db.select({ h: commentAuthors.authorHash }).from(commentAuthors).where(statement);
  const sorted = [...hashes.map((r) => r.h), authorHash].sort();
  await db.delete(commentAuthors).where(statement);
  await db.insert(commentAuthors).values(sorted.map((h) => ({ pulseId, questionId, authorHash: h })));
}

async function endThread(kit: Kit, threadId: string): Promise<number> {
  const { commentContacts, commentThreads } = kit.t;
  await dropQueuedDms(kit, threadId);
  await kit.db.delete(commentContacts).where(eq(commentContacts.threadId, threadId));
  return changed(
    await kit.db.update(commentThreads).set({ ended: true }).where(eq(commentThreads.id, threadId)),
  );
}

async function deleteBefore(kit: Kit, before: string): Promise<number> {
  const { db, t } = kit;
  const { commentAuthors, commentThreads, pulses } = t;
  const expired = db.select({ id: pulses.id }).from(pulses).where(lt(pulses.closesAt, before));
  const threads = await db
    .select({ id: commentThreads.id })
    .from(commentThreads)
    .where(inArray(commentThreads.pulseId, expired));
  for (const { id } of threads) await dropQueuedDms(kit, id);
  await db.delete(commentAuthors).where(inArray(commentAuthors.pulseId, expired));
  return changed(await db.delete(commentThreads).where(inArray(commentThreads.pulseId, expired)));
}

/** The DMs queued to the commenter name their platform user id: they go with the contact key. */
async function dropQueuedDms(kit: Kit, threadId: string): Promise<void> {
  const { commentMessages, deliveries } = kit.t;
  const leadMessages = kit.db
    .select({ id: commentMessages.id })
    .from(commentMessages)
    .where(and(eq(commentMessages.threadId, threadId), eq(commentMessages.side, 'lead')));
  const field = payloadField(kit, deliveries.payload);
  await kit.db
    .delete(deliveries)
    .where(
      and(
        sql`${field('type')} = 'comment'`,
        sql`${field('threadId')} = ${threadId}`,
        inArray(field('messageId'), leadMessages),
      ),
    );
}

/** A text field of a JSON column: SQLite's json_extract, PostgreSQL's `->>` (payload is `json` there). */
function payloadField(kit: Kit, column: Kit['t']['deliveries']['payload']) {
  return (name: string): SQL =>
    kit.dialect === 'postgres'
      ? sql`${column}->>${sql.raw(`'${name}'`)}`
      : sql`json_extract(${column}, ${sql.raw(`'$.${name}'`)})`;
}
