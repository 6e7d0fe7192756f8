import type { QuestionBank } from '../bank/index.js';
import { DIMENSION_GROUP, type DimensionGroup } from '../bank/index.js';
import type { SectorParticipation } from '../ports.js';
import { type Gated, gate } from '../privacy/threshold.js';
import type { Nomination, PersonKey, Pulse, Reflection, Story } from '../records.js';
import type { Dimension } from '../vocabulary.js';
import { type Aggregate, type Cell, groupBy, sectorScores, summarise } from './aggregate.js';
import { type Participation, participationLines } from './participation.js';
import {
  type ActivityCounts,
  activity,
  type Collaboration,
  collaboration,
  type PrizeScore,
  prizeScore,
} from './stories.js';
import { difference, type MonthScores, meanOf, scoreMonth, type TrendPoint } from './trend.js';

/** Bumped on any breaking change of the JSON format; schema/digest.schema.json documents each version. */
export const DIGEST_SCHEMA_VERSION = 2;
export const DIGEST_SCHEMA_ID = 'urn:kulturpuls:digest:v2';
export const TREND_MONTHS = 12;
/** A story needs at least this prize score to be a candidate for Innovasjonsprisen. */
export const PRIZE_CANDIDATE_SCORE = 3;

export interface MonthCells {
  month: string;
  cells: Cell[];
}

export interface DigestInput {
  month: string;
  organisation: string;
  minGroupSize: number;
  generatedAt: string;
  bank: QuestionBank;
  /** Sector ids in configured order (tables and the network picture follow it). */
  sectorOrder: string[];
  /** Pulses of the month that have closed. */
  pulses: Pulse[];
  /** Every month from the first month with data (or the trend start) up to and including `month`. */
  history: MonthCells[];
  participation: SectorParticipation[];
  /** People Kulturpuls knows, per sector. */
  invitedBySector: Map<string | null, number>;
  stories: Story[];
  /** Stories of the last twelve months, this one included (innovation activity). */
  yearStories: Story[];
  nominations: Nomination[];
  reflections: Reflection[];
  /** Learning-loop next steps from earlier months, not yet marked done. */
  openNextSteps: Reflection[];
  names: Map<PersonKey, string>;
}

export interface ScoreLine {
  id: string;
  dimension: Dimension;
  group: DimensionGroup;
  result: Gated<Aggregate>;
  /** Change in mean from the previous month, when both months are shown. */
  change: number | null;
  /** Change since the line's baseline: its first month with a shown value. */
  baselineChange: number | null;
  baselineMonth: string | null;
  /** The last twelve months, oldest first. */
  trend: TrendPoint[];
}

export interface SectorLine {
  sector: string | null;
  responses: Gated<number>;
  mean: Gated<number>;
}

export type DigestStory = Story & { authorName: string | null; prize: PrizeScore };
export type DigestNomination = Nomination & { nomineeName: string | null; nominatorName: string | null };

export interface Digest {
  version: typeof DIGEST_SCHEMA_VERSION;
  month: string;
  organisation: string;
  minGroupSize: number;
  generatedAt: string;
  /** The first month with pulse answers: "since the start" is measured from here. */
  baselineMonth: string | null;
  participation: Participation;
  index: { mean: number | null; change: number | null; baselineChange: number | null; trend: TrendPoint[] };
  dimensions: ScoreLine[];
  questions: ScoreLine[];
  sectors: SectorLine[];
  /** Ranked by reactions (then oldest first). */
  stories: DigestStory[];
  /** Story ids ranked by prize score (then reactions). */
  prizeRanking: string[];
  /** Story ids with a prize score of at least PRIZE_CANDIDATE_SCORE, at most three. */
  prizeCandidates: string[];
  /** Only nominations the nominee accepted (or teams); never one awaiting consent or declined. */
  nominations: DigestNomination[];
  collaboration: Collaboration;
  activity: { month: ActivityCounts; last12Months: ActivityCounts };
  learning: Reflection[];
  reflections: Reflection[];
  openNextSteps: Reflection[];
  withheld: {
    cells: number;
    questions: number;
    dimensions: number;
    sectors: number;
    sectorParts: number;
    participationSectors: number;
  };
}

function scoreLines(
  ids: string[],
  pick: (scores: MonthScores, id: string) => Gated<Aggregate> | undefined,
  months: MonthScores[],
  meta: (id: string) => Pick<ScoreLine, 'dimension' | 'group'>,
): ScoreLine[] {
  const current = months[months.length - 1] as MonthScores;
  const previous = months[months.length - 2];
  return ids.map((id) => {
    const result = pick(current, id) ?? { shown: false, n: null };
    const base = months.find((m) => meanOf(pick(m, id)) !== null);
    const baselineMonth = base?.month ?? null;
    return {
      id,
      ...meta(id),
      result,
      change: previous ? difference(meanOf(result), meanOf(pick(previous, id))) : null,
      baselineChange: base && base !== current ? difference(meanOf(result), meanOf(pick(base, id))) : null,
      baselineMonth,
      trend: months.slice(-TREND_MONTHS).map((m) => ({ month: m.month, mean: meanOf(pick(m, id)) })),
    };
  });
}

export function buildDigest(input: DigestInput): Digest {
  const { bank, minGroupSize } = input;
  const months = input.history.map((h) => scoreMonth(h.month, h.cells, bank, minGroupSize));
  const current = months[months.length - 1] as MonthScores;
  const cells = input.history[input.history.length - 1]?.cells ?? [];
  const previous = months[months.length - 2];
  const baseline = months.find((m) => m.index !== null);

  const dimensions = scoreLines(
    [...current.dimensions.keys()],
    (m, id) => m.dimensions.get(id as Dimension),
    months,
    (id) => ({
      dimension: id as Dimension,
      group: DIMENSION_GROUP[id as Dimension],
    }),
  );
  const questions = scoreLines(
    [...current.questions.keys()],
    (m, id) => m.questions.get(id),
    months,
    (id) => {
      const dimension = bank.get(id)?.dimension ?? 'laering';
      return { dimension, group: DIMENSION_GROUP[dimension] };
    },
  );

  const shownCells = cells.filter((c) => c.n >= Math.max(minGroupSize, 3));
  const split = sectorScores(shownCells, bank, minGroupSize);
  const sectors: SectorLine[] = [...split.present].map((sector) => {
    const counts = split.sectors.get(sector);
    const summary = counts ? summarise(counts) : undefined;
    const n = summary?.n ?? 0;
    return {
      sector,
      responses: gate(n, minGroupSize, () => n),
      mean: gate(n, minGroupSize, () => summary?.mean ?? 0),
    };
  });
  sectors.sort((a, b) => orderOf(input.sectorOrder, a.sector) - orderOf(input.sectorOrder, b.sector));

  const participation = participationLines(
    input.participation,
    input.invitedBySector,
    input.pulses.length,
    minGroupSize,
  );
  participation.sectors.sort(
    (a, b) => orderOf(input.sectorOrder, a.sector) - orderOf(input.sectorOrder, b.sector),
  );

  const stories: DigestStory[] = input.stories
    .map((s) => ({ ...s, authorName: input.names.get(s.authorKey) ?? null, prize: prizeScore(s) }))
    .sort((a, b) => b.reactions - a.reactions || a.createdAt.localeCompare(b.createdAt));
  const prizeRanking = [...stories]
    .sort(
      (a, b) =>
        b.prize.score - a.prize.score || b.reactions - a.reactions || a.createdAt.localeCompare(b.createdAt),
    )
    .map((s) => s.id);
  const byId = new Map(stories.map((s) => [s.id, s]));
  const visible = input.nominations.filter((n) => n.status === 'accepted' || n.status === 'recognised');

  const withheldQuestions = questions.filter((q) => !q.result.shown).length;
  const withheldDimensions = dimensions.filter((d) => !d.result.shown).length;
  return {
    version: DIGEST_SCHEMA_VERSION,
    month: input.month,
    organisation: input.organisation,
    minGroupSize,
    generatedAt: input.generatedAt,
    baselineMonth: baseline?.month ?? null,
    participation,
    index: {
      mean: current.index,
      change: previous ? difference(current.index, previous.index) : null,
      baselineChange: baseline && baseline !== current ? difference(current.index, baseline.index) : null,
      trend: months.slice(-TREND_MONTHS).map((m) => ({ month: m.month, mean: m.index })),
    },
    dimensions: sortLines(dimensions),
    questions: sortLines(questions),
    sectors,
    stories,
    prizeRanking,
    prizeCandidates: prizeRanking
      .filter((id) => (byId.get(id)?.prize.score ?? 0) >= PRIZE_CANDIDATE_SCORE)
      .slice(0, 3),
    nominations: visible.map((n) => ({
      ...n,
      nomineeName: n.nomineeKey ? (input.names.get(n.nomineeKey) ?? null) : null,
      nominatorName: input.names.get(n.nominatorKey) ?? null,
    })),
    collaboration: collaboration([...input.stories, ...visible], input.sectorOrder),
    activity: { month: activity(input.stories), last12Months: activity(input.yearStories) },
    learning: anonymise(input.reflections.filter((r) => r.kind === 'learning')),
    reflections: anonymise(input.reflections.filter((r) => r.kind === 'reflection')),
    openNextSteps: anonymise(input.openNextSteps),
    withheld: {
      cells: cells.length - shownCells.length,
      questions: withheldQuestions,
      dimensions: withheldDimensions,
      sectors: sectors.filter((s) => !s.responses.shown).length,
      sectorParts: split.withheldParts,
      participationSectors: participation.sectors.filter((s) => !s.respondents.shown).length,
    },
  };
}

/** An anonymous text keeps no sector: in a small sector it could point to the writer. */
function anonymise(reflections: Reflection[]): Reflection[] {
  return reflections.map((r) => (r.authorKey ? r : { ...r, sector: null }));
}

function orderOf(order: readonly string[], sector: string | null): number {
  const i = sector === null ? -1 : order.indexOf(sector);
  return i === -1 ? order.length : i;
}

const GROUP_ORDER = { leadership: 0, climate: 1, learning: 2 } as const;

function sortLines(lines: ScoreLine[]): ScoreLine[] {
  return lines.sort((a, b) => GROUP_ORDER[a.group] - GROUP_ORDER[b.group] || a.id.localeCompare(b.id));
}

export { groupBy };
