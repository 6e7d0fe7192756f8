import type { CoreContext } from '../context.js';
import { type PulseView, pulseMessage } from '../messages/pulse-message.js';
import type { Pulse, Question } from '../records.js';
import type { Locale, ScaleValue } from '../vocabulary.js';

/** "A pulse with its statements, in a language": assembled here once for every message that shows one. */
export function createPulseViews(ctx: Pick<CoreContext, 'bank' | 'settings' | 'clock'>) {
  const { bank, settings } = ctx;

  const questionsOf = (pulse: Pulse): Question[] =>
    pulse.questionIds.map((id) => bank.get(id)).filter((q): q is Question => q !== undefined);

  function view(
    pulse: Pulse,
    locale: Locale,
    options: { selected?: Map<string, ScaleValue>; closed?: boolean } = {},
  ): PulseView {
    return {
      pulse,
      questions: questionsOf(pulse),
      locale,
      timeZone: settings.timezone,
      minGroupSize: settings.privacy.minGroupSize,
      ...options,
    };
  }

  const isClosed = (pulse: Pulse) =>
    pulse.closedAt !== null || pulse.closesAt <= ctx.clock.now().toISOString();

  return {
    questionsOf,
    view,
    isClosed,
    /** The pulse as one person sees it: their answers marked, closed when it is. */
    personal: (pulse: Pulse, locale: Locale, selected: Map<string, ScaleValue>) =>
      pulseMessage(view(pulse, locale, { selected, closed: isClosed(pulse) })),
  };
}

export type PulseViews = ReturnType<typeof createPulseViews>;
