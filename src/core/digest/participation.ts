import type { SectorParticipation } from '../ports.js';
import { type Gated, gate } from '../privacy/threshold.js';
import { combinedRate, type ResponseRate } from '../pulses/response-rate.js';
import { suppressParts } from './suppression.js';

export interface ParticipationLine {
  sector: string | null;
  /** People in the sector who answered at least one pulse of the month. */
  respondents: Gated<number>;
}

export interface Participation {
  pulses: number;
  respondents: Gated<number>;
  /** Person × pulse: one per person per pulse answered. */
  responses: Gated<number>;
  /**
   * The response rate (pulses/response-rate.ts): the month's responses over the people its pulses
   * were sent to, each pulse's audience frozen when it was posted. No rate per sector: a channel's
   * members are counted, not their sectors.
   */
  rate: Gated<ResponseRate>;
  sectors: ParticipationLine[];
}

/**
 * Sector participation is shown only where the group is large enough, with complementary suppression.
 * `sectorIds` are the digest's sectors (every table lists the same ones); a sector nobody in
 * answered is withheld like one a few answered in. `pulseRates`: one per closed pulse of the month.
 */
export function participationLines(
  rows: readonly SectorParticipation[],
  pulseRates: readonly ResponseRate[],
  minGroupSize: number,
  sectorIds: readonly (string | null)[],
): Participation {
  const respondents = rows.reduce((a, r) => a + Number(r.respondents), 0);
  const responses = rows.reduce((a, r) => a + Number(r.responses), 0);
  const sizes = sectorIds.map((id) => Number(rows.find((r) => r.sector === id)?.respondents ?? 0));
  const hidden = suppressParts(sizes, minGroupSize);
  const sectors = sectorIds.map((sector, i): ParticipationLine => {
    const n = sizes[i] ?? 0;
    return {
      sector,
      respondents: hidden.has(i) ? { shown: false, n: null } : gate(n, minGroupSize, () => n),
    };
  });
  return {
    pulses: pulseRates.length,
    respondents: gate(respondents, minGroupSize, () => respondents),
    responses: gate(respondents, minGroupSize, () => responses),
    rate: gate(respondents, minGroupSize, () => combinedRate(pulseRates)),
    sectors,
  };
}
