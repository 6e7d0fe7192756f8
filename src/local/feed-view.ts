import type { Core } from '../core/create-core.js';
import { ACTIONS, type Block, type Message } from '../core/message.js';
import { pulseMessage, reminderMessage } from '../core/messages/pulse-message.js';
import type { Actor } from '../core/people.js';
import type { FeedEntry } from '../core/ports.js';
import type { DeliveryPayload, Question, Target } from '../core/records.js';
import type { Locale } from '../core/vocabulary.js';

/** One post as the viewer sees it: re-rendered in their language, their own pulse answers marked. */
export interface FeedItem {
  id: number;
  createdAt: string;
  message: Message;
  /** Set for pulse posts: whether answers can still be given or changed. */
  pulse?: { id: string; open: boolean };
}

type ScaleBlock = Extract<Block, { type: 'scale' }>;

/**
 * The feed stores what was sent; the page shows it again for one person. The payload is read back
 * from the message's own ids (pulse id, question id, nomination id), so the core renders it anew.
 */
function payloadOf(message: Message): DeliveryPayload | undefined {
  for (const block of message.blocks) {
    if (block.type !== 'actions') continue;
    for (const button of block.buttons) {
      if (button.actionId === ACTIONS.openReflection || button.actionId === ACTIONS.openLearning) {
        const [questionId = '', occurrenceKey = ''] = button.value.split('|');
        const type = button.actionId === ACTIONS.openReflection ? 'reflection' : 'learning';
        return { type, questionId, occurrenceKey };
      }
      if (button.actionId === ACTIONS.consentAccept) return { type: 'consent', nominationId: button.value };
    }
  }
  return undefined;
}

export function createFeedView(core: Core) {
  const { settings, bank } = core;

  async function pulseItem(
    entry: FeedEntry,
    scale: ScaleBlock,
    viewer: Actor,
    locale: Locale,
  ): Promise<FeedItem> {
    const pulse = await core.pulses.get(scale.pulseId);
    if (!pulse) return { id: entry.id, createdAt: entry.createdAt, message: entry.message };
    const now = core.clock.now().toISOString();
    const open = pulse.closedAt === null && pulse.opensAt <= now && now < pulse.closesAt;
    const view = {
      pulse,
      questions: pulse.questionIds.map((id) => bank.get(id)).filter((q): q is Question => q !== undefined),
      locale,
      timeZone: settings.timezone,
      minGroupSize: settings.privacy.minGroupSize,
      selected: await core.pulses.answersOf(pulse, viewer),
      closed: !open,
    };
    // A reminder starts with its text; the pulse post with its heading.
    const message =
      entry.message.blocks[0]?.type === 'heading'
        ? await core.commentButtons(pulseMessage(view), pulse, viewer, locale)
        : reminderMessage(view);
    return { id: entry.id, createdAt: entry.createdAt, message, pulse: { id: pulse.id, open } };
  }

  async function item(entry: FeedEntry, viewer: Actor, locale: Locale): Promise<FeedItem> {
    const scale = entry.message.blocks.find((b): b is ScaleBlock => b.type === 'scale');
    if (scale) return pulseItem(entry, scale, viewer, locale);
    const payload = payloadOf(entry.message);
    const target: Target = { platform: 'local', kind: 'dm', id: viewer.userId };
    const message = (payload && (await core.render(payload, target))) ?? entry.message;
    return { id: entry.id, createdAt: entry.createdAt, message };
  }

  return {
    /** Newest first, as the page lists them. */
    async items(entries: FeedEntry[], viewer: Actor): Promise<FeedItem[]> {
      const locale = await core.people.localeOf(`${viewer.platform}:${viewer.userId}`);
      const items: FeedItem[] = [];
      for (const entry of entries) items.push(await item(entry, viewer, locale));
      return items.reverse();
    },
  };
}

export type FeedView = ReturnType<typeof createFeedView>;
