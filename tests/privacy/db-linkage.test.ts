import { afterEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/core/people.js';
import { onPostgres } from '../support/database.js';
import { HOUR } from '../support/fake-clock.js';
import { createTestCore, type TestCore } from '../support/test-core.js';

// Someone holding a copy of the database file, but not KULTURPULS_SECRET, tries to tell who gave which
// pulse answer by joining the two tables on anything they share.

let t: TestCore;
afterEach(() => t?.close());

const PEOPLE = 24;

async function vote(t: TestCore) {
  const pulse = await t.core.pulses.open({ occurrenceKey: null, statements: 1, openHours: 48 });
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
    await t.core.pulses.vote({ actor, pulseId: pulse.id, questionId, value });
    order.push({ key: `slack:${actor.userId}`, value });
  }
  return { pulse, order };
}

describe('pulse answers in the database file', () => {
  it.skipIf(onPostgres)(
    'have no rowid, so the storage order cannot be joined to the order of participation',
    async () => {
      t = await createTestCore({ settings: { privacy: { minGroupSize: 3, retainMonths: 24 } } });
      await vote(t);
      expect(() => t.db.prepare('SELECT rowid FROM pulse_answers').all()).toThrow(/no such column/);
      expect(() => t.db.prepare('SELECT rowid FROM pulse_participation').all()).toThrow(/no such column/);
      const ddl = t.db
        .prepare("SELECT name, sql FROM sqlite_master WHERE name IN ('pulse_answers', 'pulse_participation')")
        .all() as { name: string; sql: string }[];
      expect(ddl.map((row) => row.sql.trim().endsWith('WITHOUT ROWID'))).toEqual([true, true]);
    },
  );

  it.skipIf(onPostgres)('are stored in pseudonym order, not in the order people voted', async () => {
    t = await createTestCore({ settings: { privacy: { minGroupSize: 3, retainMonths: 24 } } });
    const { pulse, order } = await vote(t);
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

  it('a changed answer keeps its place and gets no new time', async () => {
    t = await createTestCore({ settings: { privacy: { minGroupSize: 3, retainMonths: 24 } } });
    const { pulse } = await vote(t);
    // On PostgreSQL an update writes a new row version (its place moves); the time still does not change.
    const order = onPostgres ? ' ORDER BY pseudonym' : '';
    const before = await t.rows(`SELECT pseudonym, answered_at FROM pulse_answers${order}`);
    t.clock.advance(HOUR);
    const questionId = pulse.questionIds[0] as string;
    await t.core.pulses.vote({
      actor: { platform: 'slack', userId: 'U005' },
      pulseId: pulse.id,
      questionId,
      value: 5,
    });
    expect(await t.rows(`SELECT pseudonym, answered_at FROM pulse_answers${order}`)).toEqual(before);
  });

  it('the pseudonym of the same person differs from pulse to pulse, and needs the secret', async () => {
    t = await createTestCore({ settings: { privacy: { minGroupSize: 3, retainMonths: 24 } } });
    await vote(t);
    t.clock.advance(72 * HOUR);
    await vote(t);
    const rows = await t.rows<{ pulse_id: string; pseudonym: string }>(
      'SELECT pulse_id, pseudonym FROM pulse_answers',
    );
    const byPulse = new Map<string, Set<string>>();
    for (const row of rows)
      byPulse.set(row.pulse_id, (byPulse.get(row.pulse_id) ?? new Set()).add(row.pseudonym));
    const [first, second] = [...byPulse.values()];
    expect(first?.size).toBe(PEOPLE);
    expect([...(first ?? [])].some((p) => second?.has(p))).toBe(false);
    // Another secret gives other pseudonyms: without the secret, a pseudonym cannot be recomputed.
    const other = t.openCore({ secret: 'another-secret-0123456789abcdef' });
    const pulse = (await other.pulses.openPulses())[0];
    if (!pulse) throw new Error('no open pulse');
    expect((await other.pulses.answersOf(pulse, { platform: 'slack', userId: 'U001' })).size).toBe(0);
    expect((await t.core.pulses.answersOf(pulse, { platform: 'slack', userId: 'U001' })).size).toBe(1);
  });

  it.runIf(onPostgres)(
    'share no transaction, serial id or time with participation on PostgreSQL',
    async () => {
      t = await createTestCore({ settings: { privacy: { minGroupSize: 3, retainMonths: 24 } } });
      const { order } = await vote(t);
      // No identity, sequence or default that numbers the rows in the order they were written.
      const numbered = await t.rows(
        `SELECT table_name, column_name FROM information_schema.columns
       WHERE table_name IN ('pulse_answers', 'pulse_participation')
         AND (column_default IS NOT NULL OR is_identity = 'YES')`,
      );
      expect(numbered).toEqual([]);
      // The vote's transaction writes only the answer: no participation row was written with any answer.
      const together = await t.rows(
        'SELECT count(*) AS n FROM pulse_answers a JOIN pulse_participation p ON a.xmin = p.xmin',
      );
      expect(together).toEqual([{ n: 0 }]);
      // Participation is written a batch at a time: one transaction per minGroupSize people, in a shuffled
      // order, so neither the transaction id nor the physical order tells the order of the votes.
      const batches = await t.rows<{ x: string; keys: string[] }>(
        'SELECT xmin::text AS x, array_agg(person_key ORDER BY ctid) AS keys FROM pulse_participation GROUP BY 1',
      );
      expect(batches).toHaveLength(PEOPLE / 3);
      expect(batches.every((batch) => batch.keys.length === 3)).toBe(true);
      const stored = batches.flatMap((batch) => batch.keys);
      expect(stored).not.toEqual(order.map((o) => o.key));
    },
  );
});
