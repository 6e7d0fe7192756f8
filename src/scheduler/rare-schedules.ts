import type { Schedule, Settings } from '../core/settings.js';
import { createCalendar } from './calendar.js';
import { dueOccurrences } from './due-occurrences.js';

/** A schedule that posts fewer times than this in a year is almost surely a mistake. */
export const RARELY_PER_YEAR = 4;

const DAY_MS = 86_400_000;

export interface RareSchedule {
  schedule: Schedule;
  /** Times it posts in the year from the check (holidays and quiet periods skipped, as they would be). */
  fires: number;
}

/**
 * Enabled schedules that would post fewer than `RARELY_PER_YEAR` times in the coming year, counted
 * with the scheduler's own `dueOccurrences` and calendar, so the count is what the bot will do
 * (`workingDayOfMonth: 23` with a Monday cron posts once or twice a year, or never).
 */
export function rareSchedules(settings: Settings, from: Date): RareSchedule[] {
  const calendar = createCalendar({ timezone: settings.timezone, quietPeriods: settings.quietPeriods });
  return settings.schedules
    .filter((schedule) => schedule.enabled)
    .map((schedule) => {
      let fires = 0;
      // A day at a time: one pass looks at 500 cron times at most, fewer than a busy cron has in a year.
      for (let day = 0; day < 365 && fires < RARELY_PER_YEAR; day += 1) {
        const after = new Date(from.getTime() + day * DAY_MS);
        const until = new Date(after.getTime() + DAY_MS);
        fires += dueOccurrences(schedule, after, until, settings.timezone, calendar).filter(
          (decision) => decision.action === 'fire',
        ).length;
      }
      return { schedule, fires };
    })
    .filter((rare) => rare.fires < RARELY_PER_YEAR);
}
