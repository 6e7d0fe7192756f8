import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems, loadConfig } from '../../src/config.js';
import { useTempDir } from './temp-dir.js';

const EXAMPLE = join(import.meta.dirname, '..', '..', 'kulturpuls.example.yaml');

describe('loadConfig', () => {
  const temp = useTempDir();

  it('gives working built-in defaults when there is no config file', () => {
    // Run where no ./kulturpuls.yaml exists, whatever the repository root holds.
    const cwd = process.cwd();
    process.chdir(dirname(temp.write('placeholder', '')));
    const missingDefault = (() => {
      try {
        return loadConfig({ env: {} });
      } finally {
        process.chdir(cwd);
      }
    })();
    if (!missingDefault.ok) throw new Error(formatProblems(missingDefault.problems));
    const { settings, env, platforms } = missingDefault.config;
    expect(settings.organisation).toBe('Demo kommune');
    expect(settings.timezone).toBe('Europe/Oslo');
    expect(settings.defaultLocale).toBe('nb');
    expect(settings.publicUrl).toBe('http://localhost:3000');
    expect(settings.privacy).toEqual({ minGroupSize: 5, retainMonths: 24, minCommentGroupSize: 10 });
    expect(settings.sectors.map((sector) => sector.id)).toEqual([
      'helse-og-omsorg',
      'oppvekst',
      'teknisk',
      'kultur',
      'administrasjon',
      'nav',
    ]);
    expect(settings.sectors[0]?.name).toEqual({
      nb: 'Helse og omsorg',
      nn: 'Helse og omsorg',
      en: 'Health and care',
    });
    expect(settings.quietPeriods).toEqual([
      { name: 'fellesferie', isoWeeks: [28, 29, 30] },
      { name: 'romjul', from: '12-24', to: '12-31' },
    ]);
    expect(settings.roles).toEqual({ admins: [], leads: [], managers: [] });
    expect(settings.customQuestions).toEqual([]);
    expect(settings.retiredQuestions).toEqual([]);
    expect(settings.schedules.map((schedule) => [schedule.id, schedule.kind, schedule.cron])).toEqual([
      ['weekly-reflection', 'reflection', '0 9 * * 1'],
      ['fortnightly-pulse', 'pulse', '0 9 * * 3'],
      ['monthly-learning', 'learning', '0 13 * * 1-5'],
      ['monthly-digest', 'digest', '0 9 * * 1-5'],
    ]);
    expect(settings.schedules[0]).toEqual({
      id: 'weekly-reflection',
      kind: 'reflection',
      cron: '0 9 * * 1',
      everyWeeks: 1,
      workingDayOfMonth: null,
      skipHolidays: true,
      graceMinutes: 120,
      targets: [{ platform: 'local', kind: 'channel', id: 'innovasjon' }],
      statements: 4,
      openHours: 72,
      enabled: true,
    });
    expect(settings.schedules[1]).toMatchObject({ everyWeeks: 2, openHours: 48 });
    expect(settings.schedules[2]).toMatchObject({ workingDayOfMonth: 10 });
    expect(settings.schedules[3]).toMatchObject({
      workingDayOfMonth: 1,
      targets: [{ platform: 'local', kind: 'channel', id: 'innovasjonsledere' }],
    });
    expect(env).toMatchObject({
      port: 3000,
      dbPath: './data/kulturpuls.db',
      configPath: './kulturpuls.yaml',
      configFound: false,
      secret: undefined,
      logLevel: 'info',
    });
    expect(platforms).toEqual({ slack: 'off', teams: 'off', local: true });
  });

  it('takes publicUrl from PORT when the file does not set it', () => {
    const result = loadConfig({
      env: { PORT: '8080' },
      file: temp.write('k.yaml', 'organisation: Lillevik\n'),
    });
    if (!result.ok) throw new Error(formatProblems(result.problems));
    expect(result.config.settings.publicUrl).toBe('http://localhost:8080');
    expect(result.config.settings.organisation).toBe('Lillevik');
    expect(result.config.env.configFound).toBe(true);
  });

  it('accepts the documented example file', () => {
    const result = loadConfig({ env: {}, file: EXAMPLE });
    if (!result.ok) throw new Error(formatProblems(result.problems));
    const { settings } = result.config;
    expect(settings.channelSectors).toEqual({ 'local:channel:helse': 'helse-og-omsorg' });
    expect(settings.customQuestions).toEqual([
      expect.objectContaining({ id: 'egen-brukerdialog', kind: 'pulse', source: 'custom', retired: false }),
    ]);
    expect(settings.quietPeriods[1]).toEqual({ name: 'jul', from: '12-22', to: '01-02' });
    expect(settings.schedules).toHaveLength(4);
  });

  it('maps custom questions and retirements into Settings', () => {
    const file = temp.write(
      'k.yaml',
      [
        'questions:',
        '  custom:',
        '    - { id: q1, kind: reflection, dimension: laering, text: { nb: Hva lærte vi? } }',
        '    - { id: q2, kind: pulse, dimension: konflikt, reverse: true, text: { nb: A, nn: B, en: C } }',
        '  retire: [q2, seed-7]',
        'roles:',
        '  admins: [Kari.Nordmann@Kommune.no, slack:U0123ABCD]',
      ].join('\n'),
    );
    const result = loadConfig({ env: {}, file });
    if (!result.ok) throw new Error(formatProblems(result.problems));
    const { customQuestions, retiredQuestions, roles } = result.config.settings;
    expect(customQuestions).toEqual([
      {
        id: 'q1',
        kind: 'reflection',
        dimension: 'laering',
        text: { nb: 'Hva lærte vi?', nn: 'Hva lærte vi?', en: 'Hva lærte vi?' },
        reverse: false,
        retired: false,
        source: 'custom',
      },
      {
        id: 'q2',
        kind: 'pulse',
        dimension: 'konflikt',
        text: { nb: 'A', nn: 'B', en: 'C' },
        reverse: true,
        retired: true,
        source: 'custom',
      },
    ]);
    expect(retiredQuestions).toEqual(['q2', 'seed-7']);
    expect(roles.admins).toEqual(['kari.nordmann@kommune.no', 'slack:U0123ABCD']);
  });

  it('parses Teams targets whose id contains colons', () => {
    const file = temp.write(
      'k.yaml',
      'schedules:\n  - id: p\n    kind: pulse\n    cron: "0 9 * * 3"\n    targets: ["teams:channel:19:abc@thread.tacv2", slack:dm:U0123]\n',
    );
    const result = loadConfig({ env: {}, file });
    if (!result.ok) throw new Error(formatProblems(result.problems));
    expect(result.config.settings.schedules[0]?.targets).toEqual([
      { platform: 'teams', kind: 'channel', id: '19:abc@thread.tacv2' },
      { platform: 'slack', kind: 'dm', id: 'U0123' },
    ]);
  });

  it('returns a deeply frozen object', () => {
    const result = loadConfig({ env: {} });
    if (!result.ok) throw new Error(formatProblems(result.problems));
    const { config } = result;
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.settings.schedules[0]?.targets[0])).toBe(true);
    expect(Object.isFrozen(config.env.slack)).toBe(true);
    expect(() => {
      (config.settings.privacy as { minGroupSize: number }).minGroupSize = 1;
    }).toThrow(TypeError);
    expect(() => config.settings.sectors.push({ id: 'x', name: { nb: 'x', nn: 'x', en: 'x' } })).toThrow(
      TypeError,
    );
    expect(config.settings.privacy.minGroupSize).toBe(5);
  });

  it('reports a missing file that the caller named', () => {
    const file = temp.path('missing.yaml');
    const byOption = loadConfig({ env: {}, file });
    const byEnv = loadConfig({ env: { KULTURPULS_CONFIG: file } });
    for (const result of [byOption, byEnv]) {
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.problems).toEqual([
        expect.objectContaining({ path: file, message: 'config file not found' }),
      ]);
    }
  });

  it('treats an empty file as all defaults', () => {
    const result = loadConfig({ env: {}, file: temp.write('empty.yaml', '# nothing yet\n') });
    if (!result.ok) throw new Error(formatProblems(result.problems));
    expect(result.config.settings.schedules).toHaveLength(4);
  });

  it('reports env and file problems together', () => {
    const result = loadConfig({
      env: { PORT: 'eighty', SLACK_BOT_TOKEN: 'xoxb-1' },
      file: temp.write('k.yaml', 'privacy: { minGroupSize: 1 }\n'),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.path).sort()).toEqual([
      'env.PORT',
      'env.SLACK_SIGNING_SECRET',
      'privacy.minGroupSize',
    ]);
  });
});

describe('formatProblems', () => {
  it('prints one line per problem with path, line, message and fix', () => {
    expect(
      formatProblems([
        { path: 'schedules[1].cron', message: 'bad cron', line: 12 },
        { path: 'env.SLACK_SIGNING_SECRET', message: 'is missing', fix: 'set it' },
      ]),
    ).toBe('schedules[1].cron (line 12) — bad cron\nenv.SLACK_SIGNING_SECRET — is missing (set it)');
  });
});
