import { createActivityMemory } from '../activity-memory.js';
import { type AdaptiveCard, type CardActivity, cardInvokeResponse } from '../card-types.js';
import { conversationRefOf, type InboundActivity, parseActivity, type TeamsIntent } from '../parse.js';
import { personalChatOpened } from '../welcome.js';
import { answerCardAction, type CardIntent } from './card-actions.js';
import { answerMessage } from './commands.js';
import type { TeamsHandlerDeps } from './deps.js';

export interface InvokeAnswer {
  status: number;
  body?: unknown;
}

type Reply = (activity: CardActivity) => Promise<unknown>;
type Lifecycle = Extract<TeamsIntent, { kind: 'installed' | 'removed' | 'ignored' }>;
type Asked = Exclude<TeamsIntent, Lifecycle>;

const invokeAnswer = (card: AdaptiveCard | undefined): InvokeAnswer =>
  card ? cardInvokeResponse(card) : { status: 200 };

async function lifecycle(deps: TeamsHandlerDeps, intent: Lifecycle, activity: InboundActivity) {
  const now = deps.clock.now().toISOString();
  if (intent.kind === 'installed') await deps.conversations.save(intent.ref, now);
  else if (intent.kind === 'removed') await deps.conversations.markRemoved(intent.conversationId, now);
  deps.logger.info(
    `teams activity: ${intent.kind}`,
    intent.kind === 'ignored' ? { reason: intent.reason } : {},
  );
  // Installed for a person (a setup policy does it for everyone): their name is known from now on,
  // so a nomination of them, chosen in the people picker, names them.
  if (intent.kind !== 'installed' || intent.ref.conversationType !== 'personal') return undefined;
  await deps.identity?.met(activity).catch(() => undefined);
  // The home card, so nobody has to know to type `hjelp` first.
  const userId = activity.from?.aadObjectId ?? activity.from?.id;
  if (userId && personalChatOpened(activity)) await deps.welcome?.(userId);
  return undefined;
}

async function answer(
  deps: TeamsHandlerDeps,
  intent: Asked,
  teamsUserId: string,
  reply: Reply,
  retry: boolean,
) {
  if (intent.kind !== 'message')
    return invokeAnswer(await answerCardAction(deps, intent as CardIntent, teamsUserId, retry));
  await reply(await answerMessage(deps, intent));
  return undefined;
}

/**
 * One inbound activity: remember the conversation, drop a retried activity, call one use case and
 * answer (a reply in the conversation for messages, the invoke answer for card actions).
 */
export function createActivityHandler(deps: TeamsHandlerDeps) {
  const memory = createActivityMemory(deps);
  return async (activity: InboundActivity, reply: Reply): Promise<InvokeAnswer | undefined> => {
    const intent = parseActivity(activity);
    if (intent.kind === 'installed' || intent.kind === 'removed' || intent.kind === 'ignored')
      return lifecycle(deps, intent, activity);
    const teamsUserId = activity.from?.id ?? intent.actor.userId;
    // A vote writes nothing beside it that names the voter (PRIVACY.md); its answer is never stored:
    // a retry votes again, which changes nothing (one answer per pseudonym), confirmed as recorded.
    if (intent.kind === 'vote')
      return answer(deps, intent, teamsUserId, reply, memory.retriedVote(activity.id));
    // First contact counts as an install: later posts can reach this conversation proactively.
    await memory.conversation(conversationRefOf(activity));
    // A command may need the person's role (by e-mail): wait for the look-up; a click need not.
    const meeting = deps.identity?.met(activity).catch(() => undefined);
    if (intent.kind === 'message') await meeting;
    const earlier = intent.kind === 'refresh' ? undefined : await memory.handledBefore(activity.id);
    if (earlier) return earlier.answer;
    const result = await answer(deps, intent, teamsUserId, reply, false);
    if (intent.kind !== 'refresh') await memory.keepAnswer(activity.id, result);
    return result;
  };
}
