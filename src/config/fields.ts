import { Cron } from 'croner';
import { z } from 'zod';
import { parsePersonKey, type Target } from '../core/records.js';
import { type LOCALES, PLATFORMS } from '../core/vocabulary.js';

export function isValidTimezone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat(undefined, { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Parses `platform:kind:id`; the id may itself contain colons (Teams: `19:abc@thread.tacv2`). */
export function parseTarget(text: string): { ok: true; target: Target } | { ok: false; message: string } {
  const match = /^([a-z]+):([a-z]+):(.*)$/.exec(text.trim());
  if (!match) {
    return {
      ok: false,
      message: `"${text}" is not a target; write platform:kind:id, e.g. slack:channel:C0123ABCD`,
    };
  }
  const [, platform = '', kind = '', id = ''] = match;
  if (!(PLATFORMS as readonly string[]).includes(platform)) {
    return { ok: false, message: `unknown platform "${platform}" in "${text}"; use ${PLATFORMS.join(', ')}` };
  }
  if (kind !== 'channel' && kind !== 'dm') {
    return { ok: false, message: `unknown target kind "${kind}" in "${text}"; use channel or dm` };
  }
  if (id === '' || /\s/.test(id)) {
    return { ok: false, message: `"${text}" needs an id without spaces after "${platform}:${kind}:"` };
  }
  // People copy the channel name from the Slack sidebar; the Web API only accepts the id.
  if (platform === 'slack' && !/^[A-Z0-9]+$/.test(id)) {
    return {
      ok: false,
      message: `"${id}" is not a Slack id; use the channel id (like C0123ABCD, under channel details), not its name`,
    };
  }
  return { ok: true, target: { platform: platform as Target['platform'], kind, id } };
}

export const targetSchema = z
  .string()
  .meta({ description: 'platform:kind:id, e.g. slack:channel:C0123ABCD, teams:channel:19:abc@thread.tacv2' })
  .transform((text, ctx): Target => {
    const parsed = parseTarget(text);
    if (parsed.ok) return parsed.target;
    ctx.addIssue({ code: 'custom', message: parsed.message });
    return z.NEVER;
  });

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const personRefSchema = z
  .string()
  .trim()
  .meta({
    description:
      'A person key (slack:U0123, teams:<Entra object id>, local:kari) or an e-mail address (on Teams: the sign-in name)',
  })
  .refine((value) => EMAIL.test(value) || isPersonKey(value), {
    error: (issue) =>
      `"${String(issue.input)}" is neither a person key (slack:U0123ABCD, teams:<Entra object id>, local:kari) nor an e-mail address`,
  })
  // Teams people are keyed by their Entra object id; the "29:" Teams user id never matches anyone.
  .refine((value) => !/^teams:29:/i.test(value), {
    error: (issue) =>
      `"${String(issue.input)}" is a Teams user id; Teams people are keyed by their Entra object id (teams:<object id>, Entra admin center → Users → the person → Object ID) or their e-mail address`,
  })
  // Chat platforms report e-mail addresses in varying case; compare them in lower case.
  .transform((value) => (EMAIL.test(value) ? value.toLowerCase() : value));

function isPersonKey(value: string): boolean {
  const parsed = parsePersonKey(value);
  return parsed !== undefined && !/\s/.test(parsed.userId);
}

const CRON_FIELD = /^[0-9A-Za-z*,/?#-]+$/;
const CRON_PARTS = [
  { name: 'minute', allowed: '0-59' },
  { name: 'hour', allowed: '0-23' },
  { name: 'day-of-month', allowed: '1-31, L or W' },
  { name: 'month', allowed: '1-12 or JAN-DEC' },
  { name: 'day-of-week', allowed: '0-7 or SUN-SAT, # and L' },
] as const;
/** A fixed start, so whether a cron ever happens does not depend on today's date. */
const NEVER_FROM = new Date(Date.UTC(2024, 0, 1));

/** The scheduler walks the cron with croner in exactly this way, so a cron croner accepts here runs there. */
function parsedCron(pattern: string): Cron | undefined {
  try {
    return new Cron(pattern, { timezone: 'UTC', paused: true });
  } catch {
    return undefined;
  }
}

export function cronProblem(cron: string): string | undefined {
  const fields = cron.trim().split(/\s+/);
  if (fields.length !== 5) {
    return `has ${fields.length} field(s); use five-field cron "minute hour day-of-month month day-of-week" (no seconds), e.g. "0 9 * * 1"`;
  }
  const bad = fields.find((field) => !CRON_FIELD.test(field));
  if (bad !== undefined) return `field "${bad}" has characters cron does not allow`;
  const parsed = parsedCron(fields.join(' '));
  if (parsed) return parsed.nextRun(NEVER_FROM) ? undefined : 'never happens: no date matches it';
  // croner's own message counts days and months from zero; each field alone against "*" names ours.
  const index = fields.findIndex(
    (field, i) => !parsedCron(fields.map((_, j) => (j === i ? field : '*')).join(' ')),
  );
  const part = CRON_PARTS[index];
  return part
    ? `has ${part.name} "${fields[index]}", which is not valid there (allowed: ${part.allowed})`
    : 'is not a cron expression the scheduler can run';
}

export const cronSchema = z
  .string()
  .meta({
    description: 'Five-field cron in the configured timezone: minute hour day-of-month month day-of-week',
  })
  .superRefine((cron, ctx) => {
    const problem = cronProblem(cron);
    if (problem) ctx.addIssue({ code: 'custom', message: `cron "${cron}" ${problem}` });
  })
  .transform((cron) => cron.trim().split(/\s+/).join(' '));

/** `YYYY-MM-DD` (one date) or `MM-DD` (every year); a real calendar date. */
export function isCalendarDate(text: string): boolean {
  const match = /^(?:(\d{4})-)?(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  // A leap year for `MM-DD`, so 02-29 is accepted as a yearly date.
  const year = Number(match[1] ?? 2024);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const calendarDateSchema = z
  .string()
  .regex(/^(\d{4}-)?\d{2}-\d{2}$/, {
    error: 'write YYYY-MM-DD or MM-DD (e.g. 2025-12-22 or 12-22)',
    abort: true,
  })
  .meta({ description: 'YYYY-MM-DD (that date) or MM-DD (every year)' })
  .refine(isCalendarDate, {
    error: (issue) =>
      `"${String(issue.input)}" is not a date; write YYYY-MM-DD or MM-DD (e.g. 2025-12-22 or 12-22)`,
  });

/** Bokmål is required; nynorsk and English fall back to it. */
export const localizedTextSchema = z
  .strictObject({
    nb: z.string().trim().min(1, { error: 'needs a bokmål text' }),
    nn: z.string().trim().min(1).optional(),
    en: z.string().trim().min(1).optional(),
  })
  .meta({ description: 'Text per language; nn and en fall back to nb when left out' })
  .transform(
    (text): Record<(typeof LOCALES)[number], string> => ({
      nb: text.nb,
      nn: text.nn ?? text.nb,
      en: text.en ?? text.nb,
    }),
  );

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]*$/, { error: 'use lower-case letters, digits, "-", "_" or "."' });
