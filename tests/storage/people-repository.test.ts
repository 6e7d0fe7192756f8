import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../support/database.js';

describe('people repository', () => {
  let t: TestStore;
  beforeEach(async () => {
    t = await createTestStore();
  });
  afterEach(() => t.close());

  it('creates a person from the key and reads it back', async () => {
    const person = await t.store.people.upsert(
      { key: 'slack:U1', displayName: 'Kari', email: 'kari@kommune.no' },
      '2025-01-01T00:00:00.000Z',
    );
    expect(person).toEqual({
      key: 'slack:U1',
      platform: 'slack',
      userId: 'U1',
      displayName: 'Kari',
      email: 'kari@kommune.no',
      sector: null,
      locale: null,
      paused: false,
      createdAt: '2025-01-01T00:00:00.000Z',
    });
    expect(await t.store.people.get('slack:U1')).toEqual(person);
  });

  it('updates name and e-mail but keeps locale, pause, sector and creation time', async () => {
    const { people } = t.store;
    await people.upsert(
      { key: 'teams:29:abc', displayName: 'Ola', sector: 'helse' },
      '2025-01-01T00:00:00.000Z',
    );
    await people.setLocale('teams:29:abc', 'nn');
    await people.setPaused('teams:29:abc', true);
    const updated = await people.upsert(
      { key: 'teams:29:abc', displayName: 'Ola N.', email: 'ola@kommune.no' },
      '2025-02-01T00:00:00.000Z',
    );
    expect(updated).toMatchObject({
      platform: 'teams',
      userId: '29:abc',
      displayName: 'Ola N.',
      email: 'ola@kommune.no',
      sector: 'helse',
      locale: 'nn',
      paused: true,
      createdAt: '2025-01-01T00:00:00.000Z',
    });
    expect(
      (await people.upsert({ key: 'teams:29:abc', displayName: 'Ola', sector: null }, 'x')).sector,
    ).toBeNull();
  });

  it('sets sector and unpauses', async () => {
    const { people } = t.store;
    await people.upsert({ key: 'local:kari', displayName: 'Kari' }, '2025-01-01T00:00:00.000Z');
    await people.setSector('local:kari', 'oppvekst');
    await people.setPaused('local:kari', true);
    await people.setPaused('local:kari', false);
    expect(await people.get('local:kari')).toMatchObject({ sector: 'oppvekst', paused: false });
  });

  it('lists by platform and deletes', async () => {
    const { people } = t.store;
    await people.upsert({ key: 'slack:U2', displayName: 'B' }, '2025-01-01T00:00:00.000Z');
    await people.upsert({ key: 'slack:U1', displayName: 'A' }, '2025-01-01T00:00:00.000Z');
    await people.upsert({ key: 'teams:T1', displayName: 'C' }, '2025-01-01T00:00:00.000Z');
    expect((await people.list()).map((p) => p.key)).toEqual(['slack:U1', 'slack:U2', 'teams:T1']);
    expect((await people.list('slack')).map((p) => p.key)).toEqual(['slack:U1', 'slack:U2']);
    await people.delete('slack:U1');
    expect(await people.get('slack:U1')).toBeUndefined();
    expect(await people.list('slack')).toHaveLength(1);
  });

  it('rejects a key that is not platform:userId', async () => {
    await expect(t.store.people.upsert({ key: 'nope', displayName: 'X' }, 'x')).rejects.toThrow(
      /Invalid person key/,
    );
  });
});

describe('erasing a person', () => {
  it('also removes the direct messages queued for them and their personal Teams chat, nothing else', async () => {
    const t = await createTestStore();
    try {
      const now = '2025-01-01T00:00:00.000Z';
      await t.store.people.upsert({ key: 'teams:aad-1', displayName: 'Kari' }, now);
      const payload = { type: 'notice', textKey: 'pause.on' } as const;
      await t.store.outbox.enqueue(
        { dedupeKey: 'a', target: { platform: 'teams', kind: 'dm', id: 'aad-1' }, payload, notBefore: now },
        now,
      );
      await t.store.outbox.enqueue(
        { dedupeKey: 'b', target: { platform: 'teams', kind: 'dm', id: 'aad-2' }, payload, notBefore: now },
        now,
      );
      await t.store.outbox.enqueue(
        {
          dedupeKey: 'c',
          target: { platform: 'teams', kind: 'channel', id: 'aad-1' },
          payload,
          notBefore: now,
        },
        now,
      );
      const conversations = t.store.teamsConversations;
      const chat = (id: string, aad: string) => ({
        conversationId: id,
        conversationType: 'personal' as const,
        tenantId: 't',
        serviceUrl: 'http://127.0.0.1:1/',
        botId: 'bot',
        userAadObjectId: aad,
        userId: `29:${aad}`,
      });
      await conversations.save(chat('a:1', 'aad-1'), now);
      await conversations.save(chat('a:2', 'aad-2'), now);

      await t.store.people.delete('teams:aad-1');

      expect(await t.store.people.get('teams:aad-1')).toBeUndefined();
      expect((await t.store.outbox.list()).map((d) => d.dedupeKey).sort()).toEqual(['b', 'c']);
      // Stored as tokens: what is left is read back through the store.
      expect(await t.rows('SELECT count(*) AS n FROM teams_conversations')).toEqual([{ n: 1 }]);
      expect((await conversations.list()).map((c) => c.conversationId)).toEqual(['a:2']);
    } finally {
      await t.close();
    }
  });
});

describe('people counted and named', () => {
  let t: TestStore;
  beforeEach(async () => {
    t = await createTestStore();
  });
  afterEach(() => t.close());

  it('counts people per sector, those with no sector under null', async () => {
    const { people } = t.store;
    expect(await people.countBySector()).toEqual(new Map());
    const now = '2025-01-01T00:00:00.000Z';
    await people.upsert({ key: 'slack:U1', displayName: 'A', sector: 'helse' }, now);
    await people.upsert({ key: 'slack:U2', displayName: 'B', sector: 'helse' }, now);
    await people.upsert({ key: 'teams:T1', displayName: 'C', sector: 'oppvekst' }, now);
    await people.upsert({ key: 'local:kari', displayName: 'D' }, now);
    await people.upsert({ key: 'local:ola', displayName: 'E' }, now);
    await people.setSector('local:ola', 'helse');
    expect(await people.countBySector()).toEqual(
      new Map<string | null, number>([
        ['helse', 3],
        ['oppvekst', 1],
        [null, 1],
      ]),
    );
  });

  it('gives the display names of known people and leaves unknown keys out', async () => {
    const { people } = t.store;
    const now = '2025-01-01T00:00:00.000Z';
    await people.upsert({ key: 'slack:U1', displayName: 'Kari Nordmann' }, now);
    await people.upsert({ key: 'teams:29:abc', displayName: 'Ola Nordmann' }, now);
    await people.upsert({ key: 'slack:U3', displayName: 'Per' }, now);
    expect(await people.displayNames(['slack:U1', 'teams:29:abc', 'slack:UNKNOWN', 'slack:U1'])).toEqual(
      new Map([
        ['slack:U1', 'Kari Nordmann'],
        ['teams:29:abc', 'Ola Nordmann'],
      ]),
    );
    expect(await people.displayNames([])).toEqual(new Map());
    expect(await people.displayNames(['slack:UNKNOWN'])).toEqual(new Map());
  });
});
