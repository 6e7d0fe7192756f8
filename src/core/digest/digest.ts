import { DIMENSION_GROUP, type QuestionBank } from '../bank/index.js';
import type { BenchmarkComparison } from '../benchmark/comparison.js';
import type { SectorParticipation } from '../ports.js';
import { type Gated, gate } from '../privacy/threshold.js';
import { DIGEST_READER, maySeeNomination } from '../privacy/visibility.js';
import type { ResponseRate } from '../pulses/response-rate.js';
import type { KaffePair, NextStep, Nomination, PersonKey, Pulse, Reflection, Story } from '../records.js';
import { shiftMonth } from '../time.js';
import { groupBy, sectorScores, summarise } from './aggregate.js';
import {
  compareIndex,
  type MonthCells,
  type Span,
  scoreSpan,
  WINDOW_MONTHS,
  type WindowScores,
  windowEnding,
} from './compare.js';
import { type KaffeMeetings, kaffeMeetings } from './kaffe-meetings.js';
import { type NextActions, nextActions } from './next-actions.js';
import { noiseOf } from './noise.js';
import { type Participation, participationLines } from './participation.js';
import { monthThemes, type ReflectionAnswers, reflectionAnswers } from './reflection-answers.js';
import { dimensionLines, type ScoreLine, statementLines, type TrendPoint } from './score-lines.js';
import {
  type ActivityCounts,
  activity,
  type Collaboration,
  collaboration,
  type PrizeScore,
  prizeScore,
} from './stories.js';
import type { Theme } from './themes.js';

export type { MonthCells, ScoreLine, Span, TrendPoint };

export interface CheckBack {
  text: string;
  outcome: NonNullable<NextStep['outcome']>;
  learned: string | null;
}

/** Bumped on any breaking change of the JSON format; schema/digest.schema.json documents each version. */
export const DIGEST_SCHEMA_VERSION = 4;
export const DIGEST_SCHEMA_ID = 'urn:kulturpuls:digest:v4';
export const TREND_MONTHS = 12;
/** A story needs at least this prize score to be a candidate for Innovasjonsprisen. */
export const PRIZE_CANDIDATE_SCORE = 3;

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
  /** People Kulturpuls knows, per sector (the sectors every table lists; never a denominator). */
  invitedBySector: Map<string | null, number>;
  /** One per pulse of the month: who answered and the audience frozen when it was posted. */
  pulseRates: ResponseRate[];
  stories: Story[];
  /** Stories of the last twelve months, this one included (innovation activity). */
  yearStories: Story[];
  nominations: Nomination[];
  reflections: Reflection[];
  /** Learning-loop next steps from earlier months, not yet marked done. */
  openNextSteps: Reflection[];
  /** Next steps whose owners answered "did you try it?" this month. */
  checkBacks?: NextStep[];
  /** Kaffe på tvers pairs made this month. */
  kaffePairs?: KaffePair[];
  names: Map<PersonKey, string>;
  /** Keeps the scores of closed periods between digests (they never change); omitted, all are computed. */
  remember?: (span: Span, compute: () => WindowScores) => WindowScores;
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
  index: CultureIndex;
  /** Leadership, climate and learning lines over the index window (climate is not part of the index). */
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
  /** Learning loop followed up: what was tried, how it went, what was learned (never who answered). */
  checkBacks: CheckBack[];
  /** Kaffe på tvers: the share of pairs that met, per sector pair (cross-sector collaboration). */
  kaffe: KaffeMeetings;
  /** The week's reflection answers per question (unnamed ones only from the threshold). */
  reflectionAnswers: ReflectionAnswers[];
  /** Recurring themes across the shown answers and stories, counted with Norwegian stemming. */
  themes: Theme[];
  /** "What should we do now?": the weakest statement, the biggest change, the largest sector gap. */
  actions: NextActions;
  /** The KOSTRA benchmark, when the organisation's number is configured (see core/benchmark). */
  benchmark?: BenchmarkComparison;
  withheld: {
    cells: number;
    questions: number;
    dimensions: number;
    sectors: number;
    sectorParts: number;
    participationSectors: number;
  };
}

export interface CultureIndex {
  /** Mean of the leadership dimension means over `window` (each dimension weighs the same). */
  mean: number | null;
  window: Span;
  /** Leadership dimensions shown in the window (of seven). */
  dimensions: number;
  /** Over the same statements, shown in both `window` and `comparedWith` (the window before). */
  change: number | null;
  comparedWith: Span | null;
  comparedStatements: number;
  /** The change's 95 % margin (null: too few answers to tell) and whether chance alone could explain it. */
  changeMargin: number | null;
  changeWithinNoise: boolean;
  /** Over the same statements, since the first window with answers. */
  baselineChange: number | null;
  baselineChangeMargin: number | null;
  baselineWithinNoise: boolean;
  baseline: Span | null;
  /** Each point is the window ending that month. */
  trend: TrendPoint[];
}

export function buildDigest(input: DigestInput): Digest {
  const { bank, minGroupSize } = input;
  const first = input.history.find((h) => h.cells.length > 0)?.month;
  const compute = (span: Span) => () => scoreSpan(input.history, span, bank, minGroupSize);
  const score = (span: Span) => (input.remember ? input.remember(span, compute(span)) : compute(span)());
  const trendMonths = input.history.slice(-TREND_MONTHS).map((h) => h.month);
  const windows = trendMonths.map((m) => score(windowEnding(m)));
  const current = windows.at(-1) ?? score(windowEnding(input.month));
  const previous =
    first && first <= shiftMonth(input.month, -WINDOW_MONTHS)
      ? score(windowEnding(shiftMonth(input.month, -WINDOW_MONTHS)))
      : undefined;
  const baselineSpan = first ? windowEnding(shiftMonth(first, WINDOW_MONTHS - 1)) : undefined;
  // The baseline window must not overlap the current one, or the change would compare a window with itself.
  const baseline = baselineSpan && baselineSpan.to < current.from ? score(baselineSpan) : undefined;
  const byMonth = input.history.map((h) => score({ from: h.month, to: h.month }));
  const cells = input.history.at(-1)?.cells ?? [];
  const dimensions = dimensionLines(windows, previous, baseline, bank);
  const questions = statementLines(byMonth, TREND_MONTHS, bank);
  const change = previous ? compareIndex(current, previous, bank) : null;
  const sinceStart = baseline ? compareIndex(current, baseline, bank) : null;

  const shownCells = cells.filter((c) => c.n >= Math.max(minGroupSize, 3));
  // One list of sectors for every table, whether nobody or a few answered in a sector.
  const sectorIds = [
    ...new Set([
      ...input.invitedBySector.keys(),
      ...input.participation.map((r) => r.sector),
      ...cells.flatMap((c) => [...c.sectors.keys()]),
    ]),
  ].sort((a, b) => orderOf(input.sectorOrder, a) - orderOf(input.sectorOrder, b));
  const split = sectorScores(shownCells, bank, minGroupSize, sectorIds);
  const sectors: SectorLine[] = sectorIds.map((sector) => {
    const counts = split.sectors.get(sector);
    const summary = counts ? summarise(counts) : undefined;
    const n = summary?.n ?? 0;
    return {
      sector,
      responses: gate(n, minGroupSize, () => n),
      mean: gate(n, minGroupSize, () => summary?.mean ?? 0),
    };
  });

  const participation = participationLines(input.participation, input.pulseRates, minGroupSize, sectorIds);

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
  const visible = input.nominations.filter((n) => maySeeNomination(n, DIGEST_READER, 'private'));

  const answers = reflectionAnswers(input.reflections, input.names, minGroupSize);
  const learning = anonymise(input.reflections.filter((r) => r.kind === 'learning'));
  // An unnamed answer only from the threshold, in the file as on the page.
  const shownReflections = anonymise(
    input.reflections.filter(
      (r) =>
        r.kind === 'reflection' &&
        (r.authorKey || !answers.some((q) => q.questionId === r.questionId && q.anonymousWithheld > 0)),
    ),
  );
  const withheldQuestions = questions.filter((q) => !q.result.shown).length;
  const withheldDimensions = dimensions.filter((d) => !d.result.shown).length;
  return {
    version: DIGEST_SCHEMA_VERSION,
    month: input.month,
    organisation: input.organisation,
    minGroupSize,
    generatedAt: input.generatedAt,
    baselineMonth: first ?? null,
    participation,
    index: {
      mean: current.index,
      window: { from: current.from, to: current.to },
      dimensions: [...current.dimensions].filter(([d, r]) => r.shown && DIMENSION_GROUP[d] === 'leadership')
        .length,
      change: change?.change ?? null,
      comparedWith: change && previous ? { from: previous.from, to: previous.to } : null,
      comparedStatements: change?.statements ?? 0,
      changeMargin: noiseOf(change).margin,
      changeWithinNoise: noiseOf(change).withinNoise,
      baselineChange: sinceStart?.change ?? null,
      baselineChangeMargin: noiseOf(sinceStart).margin,
      baselineWithinNoise: noiseOf(sinceStart).withinNoise,
      baseline: sinceStart && baseline ? { from: baseline.from, to: baseline.to } : null,
      trend: windows.map((w) => ({ month: w.to, mean: w.index })),
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
    learning,
    reflections: shownReflections,
    openNextSteps: anonymise(input.openNextSteps),
    checkBacks: (input.checkBacks ?? []).flatMap((s) =>
      s.outcome ? [{ text: s.text, outcome: s.outcome, learned: s.learned }] : [],
    ),
    kaffe: kaffeMeetings(input.kaffePairs ?? [], input.minGroupSize, input.sectorOrder),
    reflectionAnswers: answers,
    themes: monthThemes(shownReflections, input.stories, learning),
    actions: nextActions(questions, sectors, input.openNextSteps, bank),
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
