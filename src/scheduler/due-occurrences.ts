import { Cron } from 'croner';
import type { Schedule } from '../core/settings.js';
import { localDate } from '../core/time.js';
import type { Calendar } from './calendar.js';

export type Decision = { at: Date; action: 'fire' } | { at: Date; action: 'skip'; reason: string };

/** Upper bound of occurrences looked at in one pass (after a very long downtime). */
const MAX_RUNS = 500;
/** Monday of ISO week 1, 2024: the anchor for "every Nth week". */
const WEEK_ANCHOR = Date.UTC(2024, 0, 1);

function weekIndex(date: Date, timeZone: string): number {
  const ymd = localDate(date, timeZone);
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  return Math.floor((Date.UTC(y, m - 1, d) - WEEK_ANCHOR) / (7 * 86_400_000));
}

/**
 * The schedule's times in (after, until], each decided: fire, or skip with a reason (public
 * holiday, quiet period). Times that fail "every Nth week" or "Nth working day" are not occurrences.
 */
export function dueOccurrences(
  schedule: Schedule,
  after: Date,
  until: Date,
  timeZone: string,
  calendar: Calendar,
): Decision[] {
  const cron = new Cron(schedule.cron, { timezone: timeZone, paused: true });
  const decisions: Decision[] = [];
  let cursor: Date | null = after;
  for (let i = 0; i < MAX_RUNS; i += 1) {
    cursor = cron.nextRun(cursor);
    if (!cursor || cursor.getTime() > until.getTime()) break;
    if (schedule.everyWeeks > 1 && weekIndex(cursor, timeZone) % schedule.everyWeeks !== 0) continue;
    if (
      schedule.workingDayOfMonth !== null &&
      calendar.workingDayOfMonth(cursor) !== schedule.workingDayOfMonth
    )
      continue;
    const quiet = calendar.quietPeriod(cursor);
    const holiday = schedule.skipHolidays ? calendar.holiday(cursor) : undefined;
    if (quiet) decisions.push({ at: cursor, action: 'skip', reason: `quiet_period:${quiet}` });
    else if (holiday) decisions.push({ at: cursor, action: 'skip', reason: `holiday:${holiday}` });
    else decisions.push({ at: cursor, action: 'fire' });
  }
  return decisions;
}
