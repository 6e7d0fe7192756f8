import { Cron } from 'croner';
import type { Schedule } from '../core/settings.js';
import { localDate, zonedTimeToUtc, zoneOffsetMinutes } from '../core/time.js';
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

/** Wider than any daylight-saving shift, so the wall-clock window covers the real one. */
const MARGIN_MS = 3 * 3_600_000;

function wallClock(date: Date, timeZone: string): Date {
  return new Date(date.getTime() + zoneOffsetMinutes(date, timeZone) * 60_000);
}

/**
 * The instants in (after, until] at which the cron matches the local wall clock.
 *
 * Daylight saving rule: every wall-clock time the cron matches fires once. A time that happens twice
 * (02:30 on the autumn change day) fires the first time only; a time that does not exist (02:30 on
 * the spring change day) fires once, as long after the gap as it was into it (03:30 summer time).
 * croner 11 with a time zone does neither reliably: `30 2 * * *` fires at 03:00 in spring but
 * `*\/30 2 * * *` not at all, and `*\/30 2 * * *` or `0 * * * *` fire twice in the autumn hour. So
 * croner walks the wall clock as if it were UTC and `zonedTimeToUtc` turns each time into an instant.
 */
function cronInstants(expression: string, after: Date, until: Date, timeZone: string): Date[] {
  const cron = new Cron(expression, { timezone: 'UTC', paused: true });
  const end = wallClock(until, timeZone).getTime() + MARGIN_MS;
  const instants = new Map<number, Date>();
  let cursor: Date | null = new Date(wallClock(after, timeZone).getTime() - MARGIN_MS);
  for (let i = 0; i < MAX_RUNS; i += 1) {
    cursor = cron.nextRun(cursor);
    if (!cursor || cursor.getTime() > end) break;
    const at = zonedTimeToUtc(
      {
        year: cursor.getUTCFullYear(),
        month: cursor.getUTCMonth() + 1,
        day: cursor.getUTCDate(),
        hour: cursor.getUTCHours(),
        minute: cursor.getUTCMinutes(),
      },
      timeZone,
    );
    if (at.getTime() > after.getTime() && at.getTime() <= until.getTime()) instants.set(at.getTime(), at);
  }
  return [...instants.values()].sort((a, b) => a.getTime() - b.getTime());
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
  const decisions: Decision[] = [];
  for (const at of cronInstants(schedule.cron, after, until, timeZone)) {
    if (schedule.everyWeeks > 1 && weekIndex(at, timeZone) % schedule.everyWeeks !== 0) continue;
    if (schedule.workingDayOfMonth !== null && calendar.workingDayOfMonth(at) !== schedule.workingDayOfMonth)
      continue;
    const quiet = calendar.quietPeriod(at);
    const holiday = schedule.skipHolidays ? calendar.holiday(at) : undefined;
    if (quiet) decisions.push({ at, action: 'skip', reason: `quiet_period:${quiet}` });
    else if (holiday) decisions.push({ at, action: 'skip', reason: `holiday:${holiday}` });
    else decisions.push({ at, action: 'fire' });
  }
  return decisions;
}
