import { sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { useTempDir } from './temp-dir.js';

const schedule = (lines: string[]) => ['schedules:', ...lines].join('\n');
const ok = ['  - id: reflection', '    kind: reflection', '    cron: "0 9 * * 1"'];

const cases: { name: string; yaml: string; path: string; message: RegExp; line?: number }[] = [
  {
    name: 'minGroupSize below the floor of 3',
    yaml: 'privacy:\n  minGroupSize: 2\n',
    path: 'privacy.minGroupSize',
    message: /at least 3.*identify/,
    line: 2,
  },
  {
    name: 'unknown schedule kind',
    yaml: schedule([...ok, '  - id: weekly', '    kind: weekly', '    cron: "0 9 * * 1"']),
    path: 'schedules[1].kind',
    message: /one of: reflection, pulse, learning, digest/,
    line: 6,
  },
  {
    name: 'cron with six fields',
    yaml: schedule([...ok, '  - id: pulse', '    kind: pulse', '    cron: "0 0 9 * * 1"']),
    path: 'schedules[1].cron',
    message: /6 field\(s\); use five-field cron/,
    line: 7,
  },
  {
    name: 'cron with characters cron does not allow',
    yaml: schedule(['  - id: pulse', '    kind: pulse', '    cron: "0 9 * * mon!"']),
    path: 'schedules[0].cron',
    message: /"mon!"/,
  },
  {
    name: 'target that is not platform:kind:id',
    yaml: schedule([...ok, '    targets: [innovasjon]']),
    path: 'schedules[0].targets[0]',
    message: /not a target/,
  },
  {
    name: 'target on an unknown platform',
    yaml: schedule([...ok, '    targets: ["discord:channel:123"]']),
    path: 'schedules[0].targets[0]',
    message: /unknown platform "discord"/,
  },
  {
    name: 'Slack channel name instead of its id',
    yaml: schedule([...ok, '    targets: ["slack:channel:#innovasjon"]']),
    path: 'schedules[0].targets[0]',
    message: /not a Slack id/,
  },
  {
    name: 'duplicate schedule id',
    yaml: schedule([...ok, ...ok]),
    path: 'schedules[1].id',
    message: /duplicate id "reflection"/,
    line: 5,
  },
  {
    name: 'unknown sector in channelSectors',
    yaml: 'channelSectors:\n  "slack:channel:C0123": skole\n',
    path: 'channelSectors["slack:channel:C0123"]',
    message: /unknown sector "skole"/,
    line: 2,
  },
  {
    name: 'bad timezone',
    yaml: 'timezone: Europe/Bergen\n',
    path: 'timezone',
    message: /not an IANA time zone/,
    line: 1,
  },
  {
    name: 'YAML syntax error',
    yaml: 'timezone: Europe/Oslo\norganisation: Demo: kommune\n',
    path: 'broken.yaml:2:15',
    message: /nested mappings/i,
  },
  {
    name: 'misspelled field',
    yaml: 'privacy:\n  minGroupSise: 5\n',
    path: 'privacy.minGroupSise',
    message: /unknown field/,
  },
  {
    name: 'quiet period without dates or weeks',
    yaml: 'quietPeriods:\n  - name: vinterferie\n',
    path: 'quietPeriods[0]',
    message: /from and to .* or isoWeeks/,
  },
  {
    name: 'quiet period with an impossible date',
    yaml: 'quietPeriods:\n  - { name: x, from: "02-30", to: "03-01" }\n',
    path: 'quietPeriods[0].from',
    message: /not a date/,
  },
  {
    name: 'role that is neither a person key nor an e-mail',
    yaml: 'roles:\n  admins: [kari]\n',
    path: 'roles.admins[0]',
    message: /neither a person key/,
  },
  {
    name: 'custom question with an unknown dimension',
    yaml: 'questions:\n  custom:\n    - { id: q, kind: pulse, dimension: mot, text: { nb: Hei } }\n',
    path: 'questions.custom[0].dimension',
    message: /one of: lederforankring/,
  },
  {
    name: 'wrong type',
    yaml: 'privacy:\n  retainMonths: forever\n',
    path: 'privacy.retainMonths',
    message: /must be a number, not string "forever"/,
  },
];

describe('broken config files', () => {
  const temp = useTempDir();

  it.each(cases)('$name → $path', ({ yaml, path, message, line }) => {
    const result = loadConfig({ env: {}, file: temp.write('broken.yaml', yaml) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // A syntax error is reported at `/full/path/broken.yaml:line:column`.
    const problem = result.problems.find(
      (candidate) => candidate.path === path || candidate.path.endsWith(`${sep}${path}`),
    );
    expect(problem, JSON.stringify(result.problems)).toBeDefined();
    expect(problem?.message).toMatch(message);
    if (line !== undefined) expect(problem?.line).toBe(line);
  });
});
