import type { CoreContext } from '../context.js';
import { monthPeriod, shiftMonth } from '../time.js';
import { buildDigest, type Digest } from './digest.js';

export function createDigestService(ctx: CoreContext) {
  const { store, settings, bank } = ctx;

  return {
    /** The digest of a month (`YYYY-MM` in the configured time zone); pulses count in the month they close. */
    forMonth(month: string): Digest {
      const period = monthPeriod(month, settings.timezone);
      const previous = monthPeriod(shiftMonth(month, -1), settings.timezone);
      const pulses = store.pulses.pulsesIn(period);
      const participation = new Map(pulses.map((p) => [p.id, store.pulses.participationCount([p.id])]));
      return buildDigest({
        month,
        organisation: settings.organisation,
        minGroupSize: settings.privacy.minGroupSize,
        generatedAt: ctx.nowIso(),
        bank,
        pulses,
        answers: store.pulses.answersIn(period),
        previousAnswers: store.pulses.answersIn(previous),
        participation,
        invited: store.people.list().length,
        stories: store.content.storiesIn(period),
        nominations: store.content.nominationsIn(period),
        reflections: store.content.reflectionsIn(period),
        openNextSteps: store.content.openNextSteps(period.from),
      });
    },
  };
}

export type DigestService = ReturnType<typeof createDigestService>;
