import type { Message } from '../message.js';
import type { Actor } from '../people.js';
import type { Pulse } from '../records.js';
import type { Locale } from '../vocabulary.js';
import type { ConversationDeps } from './deps.js';

/** The pulse as this person sees it: their answers marked, or once closed, where results are shared. */
export async function ownPulseView(
  deps: Pick<ConversationDeps, 'views' | 'results' | 'pulses' | 'comments'>,
  actor: Actor,
  pulse: Pulse,
  locale: Locale,
): Promise<Message> {
  const { views } = deps;
  const closed = views.isClosed(pulse) ? await deps.results.closedMessage(pulse.id, locale) : undefined;
  if (closed) return closed;
  const answers = await deps.pulses.answersOf(pulse, actor);
  return deps.comments.withButtons(
    views.personal(pulse, locale, answers),
    pulse,
    actor,
    answers.keys(),
    locale,
  );
}

/** The person's own view of the pulse with what just happened under it (a vote, a comment). */
export async function ownPulseViewWith(
  deps: Pick<ConversationDeps, 'views' | 'results' | 'pulses' | 'comments'>,
  actor: Actor,
  pulse: Pulse,
  locale: Locale,
  outcome: Message,
): Promise<Message> {
  const own = await ownPulseView(deps, actor, pulse, locale);
  // The notification says what happened; the blocks show the whole pulse.
  return {
    fallbackText: outcome.fallbackText,
    blocks: [...own.blocks, { type: 'divider' }, ...outcome.blocks],
  };
}
