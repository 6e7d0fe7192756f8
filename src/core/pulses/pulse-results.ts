import type { CoreContext } from '../context.js';
import { createPulseFigures } from '../privacy/pulse-figures.js';
import { type Gated, gate } from '../privacy/threshold.js';
import type { Pulse, Question } from '../records.js';
import { pulseAudience, type ResponseRate, responseRate } from './response-rate.js';

export interface StatementResult {
  question: Question;
  /** Share who agreed (4 or 5), 0–1. */
  agree: number;
  n: number;
  /** The same statement in the previous pulse of the same schedule, only when it was shown there too. */
  previous: number | null;
}

export interface PulseResults {
  pulse: Pulse;
  minGroupSize: number;
  participation: Gated<ResponseRate>;
  /** Only statements at or above the threshold; the others are counted, never shown. */
  statements: StatementResult[];
  withheld: number;
}

const scheduleOf = (pulse: Pulse) => pulse.occurrenceKey?.split('@')[0] ?? null;

/** Agreement per statement over all sectors, gated by the threshold. */
async function agreement(
  ctx: CoreContext,
  pulses: Pulse[],
): Promise<Map<string, Map<string, Gated<number>>>> {
  const sums = new Map<string, { n: number; agree: number }>();
  for (const cell of await createPulseFigures(ctx).cellStats(pulses)) {
    const key = `${cell.pulseId}\u0000${cell.questionId}`;
    const sum = sums.get(key) ?? { n: 0, agree: 0 };
    sum.n += Number(cell.n);
    if (cell.value >= 4) sum.agree += Number(cell.n);
    sums.set(key, sum);
  }
  const result = new Map<string, Map<string, Gated<number>>>();
  for (const [key, sum] of sums) {
    const [pulseId = '', questionId = ''] = key.split('\u0000');
    const byQuestion = result.get(pulseId) ?? new Map<string, Gated<number>>();
    byQuestion.set(
      questionId,
      gate(sum.n, ctx.settings.privacy.minGroupSize, () => sum.agree / sum.n),
    );
    result.set(pulseId, byQuestion);
  }
  return result;
}

/** The latest earlier pulse of the same schedule that asked each statement (like with like). */
async function previousPulses(ctx: CoreContext, pulse: Pulse): Promise<Map<string, Pulse>> {
  const schedule = scheduleOf(pulse);
  const earlier = (await ctx.store.pulses.pulsesIn({ from: '0000', to: pulse.opensAt }))
    .filter((p) => p.id !== pulse.id && p.closedAt !== null && scheduleOf(p) === schedule)
    .reverse();
  const previous = new Map<string, Pulse>();
  for (const questionId of pulse.questionIds) {
    const found = earlier.find((p) => p.questionIds.includes(questionId));
    if (found) previous.set(questionId, found);
  }
  return previous;
}

/** What a closed pulse's channel is told: participation and each statement the threshold allows. */
export async function pulseResults(ctx: CoreContext, pulse: Pulse): Promise<PulseResults> {
  const { bank, settings } = ctx;
  const minGroupSize = settings.privacy.minGroupSize;
  // Read through the figures gate: a pulse still open counts nothing (results-service refuses it first).
  const count = await createPulseFigures(ctx).participationCount([pulse]);
  const asked = await pulseAudience(ctx.store.outbox, pulse);
  const participation = gate(count, minGroupSize, () => responseRate(count, asked));
  const previous = await previousPulses(ctx, pulse);
  const figures = await agreement(ctx, [pulse, ...new Set(previous.values())]);
  const statements: StatementResult[] = [];
  let withheld = 0;
  for (const questionId of pulse.questionIds) {
    const question = bank.get(questionId);
    const now = figures.get(pulse.id)?.get(questionId);
    if (!question || !now?.shown) {
      withheld += 1;
      continue;
    }
    const before = figures.get(previous.get(questionId)?.id ?? '')?.get(questionId);
    statements.push({ question, agree: now.value, n: now.n, previous: before?.shown ? before.value : null });
  }
  return { pulse, minGroupSize, participation, statements, withheld };
}
