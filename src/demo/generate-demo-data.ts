import { performance } from 'node:perf_hooks';
import type { Repositories } from '../core/ports.js';
import { occurrenceKey } from '../core/schedule/occurrence-service.js';
import type { Schedule } from '../core/settings.js';
import { localDate, localMonth, monthPeriod, shiftMonth } from '../core/time.js';
import { createCalendar } from '../scheduler/calendar.js';
import { type Decision, dueOccurrences } from '../scheduler/due-occurrences.js';
import { createBulkWriter } from './bulk-writer.js';
import { createClimateModel } from './climate-model.js';
import { type DemoContext, type DemoTarget, demoDatabase } from './demo-context.js';
import { addCounts, type DemoCounts, noCounts } from './demo-counts.js';
import { generateMembers } from './members.js';
import { generatePulse } from './pulses.js';
import { generateLearning, generateReflections } from './reflections.js';
import { generateNominations, generateStories } from './stories.js';

export type { DemoTarget } from './demo-context.js';
export type { DemoCounts } from './demo-counts.js';

export interface DemoOptions {
  members: number;
  months: number;
  seed: number;
}

export interface DemoSummary extends DemoCounts {
  options: DemoOptions;
  /** The generated period: from the first day of the month `months` back, to the runtime's now. */
  from: string;
  to: string;
  /** The same period as local dates in the configured time zone, for people to read. */
  period: { from: string; to: string };
  people: { total: number; added: number; managers: string[] };
  durationMs: number;
}

function monthNumber(month: string): number {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return year * 12 + mon - 1;
}

/**
 * Fills the database with a simulated municipality: `members` people over the configured sectors, and
 * for the `months` whole months before the current one (plus the current month so far) every post the
 * enabled schedules would have made, with pulse answers, reflections, learning-loop answers, stories
 * and nominations. Everything is dated before the runtime clock's now and is deterministic for a seed
 * (apart from the pulse ids the core draws, which no aggregate depends on).
 *
 * A second run on the same database adds nothing twice: people are upserted by key, each post is
 * keyed by its occurrence like the scheduler's (an occurrence already recorded is skipped with all its
 * answers), and stories and nominations have ids derived from the seed.
 */
export async function generateDemoData(target: DemoTarget, options: DemoOptions): Promise<DemoSummary> {
  const started = performance.now();
  const { store, settings } = target;
  const now = target.clock.now();
  const currentMonth = localMonth(now, settings.timezone);
  const firstMonth = shiftMonth(currentMonth, -options.months);
  const from = new Date(monthPeriod(firstMonth, settings.timezone).from);

  const members = generateMembers(options.seed, options.members, settings.sectors);
  const known = new Set((await store.people.list('local')).map((p) => p.key));
  const added = members.filter((m) => !known.has(m.key)).length;
  const writer = createBulkWriter(store, demoDatabase(target.database), target.secret);
  await writer.transaction(() => writer.upsertPeople(members, from.toISOString()));

  const ctx: DemoContext = {
    seed: options.seed,
    target,
    now,
    members,
    managers: members.filter((m) => m.manager),
    model: createClimateModel(
      options.seed,
      settings.sectors.map((s) => s.id),
      options.months + 1,
    ),
    writer,
    monthIndex: (date) => monthNumber(localMonth(date, settings.timezone)) - monthNumber(firstMonth),
  };

  const summary: DemoSummary = {
    options,
    from: from.toISOString(),
    to: now.toISOString(),
    period: { from: localDate(from, settings.timezone), to: localDate(now, settings.timezone) },
    people: { total: members.length, added, managers: ctx.managers.map((m) => m.key) },
    ...noCounts(),
    durationMs: 0,
  };
  // Counted afresh in each run of the body (PostgreSQL may run one again) and added once committed.
  const counted = async (fn: (tx: Repositories, counts: DemoCounts) => Promise<void>) =>
    addCounts(
      summary,
      await writer.transaction(async (tx) => {
        const counts = noCounts();
        await fn(tx, counts);
        return counts;
      }),
    );

  for (const { schedule, decision } of plannedOccurrences(target, from, now)) {
    await counted((tx, counts) => generateOccurrence(ctx, tx, schedule, decision, counts));
  }
  for (let month = firstMonth; month <= currentMonth; month = shiftMonth(month, 1)) {
    const period = monthPeriod(month, settings.timezone);
    await counted(async (tx, counts) => {
      counts.stories += await generateStories(ctx, tx, month, period);
      counts.nominations += await generateNominations(ctx, tx, month, period);
    });
  }
  summary.durationMs = Math.round(performance.now() - started);
  return summary;
}

/** Every time an enabled schedule would have fired (or skipped) in [from, now), oldest first. */
function plannedOccurrences(target: DemoTarget, from: Date, now: Date) {
  const { settings } = target;
  const calendar = createCalendar({ timezone: settings.timezone, quietPeriods: settings.quietPeriods });
  const after = new Date(from.getTime() - 1);
  return settings.schedules
    .filter((schedule) => schedule.enabled)
    .flatMap((schedule) =>
      dueOccurrences(schedule, after, now, settings.timezone, calendar)
        .filter((decision) => decision.at.getTime() < now.getTime())
        .map((decision) => ({ schedule, decision })),
    )
    .sort((a, b) => a.decision.at.getTime() - b.decision.at.getTime());
}

/** Records the occurrence as the scheduler would have, then adds what people answered to it. */
async function generateOccurrence(
  ctx: DemoContext,
  tx: Repositories,
  schedule: Schedule,
  decision: Decision,
  summary: DemoCounts,
): Promise<void> {
  const { core } = ctx.target;
  const key = occurrenceKey(schedule, decision.at);
  const recorded = await tx.schedule.record({
    key,
    scheduleId: schedule.id,
    kind: schedule.kind,
    scheduledFor: decision.at.toISOString(),
    status: decision.action === 'skip' ? 'skipped' : 'posted',
    reason: decision.action === 'skip' ? decision.reason : 'demo-data',
    createdAt: decision.at.toISOString(),
  });
  if (!recorded) {
    summary.occurrences.alreadyThere += 1;
    return;
  }
  if (decision.action === 'skip') {
    summary.occurrences.skipped += 1;
    return;
  }
  summary.occurrences.posted += 1;
  switch (schedule.kind) {
    case 'pulse': {
      const outcome = await generatePulse(ctx, tx, schedule, key, decision.at);
      summary.pulses += 1;
      summary.answers += outcome.answers;
      summary.participations += outcome.participants;
      return;
    }
    case 'reflection':
    case 'learning': {
      // The same question the core's occurrence service would pick: rotate by posted occurrences.
      const active = core.bank.active(schedule.kind);
      const done = (await tx.schedule.list({ scheduleId: schedule.id })).filter(
        (o) => o.status === 'posted',
      ).length;
      const questionId = active[done % Math.max(active.length, 1)]?.id;
      if (!questionId) return;
      if (schedule.kind === 'reflection')
        summary.reflections += await generateReflections(ctx, tx, key, decision.at, questionId);
      else summary.learning += await generateLearning(ctx, tx, key, decision.at, questionId);
      return;
    }
    case 'digest':
      return;
  }
}
