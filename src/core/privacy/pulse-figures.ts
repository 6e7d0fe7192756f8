import type { CoreContext } from '../context.js';
import { formatDateTime, translator } from '../i18n/translate.js';
import type { CellStat, SectorParticipation } from '../ports.js';
import type { Pulse } from '../records.js';
import type { Locale } from '../vocabulary.js';

/**
 * Whether a pulse's figures are final: it takes no more answers (its closing time has passed, or it
 * was closed). Before that, two looks at its counts, one vote apart, would tell what that vote was.
 */
export function figuresFinal(pulse: Pulse, now: string): boolean {
  return pulse.closesAt <= now || (pulse.closedAt !== null && pulse.closedAt <= now);
}

/** When the figures of a pulse that is still open may be shown: when it closes. */
export function figuresFrom(pulse: Pulse): string {
  return pulse.closedAt !== null && pulse.closedAt < pulse.closesAt ? pulse.closedAt : pulse.closesAt;
}

/** "The pulse is still open; results come when it closes, at …", in the reader's language and zone. */
export function openPulseText(pulse: Pulse, locale: Locale, timeZone: string): string {
  return translator(locale)('results.error.open', {
    when: formatDateTime(locale, figuresFrom(pulse), timeZone),
  });
}

/**
 * The one way the core reads a pulse's figures (answers and participation): every results and
 * digest path goes through here, and a pulse still open is left out of every read.
 */
export function createPulseFigures(ctx: Pick<CoreContext, 'store' | 'nowIso'>) {
  const { store } = ctx;
  const finalIds = (pulses: readonly Pulse[]): string[] => {
    const now = ctx.nowIso();
    return pulses.filter((p) => figuresFinal(p, now)).map((p) => p.id);
  };
  return {
    isFinal: (pulse: Pulse) => figuresFinal(pulse, ctx.nowIso()),
    /** The pulses whose figures may be shown, in the order given. */
    final: (pulses: readonly Pulse[]): Pulse[] => {
      const now = ctx.nowIso();
      return pulses.filter((p) => figuresFinal(p, now));
    },
    cellStats: async (pulses: readonly Pulse[]): Promise<CellStat[]> => {
      const ids = finalIds(pulses);
      return ids.length > 0 ? await store.pulses.cellStats(ids) : [];
    },
    participationCount: async (pulses: readonly Pulse[]): Promise<number> => {
      const ids = finalIds(pulses);
      return ids.length > 0 ? await store.pulses.participationCount(ids) : 0;
    },
    participationBySector: async (pulses: readonly Pulse[]): Promise<SectorParticipation[]> => {
      const ids = finalIds(pulses);
      return ids.length > 0 ? await store.pulses.participationBySector(ids) : [];
    },
  };
}

export type PulseFigures = ReturnType<typeof createPulseFigures>;
