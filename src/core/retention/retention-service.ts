import type { CoreContext } from '../context.js';
import { groupBy } from '../digest/aggregate.js';
import type { MonthlyAggregate } from '../ports.js';
import { MIN_GROUP_SIZE_FLOOR } from '../privacy/threshold.js';
import { kaffeSettings } from '../settings.js';
import { localDate, localMonth, monthPeriod, shiftMonth } from '../time.js';

/** Handled inbound event ids are kept this long (Slack retries within minutes). */
const INBOUND_EVENTS_KEEP_MS = 7 * 86_400_000;
/**
 * Sent and failed direct messages are kept this long, then deleted: the outbox needs them only while a
 * message is on its way (and for an admin's `deliveries` view of what failed).
 */
const DIRECT_MESSAGES_KEEP_MS = 30 * 86_400_000;
/** The scheduler's watermark key for "retention ran on this local date". */
export const RETENTION_JOB_ID = 'job:retention';

export interface RetentionReport {
  /** Raw answers of pulses that closed before this instant were removed. */
  cutoff: string;
  answersDeleted: number;
  /** Who took part in those pulses: no longer needed once the answers are gone. */
  participationDeleted: number;
  aggregatesWritten: number;
  inboundEventsPruned: number;
  /** Comment threads of those pulses, with their replies and contact keys. */
  commentThreadsDeleted: number;
  /** Kaffe på tvers pairs made before `kaffeCutoff`. */
  kaffePairsDeleted: number;
  kaffeCutoff: string;
  /** Direct messages sent or failed more than 30 days ago. */
  directMessagesPruned: number;
}

type Counts = MonthlyAggregate['counts'];

/**
 * Retention (`privacy.retainMonths`): raw pulse answers are removed by whole local months, after
 * the sums of the cells the digest could show are folded into `monthly_aggregates` (per month ×
 * statement, all sectors together)
 * in the same transaction, so a crash leaves either both or neither. Running it again is a no-op.
 */
export function createRetentionService(ctx: CoreContext) {
  const { store, settings } = ctx;

  function cutoffFor(now: Date): string {
    const month = shiftMonth(localMonth(now, settings.timezone), -settings.privacy.retainMonths);
    return monthPeriod(month, settings.timezone).from;
  }

  /**
   * Kaffe på tvers pairs are kept as long as raw answers (the digest's meetings of a month need them)
   * and never shorter than the rounds that must not repeat a pair, with the "did you meet?" round.
   */
  function kaffeCutoffFor(now: Date): string {
    const { everyDays, noRepeatRounds } = kaffeSettings(settings);
    const noRepeat = now.getTime() - (noRepeatRounds + 1) * everyDays * 86_400_000;
    return new Date(Math.min(noRepeat, Date.parse(cutoffFor(now)))).toISOString();
  }

  async function run(now: Date = ctx.clock.now()): Promise<RetentionReport> {
    const cutoff = cutoffFor(now);
    const kaffeCutoff = kaffeCutoffFor(now);
    return store.transaction(async (tx): Promise<RetentionReport> => {
      const expired = { from: '', to: cutoff };
      const monthOf = new Map(
        (await tx.pulses.pulsesIn(expired)).map((p) => [
          p.id,
          localMonth(new Date(p.closesAt), settings.timezone),
        ]),
      );
      const sums = new Map<string, MonthlyAggregate>();
      const add = (month: string, questionId: string, sector: string | null, value: number, n: number) => {
        const key = JSON.stringify([month, questionId, sector]);
        const row = sums.get(key) ?? {
          month,
          questionId,
          sector,
          n: 0,
          sum: 0,
          counts: [0, 0, 0, 0, 0] as Counts,
        };
        row.n += n;
        row.sum += value * n;
        row.counts[value - 1] = (row.counts[value - 1] ?? 0) + n;
        sums.set(key, row);
      };
      // Only cells the digest could show are kept, and without their sector split: a kept aggregate
      // must never hold a number about fewer people than the threshold, nor differ from what the
      // digest showed before the raw answers went (that difference would reveal a withheld cell).
      const floor = Math.max(settings.privacy.minGroupSize, MIN_GROUP_SIZE_FLOOR);
      const cells = groupBy(
        await tx.pulses.cellStats([...monthOf.keys()]),
        (c) => `${c.pulseId}\u0000${c.questionId}`,
      );
      for (const stats of cells.values()) {
        const month = monthOf.get(stats[0]?.pulseId ?? '');
        if (!month || stats.reduce((n, c) => n + Number(c.n), 0) < floor) continue;
        for (const cell of stats) add(month, cell.questionId, null, cell.value, Number(cell.n));
      }
      const rows = [...sums.values()];
      await tx.aggregates.add(rows);
      const answersDeleted = await tx.pulses.deleteAnswersBefore(cutoff);
      const participationDeleted = await tx.pulses.deleteParticipationBefore(cutoff);
      // Comments are raw data like the answers: they go with them, and every contact key with them.
      const commentThreadsDeleted = await tx.comments.deleteBefore(cutoff);
      const inboundEventsPruned = await tx.inbound.pruneBefore(
        new Date(now.getTime() - INBOUND_EVENTS_KEEP_MS).toISOString(),
      );
      const kaffePairsDeleted = await tx.kaffe.deletePairsBefore(kaffeCutoff);
      const directMessagesPruned = await tx.outbox.pruneDirectMessages(
        new Date(now.getTime() - DIRECT_MESSAGES_KEEP_MS).toISOString(),
      );
      return {
        cutoff,
        answersDeleted,
        participationDeleted,
        aggregatesWritten: rows.length,
        inboundEventsPruned,
        commentThreadsDeleted,
        kaffePairsDeleted,
        kaffeCutoff,
        directMessagesPruned,
      };
    });
  }

  /** Once per local day (a watermark in the database, so two processes or a restart do not repeat it). */
  async function runDaily(now: Date = ctx.clock.now()): Promise<RetentionReport | undefined> {
    const today = localDate(now, settings.timezone);
    if ((await store.schedule.watermark(RETENTION_JOB_ID)) === today) return undefined;
    const report = await run(now);
    await store.schedule.setWatermark(RETENTION_JOB_ID, today);
    return report;
  }

  return { run, runDaily, cutoffFor, kaffeCutoffFor };
}

export type RetentionService = ReturnType<typeof createRetentionService>;
