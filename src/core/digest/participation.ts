import type { SectorParticipation } from '../ports.js';
import { type Gated, gate } from '../privacy/threshold.js';
import { suppressParts } from './suppression.js';

export interface ParticipationLine {
  sector: string | null;
  invited: number;
  /** People in the sector who answered at least one pulse of the month. */
  respondents: Gated<number>;
  /** respondents / invited. */
  rate: Gated<number>;
}

export interface Participation {
  pulses: number;
  invited: number;
  respondents: Gated<number>;
  /** Person × pulse: one per person per pulse answered. */
  responses: Gated<number>;
  /** responses / (invited × pulses): the average share who answered a pulse. */
  rate: Gated<number>;
  sectors: ParticipationLine[];
}

/**
 * Sector participation is shown only where the group is large enough, with complementary suppression.
 * `sectorIds` are the digest's sectors (every table lists the same ones); a sector nobody in
 * answered is withheld like one a few answered in.
 */
export function participationLines(
  rows: readonly SectorParticipation[],
  invitedBySector: Map<string | null, number>,
  pulses: number,
  minGroupSize: number,
  sectorIds: readonly (string | null)[],
): Participation {
  const invited = [...invitedBySector.values()].reduce((a, b) => a + b, 0);
  const respondents = rows.reduce((a, r) => a + Number(r.respondents), 0);
  const responses = rows.reduce((a, r) => a + Number(r.responses), 0);
  const sizes = sectorIds.map((id) => Number(rows.find((r) => r.sector === id)?.respondents ?? 0));
  const hidden = suppressParts(sizes, minGroupSize);
  const sectors = sectorIds.map((sector, i): ParticipationLine => {
    const n = sizes[i] ?? 0;
    const people = invitedBySector.get(sector) ?? 0;
    if (hidden.has(i)) {
      return {
        sector,
        invited: people,
        respondents: { shown: false, n: null },
        rate: { shown: false, n: null },
      };
    }
    return {
      sector,
      invited: people,
      respondents: gate(n, minGroupSize, () => n),
      rate: gate(n, minGroupSize, () => (people > 0 ? Math.min(1, n / people) : 0)),
    };
  });
  const possible = invited * pulses;
  return {
    pulses,
    invited,
    respondents: gate(respondents, minGroupSize, () => respondents),
    responses: gate(respondents, minGroupSize, () => responses),
    rate: gate(respondents, minGroupSize, () => (possible > 0 ? Math.min(1, responses / possible) : 0)),
    sectors,
  };
}
