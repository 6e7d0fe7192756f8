import type { CommentService } from '../comments/comment-service.js';
import type { CoreContext } from '../context.js';
import type { FeedItem, FeedPlace } from '../core.js';
import type { PayloadRenderer } from '../delivery/render-payload.js';
import { ACTIONS, type Block, type Message } from '../message.js';
import { pulseMessage, reminderMessage } from '../messages/pulse-message.js';
import type { Actor, People } from '../people.js';
import type { FeedEntry } from '../ports.js';
import type { PulseService } from '../pulses/pulse-service.js';
import type { DeliveryPayload, Question, Target } from '../records.js';
import type { Locale } from '../vocabulary.js';

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

export function createFeedView(
  ctx: CoreContext,
  core: { people: People; pulses: PulseService; comments: CommentService; render: PayloadRenderer },
) {
  const { settings, bank } = ctx;

  async function pulseItem(
    entry: FeedEntry,
    scale: ScaleBlock,
    viewer: Actor,
    locale: Locale,
  ): Promise<FeedItem> {
    const pulse = await core.pulses.get(scale.pulseId);
    if (!pulse) return { id: entry.id, createdAt: entry.createdAt, message: entry.message };
    const now = ctx.clock.now().toISOString();
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
        ? await core.comments.withButtons(pulseMessage(view), pulse, viewer, view.selected.keys(), locale)
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

  /** A local channel's posts or a person's DMs as the viewer sees them, newest first. */
  return async function feed(viewer: Actor, place: FeedPlace, limit: number): Promise<FeedItem[]> {
    const entries = await ctx.store.feed.list({ ...place, limit });
    const locale = await core.people.localeOf(`${viewer.platform}:${viewer.userId}`);
    const items: FeedItem[] = [];
    for (const entry of entries) items.push(await item(entry, viewer, locale));
    return items.reverse();
  };
}
