import { createRequire } from 'node:module';
import type HolidaysCalendar from 'date-holidays';
import type { QuietPeriod } from '../core/settings.js';
import { localDate } from '../core/time.js';

export interface Calendar {
  /** Name of the Norwegian public holiday on that local date, if any. */
  holiday(date: Date): string | undefined;
  /** Name of the configured quiet period covering that local date, if any. */
  quietPeriod(date: Date): string | undefined;
  isWorkingDay(date: Date): boolean;
  /** 1 for the first working day of the month, 2 for the second … ; 0 on a non-working day. */
  workingDayOfMonth(date: Date): number;
}

/** ISO-8601 week number of a `YYYY-MM-DD` date. */
export function isoWeek(ymd: string): number {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  return Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
}

function inRange(ymd: string, period: QuietPeriod): boolean {
  if (period.isoWeeks?.includes(isoWeek(ymd))) return true;
  if (!period.from || !period.to) return false;
  if (period.from.length === 10)
    return (
      period.from <= ymd && ymd <= (period.to.length === 10 ? period.to : `${ymd.slice(0, 4)}-${period.to}`)
    );
  const md = ymd.slice(5);
  // A yearly range may wrap the new year (12-24 to 01-01).
  return period.from <= period.to
    ? period.from <= md && md <= period.to
    : md >= period.from || md <= period.to;
}

/**
 * date-holidays' `NO` calendar, public days only. Loaded at the first holiday looked up, not at start:
 * its rule parser is the largest module the server loads. Its CommonJS build, so it loads in place.
 */
function norwegianHolidays(): HolidaysCalendar {
  const Holidays = createRequire(import.meta.url)('date-holidays') as typeof HolidaysCalendar;
  return new Holidays('NO', { types: ['public'] });
}

/** Norwegian public holidays and quiet periods. */
export function createCalendar(options: { timezone: string; quietPeriods: QuietPeriod[] }): Calendar {
  let holidays: HolidaysCalendar | undefined;
  const byYear = new Map<number, Map<string, string>>();

  function holidayNames(year: number): Map<string, string> {
    let names = byYear.get(year);
    if (!names) {
      names = new Map();
      holidays ??= norwegianHolidays();
      // Two holidays can share a day (17 May 2027 is also Whit Monday): keep both names.
      for (const h of (holidays.getHolidays(year) || []).filter((h) => h.type === 'public')) {
        const day = h.date.slice(0, 10);
        const before = names.get(day);
        names.set(day, before ? `${before} / ${h.name}` : h.name);
      }
      byYear.set(year, names);
    }
    return names;
  }

  const holidayOn = (ymd: string) => holidayNames(Number(ymd.slice(0, 4))).get(ymd);
  const workingOn = (ymd: string) => {
    const weekday = new Date(`${ymd}T12:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6 && !holidayOn(ymd);
  };

  return {
    holiday: (date) => holidayOn(localDate(date, options.timezone)),
    quietPeriod: (date) => {
      const ymd = localDate(date, options.timezone);
      return options.quietPeriods.find((period) => inRange(ymd, period))?.name;
    },
    isWorkingDay: (date) => workingOn(localDate(date, options.timezone)),
    workingDayOfMonth: (date) => {
      const ymd = localDate(date, options.timezone);
      if (!workingOn(ymd)) return 0;
      let count = 0;
      for (let day = 1; day <= Number(ymd.slice(8, 10)); day += 1) {
        if (workingOn(`${ymd.slice(0, 8)}${String(day).padStart(2, '0')}`)) count += 1;
      }
      return count;
    },
  };
}
