import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildAnswer, buildPulse } from '../support/builders.js';
import { createTestStore, type TestStore } from '../support/database.js';

describe('pulse repository', () => {
  let t: TestStore;
  beforeEach(async () => {
    t = await createTestStore();
  });
  afterEach(() => t.close());

  it('creates and reads a pulse with its question ids', async () => {
    const pulse = buildPulse({
      occurrenceKey: 'pulse@2025-03-03',
      questionIds: ['tillit', 'humor', 'risiko'],
    });
    await t.store.pulses.create(pulse);
    expect(await t.store.pulses.get(pulse.id)).toEqual(pulse);
    expect(await t.store.pulses.get('missing')).toBeUndefined();
  });

  it('tells open pulses (newest first) from those due to close, and closes once', async () => {
    const { pulses } = t.store;
    const now = '2025-03-04T12:00:00.000Z';
    await pulses.create(
      buildPulse({
        id: 'old-open',
        opensAt: '2025-03-01T08:00:00.000Z',
        closesAt: '2025-03-05T08:00:00.000Z',
      }),
    );
    await pulses.create(
      buildPulse({
        id: 'new-open',
        opensAt: '2025-03-04T08:00:00.000Z',
        closesAt: '2025-03-06T08:00:00.000Z',
      }),
    );
    await pulses.create(
      buildPulse({ id: 'future', opensAt: '2025-03-05T08:00:00.000Z', closesAt: '2025-03-07T08:00:00.000Z' }),
    );
    await pulses.create(
      buildPulse({
        id: 'expired',
        opensAt: '2025-03-01T08:00:00.000Z',
        closesAt: '2025-03-04T12:00:00.000Z',
      }),
    );
    await pulses.create(
      buildPulse({
        id: 'closed',
        opensAt: '2025-03-01T08:00:00.000Z',
        closesAt: '2025-03-02T08:00:00.000Z',
        closedAt: '2025-03-02T08:00:01.000Z',
      }),
    );

    expect((await pulses.open(now)).map((p) => p.id)).toEqual(['new-open', 'old-open']);
    expect((await pulses.dueToClose(now)).map((p) => p.id)).toEqual(['expired']);

    await pulses.close('expired', '2025-03-04T12:00:05.000Z');
    await pulses.close('expired', '2025-03-04T13:00:00.000Z');
    expect((await pulses.get('expired'))?.closedAt).toBe('2025-03-04T12:00:05.000Z');
    expect(await pulses.dueToClose(now)).toEqual([]);
  });

  it('counts how often and how recently each question was asked', async () => {
    const { pulses } = t.store;
    await pulses.create(
      buildPulse({ questionIds: ['tillit', 'humor'], opensAt: '2025-03-03T08:00:00.000Z' }),
    );
    await pulses.create(
      buildPulse({ questionIds: ['tillit', 'risiko'], opensAt: '2025-03-10T08:00:00.000Z' }),
    );
    expect(await pulses.questionUsage()).toEqual([
      { questionId: 'humor', timesAsked: 1, lastAskedAt: '2025-03-03T08:00:00.000Z' },
      { questionId: 'risiko', timesAsked: 1, lastAskedAt: '2025-03-10T08:00:00.000Z' },
      { questionId: 'tillit', timesAsked: 2, lastAskedAt: '2025-03-10T08:00:00.000Z' },
    ]);
  });

  it('upserts an answer: created, then updated in place', async () => {
    const { pulses } = t.store;
    const pulse = buildPulse();
    await pulses.create(pulse);
    const first = buildAnswer({ pulseId: pulse.id, pseudonym: 'p1', value: 2, sector: 'helse' });
    expect(await pulses.upsertAnswer(first)).toBe('created');
    const changed = {
      ...first,
      value: 5 as const,
      comment: 'Bedre nå',
      answeredAt: '2025-03-03T10:00:00.000Z',
    };
    expect(await pulses.upsertAnswer(changed)).toBe('updated');
    expect(await pulses.answersOf(pulse.id, [first.questionId], 'p1')).toEqual([changed]);
    expect(await pulses.upsertAnswer({ ...first, questionId: 'frihet' })).toBe('created');
    expect(await pulses.upsertAnswer({ ...first, pseudonym: 'p2' })).toBe('created');
    // Inside a transaction as on the vote path: an update there is still told from an insert.
    expect(
      await t.store.transaction((tx) => tx.pulses.upsertAnswer({ ...first, pseudonym: 'p2', value: 1 })),
    ).toBe('updated');
    expect(await t.rows('SELECT count(*) AS n FROM pulse_answers')).toEqual([{ n: 3 }]);
    const p1 = await pulses.answersOf(pulse.id, ['tillit', 'frihet', 'humor'], 'p1');
    expect(p1.map((a) => [a.questionId, a.value]).sort()).toEqual([
      ['frihet', 2],
      ['tillit', 5],
    ]);
    expect((await pulses.answersOf(pulse.id, ['frihet'], 'p1')).map((a) => a.questionId)).toEqual(['frihet']);
    expect(await pulses.answersOf(pulse.id, ['tillit'], 'nobody')).toEqual([]);
    expect(await pulses.answersOf(pulse.id, [], 'p1')).toEqual([]);
  });

  it('keeps participation apart from answers and forgets a participant', async () => {
    const { pulses } = t.store;
    const a = buildPulse();
    const b = buildPulse();
    await pulses.create(a);
    await pulses.create(b);
    await pulses.recordParticipation(a.id, 'slack:U2', '2025-03-03T09:05:00.000Z');
    await pulses.recordParticipation(a.id, 'slack:U1', '2025-03-03T09:00:00.000Z');
    await pulses.recordParticipation(a.id, 'slack:U1', '2025-03-03T09:30:00.000Z');
    await pulses.recordParticipation(b.id, 'slack:U1', '2025-03-03T09:00:00.000Z');

    expect(await pulses.hasParticipated(a.id, 'slack:U1')).toBe(true);
    expect(await pulses.hasParticipated(b.id, 'slack:U2')).toBe(false);
    expect(await pulses.participants(a.id)).toEqual(['slack:U1', 'slack:U2']);
    expect(await pulses.participationCount([a.id, b.id])).toBe(3);
    expect(await pulses.participationCount([])).toBe(0);

    expect(await pulses.forgetParticipant('slack:U1')).toBe(2);
    expect(await pulses.participants(a.id)).toEqual(['slack:U2']);
  });

  it('returns answers and pulses closing within a half-open period', async () => {
    const { pulses } = t.store;
    const before = buildPulse({ id: 'feb', closesAt: '2025-02-28T23:59:59.999Z' });
    const inside = buildPulse({ id: 'mar', closesAt: '2025-03-01T00:00:00.000Z' });
    const after = buildPulse({ id: 'apr', closesAt: '2025-04-01T00:00:00.000Z' });
    for (const pulse of [before, inside, after]) {
      await pulses.create(pulse);
      await pulses.upsertAnswer(buildAnswer({ pulseId: pulse.id, value: 3 }));
    }
    const march = { from: '2025-03-01T00:00:00.000Z', to: '2025-04-01T00:00:00.000Z' };
    expect((await pulses.pulsesIn(march)).map((p) => p.id)).toEqual(['mar']);
    const answers = await pulses.answersIn(march);
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ pulseId: 'mar', value: 3, closesAt: '2025-03-01T00:00:00.000Z' });
  });

  it('counts answer cells per pulse, question, sector and value for exactly the pulses asked for', async () => {
    const { pulses } = t.store;
    for (const id of ['a', 'b', 'c']) await pulses.create(buildPulse({ id }));
    const answers = [
      { pulseId: 'a', sector: 'skole', value: 4 },
      { pulseId: 'a', sector: 'skole', value: 4 },
      { pulseId: 'a', sector: 'helse', value: 2 },
      { pulseId: 'b', sector: null, value: 5 },
      { pulseId: 'c', sector: 'skole', value: 1 },
    ] as const;
    for (const a of answers) await pulses.upsertAnswer(buildAnswer(a));
    const key = (c: { pulseId: string; sector: string | null; value: number }) =>
      `${c.pulseId}/${c.sector}/${c.value}`;
    const cells = await pulses.cellStats(['a', 'b', 'missing']);
    expect(Object.fromEntries(cells.map((c) => [key(c), c.n]))).toEqual({
      'a/skole/4': 2,
      'a/helse/2': 1,
      'b/null/5': 1,
    });
    expect(cells.every((c) => c.questionId === 'tillit' && typeof c.n === 'number')).toBe(true);
    expect(await pulses.cellStats([])).toEqual([]);
    // The order SQLite's index gives, on both stores: pulses as asked, then sector (none first), value.
    expect((await pulses.cellStats(['b', 'a'])).map(key)).toEqual(['b/null/5', 'a/helse/2', 'a/skole/4']);
  });

  it('deletes raw answers of pulses that closed before the retention cut-off', async () => {
    const { pulses } = t.store;
    const old = buildPulse({ closesAt: '2024-01-10T00:00:00.000Z' });
    const recent = buildPulse({ closesAt: '2025-03-10T00:00:00.000Z' });
    await pulses.create(old);
    await pulses.create(recent);
    await pulses.upsertAnswer(buildAnswer({ pulseId: old.id }));
    await pulses.upsertAnswer(buildAnswer({ pulseId: old.id }));
    await pulses.upsertAnswer(buildAnswer({ pulseId: recent.id }));

    expect(await pulses.deleteAnswersBefore('2025-01-01T00:00:00.000Z')).toBe(2);
    expect(
      await pulses.answersIn({ from: '2000-01-01T00:00:00.000Z', to: '2100-01-01T00:00:00.000Z' }),
    ).toHaveLength(1);
    expect(await pulses.get(old.id)).toBeDefined();
  });

  it('counts respondents as they answer and sums them per sector of these pulses', async () => {
    const { pulses } = t.store;
    for (const id of ['a', 'b']) await pulses.create(buildPulse({ id }));
    await pulses.countRespondent('a', 'helse', true);
    await pulses.countRespondent('a', 'helse', true);
    await pulses.countRespondent('a', 'helse', false);
    await pulses.countRespondent('a', null, true);
    await pulses.countRespondent('b', 'helse', true);
    await pulses.countRespondent('b', 'oppvekst', false);
    expect(await pulses.participationBySector(['a'])).toEqual([
      { sector: null, respondents: 1, responses: 1 },
      { sector: 'helse', respondents: 2, responses: 3 },
    ]);
    expect(await pulses.participationBySector(['a', 'b', 'missing'])).toEqual([
      { sector: null, respondents: 1, responses: 1 },
      { sector: 'helse', respondents: 3, responses: 4 },
      { sector: 'oppvekst', respondents: 0, responses: 1 },
    ]);
    expect(await pulses.participationCount(['a', 'b'])).toBe(6);
    expect(await pulses.participationBySector([])).toEqual([]);
    expect(await pulses.participationBySector(['missing'])).toEqual([]);
  });

  it('holds buffered participation until its group is full, then writes it with the person rows', async () => {
    const { pulses, people } = t.store;
    await pulses.create(buildPulse({ id: 'a', opensAt: '2025-03-03T08:00:00.000Z' }));
    await pulses.create(buildPulse({ id: 'b', opensAt: '2025-03-01T08:00:00.000Z' }));
    const entry = (person: string, pulseId = 'a') => ({
      pulseId,
      person,
      sector: 'helse',
      upsert: { key: person, displayName: `Navn ${person}`, sector: 'helse' },
      newParticipant: true,
    });
    const stored = async () => (await t.rows('SELECT count(*) AS n FROM pulse_participation'))[0];
    await pulses.bufferParticipation(entry('slack:U1'), 3);
    await pulses.bufferParticipation(entry('slack:U1'), 3);
    await pulses.bufferParticipation(entry('slack:U2'), 3);
    await pulses.bufferParticipation({ ...entry('slack:U9'), newParticipant: false }, 3);
    expect(await stored()).toEqual({ n: 0 });
    expect(await people.get('slack:U1')).toBeUndefined();
    expect(await pulses.hasParticipated('a', 'slack:U1')).toBe(true);
    expect(await pulses.hasParticipated('a', 'slack:U9')).toBe(false);
    expect(await pulses.participants('a')).toEqual(['slack:U1', 'slack:U2']);
    expect((await pulses.participationOf('slack:U1')).map((p) => p.id)).toEqual(['a']);

    await pulses.bufferParticipation(entry('slack:U3'), 3);
    expect(await stored()).toEqual({ n: 3 });
    expect(await pulses.participants('a')).toEqual(['slack:U1', 'slack:U2', 'slack:U3']);
    expect(await people.get('slack:U2')).toMatchObject({ displayName: 'Navn slack:U2', sector: 'helse' });
    // Stored and pending together, oldest pulse first.
    await pulses.bufferParticipation(entry('slack:U1', 'b'), 3);
    expect(await pulses.participationOf('slack:U1')).toEqual([await pulses.get('b'), await pulses.get('a')]);
    expect(await pulses.participationOf('slack:UNOBODY')).toEqual([]);
  });

  it('deletes participation in pulses that closed before the retention cut-off', async () => {
    const { pulses } = t.store;
    await pulses.create(buildPulse({ id: 'old', closesAt: '2024-01-10T00:00:00.000Z' }));
    await pulses.create(buildPulse({ id: 'cut', closesAt: '2025-01-01T00:00:00.000Z' }));
    for (const id of ['old', 'cut']) {
      await pulses.recordParticipation(id, 'slack:U1', '2024-01-09T00:00:00.000Z');
      await pulses.recordParticipation(id, 'slack:U2', '2024-01-09T00:00:00.000Z');
    }
    expect(await pulses.deleteParticipationBefore('2025-01-01T00:00:00.000Z')).toBe(2);
    expect(await pulses.participants('old')).toEqual([]);
    expect(await pulses.participants('cut')).toEqual(['slack:U1', 'slack:U2']);
    expect((await pulses.participationOf('slack:U1')).map((p) => p.id)).toEqual(['cut']);
    expect(await pulses.get('old')).toBeDefined();
    expect(await pulses.deleteParticipationBefore('2025-01-01T00:00:00.000Z')).toBe(0);
  });
});
