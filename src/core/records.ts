import type {
  DeliveryStatus,
  Dimension,
  Locale,
  NominationStatus,
  NomineeKind,
  OccurrenceStatus,
  Platform,
  QuestionKind,
  ScaleValue,
  ScheduleKind,
  StoryPhase,
} from './vocabulary.js';

/** `platform:userId`, e.g. `slack:U012AB3CD`, `teams:29:1abc…`, `local:kari`. */
export type PersonKey = string;

export function personKey(platform: Platform, userId: string): PersonKey {
  return `${platform}:${userId}`;
}

export function parsePersonKey(key: string): { platform: Platform; userId: string } | undefined {
  const match = /^(slack|teams|local):(.+)$/.exec(key);
  return match ? { platform: match[1] as Platform, userId: match[2] as string } : undefined;
}

export interface Person {
  key: PersonKey;
  platform: Platform;
  userId: string;
  displayName: string;
  email: string | null;
  sector: string | null;
  locale: Locale | null;
  paused: boolean;
  createdAt: string;
}

/** Where a message goes: a channel (or Teams conversation) or one person's direct chat. */
export interface Target {
  platform: Platform;
  kind: 'channel' | 'dm';
  /** Channel id / conversation id, or the user id for a DM. */
  id: string;
}

export function targetKey(target: Target): string {
  return `${target.platform}:${target.kind}:${target.id}`;
}

export interface Question {
  id: string;
  kind: QuestionKind;
  dimension: Dimension;
  text: Record<Locale, string>;
  /** Reverse-scored statement (agreeing is bad, e.g. "konflikt"): 6 - value in the digest. */
  reverse: boolean;
  /** Retired questions are never asked again but keep their history in the digest. */
  retired: boolean;
  /** Where the statement comes from, for the README and the admin preview. */
  source: 'seed' | 'ks-checklist' | 'custom';
}

export interface Occurrence {
  key: string;
  scheduleId: string;
  kind: ScheduleKind;
  scheduledFor: string;
  status: OccurrenceStatus;
  reason: string | null;
  createdAt: string;
}

export interface Pulse {
  id: string;
  occurrenceKey: string | null;
  questionIds: string[];
  opensAt: string;
  closesAt: string;
  closedAt: string | null;
}

export interface PulseAnswer {
  pulseId: string;
  questionId: string;
  /** HMAC(secret, pulseId + personKey): lets a person change an answer, cannot link across pulses. */
  pseudonym: string;
  value: ScaleValue;
  comment: string | null;
  sector: string | null;
  answeredAt: string;
}

export interface Reflection {
  id: string;
  occurrenceKey: string | null;
  questionId: string;
  kind: 'reflection' | 'learning';
  /** Only set when the person chose to share with their name. */
  authorKey: PersonKey | null;
  text: string;
  /** Learning loop: what we try next and who owns the next step. */
  tryNext: string | null;
  nextStepOwner: string | null;
  nextStepDoneAt: string | null;
  sector: string | null;
  createdAt: string;
}

export type CheckBackOutcome = 'done' | 'not_yet' | 'dropped';

/** A learning-loop next step followed up (its id is the reflection's). */
export interface NextStep {
  reflectionId: string;
  /** Who is asked on the due date; null once they asked to be forgotten. */
  ownerKey: PersonKey | null;
  text: string;
  ownerText: string | null;
  /** Local date, YYYY-MM-DD. */
  dueOn: string;
  remindedAt: string | null;
  outcome: CheckBackOutcome | null;
  learned: string | null;
  answeredAt: string | null;
  createdAt: string;
}

export interface KaffeMember {
  personKey: PersonKey;
  joinedAt: string;
  skipNext: boolean;
}

/** One Kaffe på tvers pair in one round (keys null once a person is forgotten). */
export interface KaffePair {
  id: string;
  round: string;
  platform: string;
  aKey: PersonKey | null;
  bKey: PersonKey | null;
  aSector: string | null;
  bSector: string | null;
  aMet: boolean | null;
  bMet: boolean | null;
  createdAt: string;
}

export interface Story {
  id: string;
  authorKey: PersonKey;
  title: string;
  whatChanged: string;
  whoBenefits: string;
  inUse: boolean;
  canSpread: boolean;
  sectors: string[];
  learned: string;
  nextStepOwner: string;
  phase: StoryPhase | null;
  dimension: Dimension | null;
  reactions: number;
  createdAt: string;
}

export interface Nomination {
  id: string;
  nominatorKey: PersonKey;
  nomineeKind: NomineeKind;
  /** The person nominated (kind person) — asked for consent before anything is published. */
  nomineeKey: PersonKey | null;
  /** The team nominated (kind team). */
  teamName: string | null;
  dimension: Dimension;
  reason: string;
  sectors: string[];
  status: NominationStatus;
  recognisedByKey: PersonKey | null;
  createdAt: string;
  decidedAt: string | null;
}

/** What to post, rendered at send time so each target gets its own language. */
export type DeliveryPayload =
  | { type: 'reflection'; questionId: string; occurrenceKey: string }
  | { type: 'learning'; questionId: string; occurrenceKey: string }
  | { type: 'pulse'; pulseId: string }
  | { type: 'digest'; month: string }
  | { type: 'reminder'; pulseId: string }
  | { type: 'consent'; nominationId: string }
  | { type: 'recognition'; nominationId: string }
  /** A shared story in a channel, where reactions rank it for the digest. */
  | { type: 'story'; storyId: string }
  | {
      type: 'notice';
      textKey: string;
      params?: Record<string, string | number>;
      /** The help's buttons under the text, for what the person may use when it is sent. */
      menu?: boolean;
    }
  /** Replaces the pulse's earlier post (queued under `postKey`) with its closed form. */
  | {
      type: 'pulseClosed';
      pulseId: string;
      postKey: string;
      /** Once the results are out: their post (queued under this key), linked from the closed post. */
      resultsKey?: string;
    }
  | { type: 'results'; pulseId: string }
  /** "Did you try it?" to a next step's owner on its due date. */
  | { type: 'checkBack'; stepId: string }
  /** Kaffe på tvers: who you are paired with, and later "did you meet?". */
  | { type: 'kaffePair'; pairId: string }
  | { type: 'kaffeMet'; pairId: string }
  /** One message of an anonymous comment thread, to the other side (rendered without the commenter). */
  | { type: 'comment'; threadId: string; messageId: string };

export interface Delivery {
  id: number;
  /** Unique with the target: the same occurrence is never queued twice for one target. */
  dedupeKey: string;
  target: Target;
  payload: DeliveryPayload;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string;
  leaseUntil: string | null;
  lastError: string | null;
  messageRef: string | null;
  createdAt: string;
  sentAt: string | null;
  /** Who holds the lease (`host:pid:instance`). */
  leaseOwner?: string | null;
  /** When an attempt handed the message to the platform; kept until the outcome is known. */
  dispatchedAt?: string | null;
}
