import { createHmac, randomBytes } from 'node:crypto';
import type { CoreContext } from '../context.js';
import type { CommentMessage, CommentThread } from '../loop-ports.js';
import type { Message } from '../message.js';
import type { Actor, People } from '../people.js';
import type { Repositories } from '../ports.js';
import type { PulseService } from '../pulses/pulse-service.js';
import { type PersonKey, type Pulse, parsePersonKey, personKey } from '../records.js';
import { commentThreshold } from '../settings.js';
import { localDate } from '../time.js';
import type { Locale } from '../vocabulary.js';
import { withCommentButtons } from './comment-messages.js';

export const COMMENT_MAX = 500;
/** How many characters of the random id leads see and type. */
export const SHORT_ID = 8;

/** 128 random bits in lowercase base32: nothing in the id says when or by whom. */
function randomId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  const bytes = randomBytes(26);
  return [...bytes].map((b) => alphabet[b & 31]).join('');
}

export type CommentRefusal = 'not_found' | 'closed' | 'not_voted' | 'already' | 'ended' | 'not_allowed';
export type Side = 'lead' | 'commenter';

/**
 * Anonymous comments on pulse statements and the conversation a lead can start from one. The
 * commenter is reached only through the thread's contact key, looked up here and never handed out.
 */
export function createCommentService(ctx: CoreContext, people: People, pulses: PulseService) {
  const { store, settings } = ctx;
  const keyOf = (actor: Actor) => personKey(actor.platform, actor.userId);
  const authorHash = (pulseId: string, questionId: string, key: PersonKey) =>
    createHmac('sha256', ctx.secret).update(`comment\n${pulseId}\n${questionId}\n${key}`).digest('base64url');
  const isOpen = (pulse: Pulse) => pulse.closedAt === null && pulse.closesAt > ctx.nowIso();

  /** Per statement: how many people commented (hidden comments count: they were written). */
  async function commenters(pulseId: string): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const t of await store.comments.ofPulse(pulseId))
      counts.set(t.questionId, (counts.get(t.questionId) ?? 0) + 1);
    return counts;
  }

  /** What leads may see: a closed pulse, a statement at or above the threshold, not hidden. */
  async function visibleToLeads(thread: CommentThread): Promise<boolean> {
    const pulse = await pulses.get(thread.pulseId);
    if (!pulse || isOpen(pulse) || thread.hidden) return false;
    return ((await commenters(thread.pulseId)).get(thread.questionId) ?? 0) >= commentThreshold(settings);
  }

  /** May this person comment on this statement now? */
  async function mayComment(
    actor: Actor,
    pulseId: string,
    questionId: string,
  ): Promise<CommentRefusal | Pulse> {
    const pulse = await pulses.get(pulseId);
    if (!pulse?.questionIds.includes(questionId)) return 'not_found';
    if (!isOpen(pulse)) return 'closed';
    if (!(await pulses.answersOf(pulse, actor)).has(questionId)) return 'not_voted';
    return (await store.comments.hasAuthor(
      pulseId,
      questionId,
      authorHash(pulseId, questionId, keyOf(actor)),
    ))
      ? 'already'
      : pulse;
  }

  async function resolve(id: string): Promise<CommentThread | undefined> {
    const wanted = id.trim().toLowerCase();
    if (wanted.length < 6) return undefined;
    const found = await store.comments.byPrefix(wanted);
    return found.length === 1 ? found[0] : undefined;
  }

  /** Which side of the thread this person is on, if any. */
  async function sideOf(actor: Actor, thread: CommentThread): Promise<Side | undefined> {
    if ((await store.comments.contactOf(thread.id)) === keyOf(actor)) return 'commenter';
    return (await people.isLeadOrAdmin(keyOf(actor))) && (await visibleToLeads(thread)) ? 'lead' : undefined;
  }

  /** Inside a transaction: `tx` is its handle. */
  async function queue(tx: Repositories, thread: CommentThread, message: CommentMessage, to: PersonKey) {
    const target = parsePersonKey(to);
    if (!target) return;
    const now = ctx.nowIso();
    await tx.outbox.enqueue(
      {
        dedupeKey: `comment:${message.id}`,
        target: { platform: target.platform, kind: 'dm', id: target.userId },
        payload: { type: 'comment', threadId: thread.id, messageId: message.id },
        notBefore: now,
      },
      now,
    );
  }

  return {
    mayComment,
    resolve,
    sideOf,
    threshold: () => commentThreshold(settings),
    commenters,
    /**
     * "Kommenter anonymt" under each statement of an open pulse answered and not yet commented on.
     * `noneCommented`: the caller knows there is nothing to look up (a voter's first answer in the pulse).
     */
    async withButtons(
      message: Message,
      pulse: Pulse,
      actor: Actor,
      answered: Iterable<string>,
      locale: Locale,
      { noneCommented = false } = {},
    ): Promise<Message> {
      if (!isOpen(pulse)) return message;
      const key = keyOf(actor);
      const hashes = new Map([...answered].map((q) => [q, authorHash(pulse.id, q, key)]));
      const commented = noneCommented
        ? new Set<string>()
        : await store.comments.authorsAmong(pulse.id, [...hashes.values()]);
      const commentable = new Set([...hashes].flatMap(([q, hash]) => (commented.has(hash) ? [] : [q])));
      return withCommentButtons(message, commentable, locale);
    },

    /** Stores the comment in its own transaction (never the vote's): false when refused. */
    async add(
      actor: Actor,
      pulseId: string,
      questionId: string,
      text: string,
    ): Promise<CommentRefusal | 'ok'> {
      const allowed = await mayComment(actor, pulseId, questionId);
      if (typeof allowed === 'string') return allowed;
      const thread: CommentThread = {
        id: randomId(),
        pulseId,
        questionId,
        text,
        createdOn: localDate(ctx.clock.now(), settings.timezone),
        hidden: false,
        ended: false,
      };
      const added = await store.comments.add(
        thread,
        keyOf(actor),
        authorHash(pulseId, questionId, keyOf(actor)),
      );
      return added ? 'ok' : 'already';
    },

    /** Comments leads may see in a pulse, by statement; statements under the threshold are withheld. */
    async forLeads(pulseId: string): Promise<{ questionId: string; threads: CommentThread[] | undefined }[]> {
      const counts = await commenters(pulseId);
      const all = await store.comments.ofPulse(pulseId);
      const pulse = await pulses.get(pulseId);
      return (pulse?.questionIds ?? [])
        .filter((q) => counts.has(q))
        .map((questionId) => ({
          questionId,
          threads:
            (counts.get(questionId) ?? 0) >= commentThreshold(settings)
              ? all.filter((t) => t.questionId === questionId && !t.hidden)
              : undefined,
        }));
    },

    /** A reply from either side; the other side gets it as a DM through the outbox. */
    async reply(actor: Actor, thread: CommentThread, text: string): Promise<CommentRefusal | Side> {
      if (thread.ended) return 'ended';
      const side = await sideOf(actor, thread);
      if (!side) return 'not_found';
      const message: CommentMessage = {
        id: randomId(),
        threadId: thread.id,
        side,
        leadKey: side === 'lead' ? keyOf(actor) : null,
        text,
        at: ctx.nowIso(),
      };
      const contact = await store.comments.contactOf(thread.id);
      const leads = [
        ...new Set((await store.comments.messages(thread.id)).flatMap((m) => (m.leadKey ? [m.leadKey] : []))),
      ];
      if (side === 'commenter' && leads.length === 0) return 'not_found';
      if (side === 'lead' && !contact) return 'ended';
      await store.transaction(async (tx) => {
        await tx.comments.addMessage(message);
        for (const to of side === 'lead' ? [contact as PersonKey] : leads)
          await queue(tx, thread, message, to);
      });
      return side;
    },

    /** Hidden comments never appear again, and their conversation ends. */
    async hide(actor: Actor, thread: CommentThread): Promise<CommentRefusal | 'ok'> {
      if ((await sideOf(actor, thread)) !== 'lead') return 'not_found';
      await store.transaction(async (tx) => {
        await tx.comments.hide(thread.id);
        await tx.comments.end(thread.id);
      });
      return 'ok';
    },

    async end(actor: Actor, thread: CommentThread): Promise<CommentRefusal | 'ok'> {
      if (thread.ended) return 'ended';
      if (!(await sideOf(actor, thread))) return 'not_found';
      await store.comments.end(thread.id);
      return 'ok';
    },

    /** A thread's message as one side sees it in a DM; undefined when it should not go out. */
    async delivered(threadId: string, messageId: string, to: PersonKey) {
      const thread = await store.comments.get(threadId);
      const message = await store.comments.getMessage(messageId);
      if (!thread || !message || thread.hidden || message.threadId !== thread.id) return undefined;
      const toCommenter = message.side === 'lead';
      if (toCommenter && (await store.comments.contactOf(thread.id)) !== to) return undefined;
      if (!toCommenter && !(await store.comments.messages(thread.id)).some((m) => m.leadKey === to))
        return undefined;
      return { thread, message, toCommenter };
    },
  };
}

export type CommentService = ReturnType<typeof createCommentService>;
