import { describe, expect, it } from 'vitest';
import type { QuietPeriod, Schedule } from '../../src/core/settings.js';
import { createCalendar, isoWeek } from '../../src/scheduler/calendar.js';
import { type Decision, dueOccurrences } from '../../src/scheduler/due-occurrences.js';
import { buildSchedule } from '../support/test-core.js';

const ZONE = 'Europe/Oslo';
const FELLESFERIE: QuietPeriod = { name: 'fellesferie', isoWeeks: [28, 29, 30] };

function decide(
  schedule: Partial<Schedule>,
  from: string,
  to: string,
  quietPeriods: QuietPeriod[] = [FELLESFERIE],
): Decision[] {
  const calendar = createCalendar({ timezone: ZONE, quietPeriods });
  return dueOccurrences(buildSchedule(schedule), new Date(from), new Date(to), ZONE, calendar);
}

/** Local `YYYY-MM-DD` → decision, for readable expectations. */
function byDay(decisions: Decision[]): Record<string, string> {
  const local = new Intl.DateTimeFormat('sv-SE', { timeZone: ZONE, dateStyle: 'short' });
  return Object.fromEntries(
    decisions.map((d) => [local.format(d.at), d.action === 'fire' ? 'fire' : d.reason]),
  );
}

const DAILY = { cron: '0 9 * * *' };

describe('public holidays', () => {
  it('skips 17 May 2027 with the holiday reason, naming both holidays of the day', () => {
    const days = byDay(decide(DAILY, '2027-05-15T12:00:00Z', '2027-05-18T12:00:00Z'));
    expect(days['2027-05-16']).toBe('holiday:Første pinsedag');
    expect(days['2027-05-17']).toMatch(/^holiday:/);
    expect(days['2027-05-17']).toContain('Grunnlovsdagen');
    expect(days['2027-05-18']).toBe('fire');
  });

  it('skips the Easter days of 2027 and fires on the days around them', () => {
    const days = byDay(decide(DAILY, '2027-03-23T12:00:00Z', '2027-03-30T12:00:00Z'));
    expect(days).toEqual({
      '2027-03-24': 'fire',
      '2027-03-25': 'holiday:Skjærtorsdag',
      '2027-03-26': 'holiday:Langfredag',
      '2027-03-27': 'fire',
      '2027-03-28': 'holiday:Første påskedag',
      '2027-03-29': 'holiday:Andre påskedag',
      '2027-03-30': 'fire',
    });
  });

  it('skips Christmas Day and Boxing Day', () => {
    const days = byDay(decide(DAILY, '2026-12-23T12:00:00Z', '2026-12-27T12:00:00Z', []));
    expect(days).toEqual({
      '2026-12-24': 'fire',
      '2026-12-25': 'holiday:Første juledag',
      '2026-12-26': 'holiday:Andre juledag',
      '2026-12-27': 'fire',
    });
  });

  it('judges the day in the schedule time zone, not in UTC', () => {
    // 00:30 on 1 May is 22:30 UTC on 30 April; 00:30 on 18 May is 22:30 UTC on 17 May.
    const days = decide({ cron: '30 0 * * *' }, '2027-04-29T23:00:00Z', '2027-05-18T22:00:00Z');
    const first = days[0];
    expect(first?.at.toISOString()).toBe('2027-04-30T22:30:00.000Z');
    expect(first).toMatchObject({ action: 'skip', reason: 'holiday:Arbeidernes dag' });
    expect(days.at(-1)?.at.toISOString()).toBe('2027-05-17T22:30:00.000Z');
    expect(days.at(-1)?.action).toBe('fire');
  });

  it('posts on a holiday when the schedule says skipHolidays: false', () => {
    const days = byDay(
      decide({ ...DAILY, skipHolidays: false }, '2026-12-24T12:00:00Z', '2026-12-25T12:00:00Z'),
    );
    expect(days['2026-12-25']).toBe('fire');
  });
});

describe('quiet periods', () => {
  it('skips fellesferie, ISO weeks 28–30, as a quiet period', () => {
    const mondays = byDay(decide({ cron: '0 9 * * 1' }, '2026-06-28T00:00:00Z', '2026-08-04T00:00:00Z'));
    expect(isoWeek('2026-07-06')).toBe(28);
    expect(mondays).toEqual({
      '2026-06-29': 'fire',
      '2026-07-06': 'quiet_period:fellesferie',
      '2026-07-13': 'quiet_period:fellesferie',
      '2026-07-20': 'quiet_period:fellesferie',
      '2026-07-27': 'fire',
      '2026-08-03': 'fire',
    });
  });

  it('skips a configured date range, both ends included', () => {
    const survey: QuietPeriod = { name: 'ks-10-faktor', from: '2026-09-15', to: '2026-09-17' };
    const days = byDay(decide(DAILY, '2026-09-13T12:00:00Z', '2026-09-18T12:00:00Z', [survey]));
    expect(days).toEqual({
      '2026-09-14': 'fire',
      '2026-09-15': 'quiet_period:ks-10-faktor',
      '2026-09-16': 'quiet_period:ks-10-faktor',
      '2026-09-17': 'quiet_period:ks-10-faktor',
      '2026-09-18': 'fire',
    });
  });

  it('skips a yearly MM-DD range that wraps the new year (12-24 to 01-01)', () => {
    const jul: QuietPeriod = { name: 'jul', from: '12-24', to: '01-01' };
    const days = byDay(decide(DAILY, '2026-12-22T12:00:00Z', '2027-01-02T12:00:00Z', [jul]));
    expect(days['2026-12-23']).toBe('fire');
    for (const day of ['2026-12-24', '2026-12-25', '2026-12-28', '2026-12-31', '2027-01-01']) {
      expect(days[day], day).toBe('quiet_period:jul');
    }
    expect(days['2027-01-02']).toBe('fire');
  });
});

describe('working day of the month and every Nth week', () => {
  const FIRST_WORKING_DAY = { cron: '0 9 * * 1-5', workingDayOfMonth: 1, skipHolidays: true };

  it('finds 2 January 2026 when 1 January is a holiday', () => {
    const decisions = decide(FIRST_WORKING_DAY, '2025-12-31T12:00:00Z', '2026-01-31T12:00:00Z');
    expect(decisions).toEqual([{ at: new Date('2026-01-02T08:00:00.000Z'), action: 'fire' }]);
  });

  it('finds Monday 3 August 2026 in a month that starts on a Saturday', () => {
    const decisions = decide(FIRST_WORKING_DAY, '2026-07-31T12:00:00Z', '2026-08-31T12:00:00Z');
    expect(decisions).toEqual([{ at: new Date('2026-08-03T07:00:00.000Z'), action: 'fire' }]);
  });

  it('counts only working days: the 10th working day of April 2026 comes after Easter', () => {
    const decisions = decide(
      { cron: '0 13 * * 1-5', workingDayOfMonth: 10 },
      '2026-04-01T00:00:00Z',
      '2026-04-30T00:00:00Z',
    );
    // 1, 7, 8, 9, 10, 13, 14, 15, 16, 17 April (2–6 April are Easter and a weekend).
    expect(decisions).toEqual([{ at: new Date('2026-04-17T11:00:00.000Z'), action: 'fire' }]);
  });

  it('fires every other week with everyWeeks: 2', () => {
    const decisions = decide(
      { cron: '0 9 * * 3', everyWeeks: 2 },
      '2026-03-01T00:00:00Z',
      '2026-04-30T00:00:00Z',
    );
    const times = decisions.map((d) => d.at.getTime());
    expect(decisions.every((d) => d.action === 'fire')).toBe(true);
    expect(times.length).toBe(4);
    for (let i = 1; i < times.length; i += 1) {
      expect(Math.round(((times[i] as number) - (times[i - 1] as number)) / 86_400_000)).toBe(14);
    }
    const weekly = decide({ cron: '0 9 * * 3' }, '2026-03-01T00:00:00Z', '2026-04-30T00:00:00Z');
    expect(weekly.length).toBe(9);
  });
});
