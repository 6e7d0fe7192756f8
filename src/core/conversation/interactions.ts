import type { DecisionResult } from '../content/nomination-service.js';
import { decisionMessage } from '../messages/content-messages.js';
import { voteOutcomeMessage } from '../messages/pulse-message.js';
import type { Actor } from '../people.js';
import type { VoteResult } from '../pulses/pulse-service.js';
import { personKey } from '../records.js';
import type { ConversationDeps } from './deps.js';
import { ownPulseView, ownPulseViewWith } from './own-pulse-view.js';
import { recognitionList } from './recognition-list.js';
import { type MessageReply, messageReply, type Outcome } from './reply.js';

export interface VoteRequest {
  pulseId: string;
  questionId: string;
  value: number;
  /** The platform resent a click already handled: it is confirmed as first recorded, not as a change. */
  retry?: boolean;
}

const VOTE_OUTCOMES: Record<VoteResult['status'], Outcome> = {
  recorded: 'ok',
  changed: 'ok',
  closed: 'closed',
  unknown_pulse: 'unknown_pulse',
  unknown_question: 'unknown_pulse',
  invalid_value: 'invalid_value',
  comment_too_long: 'invalid_value',
};

const DECISION_OUTCOMES: Record<DecisionResult['status'], Outcome> = {
  accepted: 'ok',
  declined: 'ok',
  recognised: 'ok',
  not_found: 'not_found',
  not_yours: 'not_yours',
  already_decided: 'already_decided',
  not_allowed: 'not_allowed',
  not_accepted: 'not_accepted',
};

/** One click each: a vote, a nominee's consent, a manager's recognition. */
export function createInteractions(deps: ConversationDeps) {
  const { people, pulses, nominations, ctx } = deps;
  const localeOf = (actor: Actor) => people.localeOf(personKey(actor.platform, actor.userId));

  async function decided(
    actor: Actor,
    result: DecisionResult,
    action: 'consent' | 'recognise',
  ): Promise<MessageReply> {
    const locale = await localeOf(actor);
    return messageReply(locale, decisionMessage(result, action, locale), DECISION_OUTCOMES[result.status]);
  }

  return {
    /** Stored before anything is said: the reply exists only once the answer is in the database. */
    async vote(actor: Actor, request: VoteRequest | undefined): Promise<MessageReply> {
      // A click whose value could not be read is a vote for no known pulse.
      const counted = request
        ? await pulses.vote({ actor, ...request })
        : ({ status: 'unknown_pulse' } as const);
      // A counted vote carries the voter's language (read with the vote): no second read of the person.
      const locale = 'locale' in counted ? counted.locale : await localeOf(actor);
      const result =
        request?.retry && counted.status === 'changed'
          ? { ...counted, status: 'recorded' as const }
          : counted;
      const message = voteOutcomeMessage(result, locale, ctx.settings.timezone);
      const reply = messageReply(locale, message, VOTE_OUTCOMES[result.status]);
      if (!('pulse' in result)) return reply;
      return {
        ...reply,
        ...(result.status === 'closed'
          ? {}
          : { vote: { status: result.status, value: result.value }, newVoter: result.newVoter }),
        pulse: await ownPulseViewWith(
          deps,
          actor,
          result.pulse,
          locale,
          message,
          'answers' in result ? result : undefined,
        ),
      };
    },

    /** The pulse as this person sees it (Teams asks again whenever the card is shown). */
    async pulseFor(actor: Actor, pulseId: string): Promise<MessageReply | undefined> {
      const pulse = await pulses.get(pulseId);
      if (!pulse) return undefined;
      const locale = await localeOf(actor);
      return messageReply(locale, await ownPulseView(deps, actor, pulse, locale));
    },

    decide: async (actor: Actor, nominationId: string, accept: boolean) =>
      decided(actor, await nominations.decide(actor, nominationId, accept), 'consent'),

    /**
     * The answer replaces the list that was clicked: what happened, then the list as it is now, so a
     * recognised nomination has no button left and a second click (another device) is told why.
     */
    async recognise(actor: Actor, nominationId: string): Promise<MessageReply> {
      const result = await nominations.recognise(actor, nominationId);
      const answer = await decided(actor, result, 'recognise');
      if (result.status === 'not_allowed') return answer;
      const list = await recognitionList(deps, actor, await people.ensure(actor), answer.locale);
      if (list.outcome !== 'ok') return answer;
      const { message } = answer;
      return {
        ...answer,
        message: { ...message, blocks: [...message.blocks, { type: 'divider' }, ...list.message.blocks] },
      };
    },
  };
}
