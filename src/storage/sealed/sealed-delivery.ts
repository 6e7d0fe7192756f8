import type { CommentMessage } from '../../core/loop-ports.js';
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
import type { StoredTeamsConversation } from '../../core/teams-ports.js';
import * as t from '../schema/index.js';
import {
  jsonColumn,
  openAll,
  opened,
  openOne,
  personKeys,
  purposeOf,
  rowCodec,
  tokenColumn,
} from './column-codecs.js';
import type { InnerRepositories } from './inner-store.js';
import type { Sealer, SealPurpose } from './sealer.js';

/** A direct message's target as a token (bound to `context` when given); a channel's stays as it is. */
function dmTargets(sealer: Sealer, purpose: SealPurpose, what: string) {
  const through = (id: (target: Target) => string) => (target: Target) =>
    target.kind === 'dm' ? { ...target, id: id(target) } : target;
  return {
    token: (id: string) => sealer.token(purpose, id),
    seal: (target: Target, context?: string) =>
      through((dm) => sealer.token(purpose, dm.id, context))(target),
    open: (target: Target, context?: string) =>
      through((dm) => opened(sealer.open(purpose, dm.id, context), what))(target),
  };
}

/**
 * The outbox. A direct message's target is sealed with its dedupe key as context: the same person's
 * messages get unrelated targets, so a welcome DM queued next to a vote matches no other row. Notice
 * parameters (which may hold a name) and platform message references (a DM's conversation) are
 * sealed too.
 */
export function sealedOutbox(inner: InnerRepositories, sealer: Sealer): OutboxRepository {
  // `directMessages` holds sealed targets for erasing a person: it stays below the sealing layer.
  const { directMessages: _sealedTargets, ...outbox } = inner.outbox;
  const params = jsonColumn(sealer, purposeOf(t.deliveries, 'payload'));
  const refs = tokenColumn(sealer, purposeOf(t.deliveries, 'messageRef'), 'message reference');
  const targets = dmTargets(sealer, purposeOf(t.deliveries, 'targetId'), 'message target');
  const payload = (way: 'seal' | 'open') => (p: DeliveryPayload) =>
    p.type === 'notice' && p.params ? { ...p, params: params[way](p.params) } : p;
  const openDelivery = (d: Delivery): Delivery => ({
    ...d,
    target: targets.open(d.target, d.dedupeKey),
    payload: payload('open')(d.payload),
    messageRef: refs.open(d.messageRef),
  });
  const sealDelivery = (delivery: NewDelivery): NewDelivery => ({
    ...delivery,
    target: targets.seal(delivery.target, delivery.dedupeKey),
    payload: payload('seal')(delivery.payload),
  });

  return {
    ...outbox,
    enqueue: (delivery, now) => outbox.enqueue(sealDelivery(delivery), now),
    claim: (now, leaseUntil, limit, owner) =>
      openAll(outbox.claim(now, leaseUntil, limit, owner), openDelivery),
    markSent: (id, messageRef, at, audience) => outbox.markSent(id, refs.seal(messageRef), at, audience),
    list: (filter) => openAll(outbox.list(filter), openDelivery),
    postsOf: (dedupeKey) =>
      openAll(outbox.postsOf(dedupeKey), (post) => ({
        ...post,
        target: targets.open(post.target, dedupeKey),
        messageRef: refs.open(post.messageRef),
      })),
    recordDelivered: (delivery, at, audience) => outbox.recordDelivered(sealDelivery(delivery), at, audience),
  };
}

/** Teams conversation references: conversation ids and the person's ids are tokens; answers are sealed. */
export function sealedTeamsConversations(
  inner: InnerRepositories,
  sealer: Sealer,
): TeamsConversationRepository {
  const conversations = inner.teamsConversations;
  const responses = jsonColumn(sealer, purposeOf(t.teamsActivities, 'response'));
  const ids = tokenColumn(sealer, purposeOf(t.teamsConversations, 'conversationId'), 'Teams conversation');
  const users = tokenColumn(sealer, purposeOf(t.teamsConversations, 'userAadObjectId'), 'Teams user');
  const row = rowCodec<StoredTeamsConversation>(sealer, t.teamsConversations);
  return {
    ...conversations,
    save: (ref, now) => conversations.save(row.seal(ref), now),
    get: (id) => openOne(conversations.get(ids.token(id)), row.open),
    personalChatOf: (aadObjectId) =>
      openOne(conversations.personalChatOf(users.token(aadObjectId)), row.open),
    anyInTenant: (tenantId) => openOne(conversations.anyInTenant(tenantId), row.open),
    markRemoved: (id, now) => conversations.markRemoved(ids.token(id), now),
    list: () => openAll(conversations.list(), row.open),
    async rememberActivity(activityId, now) {
      const seen = await conversations.rememberActivity(activityId, now);
      return seen.fresh ? seen : { fresh: false, previousResponse: responses.open(seen.previousResponse) };
    },
    saveResponse: (activityId, response) =>
      conversations.saveResponse(
        activityId,
        response === undefined || response === null ? response : responses.seal(response),
      ),
  };
}

export function sealedAudit(inner: InnerRepositories, sealer: Sealer): AuditRepository {
  const audit = inner.audit;
  const entry = rowCodec<AuditEntry>(sealer, t.auditLog);
  return {
    append: (next) => audit.append(entry.seal(next)),
    recent: (limit) => openAll(audit.recent(limit), entry.open),
    latest: (action) => openOne(audit.latest(action), entry.open),
  };
}

/** The commenter's contact and the replying lead are tokens of their own purposes. */
export function sealedComments(inner: InnerRepositories, sealer: Sealer): CommentRepository {
  const comments = inner.comments;
  const contacts = personKeys(sealer, t.commentContacts, 'personKey');
  const message = rowCodec<CommentMessage>(sealer, t.commentMessages);
  return {
    ...comments,
    add: (thread, contact, authorHash) => comments.add(thread, contacts.token(contact), authorHash),
    contactOf: (threadId) => openOne(comments.contactOf(threadId), contacts.keyOf),
    addMessage: (next) => comments.addMessage(message.seal(next)),
    getMessage: (id) => openOne(comments.getMessage(id), message.open),
    messages: (threadId) => openAll(comments.messages(threadId), message.open),
    forget: (person) => comments.forget(contacts.token(person)),
  };
}

/** The local page's feed: a direct message's person is a token, every message sealed. */
export function sealedFeed(inner: InnerRepositories, sealer: Sealer): FeedRepository {
  const feed = inner.feed;
  const messages = jsonColumn(sealer, purposeOf(t.feedEntries, 'message'));
  const targets = dmTargets(sealer, purposeOf(t.feedEntries, 'targetId'), 'feed target');
  const openEntry = (entry: FeedEntry): FeedEntry => ({
    ...entry,
    target: targets.open(entry.target),
    message: messages.open(entry.message),
  });
  return {
    append: async (target, idempotencyKey, message, at) =>
      openEntry(await feed.append(targets.seal(target), idempotencyKey, messages.seal(message), at)),
    list: (filter) =>
      openAll(
        feed.list(filter.dmUser === undefined ? filter : { ...filter, dmUser: targets.token(filter.dmUser) }),
        openEntry,
      ),
    replace: (id, message) => feed.replace(id, messages.seal(message)),
  };
}
