import type { Message } from '../core/message.js';
import type {
  ChatGateway,
  Clock,
  Logger,
  SendResult,
  StoredTeamsConversation,
  TeamsConversationBook,
} from '../core/ports.js';
import type { Target } from '../core/records.js';
import { cardActivity, PULSE_REFRESH_VERB } from './card-types.js';
import { renderMessage } from './render-message.js';
import { lookupTeamsMember, rosterPeople } from './roster.js';

/** What the gateway needs from the Teams connector (the SDK's ApiClient, or a test double of it). */
export interface TeamsConnector {
  sendActivity(serviceUrl: string, conversationId: string, activity: object): Promise<{ id?: string }>;
  createPersonalConversation(
    serviceUrl: string,
    input: { botId: string; memberId: string; tenantId: string | null },
  ): Promise<{ id: string }>;
  /** The roster API: one member of a conversation (team, channel, group or 1:1 chat). */
  getMember(serviceUrl: string, conversationId: string, memberId: string): Promise<Record<string, unknown>>;
  /**
   * `GET /v3/conversations/{id}/pagedmembers?pageSize=&continuationToken=`: one page of the roster,
   * `{ continuationToken?, members: ChannelAccount[] }`.
   */
  getPagedMembers?(
    serviceUrl: string,
    conversationId: string,
    continuationToken?: string,
  ): Promise<{ continuationToken?: string; members?: { id?: string }[] }>;
  /** `PUT /v3/conversations/{id}/activities/{activityId}`: replaces a posted activity. */
  updateActivity?(
    serviceUrl: string,
    conversationId: string,
    activityId: string,
    activity: object,
  ): Promise<void>;
}

/**
 * The person cannot get a 1:1 chat: not in any team the bot is in, or the app is not installed for
 * them (the connector answers 403/404, "UserNotFound"). Permanent: retrying cannot help until an
 * admin installs the app for them (setup policy), so the core can tell the nominator at once.
 */
export const UNREACHABLE = 'teams_user_unreachable';

type ConnectorResponse = {
  status?: number;
  headers?: Record<string, unknown>;
  data?: { error?: { code?: unknown; message?: unknown } };
};

/**
 * The connector names a person it cannot reach "UserNotFound", in the error's code or message and
 * under more than one status (403, 404, and 500 for a 1:1 chat): whatever the status, retrying cannot help.
 */
function userNotFound(response: ConnectorResponse | undefined): boolean {
  const { code, message } = response?.data?.error ?? {};
  return code === 'UserNotFound' || (typeof message === 'string' && message.includes('UserNotFound'));
}

/** Connector failures as `SendResult` codes: 429 waits, a removed bot is never retried. */
export function classifyError(error: unknown): Extract<SendResult, { ok: false }> {
  const response = (error as { response?: ConnectorResponse }).response;
  const status = response?.status;
  if (userNotFound(response)) return { ok: false, permanent: true, code: UNREACHABLE };
  if (status === 429) {
    const header = response?.headers?.['retry-after'];
    const seconds = Number(Array.isArray(header) ? header[0] : header);
    return {
      ok: false,
      permanent: false,
      code: 'rate_limited',
      ...(Number.isFinite(seconds) ? { retryAfterMs: Math.max(0, seconds) * 1000 } : {}),
    };
  }
  if (status === 403) return { ok: false, permanent: true, code: 'bot_removed' };
  if (status === 404) return { ok: false, permanent: true, code: 'conversation_not_found' };
  if (status === 400) return { ok: false, permanent: true, code: 'bad_request' };
  return { ok: false, permanent: false, code: status ? `http_${status}` : 'network_error' };
}

/** The most people a card's refresh names (Microsoft: "up to 60 user MRIs"). */
const REFRESH_USERS_MAX = 60;

/** How long a roster read for a pulse's card may serve its audience count (they follow each other). */
const ROSTER_REUSE_MS = 60_000;

const scaleOf = (message: Message) => message.blocks.find((block) => block.type === 'scale');

/**
 * The pulse card asks Teams for a per-user refresh so each person sees their own answer. Teams runs it
 * by itself only for the people listed (`userIds: []` means nobody: a manual "Refresh card"); without
 * the list (roster unreadable) it runs for everyone in a conversation of at most 60.
 */
function refreshFor(message: Message, userIds: string[] | undefined) {
  const scale = scaleOf(message);
  return scale
    ? { verb: PULSE_REFRESH_VERB, data: { pulseId: scale.pulseId }, ...(userIds ? { userIds } : {}) }
    : undefined;
}

export interface TeamsGatewayDeps {
  conversations: TeamsConversationBook;
  connector: TeamsConnector;
  clock: Clock;
  logger: Logger;
}

/** Proactive posts to stored conversation references, through the connector at their service URL. */
export function createTeamsGateway(deps: TeamsGatewayDeps): ChatGateway {
  const { conversations, connector, clock, logger } = deps;

  /** A team or channel the bot is in: its roster knows everyone the bot can reach there. */
  async function rosterAnchor(): Promise<StoredTeamsConversation | undefined> {
    const shared = (await conversations.list())
      .filter((ref) => !ref.removedAt && ref.conversationType !== 'personal')
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return shared[0] ?? (await conversations.anyInTenant(null));
  }

  async function personalChat(aadObjectId: string): Promise<StoredTeamsConversation | SendResult> {
    const known = await conversations.personalChatOf(aadObjectId);
    if (known) return known;
    const anchor = await rosterAnchor();
    if (!anchor) return { ok: false, permanent: true, code: 'no_conversation_reference' };
    // People the bot has not met are opened by their Teams id from the roster; the Entra id alone
    // often gets "UserNotFound".
    const member = await lookupTeamsMember(connector, {
      serviceUrl: anchor.serviceUrl,
      conversationId: anchor.conversationId,
      userId: aadObjectId,
    });
    let created: { id: string };
    try {
      created = await connector.createPersonalConversation(anchor.serviceUrl, {
        botId: anchor.botId,
        memberId: member?.id ?? aadObjectId,
        tenantId: anchor.tenantId,
      });
    } catch (error) {
      const response = (error as { response?: ConnectorResponse }).response;
      const status = response?.status;
      if (status === 400 || status === 403 || status === 404 || userNotFound(response))
        return { ok: false, permanent: true, code: UNREACHABLE };
      throw error;
    }
    const ref = {
      conversationId: created.id,
      conversationType: 'personal' as const,
      tenantId: anchor.tenantId,
      serviceUrl: anchor.serviceUrl,
      botId: anchor.botId,
      userAadObjectId: aadObjectId,
      userId: member?.id ?? null,
    };
    await conversations.save(ref, clock.now().toISOString());
    return (await conversations.get(created.id)) ?? { ...ref, removedAt: null, createdAt: '', updatedAt: '' };
  }

  /**
   * A pulse's card names the roster for its refresh, and its audience is counted from the roster once
   * sent: one read serves both (whichever asks first reads, the other takes it).
   */
  const rosterRead = new Map<string, { people: string[]; at: number }>();
  async function pulseRoster(ref: StoredTeamsConversation): Promise<string[]> {
    const now = clock.now().getTime();
    const known = rosterRead.get(ref.conversationId);
    rosterRead.delete(ref.conversationId);
    // Only the read of this very delivery: one left by a send that failed is not reused later.
    if (known && now - known.at < ROSTER_REUSE_MS) return known.people;
    const people = await rosterPeople(connector, ref);
    rosterRead.set(ref.conversationId, { people, at: now });
    return people;
  }

  /** Whom a channel's pulse card refreshes for by itself, before they click: the first 60 of its roster. */
  async function channelPeople(ref: StoredTeamsConversation): Promise<string[] | undefined> {
    try {
      return (await pulseRoster(ref)).slice(0, REFRESH_USERS_MAX);
    } catch (error) {
      logger.warn('teams roster unreadable for refresh', { error: String(error) });
      return undefined;
    }
  }

  async function channel(id: string): Promise<StoredTeamsConversation | SendResult> {
    const known = await conversations.get(id);
    if (known) return known;
    // A channel of a team the bot is in shares the team's service URL; the team itself was stored.
    const anchor = await conversations.anyInTenant(null);
    if (!anchor) return { ok: false, permanent: true, code: 'no_conversation_reference' };
    return {
      ...anchor,
      conversationId: id,
      conversationType: 'channel',
      userAadObjectId: null,
      userId: null,
    };
  }

  return {
    platform: 'teams',
    async send(target: Target, message: Message): Promise<SendResult> {
      let conversationId = target.id;
      try {
        const ref = target.kind === 'dm' ? await personalChat(target.id) : await channel(target.id);
        if ('ok' in ref) {
          if (!ref.ok)
            logger.warn('teams send failed', { target: `${target.kind}:${target.id}`, code: ref.code });
          return ref;
        }
        if (ref.removedAt) return { ok: false, permanent: true, code: 'bot_removed' };
        conversationId = ref.conversationId;
        const userIds = ref.userId ? [ref.userId] : scaleOf(message) ? await channelPeople(ref) : undefined;
        const card = renderMessage(message, { refresh: refreshFor(message, userIds) });
        const activity = cardActivity(card, message.fallbackText);
        const sent = await connector.sendActivity(ref.serviceUrl, ref.conversationId, activity);
        return { ok: true, messageRef: sent.id ? `${ref.conversationId}|${sent.id}` : ref.conversationId };
      } catch (error) {
        const result = classifyError(error);
        // 403: the bot was removed (or the person blocked it); stop posting there.
        if (result.code === 'bot_removed')
          await conversations.markRemoved(conversationId, clock.now().toISOString());
        logger.warn('teams send failed', { target: `${target.kind}:${target.id}`, code: result.code });
        return result;
      }
    },

    // The paged roster (the unpaged `GET …/members` is deprecated for large teams). A standard
    // channel's roster is its team's. Bots have ids starting `28:`; the roster lists people only, but
    // a bot that shows up there is left out.
    async countMembers(target: Target): Promise<number> {
      if (!connector.getPagedMembers) throw new Error('roster_unsupported');
      const ref = await channel(target.id);
      if ('ok' in ref) throw new Error(ref.ok ? 'no_conversation' : ref.code);
      return (await pulseRoster(ref)).length;
    },

    // A closed pulse: the card is replaced in place (its refresh goes too, so nobody gets a live card).
    async update(target: Target, messageRef: string, message: Message): Promise<SendResult> {
      const split = messageRef.lastIndexOf('|');
      if (split <= 0 || !connector.updateActivity)
        return { ok: false, permanent: true, code: 'no_activity_id' };
      const conversationId = messageRef.slice(0, split);
      const activityId = messageRef.slice(split + 1);
      try {
        const ref = await channel(conversationId);
        if ('ok' in ref) return ref;
        if (ref.removedAt) return { ok: false, permanent: true, code: 'bot_removed' };
        const activity = {
          ...cardActivity(renderMessage(message, {}), message.fallbackText),
          id: activityId,
        };
        await connector.updateActivity(ref.serviceUrl, conversationId, activityId, activity);
        return { ok: true, messageRef };
      } catch (error) {
        const result = classifyError(error);
        logger.warn('teams update failed', { target: `${target.kind}:${target.id}`, code: result.code });
        return result;
      }
    },
  };
}
