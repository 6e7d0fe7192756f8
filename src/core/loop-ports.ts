// The storage ports of the learning loop's follow-up and Kaffe på tvers (part of `Store`).
import type { Period } from './ports.js';
import type { CheckBackOutcome, KaffeMember, KaffePair, NextStep, PersonKey } from './records.js';

export interface NextStepRepository {
  add(step: NextStep): void;
  get(id: string): NextStep | undefined;
  /** Open steps due on or before `today` (local date) whose owner has not been asked yet. */
  due(today: string): NextStep[];
  /** True for the one process that marks it first. */
  markReminded(id: string, at: string): boolean;
  /** `dueOn` moves the step on (not yet): it is asked again then. */
  answer(id: string, outcome: CheckBackOutcome, at: string, dueOn?: string): void;
  setLearned(id: string, learned: string, at: string): void;
  /** Not done or dropped and due before `today`. */
  overdue(today: string): NextStep[];
  answeredIn(period: Period): NextStep[];
  ownedBy(person: PersonKey): NextStep[];
  /** The step stays (the reflection is the organisation's); the owner is cleared. */
  forget(person: PersonKey): number;
}

export interface KaffeRepository {
  /** Joins (or rejoins: the skip is cleared); false when already in and not skipping. */
  join(person: PersonKey, at: string): boolean;
  leave(person: PersonKey): boolean;
  /** false when the person has not joined. */
  skipNext(person: PersonKey): boolean;
  member(person: PersonKey): KaffeMember | undefined;
  members(): KaffeMember[];
  /** The last `count` round dates on the platform, newest first. */
  lastRounds(platform: string, count: number): string[];
  pairsIn(platform: string, rounds: readonly string[]): KaffePair[];
  /** Stores a round's pairs and clears the skips of that platform's members, in one transaction. */
  addRound(pairs: readonly KaffePair[], skipped: readonly PersonKey[]): void;
  getPair(id: string): KaffePair | undefined;
  setMet(id: string, side: 'a' | 'b', met: boolean): void;
  pairsCreatedIn(period: Period): KaffePair[];
  pairsOf(person: PersonKey): KaffePair[];
  /** Leaves, and is cleared from earlier pairs (the sectors and answers stay for the counts). */
  forget(person: PersonKey): number;
  /** Retention: removes the pairs made before this instant; how many. */
  deletePairsBefore(cutoff: string): number;
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
  add(thread: CommentThread, contact: PersonKey, authorHash: string): boolean;
  get(id: string): CommentThread | undefined;
  /** Threads whose id starts with `prefix` (the short ids leads type). */
  byPrefix(prefix: string): CommentThread[];
  /** Every thread of a pulse, hidden ones too, ordered by their random id (never by insertion). */
  ofPulse(pulseId: string): CommentThread[];
  hasAuthor(pulseId: string, questionId: string, authorHash: string): boolean;
  /** The commenter's person key while the conversation lasts. */
  contactOf(threadId: string): PersonKey | undefined;
  addMessage(message: CommentMessage): void;
  getMessage(id: string): CommentMessage | undefined;
  messages(threadId: string): CommentMessage[];
  hide(threadId: string): void;
  /** Marks it ended and deletes the contact key and the DMs queued to the commenter; false if already ended. */
  end(threadId: string): boolean;
  /** Retention: threads of pulses that closed before `before`, with their replies, contacts and hashes. */
  deleteBefore(before: string): number;
  /** Ends every conversation of the person (their contact keys go). */
  forget(person: PersonKey): number;
}
