// The storage ports of the learning loop's follow-up and Kaffe på tvers (part of `Store`).
import type { Period } from './ports.js';
import type { CheckBackOutcome, KaffeMember, KaffePair, NextStep, PersonKey } from './records.js';

export interface NextStepRepository {
  add(step: NextStep): Promise<void>;
  get(id: string): Promise<NextStep | undefined>;
  /** Open steps due on or before `today` (local date) whose owner has not been asked yet. */
  due(today: string): Promise<NextStep[]>;
  /** True for the one process that marks it first. */
  markReminded(id: string, at: string): Promise<boolean>;
  /** `dueOn` moves the step on (not yet): it is asked again then. */
  answer(id: string, outcome: CheckBackOutcome, at: string, dueOn?: string): Promise<void>;
  setLearned(id: string, learned: string, at: string): Promise<void>;
  /** Not done or dropped and due before `today`. */
  overdue(today: string): Promise<NextStep[]>;
  answeredIn(period: Period): Promise<NextStep[]>;
  ownedBy(person: PersonKey): Promise<NextStep[]>;
  /** The step stays (the reflection is the organisation's); the owner is cleared. */
  forget(person: PersonKey): Promise<number>;
}

export interface KaffeRepository {
  /** Joins (or rejoins: the skip is cleared); false when already in and not skipping. */
  join(person: PersonKey, at: string): Promise<boolean>;
  leave(person: PersonKey): Promise<boolean>;
  /** false when the person has not joined. */
  skipNext(person: PersonKey): Promise<boolean>;
  member(person: PersonKey): Promise<KaffeMember | undefined>;
  members(): Promise<KaffeMember[]>;
  /** The last `count` round dates on the platform, newest first. */
  lastRounds(platform: string, count: number): Promise<string[]>;
  pairsIn(platform: string, rounds: readonly string[]): Promise<KaffePair[]>;
  /** Stores a round's pairs and clears the skips of that platform's members, in one transaction. */
  addRound(pairs: readonly KaffePair[], skipped: readonly PersonKey[]): Promise<void>;
  getPair(id: string): Promise<KaffePair | undefined>;
  setMet(id: string, side: 'a' | 'b', met: boolean): Promise<void>;
  pairsCreatedIn(period: Period): Promise<KaffePair[]>;
  pairsOf(person: PersonKey): Promise<KaffePair[]>;
  /** Leaves, and is cleared from earlier pairs (the sectors and answers stay for the counts). */
  forget(person: PersonKey): Promise<number>;
  /** Retention: removes the pairs made before this instant; how many. */
  deletePairsBefore(cutoff: string): Promise<number>;
}

/** An anonymous comment on a pulse statement; nothing in it names the person or their vote. */
export interface CommentThread {
  id: string;
  pulseId: string;
  questionId: string;
  text: string;
  /** Local date only. */
  createdOn: string;
  hidden: boolean;
  ended: boolean;
}

export interface CommentMessage {
  id: string;
  threadId: string;
  side: 'lead' | 'commenter';
  /** The lead who wrote it; null on the commenter's side. */
  leadKey: string | null;
  text: string;
  at: string;
}

export interface CommentRepository {
  /**
   * Stores a thread, its contact key and the author's hash in one transaction; false (nothing
   * stored) when the hash is already there: one comment per person per statement per pulse.
   */
  add(thread: CommentThread, contact: PersonKey, authorHash: string): Promise<boolean>;
  get(id: string): Promise<CommentThread | undefined>;
  /** Threads whose id starts with `prefix` (the short ids leads type). */
  byPrefix(prefix: string): Promise<CommentThread[]>;
  /** Every thread of a pulse, hidden ones too, ordered by their random id (never by insertion). */
  ofPulse(pulseId: string): Promise<CommentThread[]>;
  hasAuthor(pulseId: string, questionId: string, authorHash: string): Promise<boolean>;
  /** Which of these author hashes (one per statement) have commented in the pulse: one statement for all. */
  authorsAmong(pulseId: string, authorHashes: readonly string[]): Promise<Set<string>>;
  /** The commenter's person key while the conversation lasts. */
  contactOf(threadId: string): Promise<PersonKey | undefined>;
  addMessage(message: CommentMessage): Promise<void>;
  getMessage(id: string): Promise<CommentMessage | undefined>;
  messages(threadId: string): Promise<CommentMessage[]>;
  hide(threadId: string): Promise<void>;
  /** Marks it ended and deletes the contact key and the DMs queued to the commenter; false if already ended. */
  end(threadId: string): Promise<boolean>;
  /** Retention: threads of pulses that closed before `before`, with their replies, contacts and hashes. */
  deleteBefore(before: string): Promise<number>;
  /** Ends every conversation of the person (their contact keys go). */
  forget(person: PersonKey): Promise<number>;
}
