import { afterEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/core/people.js';
import { pulsePseudonym } from '../../src/core/privacy/pseudonym.js';
import type { Pulse } from '../../src/core/records.js';
import { HOUR, MINUTE } from '../support/fake-clock.js';
import { createTestCore, TEST_SECRET, type TestCore } from '../support/test-core.js';

const kari: Actor = { platform: 'slack', userId: 'UKARI01', displayName: 'Kari Nordmann' };
const ola: Actor = { platform: 'teams', userId: '29:1olaXYZ', displayName: 'Ola Nordmann' };

type Row = Record<string, unknown>;

describe('pulse votes and pseudonyms', () => {
  let t: TestCore;
  afterEach(() => t.close());

  async function openPulse(): Promise<Pulse> {
    return t.core.pulses.open({ occurrenceKey: null, statements: 4, openHours: 48 });
  }
  const answerRows = async (): Promise<Row[]> => t.rows<Row>('SELECT * FROM pulse_answers');

  it('gives the same person the same pseudonym within a pulse: a second vote changes the one row', async () => {
    t = await createTestCore();
    const pulse = await openPulse();
    const questionId = pulse.questionIds[0] as string;
    const first = await t.core.pulses.vote({ actor: kari, pulseId: pulse.id, questionId, value: 2 });
    t.clock.advance(5 * MINUTE);
    const second = await t.core.pulses.vote({ actor: kari, pulseId: pulse.id, questionId, value: 5 });
    expect(first.status).toBe('recorded');
    expect(second.status).toBe('changed');
    const rows = await answerRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.value).toBe(5);
    expect((await t.core.pulses.answersOf(pulse, kari)).get(questionId)).toBe(5);
    expect(await t.store.pulses.participants(pulse.id)).toEqual(['slack:UKARI01']);
  });

  it('gives one person unrelated pseudonyms in different pulses', async () => {
    t = await createTestCore();
    const pulses = [await openPulse(), await openPulse(), await openPulse()];
    for (const pulse of pulses) {
      await t.core.pulses.vote({
        actor: kari,
        pulseId: pulse.id,
        questionId: pulse.questionIds[0] as string,
        value: 3,
      });
    }
    const pseudonyms = (await answerRows()).map((row) => String(row.pseudonym));
    expect(new Set(pseudonyms).size).toBe(3);
    // Unlinkable: no shared prefix or suffix that would tie them together.
    for (const a of pseudonyms) {
      for (const b of pseudonyms) {
        if (a !== b) {
          expect(a.slice(0, 6)).not.toBe(b.slice(0, 6));
          expect(a.slice(-6)).not.toBe(b.slice(-6));
        }
      }
    }
    // Two people in one pulse differ too.
    expect(pulsePseudonym(TEST_SECRET, 'p1', 'slack:UKARI01')).not.toBe(
      pulsePseudonym(TEST_SECRET, 'p1', 'slack:UOLA'),
    );
  });

  it('derives the pseudonym from the secret: another secret gives another pseudonym', async () => {
    t = await createTestCore();
    const pulse = await openPulse();
    const questionId = pulse.questionIds[0] as string;
    await t.core.pulses.vote({ actor: kari, pulseId: pulse.id, questionId, value: 4 });
    const other = t.openCore({ secret: 'another-secret-abcdef0123456789' });
    // The same person through a core with another secret is a new voter, not a change.
    expect((await other.pulses.vote({ actor: kari, pulseId: pulse.id, questionId, value: 4 })).status).toBe(
      'recorded',
    );
    const pseudonyms = (await answerRows()).map((row) => row.pseudonym);
    expect(new Set(pseudonyms).size).toBe(2);
    expect(pulsePseudonym('secret-a-0123456789', pulse.id, 'slack:UKARI01')).not.toBe(
      pulsePseudonym('secret-b-0123456789', pulse.id, 'slack:UKARI01'),
    );
  });

  it('never stores the person key or user id in pulse_answers, in any column of any row', async () => {
    t = await createTestCore();
    const voters: Actor[] = [kari, ola, { platform: 'local', userId: 'kari', displayName: 'Kari' }];
    const pulses = [await openPulse(), await openPulse()];
    for (const pulse of pulses) {
      for (const actor of voters) {
        for (const questionId of pulse.questionIds) {
          await t.core.pulses.vote({ actor, pulseId: pulse.id, questionId, value: 3, comment: 'Bra tiltak' });
        }
      }
    }
    const rows = await answerRows();
    expect(rows).toHaveLength(2 * 3 * 4);
    const needles = voters.flatMap((a) => [a.userId, `${a.platform}:${a.userId}`, a.displayName as string]);
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        const text = String(value).toLowerCase();
        for (const needle of needles) {
          expect(text.includes(needle.toLowerCase()), `${column} = ${text} contains ${needle}`).toBe(false);
        }
      }
    }
    // …while participation (kept apart, written in batches of minGroupSize) knows who answered, not what.
    for (const pulse of pulses) {
      expect(await t.store.pulses.participants(pulse.id)).toEqual([
        'local:kari',
        'slack:UKARI01',
        'teams:29:1olaXYZ',
      ]);
    }
    const columns =
      t.dialect === 'postgres'
        ? await t.rows<Row>(
            "SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'pulse_participation'",
          )
        : await t.rows<Row>('SELECT name FROM pragma_table_info(?)', 'pulse_participation');
    expect(columns.map((c) => c.name).sort()).toEqual(['answered_at', 'person_key', 'pulse_id']);
  });

  it('keeps answer rows unjoinable to participation rows by time', async () => {
    t = await createTestCore();
    const pulse = await openPulse();
    const questionId = pulse.questionIds[0] as string;
    for (const [i, actor] of [kari, ola].entries()) {
      t.clock.advance((i + 1) * 7 * MINUTE);
      await t.core.pulses.vote({ actor, pulseId: pulse.id, questionId, value: i === 0 ? 1 : 5 });
    }
    const joined = await t.rows(
      `SELECT p.person_key, a.value FROM pulse_participation p
       JOIN pulse_answers a ON a.pulse_id = p.pulse_id AND a.answered_at = p.answered_at`,
    );
    expect(joined).toEqual([]);
  });
});

describe('vote validation', () => {
  let t: TestCore;
  afterEach(() => t.close());

  const counts = async () => ({
    answers: (await t.rows<{ n: number }>('SELECT count(*) AS n FROM pulse_answers'))[0]?.n,
    participation: (await t.rows<{ n: number }>('SELECT count(*) AS n FROM pulse_participation'))[0]?.n,
  });

  it('answers a closed pulse with closed and writes nothing', async () => {
    t = await createTestCore();
    const pulse = await t.core.pulses.open({ occurrenceKey: null, statements: 4, openHours: 48 });
    const questionId = pulse.questionIds[0] as string;
    t.clock.advance(48 * HOUR);
    expect((await t.core.pulses.vote({ actor: kari, pulseId: pulse.id, questionId, value: 4 })).status).toBe(
      'closed',
    );
    t.clock.advance(HOUR);
    await t.core.pulses.closeDue(t.store);
    expect((await t.core.pulses.vote({ actor: kari, pulseId: pulse.id, questionId, value: 4 })).status).toBe(
      'closed',
    );
    expect(await counts()).toEqual({ answers: 0, participation: 0 });
  });

  it('reads an open pulse once for many votes, and again once it is closed', async () => {
    t = await createTestCore();
    const pulse = await t.core.pulses.open({ occurrenceKey: null, statements: 4, openHours: 48 });
    const questionId = pulse.questionIds[0] as string;
    const reads: string[] = [];
    const get = t.store.pulses.get.bind(t.store.pulses);
    t.store.pulses.get = async (id) => {
      reads.push(id);
      return get(id);
    };
    for (const [i, actor] of [kari, ola, kari].entries()) {
      const vote = await t.core.pulses.vote({ actor, pulseId: pulse.id, questionId, value: 2 + i });
      expect(vote.status).not.toBe('closed');
    }
    expect(reads).toEqual([pulse.id]);
    // Closed when its time is up: the pulse is read again, and its stored closing is what the voter sees.
    t.clock.advance(49 * HOUR);
    await t.core.pulses.closeDue(t.store);
    const late = await t.core.pulses.vote({ actor: ola, pulseId: pulse.id, questionId, value: 1 });
    expect(late.status).toBe('closed');
    expect(late.status === 'closed' && late.pulse.closedAt).toBeTruthy();
    expect(reads).toEqual([pulse.id, pulse.id]);
  });

  it.each([
    ['an unknown question', { questionId: 'pulse-finnes-ikke' }, 'unknown_question'],
    ['a question not in this pulse', { questionId: 'notInPulse' }, 'unknown_question'],
    ['value 0', { value: 0 }, 'invalid_value'],
    ['value 6', { value: 6 }, 'invalid_value'],
    ['value 2.5', { value: 2.5 }, 'invalid_value'],
    ['an unknown pulse', { pulseId: 'pulse_nope' }, 'unknown_pulse'],
    ['a comment over 500 characters', { comment: 'x'.repeat(501) }, 'comment_too_long'],
  ] as const)('rejects %s and writes nothing', async (_name, change, status) => {
    t = await createTestCore();
    const pulse = await t.core.pulses.open({ occurrenceKey: null, statements: 4, openHours: 48 });
    const notInPulse = t.core.bank.active('pulse').find((q) => !pulse.questionIds.includes(q.id))?.id;
    const input = {
      actor: kari,
      pulseId: pulse.id,
      questionId: pulse.questionIds[0] as string,
      value: 3,
      ...change,
    };
    if (input.questionId === 'notInPulse') input.questionId = notInPulse as string;
    expect((await t.core.pulses.vote(input)).status).toBe(status);
    expect(await counts()).toEqual({ answers: 0, participation: 0 });
    expect(await t.store.people.get('slack:UKARI01')).toBeUndefined();
  });

  it('records participation apart from content and tells the voter the threshold', async () => {
    t = await createTestCore();
    const pulse = await t.core.pulses.open({ occurrenceKey: null, statements: 4, openHours: 48 });
    const result = await t.core.pulses.vote({
      actor: kari,
      pulseId: pulse.id,
      questionId: pulse.questionIds[1] as string,
      value: 2,
    });
    expect(result.status).toBe('recorded');
    if (result.status === 'recorded') expect(result.minGroupSize).toBe(5);
    expect(await t.store.pulses.hasParticipated(pulse.id, 'slack:UKARI01')).toBe(true);
    expect(await t.store.pulses.participants(pulse.id)).toEqual(['slack:UKARI01']);
    // One voter is fewer than a batch: nothing about them is written yet.
    expect(await t.rows('SELECT * FROM pulse_participation')).toHaveLength(0);
  });
});
