import type { Message } from '../core/message.js';
import type { ChatGateway, Clock, Logger, SendResult } from '../core/ports.js';
import type { Target } from '../core/records.js';
import type { StoredTeamsConversation, TeamsConversationRepository } from '../storage/index.js';
import { cardActivity } from './card-types.js';
import { PULSE_REFRESH_VERB } from './parse.js';
import { renderMessage } from './render-message.js';

/** What the gateway needs from the Teams connector (the SDK's ApiClient, or a test double of it). */
export interface TeamsConnector {
  sendActivity(serviceUrl: string, conversationId: string, activity: object): Promise<{ id?: string }>;
  createPersonalConversation(
    serviceUrl: string,
    input: { botId: string; memberId: string; tenantId: string | null },
  ): Promise<{ id: string }>;
  /** `PUT /v3/conversations/{id}/activities/{activityId}`: replaces a posted activity. */
  updateActivity?(
    serviceUrl: string,
    conversationId: string,
    activityId: string,
    activity: object,
  ): Promise<void>;
}

/** Connector failures as `SendResult` codes: 429 waits, a removed bot is never retried. */
export function classifyError(error: unknown): Extract<SendResult, { ok: false }> {
  const response = (error as { response?: { status?: number; headers?: Record<string, unknown> } }).response;
  const status = response?.status;
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

/** The pulse card asks Teams for a per-user refresh so each person sees their own answer. */
function refreshFor(message: Message, userIds: string[]) {
  const scale = message.blocks.find((block) => block.type === 'scale');
  return scale ? { verb: PULSE_REFRESH_VERB, data: { pulseId: scale.pulseId }, userIds } : undefined;
}

export interface TeamsGatewayDeps {
  conversations: TeamsConversationRepository;
  connector: TeamsConnector;
  clock: Clock;
  logger: Logger;
}

/** Proactive posts to stored conversation references, through the connector at their service URL. */
export function createTeamsGateway(deps: TeamsGatewayDeps): ChatGateway {
  const { conversations, connector, clock, logger } = deps;

  async function personalChat(aadObjectId: string): Promise<StoredTeamsConversation | SendResult> {
    const known = conversations.personalChatOf(aadObjectId);
    if (known) return known;
    const anchor = conversations.anyInTenant(null);
    if (!anchor) return { ok: false, permanent: true, code: 'no_conversation_reference' };
    // The connector opens a 1:1 chat only where the app is installed for the person (or the org).
    const created = await connector.createPersonalConversation(anchor.serviceUrl, {
      botId: anchor.botId,
      memberId: aadObjectId,
      tenantId: anchor.tenantId,
    });
    const ref = {
      conversationId: created.id,
      conversationType: 'personal' as const,
      tenantId: anchor.tenantId,
      serviceUrl: anchor.serviceUrl,
      botId: anchor.botId,
      userAadObjectId: aadObjectId,
      userId: null,
    };
    conversations.save(ref, clock.now().toISOString());
    return conversations.get(created.id) ?? { ...ref, removedAt: null, createdAt: '', updatedAt: '' };
  }

  function channel(id: string): StoredTeamsConversation | SendResult {
    const known = conversations.get(id);
    if (known) return known;
    // A channel of a team the bot is in shares the team's service URL; the team itself was stored.
    const anchor = conversations.anyInTenant(null);
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
        const ref = target.kind === 'dm' ? await personalChat(target.id) : channel(target.id);
        if ('ok' in ref) return ref;
        if (ref.removedAt) return { ok: false, permanent: true, code: 'bot_removed' };
        conversationId = ref.conversationId;
        const userIds = ref.userId ? [ref.userId] : [];
        const card = renderMessage(message, { refresh: refreshFor(message, userIds) });
        const activity = cardActivity(card, message.fallbackText);
        const sent = await connector.sendActivity(ref.serviceUrl, ref.conversationId, activity);
        return { ok: true, messageRef: sent.id ? `${ref.conversationId}|${sent.id}` : ref.conversationId };
      } catch (error) {
        const result = classifyError(error);
        // 403: the bot was removed (or the person blocked it); stop posting there.
        if (result.code === 'bot_removed')
          conversations.markRemoved(conversationId, clock.now().toISOString());
        logger.warn('teams send failed', { target: `${target.kind}:${target.id}`, code: result.code });
        return result;
      }
    },

    // A closed pulse: the card is replaced in place (its refresh goes too, so nobody gets a live card).
    async update(target: Target, messageRef: string, message: Message): Promise<SendResult> {
      const split = messageRef.lastIndexOf('|');
      if (split <= 0 || !connector.updateActivity)
        return { ok: false, permanent: true, code: 'no_activity_id' };
      const conversationId = messageRef.slice(0, split);
      const activityId = messageRef.slice(split + 1);
      try {
        const ref = channel(conversationId);
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
