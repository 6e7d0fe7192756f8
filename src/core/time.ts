// Calendar arithmetic in a named time zone with Intl only (the core stays free of date libraries).
import type { Period } from './ports.js';

const partFormats = new Map<string, Intl.DateTimeFormat>();

function parts(date: Date, timeZone: string): Record<string, number> {
  let format = partFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partFormats.set(timeZone, format);
  }
  const out: Record<string, number> = {};
  for (const part of format.formatToParts(date)) {
    if (part.type !== 'literal') out[part.type] = Number(part.value);
  }
  return out;
}

/** Offset of the zone from UTC at that instant, in minutes (Europe/Oslo: 60 or 120). */
export function zoneOffsetMinutes(date: Date, timeZone: string): number {
  const p = parts(date, timeZone);
  const asUtc = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The UTC instant of a local wall-clock time. A time that occurs twice (the autumn change) gives the
 * first; a time that does not exist (the spring gap) is read with the offset from before the change,
 * which lands the same length after the gap (02:30 → 03:30 summer time in Europe/Oslo).
 */
export function zonedTimeToUtc(
  local: { year: number; month: number; day: number; hour?: number; minute?: number },
  timeZone: string,
): Date {
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour ?? 0, local.minute ?? 0);
  const before = zoneOffsetMinutes(new Date(wall - 12 * 3_600_000), timeZone);
  const after = zoneOffsetMinutes(new Date(wall + 12 * 3_600_000), timeZone);
  const exact = [wall - before * 60_000, wall - after * 60_000].filter(
    (instant) => instant + zoneOffsetMinutes(new Date(instant), timeZone) * 60_000 === wall,
  );
  return new Date(exact.length > 0 ? Math.min(...exact) : wall - before * 60_000);
}

/** Local calendar date `YYYY-MM-DD` of an instant. */
export function localDate(date: Date, timeZone: string): string {
  const p = parts(date, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** `YYYY-MM` of an instant in the zone. */
export function localMonth(date: Date, timeZone: string): string {
  return localDate(date, timeZone).slice(0, 7);
}

export function monthPeriod(month: string, timeZone: string): Period {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const next = mon === 12 ? { year: year + 1, month: 1 } : { year, month: mon + 1 };
  return {
    from: zonedTimeToUtc({ year, month: mon, day: 1 }, timeZone).toISOString(),
    to: zonedTimeToUtc({ ...next, day: 1 }, timeZone).toISOString(),
  };
}

export function shiftMonth(month: string, delta: number): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (mon - 1) + delta;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

function pad(value: number | undefined): string {
  return String(value ?? 0).padStart(2, '0');
}
