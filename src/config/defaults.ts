// Built-in defaults, written in the YAML (input) shape so they pass through the same schema as a file.

export const DEFAULT_PORT = 3000;
export const DEFAULT_DB_PATH = './data/kulturpuls.db';
export const DEFAULT_CONFIG_PATH = './kulturpuls.yaml';
export const DEFAULT_LOG_LEVEL = 'info';
export const DEFAULT_TARGET = 'local:channel:innovasjon';
export const DEFAULT_DIGEST_TARGET = 'local:channel:innovasjonsledere';

export const DEFAULT_SECTORS = [
  {
    id: 'helse-og-omsorg',
    name: { nb: 'Helse og omsorg', nn: 'Helse og omsorg', en: 'Health and care' },
  },
  {
    id: 'oppvekst',
    name: { nb: 'Oppvekst og utdanning', nn: 'Oppvekst og utdanning', en: 'Childhood and education' },
  },
  {
    id: 'teknisk',
    name: { nb: 'Teknisk sektor', nn: 'Teknisk sektor', en: 'Technical services' },
  },
  {
    id: 'kultur',
    name: { nb: 'Kultur', nn: 'Kultur', en: 'Culture' },
  },
  {
    id: 'administrasjon',
    name: { nb: 'Administrasjon og stab', nn: 'Administrasjon og stab', en: 'Administration and staff' },
  },
  {
    id: 'nav',
    name: { nb: 'NAV og velferd', nn: 'NAV og velferd', en: 'NAV and welfare' },
  },
];

export const DEFAULT_QUIET_PERIODS = [
  { name: 'fellesferie', isoWeeks: [28, 29, 30] },
  { name: 'romjul', from: '12-24', to: '12-31' },
];

export const DEFAULT_SCHEDULES = [
  { id: 'weekly-reflection', kind: 'reflection' as const, cron: '0 9 * * 1' },
  { id: 'fortnightly-pulse', kind: 'pulse' as const, cron: '0 9 * * 3', everyWeeks: 2, openHours: 48 },
  { id: 'monthly-learning', kind: 'learning' as const, cron: '0 13 * * 1-5', workingDayOfMonth: 10 },
  {
    id: 'monthly-digest',
    kind: 'digest' as const,
    cron: '0 9 * * 1-5',
    workingDayOfMonth: 1,
    targets: [DEFAULT_DIGEST_TARGET],
  },
];
