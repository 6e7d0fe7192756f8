import type { Message } from '../message.js';
import type { Actor } from '../people.js';
import type { Pulse } from '../records.js';
import type { Locale, ScaleValue } from '../vocabulary.js';
import type { ConversationDeps } from './deps.js';

/** What a vote knows of the voter in its pulse, as it stored it. */
export interface KnownAnswers {
  answers: Map<string, ScaleValue>;
  firstInPulse: boolean;
}

/** The pulse as this person sees it: their answers marked, or once closed, where results are shared. */
export async function ownPulseView(
  deps: Pick<ConversationDeps, 'views' | 'results' | 'pulses' | 'comments'>,
  actor: Actor,
  pulse: Pulse,
  locale: Locale,
  known?: KnownAnswers,
): Promise<Message> {
  const { views } = deps;
  const closed = views.isClosed(pulse) ? await deps.results.closedMessage(pulse.id, locale) : undefined;
  if (closed) return closed;
  // A vote brings the answers it stored; anything else reads them.
  const answers = known?.answers ?? (await deps.pulses.answersOf(pulse, actor));
  return deps.comments.withButtons(
    views.personal(pulse, locale, answers),
    pulse,
    actor,
    answers.keys(),
    locale,
    {
      noneCommented: known?.firstInPulse === true,
    },
  );
}

/** The person's own view of the pulse with what just happened under it (a vote, a comment). */
export async function ownPulseViewWith(
  deps: Pick<ConversationDeps, 'views' | 'results' | 'pulses' | 'comments'>,
  actor: Actor,
  pulse: Pulse,
  locale: Locale,
  outcome: Message,
  known?: KnownAnswers,
): Promise<Message> {
  const own = await ownPulseView(deps, actor, pulse, locale, known);
  // The notification says what happened; the blocks show the whole pulse.
  return {
    fallbackText: outcome.fallbackText,
    blocks: [...own.blocks, { type: 'divider' }, ...outcome.blocks],
  };
}
