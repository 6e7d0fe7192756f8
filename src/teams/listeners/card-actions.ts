import { withWayBack } from '../../core/conversation/help-menu.js';
import { ACTIONS } from '../../core/message.js';
import { type TeamsIntent, toFormValues } from '../parse.js';
import { renderReply } from '../render-reply.js';
import type { TeamsHandlerDeps } from './deps.js';

type Intent<K extends TeamsIntent['kind']> = Extract<TeamsIntent, { kind: K }>;
export type CardIntent = Intent<'vote' | 'refresh' | 'button' | 'form'>;

/** A vote, or Teams asking for the person's own view of a pulse: their card, refreshed for them alone. */
async function pulseCard(
  deps: TeamsHandlerDeps,
  intent: Intent<'vote' | 'refresh'>,
  teamsUserId: string,
  retry: boolean,
) {
  const { conversation } = deps;
  const { actor, pulseId } = intent;
  const reply =
    intent.kind === 'vote'
      ? await conversation.vote(actor, { pulseId, questionId: intent.questionId, value: intent.value, retry })
      : await conversation.pulseFor(actor, pulseId);
  if (!reply) return undefined;
  const own = intent.kind === 'refresh' || (reply.kind === 'message' && reply.pulse !== undefined);
  return renderReply(reply, own ? { pulseId, teamsUserId } : undefined);
}

/** A command's answer replaces the card clicked (the help, most often): a way back to its choices. */
async function click(deps: TeamsHandlerDeps, { actor, actionId, value }: Intent<'button'>) {
  const reply = await deps.conversation.click(actor, actionId, value);
  return actionId === ACTIONS.command ? withWayBack(reply, value) : reply;
}

/** A click on a card: the card that replaces it, from one use case each. */
export async function answerCardAction(
  deps: TeamsHandlerDeps,
  intent: CardIntent,
  teamsUserId: string,
  retry: boolean,
) {
  switch (intent.kind) {
    case 'vote':
    case 'refresh':
      return pulseCard(deps, intent, teamsUserId, retry);
    case 'button':
      return renderReply(await click(deps, intent));
    case 'form': {
      const values = (form: Parameters<typeof toFormValues>[0]) => toFormValues(form, intent.data);
      const reply = await deps.conversation.submitForm(intent.actor, intent.formId, intent.context, values);
      // A comment sent from the person's own pulse card: that card comes back, refreshed for them.
      const { pulseId } = intent.context;
      const own = reply.kind === 'message' && reply.pulse !== undefined && pulseId;
      return renderReply(reply, own ? { pulseId, teamsUserId } : undefined);
    }
  }
}
