// Value lists declared once `as const`; the drizzle column enums and the zod config enums use them too.

export const LOCALES = ['nb', 'nn', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const PLATFORMS = ['slack', 'teams', 'local'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** The seven leadership dimensions of the source text, in its order. */
export const LEADERSHIP_DIMENSIONS = [
  'lederforankring',
  'oppmerksomhet',
  'tverrfaglighet',
  'nettverk',
  'anerkjennelse',
  'maling',
  'brukerorientering',
] as const;
export type LeadershipDimension = (typeof LEADERSHIP_DIMENSIONS)[number];

/** The ten items of the KS checklist "Kjennetegn innovasjonskultur"; `konflikt` is reverse-scored. */
export const CLIMATE_ITEMS = [
  'utfordringer',
  'frihet',
  'idestotte',
  'tillit',
  'humor',
  'dynamikk',
  'debatter',
  'konflikt',
  'risiko',
  'idetid',
] as const;
export type ClimateItem = (typeof CLIMATE_ITEMS)[number];

export const DIMENSIONS = [...LEADERSHIP_DIMENSIONS, ...CLIMATE_ITEMS, 'laering'] as const;
/** `laering` is the learning loop ("innovasjon tar aldri slutt"). */
export type Dimension = (typeof DIMENSIONS)[number];

export const QUESTION_KINDS = ['reflection', 'pulse', 'learning'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const SCHEDULE_KINDS = ['reflection', 'pulse', 'learning', 'digest'] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];

export const OCCURRENCE_STATUSES = ['posted', 'skipped', 'missed'] as const;
export type OccurrenceStatus = (typeof OCCURRENCE_STATUSES)[number];

export const DELIVERY_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export const NOMINATION_STATUSES = ['awaiting_consent', 'accepted', 'declined', 'recognised'] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];

export const NOMINEE_KINDS = ['person', 'team'] as const;
export type NomineeKind = (typeof NOMINEE_KINDS)[number];

/** KS Veikart for tjenesteinnovasjon. */
export const STORY_PHASES = [
  'forankring',
  'innsikt',
  'tjenesteutvikling',
  'pilotering',
  'overgang_til_drift',
  'ny_praksis',
] as const;
export type StoryPhase = (typeof STORY_PHASES)[number];

export const ROLES = ['employee', 'manager', 'lead', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const SCALE = [1, 2, 3, 4, 5] as const;
export type ScaleValue = (typeof SCALE)[number];

/** Where a Teams conversation happens: a personal chat, a group chat or a team channel. */
export const TEAMS_CONVERSATION_TYPES = ['personal', 'groupChat', 'channel'] as const;
export type TeamsConversationType = (typeof TEAMS_CONVERSATION_TYPES)[number];
