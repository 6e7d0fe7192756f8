import { ACTIONS } from '../../core/message.js';
import type { AdaptiveCard } from '../card-types.js';
import { type TeamsIntent, toFormValues } from '../parse.js';
import { renderReply } from '../render-reply.js';
import type { TeamsHandlerDeps } from './deps.js';

type CardIntent = Extract<TeamsIntent, { kind: 'vote' | 'refresh' | 'button' | 'form' }>;

/** A click on a card: the card that replaces it, from one use case each. */
export function answerCardAction(
  deps: TeamsHandlerDeps,
  intent: CardIntent,
  teamsUserId: string,
  retry: boolean,
): AdaptiveCard | undefined {
  const { conversation } = deps;
  const { actor } = intent;
  switch (intent.kind) {
    case 'vote': {
      const { pulseId, questionId, value } = intent;
      const reply = conversation.vote(actor, { pulseId, questionId, value, retry });
      return renderReply(
        reply,
        reply.kind === 'message' && reply.pulse ? { pulseId, teamsUserId } : undefined,
      );
    }
    case 'refresh': {
      const reply = conversation.pulseFor(actor, intent.pulseId);
      return reply && renderReply(reply, { pulseId: intent.pulseId, teamsUserId });
    }
    case 'button':
      if (intent.actionId === ACTIONS.consentAccept || intent.actionId === ACTIONS.consentDecline)
        return renderReply(
          conversation.decide(actor, intent.value, intent.actionId === ACTIONS.consentAccept),
        );
      if (intent.actionId === ACTIONS.recognise)
        return renderReply(conversation.recognise(actor, intent.value));
      return renderReply(conversation.press(actor, intent.actionId, intent.value));
    case 'form':
      return renderReply(
        conversation.submitForm(actor, intent.formId, intent.context, (form) =>
          toFormValues(form, intent.data),
        ),
      );
  }
}
