import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../support/database.js';

const at = (minute: number) => `2025-03-03T08:${String(minute).padStart(2, '0')}:00.000Z`;

describe('audit repository', () => {
  let t: TestStore;
  beforeEach(async () => {
    t = await createTestStore();
  });
  afterEach(() => t.close());

  it('appends entries and reads them back, actor and details included', async () => {
    const { audit } = t.store;
    await audit.append({
      at: at(1),
      actorKey: 'slack:UADMIN',
      action: 'person.erase',
      details: { person: 'slack:U1', removed: 3, nested: { ok: true } },
    });
    await audit.append({ at: at(2), actorKey: null, action: 'retention.run', details: {} });
    expect(await audit.recent(10)).toEqual([
      { id: expect.any(Number), at: at(2), actorKey: null, action: 'retention.run', details: {} },
      {
        id: expect.any(Number),
        at: at(1),
        actorKey: 'slack:UADMIN',
        action: 'person.erase',
        details: { person: 'slack:U1', removed: 3, nested: { ok: true } },
      },
    ]);
    const [second, first] = await audit.recent(10);
    expect(first?.id).toBeLessThan(second?.id as number);
  });

  it('lists the newest first, the later entry first at the same time, up to the limit', async () => {
    const { audit } = t.store;
    await audit.append({ at: at(5), actorKey: null, action: 'b', details: {} });
    await audit.append({ at: at(1), actorKey: null, action: 'a', details: {} });
    await audit.append({ at: at(5), actorKey: null, action: 'c', details: {} });
    await audit.append({ at: at(9), actorKey: null, action: 'd', details: {} });
    expect((await audit.recent(10)).map((e) => e.action)).toEqual(['d', 'c', 'b', 'a']);
    expect((await audit.recent(2)).map((e) => e.action)).toEqual(['d', 'c']);
    expect(await audit.recent(0)).toEqual([]);
  });

  it('finds the newest entry of an action, or none', async () => {
    const { audit } = t.store;
    expect(await audit.latest('settings.change')).toBeUndefined();
    await audit.append({ at: at(1), actorKey: 'teams:A', action: 'settings.change', details: { v: 1 } });
    await audit.append({ at: at(2), actorKey: 'teams:B', action: 'settings.change', details: { v: 2 } });
    await audit.append({ at: at(3), actorKey: null, action: 'retention.run', details: { v: 3 } });
    expect(await audit.latest('settings.change')).toMatchObject({
      at: at(2),
      actorKey: 'teams:B',
      action: 'settings.change',
      details: { v: 2 },
    });
    expect((await audit.latest('retention.run'))?.details).toEqual({ v: 3 });
    expect(await audit.latest('settings')).toBeUndefined();
  });
});
