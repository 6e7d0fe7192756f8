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
  opened,
  personKeys,
  purposeOf,
  rowCodec,
  sealing,
  tokenColumn,
} from './column-codecs.js';
import type { InnerRepositories } from './inner-store.js';
import type { Sealer, SealPurpose } from './sealer.js';

type FeedFilter = Parameters<FeedRepository['list']>[0];

/** A direct message's target as a token (bound to `context` when given); a channel's stays as it is. */
function dmTargets(sealer: Sealer, purpose: SealPurpose, what: string) {
  const dm = (target: Target, id: (id: string) => string) =>
    target.kind === 'dm' ? { ...target, id: id(target.id) } : target;
  return {
    token: (id: string) => sealer.token(purpose, id),
    seal: (target: Target, context?: string) => dm(target, (id) => sealer.token(purpose, id, context)),
    open: (target: Target, context?: string) =>
      dm(target, (id) => opened(sealer.open(purpose, id, context), what)),
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
    ...sealing(outbox)
      .seal(sealDelivery, 'enqueue', 'recordDelivered')
      .sealAt(1, refs.seal, 'markSent')
      .open(openDelivery, 'claim', 'list').repository,
    postsOf: async (dedupeKey) =>
      (await outbox.postsOf(dedupeKey)).map((post) => ({
        ...post,
        target: targets.open(post.target, dedupeKey),
        messageRef: refs.open(post.messageRef),
      })),
  };
}

/** Teams conversation references: conversation ids and the person's ids are tokens; answers are sealed. */
export function sealedTeamsConversations(
  inner: InnerRepositories,
  sealer: Sealer,
): TeamsConversationRepository {
  const responses = jsonColumn(sealer, purposeOf(t.teamsActivities, 'response'));
  const ids = tokenColumn(sealer, purposeOf(t.teamsConversations, 'conversationId'), 'Teams conversation');
  const users = tokenColumn(sealer, purposeOf(t.teamsConversations, 'userAadObjectId'), 'Teams user');
  const row = rowCodec<StoredTeamsConversation>(sealer, t.teamsConversations);
  const conversations = sealing(inner.teamsConversations)
    .seal(row.seal, 'save')
    .seal(ids.token, 'get', 'markRemoved')
    .seal(users.token, 'personalChatOf')
    .sealAt(1, responses.seal, 'saveResponse')
    .open(row.open, 'get', 'personalChatOf', 'anyInTenant', 'list').repository;
  return {
    ...conversations,
    async rememberActivity(activityId, now) {
      const seen = await conversations.rememberActivity(activityId, now);
      return seen.fresh ? seen : { fresh: false, previousResponse: responses.open(seen.previousResponse) };
    },
  };
}

export function sealedAudit(inner: InnerRepositories, sealer: Sealer): AuditRepository {
  const entry = rowCodec<AuditEntry>(sealer, t.auditLog);
  return sealing(inner.audit).seal(entry.seal, 'append').open(entry.open, 'recent', 'latest').repository;
}

/** The commenter's contact and the replying lead are tokens of their own purposes. */
export function sealedComments(inner: InnerRepositories, sealer: Sealer): CommentRepository {
  const contacts = personKeys(sealer, t.commentContacts, 'personKey');
  const message = rowCodec<CommentMessage>(sealer, t.commentMessages);
  return sealing(inner.comments)
    .sealAt(1, contacts.token, 'add')
    .seal(contacts.token, 'forget')
    .open(contacts.keyOf, 'contactOf')
    .seal(message.seal, 'addMessage')
    .open(message.open, 'getMessage', 'messages').repository;
}

/** The local page's feed: a direct message's person is a token, every message sealed. */
export function sealedFeed(inner: InnerRepositories, sealer: Sealer): FeedRepository {
  const messages = jsonColumn(sealer, purposeOf(t.feedEntries, 'message'));
  const targets = dmTargets(sealer, purposeOf(t.feedEntries, 'targetId'), 'feed target');
  const openEntry = (entry: FeedEntry): FeedEntry => ({
    ...entry,
    target: targets.open(entry.target),
    message: messages.open(entry.message),
  });
  const dmUser = (filter: FeedFilter) =>
    filter.dmUser === undefined ? filter : { ...filter, dmUser: targets.token(filter.dmUser) };
  return sealing(inner.feed)
    .seal(targets.seal, 'append')
    .sealAt(2, messages.seal, 'append')
    .sealAt(1, messages.seal, 'replace')
    .seal(dmUser, 'list')
    .open(openEntry, 'append', 'list').repository;
}
