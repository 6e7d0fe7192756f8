import { createHmac, randomBytes } from 'node:crypto';
import type { CoreContext } from '../context.js';
import type { CommentMessage, CommentThread } from '../loop-ports.js';
import type { Message } from '../message.js';
import type { Actor, People } from '../people.js';
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
  function commenters(pulseId: string): Map<string, number> {
    const counts = new Map<string, number>();
    for (const t of store.comments.ofPulse(pulseId))
      counts.set(t.questionId, (counts.get(t.questionId) ?? 0) + 1);
    return counts;
  }

  /** What leads may see: a closed pulse, a statement at or above the threshold, not hidden. */
  function visibleToLeads(thread: CommentThread): boolean {
    const pulse = pulses.get(thread.pulseId);
    if (!pulse || isOpen(pulse) || thread.hidden) return false;
    return (commenters(thread.pulseId).get(thread.questionId) ?? 0) >= commentThreshold(settings);
  }

  /** May this person comment on this statement now? */
  function mayComment(actor: Actor, pulseId: string, questionId: string): CommentRefusal | Pulse {
    const pulse = pulses.get(pulseId);
    if (!pulse?.questionIds.includes(questionId)) return 'not_found';
    if (!isOpen(pulse)) return 'closed';
    if (!pulses.answersOf(pulse, actor).has(questionId)) return 'not_voted';
    return store.comments.hasAuthor(pulseId, questionId, authorHash(pulseId, questionId, keyOf(actor)))
      ? 'already'
      : pulse;
  }

  function resolve(id: string): CommentThread | undefined {
    const wanted = id.trim().toLowerCase();
    if (wanted.length < 6) return undefined;
    const found = store.comments.byPrefix(wanted);
    return found.length === 1 ? found[0] : undefined;
  }

  /** Which side of the thread this person is on, if any. */
  function sideOf(actor: Actor, thread: CommentThread): Side | undefined {
    if (store.comments.contactOf(thread.id) === keyOf(actor)) return 'commenter';
    return people.isLeadOrAdmin(keyOf(actor)) && visibleToLeads(thread) ? 'lead' : undefined;
  }

  function queue(thread: CommentThread, message: CommentMessage, to: PersonKey): void {
    const target = parsePersonKey(to);
    if (!target) return;
    const now = ctx.nowIso();
    store.outbox.enqueue(
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
    /** "Kommenter anonymt" under each statement of an open pulse answered and not yet commented on. */
    withButtons(
      message: Message,
      pulse: Pulse,
      actor: Actor,
      answered: Iterable<string>,
      locale: Locale,
    ): Message {
      if (!isOpen(pulse)) return message;
      const key = keyOf(actor);
      const commentable = new Set(
        [...answered].filter((q) => !store.comments.hasAuthor(pulse.id, q, authorHash(pulse.id, q, key))),
      );
      return withCommentButtons(message, commentable, locale);
    },

    /** Stores the comment in its own transaction (never the vote's): false when refused. */
    add(actor: Actor, pulseId: string, questionId: string, text: string): CommentRefusal | 'ok' {
      const allowed = mayComment(actor, pulseId, questionId);
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
      return store.comments.add(thread, keyOf(actor), authorHash(pulseId, questionId, keyOf(actor)))
        ? 'ok'
        : 'already';
    },

    /** Comments leads may see in a pulse, by statement; statements under the threshold are withheld. */
    forLeads(pulseId: string): { questionId: string; threads: CommentThread[] | undefined }[] {
      const counts = commenters(pulseId);
      const all = store.comments.ofPulse(pulseId);
      const pulse = pulses.get(pulseId);
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
    reply(actor: Actor, thread: CommentThread, text: string): CommentRefusal | Side {
      if (thread.ended) return 'ended';
      const side = sideOf(actor, thread);
      if (!side) return 'not_found';
      const message: CommentMessage = {
        id: randomId(),
        threadId: thread.id,
        side,
        leadKey: side === 'lead' ? keyOf(actor) : null,
        text,
        at: ctx.nowIso(),
      };
      const contact = store.comments.contactOf(thread.id);
      const leads = [
        ...new Set(store.comments.messages(thread.id).flatMap((m) => (m.leadKey ? [m.leadKey] : []))),
      ];
      if (side === 'commenter' && leads.length === 0) return 'not_found';
      if (side === 'lead' && !contact) return 'ended';
      store.transaction(() => {
        store.comments.addMessage(message);
        for (const to of side === 'lead' ? [contact as PersonKey] : leads) queue(thread, message, to);
      });
      return side;
    },

    /** Hidden comments never appear again, and their conversation ends. */
    hide(actor: Actor, thread: CommentThread): CommentRefusal | 'ok' {
      if (sideOf(actor, thread) !== 'lead') return 'not_found';
      store.transaction(() => {
        store.comments.hide(thread.id);
        store.comments.end(thread.id);
      });
      return 'ok';
    },

    end(actor: Actor, thread: CommentThread): CommentRefusal | 'ok' {
      if (thread.ended) return 'ended';
      if (!sideOf(actor, thread)) return 'not_found';
      store.comments.end(thread.id);
      return 'ok';
    },

    /** A thread's message as one side sees it in a DM; undefined when it should not go out. */
    delivered(threadId: string, messageId: string, to: PersonKey) {
      const thread = store.comments.get(threadId);
      const message = store.comments.getMessage(messageId);
      if (!thread || !message || thread.hidden || message.threadId !== thread.id) return undefined;
      const toCommenter = message.side === 'lead';
      if (toCommenter && store.comments.contactOf(thread.id) !== to) return undefined;
      if (!toCommenter && !store.comments.messages(thread.id).some((m) => m.leadKey === to)) return undefined;
      return { thread, message, toCommenter };
    },
  };
}

export type CommentService = ReturnType<typeof createCommentService>;
