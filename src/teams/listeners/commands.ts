import type { CardActivity } from '../card-types.js';
import { cardActivity } from '../card-types.js';
import type { TeamsIntent } from '../parse.js';
import { renderReply, replySummary } from '../render-reply.js';
import type { TeamsHandlerDeps } from './deps.js';

/** A message to the bot: one card in reply (a form, a pulse, or a short text). */
export async function answerMessage(
  deps: TeamsHandlerDeps,
  intent: Extract<TeamsIntent, { kind: 'message' }>,
): Promise<CardActivity> {
  const { conversation } = deps;
  const reply = intent.inThread
    ? await conversation.replyInThread(intent.actor, intent.text)
    : await conversation.say(intent.actor, intent.text);
  return cardActivity(renderReply(reply), replySummary(reply));
}
