import { describe, expect, it } from 'vitest';
import { formatProblems, loadConfig } from '../../src/config.js';
import { useTempDir } from './temp-dir.js';

const schedules = (...crons: string[]) =>
  [
    'schedules:',
    ...crons.flatMap((cron, i) => [`  - id: s${i}`, '    kind: reflection', `    cron: "${cron}"`]),
  ].join('\n');

describe('cron expressions in the config file', () => {
  const temp = useTempDir();
  const problemsOf = (yaml: string) => {
    const result = loadConfig({ env: {}, file: temp.write('kulturpuls.yaml', yaml) });
    return result.ok ? [] : result.problems;
  };

  it.each([
    ['0 25 * * *', /hour "25".*0-23/],
    ['60 9 * * 1', /minute "60".*0-59/],
    ['0 9 32 * *', /day-of-month "32".*1-31/],
    ['0 9 * 13 *', /month "13".*1-12/],
    ['0 9 * * 8', /day-of-week "8".*0-7/],
    ['*/0 9 * * *', /minute "\*\/0"/],
    ['0 9-25 * * *', /hour "9-25"/],
    ['0 9 * * mon-fry', /day-of-week "mon-fry"/],
    ['0 9 31 2 *', /never happens/],
  ])('rejects %s with the field that is wrong', (cron, message) => {
    const problems = problemsOf(schedules('0 9 * * 1', '0 13 * * 1-5', cron));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('schedules[2].cron');
    expect(problems[0]?.line).toBe(10);
    expect(problems[0]?.message).toContain(`"${cron}"`);
    expect(problems[0]?.message).toMatch(message);
  });

  it('names every broken schedule, not only the first', () => {
    const problems = problemsOf(schedules('0 25 * * *', '0 9 * * 1', '61 * * * *'));
    expect(problems.map((p) => p.path)).toEqual(['schedules[0].cron', 'schedules[2].cron']);
    expect(formatProblems(problems)).toContain('schedules[0].cron (line 4)');
  });

  it.each([
    '0 9 * * 1',
    '30 8 * * MON-FRI',
    '0 13 * * 1-5',
    '*/15 9-15 * * 1-5',
    '0 9 L * *',
    '0 9 * * 5#2',
    '0 9 29 2 *',
    '0 12 1,15 jan,jul *',
    '0 9 * * 7',
  ])('accepts %s, which croner runs', (cron) => {
    expect(problemsOf(schedules(cron))).toEqual([]);
  });
});
