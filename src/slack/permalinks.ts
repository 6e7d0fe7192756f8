import type { webApi } from '@slack/bolt';
import { ACTIONS, type Block, type Button, type Message } from '../core/message.js';

/** `channel:ts`, the reference the gateway gives each post. */
function splitRef(ref: string): { channel: string; ts: string } | undefined {
  const split = ref.lastIndexOf(':');
  return split > 0 ? { channel: ref.slice(0, split), ts: ref.slice(split + 1) } : undefined;
}

/**
 * A link to another of our posts (a closed pulse's results) carries that post's reference; Slack's
 * permalink for it is looked up here (`chat.getPermalink`, no extra scope). A link that cannot be
 * made is left out, never shown broken.
 */
export async function withPermalinks(client: webApi.WebClient, message: Message): Promise<Message> {
  const link = async (button: Button): Promise<Button | undefined> => {
    if (button.actionId !== ACTIONS.openResults || button.url) return button;
    const ref = splitRef(button.value);
    if (!ref) return undefined;
    try {
      const { permalink } = await client.chat.getPermalink({ channel: ref.channel, message_ts: ref.ts });
      return permalink ? { ...button, url: permalink } : undefined;
    } catch {
      return undefined;
    }
  };
  const blocks = await Promise.all(
    message.blocks.map(async (block): Promise<Block | undefined> => {
      if (block.type !== 'actions') return block;
      const buttons = (await Promise.all(block.buttons.map(link))).filter((b) => b !== undefined);
      return buttons.length > 0 ? { ...block, buttons } : undefined;
    }),
  );
  return { ...message, blocks: blocks.filter((b) => b !== undefined) };
}
