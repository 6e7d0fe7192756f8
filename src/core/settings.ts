// What the core needs from configuration. `src/config.ts` builds it from the YAML file and env.
import type { Question, Target } from './records.js';
import type { Locale, ScheduleKind } from './vocabulary.js';

export interface Sector {
  id: string;
  name: Record<Locale, string>;
}

export interface QuietPeriod {
  name: string;
  /** Inclusive dates `YYYY-MM-DD` (one year) or `MM-DD` (every year). */
  from?: string;
  to?: string;
  /** ISO week numbers, every year (fellesferie is usually weeks 28–30). */
  isoWeeks?: number[];
}

export interface Schedule {
  id: string;
  kind: ScheduleKind;
  /** Five-field cron in `timezone`. */
  cron: string;
  /** Fire only every Nth week (counted from the ISO week of 2024-01-01); 1 = every week. */
  everyWeeks: number;
  /** Fire only on the Nth working day of the month (e.g. 1 for the digest); null = any day. */
  workingDayOfMonth: number | null;
  skipHolidays: boolean;
  /** An occurrence missed by less than this during downtime is still posted once. */
  graceMinutes: number;
  targets: Target[];
  /** Pulse only: statements per pulse and how long it stays open. */
  statements: number;
  openHours: number;
  enabled: boolean;
}

export interface Roles {
  /** Person keys (`slack:U123`) or e-mail addresses. */
  admins: string[];
  leads: string[];
  managers: string[];
}

export interface Settings {
  organisation: string;
  /** The municipality number and its KOSTRA group (null: not in the shipped table, no override). */
  municipality?: { number: string; kostraGroup: number | null };
  /** The benchmark coordinator's Ed25519 public key (base64), when this installation imports benchmarks. */
  benchmark?: { coordinatorKey?: string | undefined; inbox?: { keys: string; dir: string } | undefined };
  timezone: string;
  defaultLocale: Locale;
  /** Base URL of the web server, for links to the dashboard. */
  publicUrl: string;
  /** `minCommentGroupSize`: see `commentThreshold` (default 10, never below 5). */
  privacy: { minGroupSize: number; retainMonths: number; minCommentGroupSize?: number };
  /** Results back to the channel after a pulse closes (default: 24 hours, see `resultsDelayHours`). */
  results?: { shareDelayHours: number };
  /** Where shared stories are posted to be reacted to; unset: the pulse channels of the author's platform. */
  stories?: { postTo: 'off' | Target[] };
  /** Next steps followed up: days until the owner is asked (default 30, see `checkBackDays`). */
  loop?: { checkBackDays: number };
  /** Kaffe på tvers: days between rounds (default 14) and rounds before a pair may repeat (default 6). */
  kaffe?: { everyDays: number; noRepeatRounds: number };
  sectors: Sector[];
  /** Target key (`slack:channel:C123`) → sector id. */
  channelSectors: Record<string, string>;
  roles: Roles;
  customQuestions: Question[];
  retiredQuestions: string[];
  quietPeriods: QuietPeriod[];
  schedules: Schedule[];
}

export const checkBackDays = (settings: Settings) => settings.loop?.checkBackDays ?? 30;
/** People who must have commented on a statement in a pulse before leads see its comments. */
export const commentThreshold = (settings: Settings) =>
  Math.max(settings.privacy.minCommentGroupSize ?? 10, 5);
export const kaffeSettings = (settings: Settings) => settings.kaffe ?? { everyDays: 14, noRepeatRounds: 6 };
