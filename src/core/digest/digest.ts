import type { QuestionBank } from '../bank/index.js';
import { DIMENSION_GROUP } from '../bank/index.js';
import { type Gated, gate, suppressComplement } from '../privacy/threshold.js';
import type { Nomination, Pulse, PulseAnswer, Reflection, Story } from '../records.js';
import type { Dimension } from '../vocabulary.js';
import { type Aggregate, aggregateAnswers, groupBy } from './aggregate.js';

export const DIGEST_SCHEMA_VERSION = 1;

export interface DigestInput {
  month: string;
  organisation: string;
  minGroupSize: number;
  generatedAt: string;
  bank: QuestionBank;
  pulses: Pulse[];
  answers: PulseAnswer[];
  previousAnswers: PulseAnswer[];
  /** People who answered each pulse (participation, not content). */
  participation: Map<string, number>;
  /** People the bot knows (who could have answered). */
  invited: number;
  stories: Story[];
  nominations: Nomination[];
  reflections: Reflection[];
  /** Learning-loop next steps from earlier months, not yet marked done. */
  openNextSteps: Reflection[];
}

export interface ScoreLine {
  id: string;
  dimension: Dimension;
  group: 'leadership' | 'climate' | 'learning';
  result: Gated<Aggregate>;
  /** Change in mean from the previous month, when both months are shown. */
  change: number | null;
}

export interface SectorLine {
  sector: string | null;
  responses: Gated<number>;
  mean: Gated<number>;
}

export interface Digest {
  version: typeof DIGEST_SCHEMA_VERSION;
  month: string;
  organisation: string;
  minGroupSize: number;
  generatedAt: string;
  participation: { pulses: number; invited: number; responses: Gated<number>; rate: Gated<number> };
  dimensions: ScoreLine[];
  questions: ScoreLine[];
  sectors: SectorLine[];
  stories: Story[];
  /** Only nominations the nominee accepted (or teams); never one awaiting consent or declined. */
  nominations: Nomination[];
  learning: Reflection[];
  reflections: Reflection[];
  openNextSteps: Reflection[];
  withheld: { cells: number; sectors: number };
}

function change(now: Gated<Aggregate> | undefined, before: Gated<Aggregate> | undefined): number | null {
  return now?.shown && before?.shown ? now.value.mean - before.value.mean : null;
}

export function buildDigest(input: DigestInput): Digest {
  const { bank, minGroupSize } = input;
  const current = aggregateAnswers(input.answers, bank, minGroupSize);
  const previous = aggregateAnswers(input.previousAnswers, bank, minGroupSize);

  const dimensions: ScoreLine[] = [...current.dimensions].map(([dimension, result]) => ({
    id: dimension,
    dimension,
    group: DIMENSION_GROUP[dimension],
    result,
    change: change(result, previous.dimensions.get(dimension)),
  }));
  const questions: ScoreLine[] = [...current.questions].map(([id, result]) => {
    const dimension = bank.get(id)?.dimension ?? 'laering';
    return {
      id,
      dimension,
      group: DIMENSION_GROUP[dimension],
      result,
      change: change(result, previous.questions.get(id)),
    };
  });

  const bySector = [...groupBy(current.counted, (a) => a.sector)];
  const hidden = suppressComplement(
    bySector.map(([, list]) => list.length),
    minGroupSize,
  );
  const sectors: SectorLine[] = bySector.map(([sector, list], index) => {
    if (hidden.has(index))
      return { sector, responses: { shown: false, n: null }, mean: { shown: false, n: null } };
    const mean = list.reduce((sum, a) => sum + a.score, 0) / list.length;
    return {
      sector,
      responses: gate(list.length, minGroupSize, () => list.length),
      mean: gate(list.length, minGroupSize, () => mean),
    };
  });

  const responses = [...input.participation.values()].reduce((a, b) => a + b, 0);
  const possible = input.invited * input.pulses.length;
  return {
    version: DIGEST_SCHEMA_VERSION,
    month: input.month,
    organisation: input.organisation,
    minGroupSize,
    generatedAt: input.generatedAt,
    participation: {
      pulses: input.pulses.length,
      invited: input.invited,
      responses: gate(responses, minGroupSize, () => responses),
      rate: gate(responses, minGroupSize, () => (possible > 0 ? Math.min(1, responses / possible) : 0)),
    },
    dimensions: sortLines(dimensions),
    questions: sortLines(questions),
    sectors,
    stories: [...input.stories].sort(
      (a, b) => b.reactions - a.reactions || a.createdAt.localeCompare(b.createdAt),
    ),
    nominations: input.nominations.filter((n) => n.status === 'accepted' || n.status === 'recognised'),
    learning: input.reflections.filter((r) => r.kind === 'learning'),
    reflections: input.reflections.filter((r) => r.kind === 'reflection'),
    openNextSteps: input.openNextSteps,
    withheld: { cells: current.withheldCells, sectors: hidden.size },
  };
}

const GROUP_ORDER = { leadership: 0, climate: 1, learning: 2 } as const;

function sortLines(lines: ScoreLine[]): ScoreLine[] {
  return lines.sort((a, b) => GROUP_ORDER[a.group] - GROUP_ORDER[b.group] || a.id.localeCompare(b.id));
}
