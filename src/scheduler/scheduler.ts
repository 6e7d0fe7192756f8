import cron, { type ScheduledTask } from 'node-cron';
import { createAuditTrail } from '../core/audit/audit-trail.js';
import type { Core } from '../core/create-core.js';
import type { OutboxWorker } from '../core/delivery/outbox-worker.js';
import type { Logger } from '../core/ports.js';
import { createResultsService } from '../core/pulses/results-service.js';
import { createRetentionService, type RetentionReport } from '../core/retention/retention-service.js';
import { type Calendar, createCalendar } from './calendar.js';
import { dueOccurrences } from './due-occurrences.js';

export interface TickReport {
  fired: number;
  skipped: number;
  missed: number;
  closedPulses: number;
  remindersQueued: number;
  /** Closed pulses whose results were queued for their channels in this tick. */
  resultsShared?: number;
  /** Set on the first tick of a local day: the daily retention job ran. */
  retention?: RetentionReport;
}

/** A first start looks back this far, so a time passed minutes ago during install is not lost. */
const FIRST_START_LOOKBACK_MS = 60_000;

export function createScheduler(core: Core, logger: Logger, calendar?: Calendar) {
  const { settings, ctx } = core;
  const cal =
    calendar ?? createCalendar({ timezone: settings.timezone, quietPeriods: settings.quietPeriods });
  const retention = createRetentionService(ctx);
  const audit = createAuditTrail(ctx);
  const results = createResultsService(ctx);

  /** The daily retention job (idempotent: a watermark per local day, one transaction). */
  function runRetention(now: Date): RetentionReport | undefined {
    try {
      const report = retention.runDaily(now);
      if (report && (report.answersDeleted > 0 || report.aggregatesWritten > 0)) {
        logger.info('retention removed old answers', { ...report });
        audit.record('retention.ran', null, { ...report });
      }
      return report;
    } catch (error) {
      logger.error('retention job failed', { error: String(error) });
      return undefined;
    }
  }

  /**
   * Considers every schedule time since the last tick (also across downtime) and hands each to the
   * core. Safe to run in two processes at once: the occurrence key makes each post unique.
   */
  function tick(now: Date = ctx.clock.now()): TickReport {
    const report: TickReport = { fired: 0, skipped: 0, missed: 0, closedPulses: 0, remindersQueued: 0 };
    for (const schedule of settings.schedules) {
      if (!schedule.enabled) continue;
      const mark = ctx.store.schedule.watermark(schedule.id);
      const after = mark ? new Date(mark) : new Date(now.getTime() - FIRST_START_LOOKBACK_MS);
      for (const decision of dueOccurrences(schedule, after, now, settings.timezone, cal)) {
        const outcome =
          decision.action === 'skip'
            ? core.occurrences.skip(schedule, decision.at, decision.reason)
            : core.occurrences.fire(schedule, decision.at, { now });
        if (outcome.status === 'posted') report.fired += 1;
        if (outcome.status === 'skipped') report.skipped += 1;
        if (outcome.status === 'missed') report.missed += 1;
        if (outcome.status !== 'duplicate') logger.info(`occurrence ${outcome.status}`, { key: outcome.key });
      }
      ctx.store.schedule.setWatermark(schedule.id, now.toISOString());
    }
    // Closed pulses' posts are updated and their results shared back (both through the outbox).
    report.closedPulses = results.closeDue(() => core.pulses.closeDue()).length;
    report.resultsShared = results.shareDue();
    report.remindersQueued = core.reminders.queueDue();
    const retained = runRetention(now);
    if (retained) report.retention = retained;
    return report;
  }

  /** The next times each schedule will post, for the admin view. */
  function upcoming(limit = 3, from: Date = ctx.clock.now()) {
    const horizon = new Date(from.getTime() + 62 * 86_400_000);
    return settings.schedules
      .filter((s) => s.enabled)
      .map((schedule) => ({
        schedule,
        next: dueOccurrences(schedule, from, horizon, settings.timezone, cal)
          .filter((d) => d.action === 'fire')
          .slice(0, limit)
          .map((d) => d.at),
      }));
  }

  return { tick, upcoming, calendar: cal, retention };
}

export type Scheduler = ReturnType<typeof createScheduler>;

/** Runs the scheduler every minute (node-cron) and drains the outbox every couple of seconds. */
export function startScheduler(
  scheduler: Scheduler,
  worker: OutboxWorker,
  logger: Logger,
  options: { timezone: string; outboxIntervalMs?: number },
) {
  let draining: Promise<void> | undefined;
  const drain = () => {
    draining ??= (async () => {
      try {
        while ((await worker.deliverDue()) > 0) {}
      } catch (error) {
        logger.error('outbox drain failed', { error: String(error) });
      } finally {
        draining = undefined;
      }
    })();
    return draining;
  };
  const runTick = () => {
    try {
      scheduler.tick();
    } catch (error) {
      logger.error('scheduler tick failed', { error: String(error) });
    }
    void drain();
  };

  runTick();
  const task: ScheduledTask = cron.schedule('* * * * *', runTick, { timezone: options.timezone });
  const interval = setInterval(() => void drain(), options.outboxIntervalMs ?? 2_000);
  return {
    drain,
    /** Stops the timers, lets the sends in flight finish (and be marked), claims nothing new. */
    async stop(): Promise<void> {
      await task.stop();
      clearInterval(interval);
      await worker.stop();
      await draining;
    },
  };
}
