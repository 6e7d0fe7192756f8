import { commentDm } from '../comments/comment-messages.js';
import type { CommentService } from '../comments/comment-service.js';
import { storyPostMessage } from '../content/story-reactions.js';
import type { CoreContext } from '../context.js';
import { helpAudience, withHelpMenu } from '../conversation/help-menu.js';
import { digestChatMessage } from '../digest/digest-chat-message.js';
import type { DigestService } from '../digest/digest-service.js';
import { t as translate, translator } from '../i18n/translate.js';
import { checkBackMessage } from '../loop/check-back-message.js';
import { kaffeMetMessage, kaffePairMessage } from '../loop/kaffe-message.js';
import { type KaffeService, starterFor } from '../loop/kaffe-service.js';
import type { Message } from '../message.js';
import {
  consentMessage,
  questionMessage,
  recognitionMessage,
  textMessage,
} from '../messages/content-messages.js';
import { pulseMessage, reminderMessage } from '../messages/pulse-message.js';
import type { People } from '../people.js';
import type { ResultsService } from '../pulses/results-service.js';
import type { Question } from '../records.js';
import { type DeliveryPayload, personKey, type Target, targetKey } from '../records.js';

/**
 * Who a dashboard link is made for: a DM is read by one person, so it carries that person's own link
 * (checked against their role on every request); a channel post carries a link for its month only.
 */
function readerOf(target: Target): string {
  return target.kind === 'dm' ? personKey(target.platform, target.id) : 'digest';
}

/** Builds the message for one target at send time, in the target's language. */
export function createPayloadRenderer(
  ctx: CoreContext,
  people: People,
  digests: DigestService,
  loop: { results: ResultsService; kaffe: KaffeService; comments: CommentService },
) {
  const { store, settings, bank } = ctx;
  const { results, kaffe } = loop;

  return async (payload: DeliveryPayload, target: Target): Promise<Message | undefined> => {
    const locale =
      target.kind === 'dm'
        ? await people.localeOf(personKey(target.platform, target.id))
        : settings.defaultLocale;
    switch (payload.type) {
      case 'reflection':
      case 'learning': {
        const question = bank.get(payload.questionId);
        return (
          question &&
          questionMessage(question, payload.occurrenceKey, locale, ctx.capabilities[target.platform].threads)
        );
      }
      case 'pulse':
      case 'reminder': {
        const pulse = await store.pulses.get(payload.pulseId);
        if (!pulse) return undefined;
        const questions = pulse.questionIds.map((id) => bank.get(id)).filter((q): q is Question => !!q);
        const view = {
          pulse,
          questions,
          locale,
          timeZone: settings.timezone,
          minGroupSize: settings.privacy.minGroupSize,
        };
        return payload.type === 'pulse' ? pulseMessage(view) : reminderMessage(view);
      }
      case 'digest':
        return digestChatMessage(
          await digests.forMonth(payload.month),
          locale,
          digests.dashboardUrl(payload.month, readerOf(target)),
          bank,
          (id) => settings.sectors.find((s) => s.id === id)?.name[locale] ?? id ?? '–',
        );
      case 'consent': {
        const nomination = await store.content.getNomination(payload.nominationId);
        return (
          nomination && consentMessage(nomination, await store.people.get(nomination.nominatorKey), locale)
        );
      }
      case 'story': {
        const story = await store.content.getStory(payload.storyId);
        return (
          story &&
          storyPostMessage(
            story,
            await store.people.get(story.authorKey),
            locale,
            ctx.capabilities[target.platform].storyReaction,
          )
        );
      }
      case 'recognition': {
        const nomination = await store.content.getNomination(payload.nominationId);
        if (nomination?.status !== 'recognised') return undefined;
        return recognitionMessage(
          nomination,
          {
            nominee: nomination.nomineeKey ? await store.people.get(nomination.nomineeKey) : undefined,
            nominator: await store.people.get(nomination.nominatorKey),
            recogniser: nomination.recognisedByKey
              ? await store.people.get(nomination.recognisedByKey)
              : undefined,
          },
          locale,
        );
      }
      case 'notice': {
        const message = textMessage(translate(locale, payload.textKey as never, payload.params));
        if (!payload.menu || target.kind !== 'dm') return message;
        const who = await helpAudience(people, personKey(target.platform, target.id));
        return withHelpMenu(message, translator(locale), who);
      }
      case 'pulseClosed': {
        // Slack turns the results post's reference into a link; elsewhere the text says where they are.
        const posted = payload.resultsKey
          ? (await store.outbox.postsOf(payload.resultsKey)).find(
              (p) => targetKey(p.target) === targetKey(target),
            )
          : undefined;
        return await results.closedMessage(payload.pulseId, locale, posted?.messageRef ?? undefined);
      }
      case 'results': {
        const preview = await results.preview(payload.pulseId, locale);
        return preview.status === 'shown' ? preview.message : undefined;
      }
      case 'checkBack': {
        const step = await store.nextSteps.get(payload.stepId);
        // Answered before the message went out (or the owner was forgotten): nothing to ask.
        if (!step?.ownerKey || (step.outcome && step.outcome !== 'not_yet') || step.remindedAt === null)
          return undefined;
        return checkBackMessage(step, locale);
      }
      case 'kaffePair':
      case 'kaffeMet': {
        const pair = await kaffe.getPair(payload.pairId);
        const me = personKey(target.platform, target.id);
        // Forgotten since it was queued: the DM is not sent.
        if (!pair || (pair.aKey !== me && pair.bKey !== me)) return undefined;
        const view = { pairId: pair.id, ...(await kaffe.partnerOf(pair, me)), starter: starterFor(pair.id) };
        return payload.type === 'kaffePair'
          ? kaffePairMessage(view, settings, locale)
          : kaffeMetMessage(view, locale);
      }
      case 'comment': {
        // Ended, hidden or forgotten since it was queued: the DM is not sent.
        const view = await loop.comments.delivered(
          payload.threadId,
          payload.messageId,
          personKey(target.platform, target.id),
        );
        const statement = view && bank.get(view.thread.questionId)?.text[locale];
        return view && commentDm({ ...view, statement: statement ?? '' }, locale);
      }
    }
  };
}

export type PayloadRenderer = ReturnType<typeof createPayloadRenderer>;
