import type { CommentMessage } from '../../core/loop-ports.js';
import type { Message } from '../../core/message.js';
import type {
  AuditEntry,
  AuditRepository,
  CommentRepository,
  FeedEntry,
  FeedRepository,
  NewDelivery,
  OutboxRepository,
  TeamsConversationRepository,
} from '../../core/ports.js';
import type { Delivery, DeliveryPayload, Target } from '../../core/records.js';
import type { StoredTeamsConversation, TeamsConversationRef } from '../../core/teams-ports.js';
import { jsonColumn, openAll, opened, openOne, personColumns } from './column-codecs.js';
import type { InnerRepositories } from './inner-store.js';
import type { Sealer } from './sealer.js';

/**
 * The outbox. A direct message's target is sealed with its dedupe key as context: the same person's
 * messages get unrelated targets, so a welcome DM queued next to a vote matches no other row. Notice
 * parameters (which may hold a name) and platform message references (a DM's conversation) are
 * sealed too.
 */
export function sealedOutbox(inner: InnerRepositories, sealer: Sealer): OutboxRepository {
  const outbox = inner.outbox;
  const params = jsonColumn(sealer, 'deliveries.params');
  const ref = (messageRef: string | null) =>
    messageRef === null ? null : sealer.token('deliveries.message', messageRef);
  const openRef = (stored: string | null) =>
    stored === null ? null : opened(sealer.open('deliveries.message', stored), 'message reference');
  const sealTarget = (target: Target, dedupeKey: string): Target =>
    target.kind === 'dm'
      ? { ...target, id: sealer.token('deliveries.target', target.id, dedupeKey) }
      : target;
  const openTarget = (target: Target, dedupeKey: string): Target =>
    target.kind === 'dm'
      ? { ...target, id: opened(sealer.open('deliveries.target', target.id, dedupeKey), 'message target') }
      : target;
  const sealPayload = (payload: DeliveryPayload): DeliveryPayload =>
    payload.type === 'notice' && payload.params
      ? { ...payload, params: params.seal(payload.params) as Record<string, string> }
      : payload;
  const openPayload = (payload: DeliveryPayload): DeliveryPayload =>
    payload.type === 'notice' && payload.params
      ? { ...payload, params: params.open(payload.params) as Record<string, string> }
      : payload;
  const openDelivery = (d: Delivery): Delivery => ({
    ...d,
    target: openTarget(d.target, d.dedupeKey),
    payload: openPayload(d.payload),
    messageRef: openRef(d.messageRef),
  });

  const sealDelivery = (delivery: NewDelivery): NewDelivery => ({
    ...delivery,
    target: sealTarget(delivery.target, delivery.dedupeKey),
    payload: sealPayload(delivery.payload),
  });

  return {
    enqueue: (delivery, now) => outbox.enqueue(sealDelivery(delivery), now),
    claim: (now, leaseUntil, limit, owner) =>
      openAll(outbox.claim(now, leaseUntil, limit, owner), openDelivery),
    markDispatched: (id, attempts, owner, at, leaseUntil) =>
      outbox.markDispatched(id, attempts, owner, at, leaseUntil),
    leaseOwners: () => outbox.leaseOwners(),
    expireLeases: (owners, now) => outbox.expireLeases(owners, now),
    markSent: (id, messageRef, at, audience) => outbox.markSent(id, ref(messageRef), at, audience),
    retryLater: (id, nextAttemptAt, error, inDoubt) => outbox.retryLater(id, nextAttemptAt, error, inDoubt),
    markFailed: (id, error, at) => outbox.markFailed(id, error, at),
    list: (filter) => openAll(outbox.list(filter), openDelivery),
    counts: () => outbox.counts(),
    pruneDirectMessages: (before) => outbox.pruneDirectMessages(before),
    postsOf: (dedupeKey) =>
      openAll(outbox.postsOf(dedupeKey), (post) => ({
        ...post,
        target: openTarget(post.target, dedupeKey),
        messageRef: openRef(post.messageRef),
      })),
    recordDelivered: (delivery, at, audience) => outbox.recordDelivered(sealDelivery(delivery), at, audience),
    audiencesOf: (dedupeKey) => outbox.audiencesOf(dedupeKey),
  };
}

/** Teams conversation references: conversation ids and the person's ids are tokens; answers are sealed. */
export function sealedTeamsConversations(
  inner: InnerRepositories,
  sealer: Sealer,
): TeamsConversationRepository {
  const conversations = inner.teamsConversations;
  const responses = jsonColumn(sealer, 'teams.activity');
  const conversation = (id: string) => sealer.token('teams.conversation', id);
  const user = (id: string | null) => (id === null ? null : sealer.token('teams.user', id));
  const openUser = (id: string | null) =>
    id === null ? null : opened(sealer.open('teams.user', id), 'Teams user');
  const sealRef = (ref: TeamsConversationRef): TeamsConversationRef => ({
    ...ref,
    conversationId: conversation(ref.conversationId),
    userAadObjectId: user(ref.userAadObjectId),
    userId: user(ref.userId),
  });
  const openRow = (row: StoredTeamsConversation): StoredTeamsConversation => ({
    ...row,
    conversationId: opened(sealer.open('teams.conversation', row.conversationId), 'Teams conversation'),
    userAadObjectId: openUser(row.userAadObjectId),
    userId: openUser(row.userId),
  });
  return {
    save: (ref, now) => conversations.save(sealRef(ref), now),
    get: (id) => openOne(conversations.get(conversation(id)), openRow),
    personalChatOf: (aadObjectId) =>
      openOne(conversations.personalChatOf(sealer.token('teams.user', aadObjectId)), openRow),
    anyInTenant: (tenantId) => openOne(conversations.anyInTenant(tenantId), openRow),
    markRemoved: (id, now) => conversations.markRemoved(conversation(id), now),
    list: () => openAll(conversations.list(), openRow),
    async rememberActivity(activityId, now) {
      const seen = await conversations.rememberActivity(activityId, now);
      return seen.fresh ? seen : { fresh: false, previousResponse: responses.open(seen.previousResponse) };
    },
    saveResponse: (activityId, response) =>
      conversations.saveResponse(
        activityId,
        response === undefined || response === null ? response : responses.seal(response),
      ),
    pruneActivities: (before) => conversations.pruneActivities(before),
  };
}

export function sealedAudit(inner: InnerRepositories, sealer: Sealer): AuditRepository {
  const audit = inner.audit;
  const actors = personColumns(sealer, 'audit.actor');
  const details = jsonColumn(sealer, 'audit.details');
  const openEntry = (entry: AuditEntry): AuditEntry => ({
    ...entry,
    actorKey: actors.maybeKey(entry.actorKey),
    details: details.open(entry.details) as Record<string, unknown>,
  });
  return {
    append: (entry) =>
      audit.append({
        ...entry,
        actorKey: actors.maybeToken(entry.actorKey),
        details: details.seal(entry.details) as Record<string, unknown>,
      }),
    recent: (limit) => openAll(audit.recent(limit), openEntry),
    latest: (action) => openOne(audit.latest(action), openEntry),
  };
}

/** The commenter's contact and the replying lead are tokens of their own purposes. */
export function sealedComments(inner: InnerRepositories, sealer: Sealer): CommentRepository {
  const comments = inner.comments;
  const contacts = personColumns(sealer, 'comments.contact');
  const leads = personColumns(sealer, 'comments.lead');
  const openMessage = (message: CommentMessage) => ({ ...message, leadKey: leads.maybeKey(message.leadKey) });
  return {
    ...comments,
    add: (thread, contact, authorHash) => comments.add(thread, contacts.token(contact), authorHash),
    contactOf: (threadId) => openOne(comments.contactOf(threadId), contacts.keyOf),
    addMessage: (message) => comments.addMessage({ ...message, leadKey: leads.maybeToken(message.leadKey) }),
    getMessage: (id) => openOne(comments.getMessage(id), openMessage),
    messages: (threadId) => openAll(comments.messages(threadId), openMessage),
    forget: (person) => comments.forget(contacts.token(person)),
  };
}

/** The local page's feed: a direct message's person is a token, every message sealed. */
export function sealedFeed(inner: InnerRepositories, sealer: Sealer): FeedRepository {
  const feed = inner.feed;
  const messages = jsonColumn(sealer, 'feed.message');
  const sealTarget = (target: Target): Target =>
    target.kind === 'dm' ? { ...target, id: sealer.token('feed.target', target.id) } : target;
  const openEntry = (entry: FeedEntry): FeedEntry => ({
    ...entry,
    target:
      entry.target.kind === 'dm'
        ? { ...entry.target, id: opened(sealer.open('feed.target', entry.target.id), 'feed target') }
        : entry.target,
    message: messages.open(entry.message) as Message,
  });
  return {
    append: async (target, idempotencyKey, message, at) =>
      openEntry(
        await feed.append(
          sealTarget(target),
          idempotencyKey,
          messages.seal(message) as unknown as Message,
          at,
        ),
      ),
    list: (filter) =>
      openAll(
        feed.list(
          filter.dmUser === undefined
            ? filter
            : { ...filter, dmUser: sealer.token('feed.target', filter.dmUser) },
        ),
        openEntry,
      ),
    replace: (id, message) => feed.replace(id, messages.seal(message) as unknown as Message),
  };
}
