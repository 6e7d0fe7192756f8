import type { types } from '@slack/bolt';
import { ACTIONS, type Block, type Button, type Message } from '../core/message.js';
import { clip, clipWithLink, SLACK_LIMITS as L } from './limits.js';
import { escapeMrkdwn, mrkdwnLink, plain } from './mrkdwn.js';

type KnownBlock = types.KnownBlock;
type SlackButton = types.Button;

export interface RenderOptions {
  /**
   * Where the whole content can be read when something had to be cut (the dashboard), or how to make
   * that link: a signed link is then made only for a message that is cut, not for every reply.
   */
  moreUrl: string | (() => string);
  moreLabel: string;
}

export interface SlackMessage {
  /** Notification and screen-reader text. */
  text: string;
  blocks: KnownBlock[];
}

/** Separator between the shared action id and what makes it unique within one message. */
export const ACTION_ID_SEPARATOR = ':';

/** `kp_pulse_vote:tillit:4` → `kp_pulse_vote`. */
export function baseActionId(actionId: string): string {
  return actionId.split(ACTION_ID_SEPARATOR)[0] ?? actionId;
}

/** The value of a pulse button: which pulse, which statement, which point on the scale. */
export function voteValue(pulseId: string, questionId: string, value: number): string {
  return `${pulseId}|${questionId}|${value}`;
}

function uniqueIds() {
  const seen = new Map<string, number>();
  return (id: string): string => {
    const count = seen.get(id) ?? 0;
    seen.set(id, count + 1);
    return clip(count === 0 ? id : `${id}${ACTION_ID_SEPARATOR}${count}`, L.actionId);
  };
}

function button(b: Button, actionId: string): SlackButton {
  const out: SlackButton = {
    type: 'button',
    action_id: actionId,
    text: plain(b.label, L.buttonText),
    value: clip(b.value, L.value),
  };
  if (b.style) out.style = b.style;
  if (b.url && b.url.length <= L.buttonUrl) out.url = b.url;
  return out;
}

type Mentions = NonNullable<Message['mentions']>;

/** Replaces the first occurrence of each mentioned name (already escaped text) with `<@U…>`. */
function mentioning(mentions: Mentions = []): (escaped: string) => string {
  const pending = mentions.flatMap((m) => {
    const [platform, userId] = m.key.split(':');
    return platform === 'slack' && userId && m.name ? [{ name: escapeMrkdwn(m.name), userId }] : [];
  });
  return (escaped) => {
    let out = escaped;
    for (const m of [...pending]) {
      const at = out.indexOf(m.name);
      if (at === -1) continue;
      out = `${out.slice(0, at)}<@${m.userId}>${out.slice(at + m.name.length)}`;
      pending.splice(pending.indexOf(m), 1);
    }
    return out;
  };
}

function renderBlock(
  block: Block,
  more: () => string,
  id: (s: string) => string,
  mention: (escaped: string) => string,
): KnownBlock[] {
  switch (block.type) {
    case 'heading':
      return [{ type: 'header', text: plain(block.text, L.headerText) }];
    case 'text':
      return [
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: clipWithLink(mention(escapeMrkdwn(block.text)), L.sectionText, more),
          },
        },
      ];
    case 'context':
      return [
        {
          type: 'context',
          elements: [
            { type: 'mrkdwn', text: clipWithLink(mention(escapeMrkdwn(block.text)), L.contextText, more) },
          ],
        },
      ];
    case 'divider':
      return [{ type: 'divider' }];
    case 'fields': {
      const out: KnownBlock[] = [];
      for (let i = 0; i < block.fields.length; i += L.sectionFields) {
        out.push({
          type: 'section',
          fields: block.fields.slice(i, i + L.sectionFields).map((f) => ({
            type: 'mrkdwn' as const,
            text: clipWithLink(`*${escapeMrkdwn(f.label)}*\n${escapeMrkdwn(f.value)}`, L.fieldText, more),
          })),
        });
      }
      return out;
    }
    case 'scale':
      // One button per point on the scale: a single click answers, as the issue asks.
      return [
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: clipWithLink(`*${escapeMrkdwn(block.statement)}*`, L.sectionText, more),
          },
        },
        {
          type: 'actions',
          block_id: clip(`scale${ACTION_ID_SEPARATOR}${block.questionId}`, L.blockId),
          elements: block.options.slice(0, L.actionsElements).map((option) => {
            const chosen = block.selected === option.value;
            return button(
              {
                actionId: ACTIONS.pulseVote,
                label: chosen ? `✓ ${option.label}` : option.label,
                value: voteValue(block.pulseId, block.questionId, option.value),
                ...(chosen ? { style: 'primary' as const } : {}),
              },
              id(
                `${ACTIONS.pulseVote}${ACTION_ID_SEPARATOR}${block.questionId}${ACTION_ID_SEPARATOR}${option.value}`,
              ),
            );
          }),
        },
      ];
    case 'actions':
      if (block.buttons.length === 0) return [];
      return [
        {
          type: 'actions',
          elements: block.buttons.slice(0, L.actionsElements).map((b) => button(b, id(b.actionId))),
        },
      ];
  }
}

/** Renders blocks for a message (50 blocks) or a view (100 blocks), cutting with a link when longer. */
export function renderBlocks(
  blocks: Block[],
  options: RenderOptions,
  maxBlocks: number,
  mentions?: Mentions,
): KnownBlock[] {
  let link: string | undefined;
  const more = () => {
    const { moreUrl } = options;
    link ??= mrkdwnLink(typeof moreUrl === 'string' ? moreUrl : moreUrl(), options.moreLabel);
    return link;
  };
  const id = uniqueIds();
  const mention = mentioning(mentions);
  const out = blocks.flatMap((block) => renderBlock(block, more, id, mention));
  if (out.length <= maxBlocks) return out;
  const kept = out.slice(0, maxBlocks - 1);
  kept.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `… ${more()}` }] });
  return kept;
}

/** A message that carries its own dashboard link (the digest, for its month) is cut with that link. */
function ownDashboardLink(blocks: Block[]): string | undefined {
  for (const block of blocks) {
    if (block.type !== 'actions') continue;
    const link = block.buttons.find((b) => b.actionId === ACTIONS.openDashboard && b.url);
    if (link?.url) return link.url;
  }
  return undefined;
}

/** Neutral message → `chat.postMessage` / `chat.postEphemeral` arguments. */
export function renderMessage(message: Message, options: RenderOptions): SlackMessage {
  const moreUrl = ownDashboardLink(message.blocks) ?? options.moreUrl;
  return {
    text: clip(escapeMrkdwn(message.fallbackText), L.fallbackText),
    blocks: renderBlocks(message.blocks, { ...options, moreUrl }, L.blocksPerMessage, message.mentions),
  };
}
