import cron, { type ScheduledTask } from 'node-cron';
import type { CoreServices } from '../core/create-core.js';
import type { OutboxWorker } from '../core/delivery/outbox-worker.js';
import type { Logger } from '../core/ports.js';
import type { RetentionReport } from '../core/retention/retention-service.js';
import type { Schedule } from '../core/settings.js';
import { type Calendar, createCalendar } from './calendar.js';
import { type Decision, dueOccurrences } from './due-occurrences.js';
import { createDuties, type DutyOptions } from './duties.js';
import { createTickFailures, type TickJob } from './tick-failures.js';

export interface TickReport {
  fired: number;
  skipped: number;
  missed: number;
  closedPulses: number;
  remindersQueued: number;
  /** Closed pulses whose results were queued for their channels in this tick. */
  resultsShared?: number;
  /** Learning-loop next steps whose owners were asked "did you try it?" in this tick. */
  checkBacksQueued?: number;
  /** Kaffe på tvers pairs made in this tick. */
  kaffePairs?: number;
  /** Set on the first tick of a local day: the daily retention job ran. */
  retention?: RetentionReport;
  /** Ids of the schedules that failed in this tick (counted in `failures()`). */
  failed: string[];
}

/** A first start looks back this far, so a time passed minutes ago during install is not lost. */
const FIRST_START_LOOKBACK_MS = 60_000;

export function createScheduler(
  core: CoreServices,
  logger: Logger,
  calendar?: Calendar,
  duties?: DutyOptions,
) {
  const { settings, clock, retention, audit, scheduleState, results } = core;
  const cal =
    calendar ?? createCalendar({ timezone: settings.timezone, quietPeriods: settings.quietPeriods });
  const failures = createTickFailures(logger);
  const leases = createDuties(duties);

  /** The daily retention job (idempotent: a watermark per local day, one transaction). */
  async function runRetention(now: Date): Promise<RetentionReport | undefined> {
    const report = await retention.runDaily(now);
    if (report && (report.answersDeleted > 0 || report.aggregatesWritten > 0)) {
      logger.info('retention removed old answers', { ...report });
      await audit.record('retention.ran', null, { ...report });
    }
    return report;
  }

  /** One job of the tick; a failure is counted and logged, and the tick goes on. */
  async function job<T>(name: TickJob, run: () => Promise<T>): Promise<T | undefined> {
    try {
      return await run();
    } catch (error) {
      failures.job(name, error);
      return undefined;
    }
  }

  /**
   * One schedule's times since its watermark. A failing time is counted and the watermark stays, so
   * the next tick tries it again (the occurrence key keeps the others from posting twice) until it
   * is past its grace window and recorded as missed.
   */
  async function runSchedule(schedule: Schedule, now: Date, report: TickReport): Promise<void> {
    let decisions: Decision[];
    try {
      const mark = await scheduleState.watermark(schedule.id);
      const after = mark ? new Date(mark) : new Date(now.getTime() - FIRST_START_LOOKBACK_MS);
      decisions = dueOccurrences(schedule, after, now, settings.timezone, cal);
    } catch (error) {
      failures.schedule(schedule.id, error, { stage: 'plan', cron: schedule.cron });
      report.failed.push(schedule.id);
      return;
    }
    let ok = true;
    for (const decision of decisions) {
      try {
        const outcome =
          decision.action === 'skip'
            ? await core.occurrences.skip(schedule, decision.at, decision.reason)
            : await core.occurrences.fire(schedule, decision.at, { now });
        if (outcome.status === 'posted') report.fired += 1;
        if (outcome.status === 'skipped') report.skipped += 1;
        if (outcome.status === 'missed') report.missed += 1;
        if (outcome.status !== 'duplicate') logger.info(`occurrence ${outcome.status}`, { key: outcome.key });
      } catch (error) {
        ok = false;
        failures.schedule(schedule.id, error, {
          stage: 'occurrence',
          occurrence: decision.at.toISOString(),
        });
      }
    }
    if (!ok) {
      report.failed.push(schedule.id);
      return;
    }
    try {
      await scheduleState.setWatermark(schedule.id, now.toISOString());
    } catch (error) {
      failures.schedule(schedule.id, error, { stage: 'watermark' });
      report.failed.push(schedule.id);
    }
  }

  /** Closed pulses' posts are updated and their results shared back (both through the outbox). */
  async function housekeeping(now: Date, report: TickReport): Promise<void> {
    report.closedPulses =
      (await job(
        'close_pulses',
        async () => (await results.closeDue((tx) => core.pulses.closeDue(tx))).length,
      )) ?? 0;
    report.resultsShared = (await job('share_results', () => results.shareDue())) ?? 0;
    report.remindersQueued = (await job('reminders', () => core.reminders.queueDue())) ?? 0;
    report.checkBacksQueued = (await job('check_backs', () => core.loop.queueCheckBacks())) ?? 0;
    // Nobody is paired in a quiet period (fellesferie, survey weeks): the round waits until after it.
    report.kaffePairs =
      (await job('kaffe', async () => (cal.quietPeriod(now) ? 0 : await core.loop.kaffeRound()))) ?? 0;
  }

  /**
   * Considers every schedule time since the last tick (also across downtime) and hands each to the
   * core, then closes pulses, queues reminders and runs retention. Each schedule and each job fails on
   * its own. Safe to run in any number of replicas at once: the occurrence key makes each post unique,
   * and the other jobs run only in the replica holding their duty's lease.
   */
  async function tick(now: Date = clock.now()): Promise<TickReport> {
    const report: TickReport = {
      fired: 0,
      skipped: 0,
      missed: 0,
      closedPulses: 0,
      remindersQueued: 0,
      failed: [],
    };
    for (const schedule of settings.schedules) {
      if (schedule.enabled) await runSchedule(schedule, now, report);
    }
    // The jobs below read and then write, so across replicas one holder of each duty runs them.
    if (await job('housekeeping', () => leases.take('housekeeping', now))) await housekeeping(now, report);
    const retained = await job('retention', async () =>
      (await leases.take('retention', now)) ? runRetention(now) : undefined,
    );
    if (retained) report.retention = retained;
    return report;
  }

  /** The next times each schedule will post, for the admin view. */
  function upcoming(limit = 3, from: Date = clock.now()) {
    const horizon = new Date(from.getTime() + 62 * 86_400_000);
    const next = (schedule: Schedule): Date[] => {
      try {
        return dueOccurrences(schedule, from, horizon, settings.timezone, cal)
          .filter((d) => d.action === 'fire')
          .slice(0, limit)
          .map((d) => d.at);
      } catch {
        // A schedule whose times cannot be computed has none to show; the tick logs and counts it.
        return [];
      }
    };
    return settings.schedules
      .filter((s) => s.enabled)
      .map((schedule) => ({ schedule, next: next(schedule) }));
  }

  return {
    tick,
    upcoming,
    calendar: cal,
    retention,
    failures: failures.snapshot,
    /** This replica and the duties it holds now, for `/healthz`. */
    duties: async () => ({ replica: leases.owner, held: await leases.held(clock.now()) }),
    releaseDuties: () => leases.releaseAll(),
  };
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
  let wokenMeanwhile = false;
  // A wake while a drain runs is not lost: that drain goes round once more when it is done.
  const drain = () => {
    if (draining !== undefined) {
      wokenMeanwhile = true;
      return draining;
    }
    draining = (async () => {
      try {
        do {
          wokenMeanwhile = false;
          await worker.drain();
        } while (wokenMeanwhile);
      } catch (error) {
        logger.error('outbox drain failed', { error: String(error) });
      } finally {
        draining = undefined;
      }
    })();
    return draining;
  };
  // One tick at a time: a minute that comes while the last tick still waits on the database is left
  // to the next tick, which considers every schedule time since the watermark.
  let ticking: Promise<void> | undefined;
  const runTick = () => {
    ticking ??= (async () => {
      try {
        await scheduler.tick();
      } catch (error) {
        logger.error('scheduler tick failed', { error: String(error) });
      } finally {
        ticking = undefined;
      }
      void drain();
    })();
    return ticking;
  };

  void runTick();
  const task: ScheduledTask = cron.schedule('* * * * *', runTick, { timezone: options.timezone });
  const interval = setInterval(() => void drain(), options.outboxIntervalMs ?? 2_000);
  return {
    drain,
    /** Stops the timers, lets the sends in flight finish (and be marked), claims nothing new. */
    async stop(): Promise<void> {
      await task.stop();
      clearInterval(interval);
      await worker.stop();
      await ticking;
      await draining;
      try {
        await scheduler.releaseDuties();
      } catch (error) {
        // The leases run out on their own; another replica takes them a few minutes later.
        logger.warn('could not release duties', { error: String(error) });
      }
    },
  };
}
