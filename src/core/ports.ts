// What the core needs from the outside. Storage, platforms and the clock implement these.
import type { CommentRepository, KaffeRepository, NextStepRepository } from './loop-ports.js';
import type { Message } from './message.js';
import type {
  AggregateRepository,
  AuditEntry,
  AuditRepository,
  BenchmarkRepository,
  DutyLease,
  DutyRepository,
  MonthlyAggregate,
  PulseResultsRepository,
  PulseResultsState,
  StoredBenchmark,
} from './operations-ports.js';
import type {
  Delivery,
  DeliveryPayload,
  Nomination,
  Occurrence,
  Person,
  PersonKey,
  Pulse,
  PulseAnswer,
  Reflection,
  Story,
  Target,
} from './records.js';
import type {
  StoredTeamsConversation,
  TeamsConversationBook,
  TeamsConversationRef,
  TeamsConversationRepository,
} from './teams-ports.js';
import type { Locale, NominationStatus, Platform, ScaleValue } from './vocabulary.js';

export type {
  AggregateRepository,
  AuditEntry,
  AuditRepository,
  BenchmarkRepository,
  CommentRepository,
  DutyLease,
  DutyRepository,
  KaffeRepository,
  MonthlyAggregate,
  NextStepRepository,
  PulseResultsRepository,
  PulseResultsState,
  StoredBenchmark,
  StoredTeamsConversation,
  TeamsConversationBook,
  TeamsConversationRef,
  TeamsConversationRepository,
};

export interface Clock {
  now(): Date;
}

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  /** Whether a line at `level` is written (a logger that cannot tell writes them all). */
  enabled?(level: 'debug' | 'info' | 'warn' | 'error'): boolean;
}

/** A half-open time range [from, to) as ISO strings (UTC). */
export interface Period {
  from: string;
  to: string;
}

export interface PersonUpsert {
  key: PersonKey;
  displayName: string;
  email?: string | null;
  /** Only set when known from config or chosen by the person; never guessed. */
  sector?: string | null;
}

export interface PeopleRepository {
  get(key: PersonKey): Promise<Person | undefined>;
  /** Creates the person or updates name/e-mail (and sector when given); keeps locale and pause. */
  upsert(person: PersonUpsert, now: string): Promise<Person>;
  setLocale(key: PersonKey, locale: Locale): Promise<void>;
  setPaused(key: PersonKey, paused: boolean): Promise<void>;
  setSector(key: PersonKey, sector: string | null): Promise<void>;
  list(platform?: Platform): Promise<Person[]>;
  /** How many people are known per sector (null: no sector yet), counted in the database. */
  countBySector(): Promise<Map<string | null, number>>;
  /** Display names of these people; unknown keys are left out. */
  displayNames(keys: readonly PersonKey[]): Promise<Map<PersonKey, string>>;
  /** Erase the person row and what was addressed to them (direct messages, a personal chat reference). */
  delete(key: PersonKey): Promise<void>;
}

export interface ScheduleRepository {
  /** Inserts the occurrence; false when it already existed (another process or an earlier run). */
  record(occurrence: Occurrence): Promise<boolean>;
  get(key: string): Promise<Occurrence | undefined>;
  list(filter?: { scheduleId?: string; period?: Period }): Promise<Occurrence[]>;
  /** The time up to which a schedule's occurrences have been considered. */
  watermark(scheduleId: string): Promise<string | undefined>;
  setWatermark(scheduleId: string, at: string): Promise<void>;
}

export interface QuestionUsage {
  questionId: string;
  timesAsked: number;
  lastAskedAt: string;
}

/** Answers counted in SQL per pulse × statement × sector × value (the digest never needs single rows). */
export interface CellStat {
  pulseId: string;
  questionId: string;
  sector: string | null;
  value: ScaleValue;
  n: number;
}

/** Who answered, per sector as it was when they answered: distinct people in the month and person × pulse responses. */
export interface SectorParticipation {
  sector: string | null;
  respondents: number;
  responses: number;
}

/** That a person took part in a pulse, waiting to be written with others of the same pulse and sector. */
export interface ParticipationEntry {
  pulseId: string;
  person: PersonKey;
  /** The sector the answer was counted in. */
  sector: string | null;
  /** The person row to write with the batch (first contact or new name), if any. */
  upsert: PersonUpsert | null;
  /** False for someone who took part already: only a newer person row for their pending entry, if any. */
  newParticipant: boolean;
}

export interface PulseRepository {
  create(pulse: Pulse): Promise<void>;
  get(id: string): Promise<Pulse | undefined>;
  /** Pulses open at `now` (opened, not closed, closesAt in the future), newest first. */
  open(now: string): Promise<Pulse[]>;
  /** Pulses whose closesAt has passed but are not yet marked closed. */
  dueToClose(now: string): Promise<Pulse[]>;
  close(id: string, at: string): Promise<void>;
  /** How often and how recently each question was asked in a pulse (for rotation). */
  questionUsage(): Promise<QuestionUsage[]>;
  /** Insert or replace this pseudonym's answer; tells which it was. */
  upsertAnswer(answer: PulseAnswer): Promise<'created' | 'updated'>;
  /** This pseudonym's answers to these statements of the pulse (looked up by the answers' key). */
  answersOf(pulseId: string, questionIds: readonly string[], pseudonym: string): Promise<PulseAnswer[]>;
  /** Participation, kept apart from content: who has answered, never what. Written at once (imports, seeds). */
  recordParticipation(pulseId: string, person: PersonKey, at: string): Promise<void>;
  /** The vote path: counted now with the answer, written later in a shuffled batch of `groupSize`. */
  countRespondent(pulseId: string, sector: string | null, firstInMonth: boolean): Promise<void>;
  bufferParticipation(entry: ParticipationEntry, groupSize: number): Promise<void>;
  hasParticipated(pulseId: string, person: PersonKey): Promise<boolean>;
  participants(pulseId: string): Promise<PersonKey[]>;
  /** The pulses the person is recorded as having answered (for their data export), oldest first. */
  participationOf(person: PersonKey): Promise<Pulse[]>;
  /** Answers of pulses that closed (or close) within the period. */
  answersIn(period: Period): Promise<(PulseAnswer & { closesAt: string })[]>;
  /** Pulses whose closesAt falls within the period. */
  pulsesIn(period: Period): Promise<Pulse[]>;
  participationCount(pulseIds: string[]): Promise<number>;
  /** Answer counts of these pulses, grouped in SQL per pulse × statement × sector × value. */
  cellStats(pulseIds: string[]): Promise<CellStat[]>;
  /** Participation in these pulses per sector of the participant. */
  participationBySector(pulseIds: string[]): Promise<SectorParticipation[]>;
  /** Retention: delete raw answers of pulses that closed before `before`; returns rows removed. */
  deleteAnswersBefore(before: string): Promise<number>;
  /** Retention: who took part in pulses that closed before `before` is no longer needed either. */
  deleteParticipationBefore(before: string): Promise<number>;
  forgetParticipant(person: PersonKey): Promise<number>;
}

export interface ContentRepository {
  addReflection(reflection: Reflection): Promise<void>;
  reflectionsIn(period: Period): Promise<Reflection[]>;
  reflectionsBy(author: PersonKey): Promise<Reflection[]>;
  /** Learning-loop next steps not yet marked done, created before `before`. */
  openNextSteps(before: string): Promise<Reflection[]>;
  markNextStepDone(id: string, at: string): Promise<boolean>;

  addStory(story: Story): Promise<void>;
  getStory(id: string): Promise<Story | undefined>;
  storiesIn(period: Period): Promise<Story[]>;
  storiesBy(author: PersonKey): Promise<Story[]>;
  addReaction(storyId: string): Promise<void>;
  /** The story a platform message posted (its outbox message reference), if it is one. */
  storyPostedAt(platform: Platform, messageRef: string): Promise<string | undefined>;
  /**
   * One person's reaction on a story set or removed (`reactor` is a keyed hash, never the person);
   * returns the distinct people now reacting, which is also stored as the story's `reactions`.
   */
  setStoryReaction(input: {
    storyId: string;
    reactor: string;
    reaction: string;
    on: boolean;
    at: string;
  }): Promise<number>;

  addNomination(nomination: Nomination): Promise<void>;
  getNomination(id: string): Promise<Nomination | undefined>;
  setNominationStatus(
    id: string,
    status: NominationStatus,
    at: string,
    recognisedBy?: PersonKey,
  ): Promise<Nomination | undefined>;
  nominationsIn(period: Period): Promise<Nomination[]>;
  /** Nominations the person made or received. */
  nominationsOf(person: PersonKey): Promise<Nomination[]>;

  /** Erase a person's attributed content (stories, named reflections, nominations they made or got). */
  forget(person: PersonKey): Promise<number>;
}

export interface NewDelivery {
  dedupeKey: string;
  target: Target;
  payload: DeliveryPayload;
  notBefore: string;
}

export interface OutboxRepository {
  /** Queue unless (dedupeKey, target) is already queued; true when newly queued. */
  enqueue(delivery: NewDelivery, now: string): Promise<boolean>;
  /**
   * Atomically take up to `limit` deliveries that are due (pending and nextAttemptAt <= now, or
   * sending with an expired lease after a crash) and lease them to this worker until `leaseUntil`.
   */
  claim(now: string, leaseUntil: string, limit: number, owner?: string | null): Promise<Delivery[]>;
  /**
   * Records, before the platform call, that this attempt hands the message over; false when the
   * lease is no longer this worker's (attempts or owner changed), and then it must not send.
   */
  markDispatched(
    id: number,
    attempts: number,
    owner: string | null,
    at: string,
    leaseUntil: string,
  ): Promise<boolean>;
  /** Distinct owners of rows being sent now. */
  leaseOwners(): Promise<string[]>;
  /** Ends the leases of these (dead) owners now, so their rows can be claimed at once. */
  expireLeases(owners: string[], now: string): Promise<number>;
  /** `audience`: for a pulse post, how many people the channel had when it was delivered (null: unknown). */
  markSent(id: number, messageRef: string | null, at: string, audience?: number | null): Promise<void>;
  /** `inDoubt`: the platform may have got it; the next attempt looks it up first. */
  retryLater(id: number, nextAttemptAt: string, error: string, inDoubt?: boolean): Promise<void>;
  markFailed(id: number, error: string, at: string): Promise<void>;
  list(filter?: { status?: Delivery['status']; limit?: number }): Promise<Delivery[]>;
  counts(): Promise<Record<Delivery['status'], number>>;
  /** Deletes direct messages sent or failed (created) before `before`; how many. */
  pruneDirectMessages(before: string): Promise<number>;
  /**
   * Every row queued under this dedupe key (one per target), with its status, platform reference and
   * the platform's last error (a row still pending with an error is being tried again).
   */
  postsOf(dedupeKey: string): Promise<Pick<Delivery, 'target' | 'status' | 'messageRef' | 'lastError'>[]>;
  /** An import (demo data) records a post as delivered long ago, with its audience; false when there. */
  recordDelivered(delivery: NewDelivery, at: string, audience: number | null): Promise<boolean>;
  /** Each post delivered under this dedupe key with the audience it reached (null: not counted). */
  audiencesOf(dedupeKey: string): Promise<(number | null)[]>;
}

export interface FeedEntry {
  id: number;
  target: Target;
  /** Unique: the local platform's own exactly-once guarantee. */
  idempotencyKey: string;
  message: Message;
  createdAt: string;
}

/** The local platform's channel feed and direct messages (local mode). */
export interface FeedRepository {
  /** Insert-or-ignore by idempotency key; returns the entry (existing or new). */
  append(target: Target, idempotencyKey: string, message: Message, at: string): Promise<FeedEntry>;
  list(filter: { channel?: string; dmUser?: string; limit?: number }): Promise<FeedEntry[]>;
  /** Replaces an entry's message (a closed pulse); false when there is no such entry. */
  replace(id: number, message: Message): Promise<boolean>;
}

/** Inbound platform events already handled (a retry reaching any process is handled once). */
export interface InboundEventRepository {
  /** True when the key is new (and now remembered), false when some process handled it before. */
  remember(key: string, at: string): Promise<boolean>;
  seen(key: string): Promise<boolean>;
  /** Lets the key be handled again (the first try failed before it did anything). */
  forget(key: string): Promise<void>;
  pruneBefore(before: string): Promise<number>;
}

/** Every repository: what a transaction's handle gives its body. */
export interface Repositories {
  people: PeopleRepository;
  schedule: ScheduleRepository;
  pulses: PulseRepository;
  content: ContentRepository;
  outbox: OutboxRepository;
  feed: FeedRepository;
  inbound: InboundEventRepository;
  teamsConversations: TeamsConversationRepository;
  audit: AuditRepository;
  aggregates: AggregateRepository;
  results: PulseResultsRepository;
  nextSteps: NextStepRepository;
  kaffe: KaffeRepository;
  comments: CommentRepository;
  duties: DutyRepository;
  benchmarks: BenchmarkRepository;
}

export interface TransactionOptions {
  /**
   * Only transactions with the same key must wait for each other (one person's votes); a store with
   * several writers lets the others run side by side.
   */
  exclusiveTo?: string;
}

export interface Store extends Repositories {
  /**
   * Runs `body` in one transaction and resolves with what it returned once committed. The body gets
   * its own handle `tx` and does database work through it only: on a serialization failure it runs
   * again from the start, so anything else it did would be done twice. Messages, logs and in-memory
   * state belong after the transaction. Using the store itself inside the body throws.
   */
  transaction<T>(body: (tx: Repositories) => Promise<T>, options?: TransactionOptions): Promise<T>;
}

export type SendResult =
  | { ok: true; messageRef: string | null }
  | {
      ok: false;
      /** Permanent errors (channel_not_found, not_in_channel, account_inactive) are never retried. */
      permanent: boolean;
      code: string;
      /** From HTTP 429 Retry-After. */
      retryAfterMs?: number;
      /** The request may have reached the platform (timeout, connection lost, 5xx): look it up before resending. */
      inDoubt?: boolean;
    };

/** The outbound port each platform implements. */
export interface ChatGateway {
  platform: Platform;
  send(target: Target, message: Message, idempotencyKey: string): Promise<SendResult>;
  /**
   * After a crash mid-send the outbox cannot know whether the platform got the message. A gateway
   * that can look it up (by the idempotency key it attached) says so; others return 'unknown'.
   */
  wasSent?(target: Target, idempotencyKey: string, since?: string): Promise<'yes' | 'no' | 'unknown'>;
  /**
   * Replaces a message posted before (`messageRef` as `send` returned it). Idempotent, so an update
   * in doubt is simply made again.
   */
  update?(target: Target, messageRef: string, message: Message): Promise<SendResult>;
  /** People in the channel now (a pulse's audience, asked on delivery); absent where none can tell. */
  countMembers?(target: Target): Promise<number>;
}
