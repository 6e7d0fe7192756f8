import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NextStep } from '../../src/core/records.js';
import { buildReflection } from '../support/builders.js';
import { createTestStore, type TestStore } from '../support/database.js';

const T0 = '2025-03-03T08:00:00.000Z';
const T1 = '2025-03-10T08:00:00.000Z';
const T2 = '2025-03-17T08:00:00.000Z';

function step(overrides: Partial<NextStep> = {}): NextStep {
  return {
    reflectionId: 'r1',
    ownerKey: 'slack:UOWNER',
    text: 'Prøve ut stående møter',
    ownerText: 'Kari på legevakten',
    dueOn: '2025-03-10',
    remindedAt: null,
    outcome: null,
    learned: null,
    answeredAt: null,
    createdAt: T0,
    ...overrides,
  };
}

describe('next step repository', () => {
  let t: TestStore;
  // Each step belongs to a learning reflection of the same id.
  const add = async (s: NextStep) => {
    await t.store.content.addReflection(buildReflection({ id: s.reflectionId, kind: 'learning' }));
    await t.store.nextSteps.add(s);
  };
  const ids = (steps: NextStep[]) => steps.map((s) => s.reflectionId);
  beforeEach(async () => {
    t = await createTestStore();
  });
  afterEach(() => t.close());

  it('adds a step and reads it back; an unknown id is undefined', async () => {
    await add(step());
    await add(step({ reflectionId: 'r2', ownerKey: null, ownerText: null }));
    expect(await t.store.nextSteps.get('r1')).toEqual(step());
    expect(await t.store.nextSteps.get('r2')).toEqual(
      step({ reflectionId: 'r2', ownerKey: null, ownerText: null }),
    );
    expect(await t.store.nextSteps.get('r3')).toBeUndefined();
  });

  it('is due on or before today while open, owned and not yet asked, by due date', async () => {
    const { nextSteps } = t.store;
    await add(step({ reflectionId: 'later', dueOn: '2025-03-11' }));
    await add(step({ reflectionId: 'b-today', dueOn: '2025-03-10' }));
    await add(step({ reflectionId: 'a-today', dueOn: '2025-03-10' }));
    await add(step({ reflectionId: 'earlier', dueOn: '2025-03-01' }));
    await add(step({ reflectionId: 'no-owner', dueOn: '2025-03-01', ownerKey: null }));
    await add(step({ reflectionId: 'asked', dueOn: '2025-03-01', remindedAt: T0 }));
    await add(step({ reflectionId: 'done', dueOn: '2025-03-01', outcome: 'done', answeredAt: T0 }));
    await add(step({ reflectionId: 'dropped', dueOn: '2025-03-01', outcome: 'dropped', answeredAt: T0 }));
    await add(step({ reflectionId: 'not-yet', dueOn: '2025-03-02', outcome: 'not_yet', answeredAt: T0 }));
    expect(ids(await nextSteps.due('2025-03-10'))).toEqual(['earlier', 'not-yet', 'a-today', 'b-today']);
    expect(ids(await nextSteps.due('2025-02-28'))).toEqual([]);
  });

  it('marks a step reminded for the first process only', async () => {
    const { nextSteps } = t.store;
    await add(step());
    const other = t.openStore();
    expect(await other.nextSteps.markReminded('r1', T1)).toBe(true);
    expect(await nextSteps.markReminded('r1', T2)).toBe(false);
    expect((await nextSteps.get('r1'))?.remindedAt).toBe(T1);
    expect(await nextSteps.due('2025-03-10')).toEqual([]);
    expect(await nextSteps.markReminded('unknown', T1)).toBe(false);
  });

  it('records an answer; "not yet" with a date moves the step on, to be asked again then', async () => {
    const { nextSteps } = t.store;
    await add(step());
    await add(step({ reflectionId: 'r2' }));
    await nextSteps.markReminded('r1', T1);
    await nextSteps.answer('r1', 'not_yet', T1, '2025-03-24');
    expect(await nextSteps.get('r1')).toMatchObject({
      outcome: 'not_yet',
      answeredAt: T1,
      dueOn: '2025-03-24',
      remindedAt: null,
    });
    expect(ids(await nextSteps.due('2025-03-23'))).toEqual(['r2']);
    expect(ids(await nextSteps.due('2025-03-24'))).toEqual(['r2', 'r1']);

    await nextSteps.markReminded('r2', T1);
    await nextSteps.answer('r2', 'done', T2);
    expect(await nextSteps.get('r2')).toMatchObject({
      outcome: 'done',
      answeredAt: T2,
      dueOn: '2025-03-10',
      remindedAt: T1,
    });
    await nextSteps.setLearned('r2', 'Kortere møter, flere beslutninger.', '2025-03-18T08:00:00.000Z');
    expect(await nextSteps.get('r2')).toMatchObject({
      outcome: 'done',
      learned: 'Kortere møter, flere beslutninger.',
      answeredAt: '2025-03-18T08:00:00.000Z',
    });
  });

  it('is overdue when not done or dropped and due before today, asked or not', async () => {
    const { nextSteps } = t.store;
    await add(step({ reflectionId: 'today', dueOn: '2025-03-10' }));
    await add(step({ reflectionId: 'b-asked', dueOn: '2025-03-05', remindedAt: T0 }));
    await add(step({ reflectionId: 'a-early', dueOn: '2025-03-01', ownerKey: null }));
    await add(step({ reflectionId: 'not-yet', dueOn: '2025-03-05', outcome: 'not_yet', answeredAt: T0 }));
    await add(step({ reflectionId: 'done', dueOn: '2025-03-01', outcome: 'done', answeredAt: T0 }));
    await add(step({ reflectionId: 'dropped', dueOn: '2025-03-01', outcome: 'dropped', answeredAt: T0 }));
    expect(ids(await nextSteps.overdue('2025-03-10'))).toEqual(['a-early', 'b-asked', 'not-yet']);
    expect(ids(await nextSteps.overdue('2025-03-01'))).toEqual([]);
  });

  it('lists steps answered within a half-open period, by answer time', async () => {
    const { nextSteps } = t.store;
    for (const id of ['before', 'first', 'second', 'at-end', 'open']) await add(step({ reflectionId: id }));
    await nextSteps.answer('second', 'dropped', '2025-03-20T00:00:00.000Z');
    await nextSteps.answer('first', 'done', '2025-03-10T00:00:00.000Z');
    await nextSteps.answer('before', 'done', '2025-03-09T23:59:59.999Z');
    await nextSteps.answer('at-end', 'not_yet', '2025-04-01T00:00:00.000Z', '2025-04-08');
    const march = { from: '2025-03-10T00:00:00.000Z', to: '2025-04-01T00:00:00.000Z' };
    expect(ids(await nextSteps.answeredIn(march))).toEqual(['first', 'second']);
    const april = { from: '2025-04-01T00:00:00.000Z', to: '2025-05-01T00:00:00.000Z' };
    expect(ids(await nextSteps.answeredIn(april))).toEqual(['at-end']);
  });

  it('forgets an owner: the steps stay, unowned, and are no longer due', async () => {
    const { nextSteps } = t.store;
    await add(step({ reflectionId: 'a' }));
    await add(step({ reflectionId: 'b', outcome: 'done', answeredAt: T0 }));
    await add(step({ reflectionId: 'c', ownerKey: 'slack:UOTHER' }));
    expect(ids(await nextSteps.ownedBy('slack:UOWNER')).sort()).toEqual(['a', 'b']);
    expect(ids(await nextSteps.ownedBy('slack:UNOBODY'))).toEqual([]);

    expect(await nextSteps.forget('slack:UOWNER')).toBe(2);
    expect(await nextSteps.ownedBy('slack:UOWNER')).toEqual([]);
    expect(await nextSteps.get('a')).toEqual(step({ reflectionId: 'a', ownerKey: null }));
    expect((await nextSteps.get('b'))?.outcome).toBe('done');
    expect(ids(await nextSteps.due('2025-03-10'))).toEqual(['c']);
    expect(ids(await nextSteps.ownedBy('slack:UOTHER'))).toEqual(['c']);
    expect(await nextSteps.forget('slack:UOWNER')).toBe(0);
  });
});
