import { boundedMap, boundedMemo } from '../bounded-memo.js';
import type { CoreContext } from '../context.js';
import type { Actor, People } from '../people.js';
import type { Period, Repositories } from '../ports.js';
import { pulsePseudonym, voterLockKey } from '../privacy/pseudonym.js';
import { resolveVoter } from '../privacy/voter.js';
import type { PersonKey, Pulse, PulseAnswer, Question } from '../records.js';
import { personKey } from '../records.js';
import { localMonth, monthPeriod } from '../time.js';
import { type Locale, SCALE, type ScaleValue } from '../vocabulary.js';
import { pickStatements } from './rotation.js';

export const COMMENT_MAX_LENGTH = 500;
/** More pulses than are ever open at once. */
const OPEN_PULSES_KEPT = 64;

export interface VoteInput {
  actor: Actor;
  pulseId: string;
  questionId: string;
  value: number;
  comment?: string;
}

export type VoteResult =
  | {
      status: 'recorded' | 'changed';
      pulse: Pulse;
      question: Question;
      value: ScaleValue;
      minGroupSize: number;
      /** The voter's language (read with the vote), so the answer needs no second read of the person. */
      locale: Locale;
      /** The voter's answers in this pulse with this one counted, as stored by the vote: no read-back. */
      answers: Map<string, ScaleValue>;
      /** Their first answer in the pulse: nothing in it can carry their comment yet (one needs an answer). */
      firstInPulse: boolean;
      /** No person was stored for the voter before (they are written with the next participation batch). */
      newVoter: boolean;
    }
  | { status: 'closed'; pulse: Pulse }
  | { status: 'unknown_pulse' | 'unknown_question' | 'invalid_value' | 'comment_too_long' };

/** Statement → value; a later answer to the same statement wins. */
const answerMap = (answers: readonly Pick<PulseAnswer, 'questionId' | 'value'>[]) =>
  new Map(answers.map((answer) => [answer.questionId, answer.value]));

// `_people`: the vote no longer writes the person through it (privacy/voter.ts); kept for the wiring.
export function createPulseService(ctx: CoreContext, _people: People) {
  const { store, bank, settings } = ctx;
  // The month a pulse counts for, worked out with Intl on a new voter's every first click otherwise.
  const monthOf = boundedMemo<Period>(100);

  const answeredAny = async (tx: Repositories, pulse: Pulse, pseudonym: string) =>
    (await tx.pulses.answersOf(pulse.id, pulse.questionIds, pseudonym)).length > 0;

  /** Whether this is the person's first pulse answered in the month the pulse counts for (its closing). */
  async function firstInMonth(tx: Repositories, pulse: Pulse, person: PersonKey): Promise<boolean> {
    const zone = settings.timezone;
    const period = monthOf(`${zone}|${pulse.closesAt}`, () =>
      monthPeriod(localMonth(new Date(pulse.closesAt), zone), zone),
    );
    for (const other of await tx.pulses.pulsesIn(period)) {
      if (
        other.id !== pulse.id &&
        (await answeredAny(tx, other, pulsePseudonym(ctx.secret, other.id, person)))
      )
        return false;
    }
    return true;
  }

  function isOpen(pulse: Pulse, now: string): boolean {
    return pulse.closedAt === null && pulse.opensAt <= now && now < pulse.closesAt;
  }

  // Open pulses a vote has read. A pulse's statements and times never change; `closedAt` is set only
  // once `closesAt` has passed (closeDue), so a remembered pulse that is still open by its times is
  // what a fresh read would give. One no longer open is read again, for its `closedAt`.
  const open = boundedMap<Pulse>(OPEN_PULSES_KEPT);
  async function openPulse(pulseId: string, now: string): Promise<Pulse | undefined> {
    const known = open.get(pulseId);
    if (known && isOpen(known, now)) return known;
    const pulse = await store.pulses.get(pulseId);
    if (pulse && isOpen(pulse, now)) open.set(pulseId, pulse);
    else open.delete(pulseId);
    return pulse;
  }

  return {
    /**
     * Opens a pulse with the next statements in rotation. Call inside the occurrence transaction,
     * with its handle `tx` (the store itself when there is no transaction around it).
     */
    async open(
      input: { occurrenceKey: string | null; statements: number; openHours: number; at?: Date },
      tx: Repositories = store,
    ): Promise<Pulse> {
      const opensAt = input.at ?? ctx.clock.now();
      const usage = await tx.pulses.questionUsage();
      const questions = pickStatements(bank.active('pulse'), usage, input.statements);
      const pulse: Pulse = {
        id: ctx.newId('pulse'),
        occurrenceKey: input.occurrenceKey,
        questionIds: questions.map((q) => q.id),
        opensAt: opensAt.toISOString(),
        closesAt: new Date(opensAt.getTime() + input.openHours * 3_600_000).toISOString(),
        closedAt: null,
      };
      await tx.pulses.create(pulse);
      return pulse;
    },

    get: (pulseId: string) => store.pulses.get(pulseId),

    openPulses: () => store.pulses.open(ctx.nowIso()),

    /** One click answers; clicking again changes the answer until the pulse closes. */
    async vote(input: VoteInput): Promise<VoteResult> {
      const now = ctx.nowIso();
      const pulse = await openPulse(input.pulseId, now);
      if (!pulse) return { status: 'unknown_pulse' };
      const question = bank.get(input.questionId);
      if (!question || !pulse.questionIds.includes(question.id)) return { status: 'unknown_question' };
      if (!SCALE.includes(input.value as ScaleValue)) return { status: 'invalid_value' };
      const comment = input.comment?.trim() || null;
      if (comment && comment.length > COMMENT_MAX_LENGTH) return { status: 'comment_too_long' };
      if (!isOpen(pulse, now)) return { status: 'closed', pulse };

      const key = personKey(input.actor.platform, input.actor.userId);
      const pseudonym = pulsePseudonym(ctx.secret, pulse.id, key);
      // Who votes (their sector goes with the answer) is read in the vote's transaction, not in one of
      // its own before it. Whether this is the person's first answer is read, then counted: their own
      // votes wait for each other (two clicks on two replicas count once); everyone else's run side by side.
      const { outcome, first, before, voter, answer } = await store.transaction(
        async (tx) => {
          // Nothing about the person is written with the answer (see privacy/voter.ts and PRIVACY.md).
          const voter = await resolveVoter(ctx, input.actor, tx.people);
          const answer: PulseAnswer = {
            pulseId: pulse.id,
            questionId: question.id,
            pseudonym,
            value: input.value as ScaleValue,
            comment,
            sector: voter.person.sector,
            // No time of its own: an exact time could be joined to other rows and tell who answered what.
            answeredAt: pulse.opensAt,
          };
          const before = await tx.pulses.answersOf(pulse.id, pulse.questionIds, pseudonym);
          const first = before.length === 0;
          if (first) {
            const firstOfMonth = await firstInMonth(tx, pulse, key);
            await tx.pulses.countRespondent(pulse.id, voter.person.sector, firstOfMonth);
          }
          return { outcome: await tx.pulses.upsertAnswer(answer), first, before, voter, answer };
        },
        { exclusiveTo: voterLockKey(ctx.secret, key) },
      );
      const { person, upsert, known } = voter;
      if (first || upsert) {
        await store.pulses.bufferParticipation(
          { pulseId: pulse.id, person: person.key, sector: person.sector, upsert, newParticipant: first },
          settings.privacy.minGroupSize,
        );
      }
      return {
        status: outcome === 'created' ? 'recorded' : 'changed',
        pulse,
        question,
        value: answer.value,
        minGroupSize: settings.privacy.minGroupSize,
        locale: person.locale ?? settings.defaultLocale,
        answers: answerMap([...before, answer]),
        firstInPulse: first,
        newVoter: !known,
      };
    },

    /** The person's current answers in a pulse, to show them what they chose. */
    async answersOf(
      pulse: Pulse,
      actor: Pick<Actor, 'platform' | 'userId'>,
    ): Promise<Map<string, ScaleValue>> {
      const pseudonym = pulsePseudonym(ctx.secret, pulse.id, personKey(actor.platform, actor.userId));
      return answerMap(await store.pulses.answersOf(pulse.id, pulse.questionIds, pseudonym));
    },

    /**
     * Marks pulses past their closing time as closed; returns them. `tx`: the handle of the transaction
     * it runs in (the results service's `closeDue` gives it), or the store outside one. Required on
     * purpose: `results.closeDue(() => pulses.closeDue())` would use the store inside the transaction.
     */
    async closeDue(tx: Repositories): Promise<Pulse[]> {
      const now = ctx.nowIso();
      const due = await tx.pulses.dueToClose(now);
      for (const pulse of due) await tx.pulses.close(pulse.id, now);
      return due;
    },
  };
}

export type PulseService = ReturnType<typeof createPulseService>;
