import { afterEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/core/people.js';
import { HOUR } from '../support/fake-clock.js';
import { createTestCore, type TestCore } from '../support/test-core.js';

// Someone holding a copy of the database file, but not KULTURPULS_SECRET, tries to tell who gave which
// pulse answer by joining the two tables on anything they share.

let t: TestCore;
afterEach(() => t?.close());

const PEOPLE = 24;

function vote(t: TestCore) {
  const pulse = t.core.pulses.open({ occurrenceKey: null, statements: 1, openHours: 48 });
  const questionId = pulse.questionIds[0] as string;
  const order: { key: string; value: number }[] = [];
  for (let i = 0; i < PEOPLE; i++) {
    const actor: Actor = {
      platform: 'slack',
      userId: `U${String(i).padStart(3, '0')}`,
      displayName: `P${i}`,
    };
    const value = (i % 5) + 1;
    t.clock.advance(60_000);
    t.core.pulses.vote({ actor, pulseId: pulse.id, questionId, value });
    order.push({ key: `slack:${actor.userId}`, value });
  }
  return { pulse, order };
}

describe('pulse answers in the database file', () => {
  it('have no rowid, so the storage order cannot be joined to the order of participation', () => {
    t = createTestCore({ settings: { privacy: { minGroupSize: 3, retainMonths: 24 } } });
    vote(t);
    expect(() => t.db.prepare('SELECT rowid FROM pulse_answers').all()).toThrow(/no such column/);
    expect(() => t.db.prepare('SELECT rowid FROM pulse_participation').all()).toThrow(/no such column/);
    const ddl = t.db
      .prepare("SELECT name, sql FROM sqlite_master WHERE name IN ('pulse_answers', 'pulse_participation')")
      .all() as { name: string; sql: string }[];
    expect(ddl.map((row) => row.sql.trim().endsWith('WITHOUT ROWID'))).toEqual([true, true]);
  });

  it('are stored in pseudonym order, not in the order people voted', () => {
    t = createTestCore({ settings: { privacy: { minGroupSize: 3, retainMonths: 24 } } });
    const { pulse, order } = vote(t);
    // A full scan without ORDER BY returns the table's physical order.
    const answers = t.db.prepare('SELECT pseudonym, value, answered_at FROM pulse_answers').all() as {
      pseudonym: string;
      value: number;
      answered_at: string;
    }[];
    const participation = t.db.prepare('SELECT person_key, answered_at FROM pulse_participation').all() as {
      person_key: string;
      answered_at: string;
    }[];
    expect(answers).toHaveLength(PEOPLE);
    expect(answers.map((a) => a.pseudonym)).toEqual([...answers.map((a) => a.pseudonym)].sort());
    expect(participation.map((p) => p.person_key)).toEqual(
      [...participation.map((p) => p.person_key)].sort(),
    );
    // The values in storage order are not the values in voting order (what a rowid table would give).
    expect(answers.map((a) => a.value)).not.toEqual(order.map((o) => o.value));
    // No time to join on: answers and participation both carry the pulse's opening time only.
    expect(new Set(answers.map((a) => a.answered_at))).toEqual(new Set([pulse.opensAt]));
    expect(new Set(participation.map((p) => p.answered_at))).toEqual(new Set([pulse.opensAt]));
    // Nothing in an answer names the person: no key, no user id, no e-mail.
    const raw = JSON.stringify(t.db.prepare('SELECT * FROM pulse_answers').all());
    for (const { key } of order) {
      expect(raw).not.toContain(key);
      expect(raw).not.toContain(key.split(':')[1]);
    }
  });

  it('a changed answer keeps its place and gets no new time', () => {
    t = createTestCore({ settings: { privacy: { minGroupSize: 3, retainMonths: 24 } } });
    const { pulse } = vote(t);
    const before = t.db.prepare('SELECT pseudonym, answered_at FROM pulse_answers').all();
    t.clock.advance(HOUR);
    const questionId = pulse.questionIds[0] as string;
    t.core.pulses.vote({
      actor: { platform: 'slack', userId: 'U005' },
      pulseId: pulse.id,
      questionId,
      value: 5,
    });
    expect(t.db.prepare('SELECT pseudonym, answered_at FROM pulse_answers').all()).toEqual(before);
  });

  it('the pseudonym of the same person differs from pulse to pulse, and needs the secret', () => {
    t = createTestCore({ settings: { privacy: { minGroupSize: 3, retainMonths: 24 } } });
    vote(t);
    t.clock.advance(72 * HOUR);
    vote(t);
    const rows = t.db.prepare('SELECT pulse_id, pseudonym FROM pulse_answers').all() as {
      pulse_id: string;
      pseudonym: string;
    }[];
    const byPulse = new Map<string, Set<string>>();
    for (const row of rows)
      byPulse.set(row.pulse_id, (byPulse.get(row.pulse_id) ?? new Set()).add(row.pseudonym));
    const [first, second] = [...byPulse.values()];
    expect(first?.size).toBe(PEOPLE);
    expect([...(first ?? [])].some((p) => second?.has(p))).toBe(false);
    // Another secret gives other pseudonyms: without the secret, a pseudonym cannot be recomputed.
    const other = t.openCore({ secret: 'another-secret-0123456789abcdef' });
    const pulse = other.pulses.openPulses()[0];
    if (!pulse) throw new Error('no open pulse');
    expect(other.pulses.answersOf(pulse, { platform: 'slack', userId: 'U001' }).size).toBe(0);
    expect(t.core.pulses.answersOf(pulse, { platform: 'slack', userId: 'U001' }).size).toBe(1);
  });
});
