import type { webApi } from '@slack/bolt';
import { ACTIONS, type Message } from '../core/message.js';
import type { ChatGateway, Logger } from '../core/ports.js';
import type { Target } from '../core/records.js';
import { toSendResult } from './errors.js';
import { POST_EVENT_TYPE } from './parse.js';
import type { RenderOptions } from './render-message.js';
import { renderMessage } from './render-message.js';

export interface SlackGatewayDeps {
  client: webApi.WebClient;
  renderOptions: RenderOptions;
  logger: Logger;
}

/** The reflection/learning question a post asks, carried in its metadata for thread replies. */
function questionRef(message: Message): string | undefined {
  for (const block of message.blocks) {
    if (block.type !== 'actions') continue;
    const b = block.buttons.find(
      (x) => x.actionId === ACTIONS.openReflection || x.actionId === ACTIONS.openLearning,
    );
    if (b) return b.value;
  }
  return undefined;
}

export type SlackGateway = ChatGateway & {
  /** Where a DM to this user goes (conversations.open). */
  channelOf(target: Target): Promise<string>;
};

export function createSlackGateway({ client, renderOptions, logger }: SlackGatewayDeps): SlackGateway {
  const dmChannels = new Map<string, string>();

  async function channelOf(target: Target): Promise<string> {
    if (target.kind === 'channel') return target.id;
    const known = dmChannels.get(target.id);
    if (known) return known;
    const opened = await client.conversations.open({ users: target.id });
    const id = opened.channel?.id;
    if (!id)
      throw Object.assign(new Error('conversations.open returned no channel'), { code: 'no_dm_channel' });
    dmChannels.set(target.id, id);
    return id;
  }

  return {
    platform: 'slack',
    channelOf,

    async send(target, message, idempotencyKey) {
      try {
        const channel = await channelOf(target);
        const { text, blocks } = renderMessage(message, renderOptions);
        const question = questionRef(message);
        const result = await client.chat.postMessage({
          channel,
          text,
          blocks,
          unfurl_links: false,
          unfurl_media: false,
          // The key lets `wasSent` find the post after a crash; the question lets thread replies be stored.
          metadata: {
            event_type: POST_EVENT_TYPE,
            event_payload: { key: idempotencyKey, ...(question ? { question } : {}) },
          },
        });
        return { ok: true, messageRef: `${result.channel ?? channel}:${result.ts ?? ''}` };
      } catch (error) {
        const result = toSendResult(error);
        logger.warn('slack send failed', {
          code: result.code,
          permanent: result.permanent,
          kind: target.kind,
        });
        return result;
      }
    },

    async wasSent(target, idempotencyKey) {
      try {
        const channel = await channelOf(target);
        const history = await client.conversations.history({
          channel,
          limit: 100,
          include_all_metadata: true,
        });
        const found = (history.messages ?? []).some((m) => {
          const meta = m.metadata as { event_type?: string; event_payload?: { key?: unknown } } | undefined;
          return meta?.event_type === POST_EVENT_TYPE && meta.event_payload?.key === idempotencyKey;
        });
        return found ? 'yes' : 'no';
      } catch {
        return 'unknown';
      }
    },
  };
}
