// What the raw-id journeys (raw-ids-*.test.ts) type and fill in, the same on Slack, Teams and the
// local page; each test walks it through its own platform's entry points.

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** The config's schedule ids: shown only where a lead types one after `publiser`. */
export const SCHEDULES = ['weekly-reflection', 'fortnightly-pulse', 'monthly-learning', 'monthly-digest'];

/** A lead posts; the same post twice says so; a pulse still open asks for `force`; an unknown plan. */
export const LEAD_POSTS = [
  'hjelp',
  'publiser',
  'publiser fortnightly-pulse',
  'publiser fortnightly-pulse',
  'publiser weekly-reflection',
  'publiser weekly-reflection',
  'publiser ukjent-plan',
];

export const commentText = (i: number) => `Møtene er for lange (${i})`;

export const NOMINATION = {
  dimension: 'tverrfaglighet',
  reason: 'Samlet helse og skole om ett felles tiltak',
};

/** A learning-loop answer with a next step the writer owns: it is followed up a month later. */
export const LEARNING = {
  text: 'Innbyggerne ringte heller.',
  tryNext: 'Telefontime hver tirsdag',
  nextStepOwner: '',
};

/** After the pulse closed: its results, the lead's sentence that shares them, the comments. */
export const AFTER_CLOSE = ['resultater', 'resultater notat Vi korter ned møtene.', 'kommentarer'];

/** The lead's answer to the first comment listed, by the short id the list shows for typing. */
export function replyToFirst(listed: string): string {
  const thread = /\[([a-z2-7]{8})\]/.exec(listed)?.[1];
  if (!thread) throw new Error(`no comment listed: ${listed}`);
  return `svar ${thread} Takk! Hvilke møter tenker du på?`;
}

/** Two people of different sectors join Kaffe på tvers. */
export const KAFFE: [who: 'first' | 'second', text: string][] = [
  ['first', 'sektor oppvekst'],
  ['second', 'sektor helse-og-omsorg'],
  ['first', 'kaffe bli-med'],
  ['second', 'kaffe bli-med'],
];

/** Late in the journey: overdue next steps, failed deliveries, the digest. */
export const LEAD_LATE = ['nestesteg', 'leveringer', 'oppsummering'];

/** The same screens in English and nynorsk. */
export const OTHER_LANGUAGES: [who: 'employee' | 'lead', text: string][] = [
  ['employee', 'lang en'],
  ['employee', 'help'],
  ['employee', 'mydata'],
  ['lead', 'lang en'],
  ['lead', 'deliveries'],
  ['lead', 'post fortnightly-pulse'],
  ['lead', 'språk nn'],
  ['lead', 'leveringar'],
  ['lead', 'publiser'],
];
