import type { webApi } from '@slack/bolt';
import { ACTIONS, type Message } from '../core/message.js';
import type { ChatGateway, Logger } from '../core/ports.js';
import type { Target } from '../core/records.js';
import { toSendResult } from './errors.js';
import { failedMethod } from './method-names.js';
import { POST_EVENT_TYPE } from './parse.js';
import { withPermalinks } from './permalinks.js';
import { createRateGate, GATE_CLOSED } from './rate-gate.js';
import type { RenderOptions } from './render-message.js';
import { renderMessage } from './render-message.js';
import type { SlackWrite } from './web-api-writer.js';

export interface SlackGatewayDeps {
  /** Reads (members, history, permalinks). */
  client: webApi.WebClient;
  /** Posts, updates and DM channels: the outbox's calls. */
  write: SlackWrite;
  /** Asked at each render: the dashboard link in a cut-off message is signed then. */
  renderOptions(): RenderOptions;
  logger: Logger;
  /** The bot's own user id (from `auth.test`): a member of every channel it posts to, never asked. */
  botUserId?: () => Promise<string | undefined>;
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
  /** Shutting down: sends waiting out a rate limit give up at once, unsent (see `RateGate.close`). */
  stopWaiting(): void;
};

export function createSlackGateway({
  client,
  write,
  renderOptions,
  logger,
  botUserId,
}: SlackGatewayDeps): SlackGateway {
  const dmChannels = new Map<string, string>();
  const gate = createRateGate();

  /** Waits out a pause of `method`, and pauses it for everyone when Slack answers 429. */
  async function paced<T>(method: string, call: () => Promise<T>): Promise<T> {
    await gate.ready(method);
    try {
      return await call();
    } catch (error) {
      const result = toSendResult(error);
      if (result.code === 'rate_limited') gate.pause(method, result.retryAfterMs ?? 1_000);
      throw error;
    }
  }

  async function channelOf(target: Target): Promise<string> {
    if (target.kind === 'channel') return target.id;
    const known = dmChannels.get(target.id);
    if (known) return known;
    const opened = await paced('conversations.open', () =>
      write<{ channel?: { id?: string } }>('conversations.open', { users: target.id }),
    );
    const id = opened.channel?.id;
    if (!id)
      throw Object.assign(new Error('conversations.open returned no channel'), { code: 'no_dm_channel' });
    dmChannels.set(target.id, id);
    return id;
  }

  return {
    platform: 'slack',
    channelOf,
    stopWaiting: () => gate.close(),

    async send(target, message, idempotencyKey) {
      try {
        const channel = await channelOf(target);
        const { text, blocks } = renderMessage(message, renderOptions());
        const question = questionRef(message);
        const result = await paced('chat.postMessage', () =>
          write<{ channel?: string; ts?: string }>('chat.postMessage', {
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
          }),
        );
        return { ok: true, messageRef: `${result.channel ?? channel}:${result.ts ?? ''}` };
      } catch (error) {
        // A timeout, a dropped connection or a 5xx may come after Slack posted: the outbox looks it up.
        const failure = toSendResult(error);
        const notSent = failure.permanent || failure.code === 'rate_limited' || failure.code === GATE_CLOSED;
        const result = notSent ? failure : { ...failure, inDoubt: true };
        logger.warn('slack send failed', {
          method: failedMethod(error),
          code: result.code,
          permanent: result.permanent,
          kind: target.kind,
        });
        return result;
      }
    },

    // `chat.update` of our own post (a closed pulse): the same blocks renderer, buttons are gone
    // because the message has none. Slack's `message_not_found` / `cant_update_message` are permanent.
    async update(target, messageRef, message) {
      const split = messageRef.lastIndexOf(':');
      const channel = split > 0 ? messageRef.slice(0, split) : '';
      const ts = messageRef.slice(split + 1);
      if (!channel || !ts) return { ok: false, permanent: true, code: 'bad_message_ref' };
      try {
        const { text, blocks } = renderMessage(await withPermalinks(client, message), renderOptions());
        await paced('chat.update', () => write('chat.update', { channel, ts, text, blocks }));
        return { ok: true, messageRef };
      } catch (error) {
        const result = toSendResult(error);
        logger.warn('slack update failed', {
          code: result.code,
          permanent: result.permanent,
          kind: target.kind,
        });
        return result;
      }
    },

    // `conversations.members` pages with `cursor` / `response_metadata.next_cursor` (an empty cursor
    // ends it). It returns user ids only: telling other bots apart would take a `users.info` per
    // member, so only Kulturpuls itself is left out (see README, "Svarprosent").
    async countMembers(target) {
      const channel = await channelOf(target);
      const own = await botUserId?.();
      let count = 0;
      let cursor: string | undefined;
      do {
        const page = await paced('conversations.members', () =>
          client.conversations.members({ channel, limit: 1000, ...(cursor ? { cursor } : {}) }),
        );
        count += (page.members ?? []).filter((id) => id !== own).length;
        cursor = page.response_metadata?.next_cursor || undefined;
      } while (cursor);
      return count;
    },

    // Looks for our post (its metadata carries the key) since shortly before the attempt. A lookup that
    // cannot work (no history scope, not in the channel) is 'unknown'; a passing failure throws, so the
    // outbox asks again later instead of guessing.
    async wasSent(target, idempotencyKey, since) {
      try {
        const channel = await channelOf(target);
        const oldest = since ? Math.floor(Date.parse(since) / 1000) - 60 : undefined;
        const history = await client.conversations.history({
          channel,
          limit: 200,
          include_all_metadata: true,
          ...(oldest !== undefined && Number.isFinite(oldest) ? { oldest: String(oldest) } : {}),
        });
        const found = (history.messages ?? []).some((m) => {
          const meta = m.metadata as { event_type?: string; event_payload?: { key?: unknown } } | undefined;
          return meta?.event_type === POST_EVENT_TYPE && meta.event_payload?.key === idempotencyKey;
        });
        return found ? 'yes' : 'no';
      } catch (error) {
        const failure = toSendResult(error);
        if (failure.permanent) return 'unknown';
        throw Object.assign(new Error(failure.code), { code: failure.code });
      }
    },
  };
}
