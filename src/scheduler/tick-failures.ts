import type { Logger } from '../core/ports.js';

/** The jobs every tick runs besides the configured schedules. */
export const TICK_JOBS = [
  'housekeeping',
  'close_pulses',
  'share_results',
  'reminders',
  'check_backs',
  'kaffe',
  'retention',
] as const;
export type TickJob = (typeof TICK_JOBS)[number];

/** Failures counted since start, for `/metrics`. */
export interface TickFailures {
  schedules: Readonly<Record<string, number>>;
  jobs: Readonly<Record<TickJob, number>>;
}

/**
 * What a log line may say about an error. The message is left out on purpose: a storage error or a
 * bug in a schedule's content can quote what a person wrote. The type, the code and the place in the
 * code are enough to find it.
 */
export function errorFacts(error: unknown): Record<string, string> {
  if (!(error instanceof Error)) return { error: typeof error };
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at '));
  const ours = frames.find((frame) => !frame.includes('node_modules')) ?? frames[0];
  const where = ours
    ?.trim()
    .replace(/^at (?:.* \()?(?:file:\/\/)?(.*?)\)?$/, '$1')
    .replace(/^.*\/(src|dist|node_modules)\//, '$1/');
  return { error: error.name, ...(typeof code === 'string' ? { code } : {}), ...(where ? { where } : {}) };
}

/** Counts and logs what failed in a tick, so one broken schedule never hides the others. */
export function createTickFailures(logger: Logger) {
  const schedules: Record<string, number> = {};
  const jobs = Object.fromEntries(TICK_JOBS.map((job) => [job, 0])) as Record<TickJob, number>;
  return {
    schedule(scheduleId: string, error: unknown, extra: Record<string, string> = {}): void {
      schedules[scheduleId] = (schedules[scheduleId] ?? 0) + 1;
      logger.error('schedule failed; the other schedules still run', {
        schedule: scheduleId,
        ...extra,
        ...errorFacts(error),
      });
    },
    job(job: TickJob, error: unknown): void {
      jobs[job] += 1;
      logger.error('scheduler job failed; the rest of the tick still runs', { job, ...errorFacts(error) });
    },
    snapshot: (): TickFailures => ({ schedules: { ...schedules }, jobs: { ...jobs } }),
  };
}
