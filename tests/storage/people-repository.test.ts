import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../support/database.js';

describe('people repository', () => {
  let t: TestStore;
  beforeEach(() => {
    t = createTestStore();
  });
  afterEach(() => t.close());

  it('creates a person from the key and reads it back', () => {
    const person = t.store.people.upsert(
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
    expect(t.store.people.get('slack:U1')).toEqual(person);
  });

  it('updates name and e-mail but keeps locale, pause, sector and creation time', () => {
    const { people } = t.store;
    people.upsert({ key: 'teams:29:abc', displayName: 'Ola', sector: 'helse' }, '2025-01-01T00:00:00.000Z');
    people.setLocale('teams:29:abc', 'nn');
    people.setPaused('teams:29:abc', true);
    const updated = people.upsert(
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
    expect(people.upsert({ key: 'teams:29:abc', displayName: 'Ola', sector: null }, 'x').sector).toBeNull();
  });

  it('sets sector and unpauses', () => {
    const { people } = t.store;
    people.upsert({ key: 'local:kari', displayName: 'Kari' }, '2025-01-01T00:00:00.000Z');
    people.setSector('local:kari', 'oppvekst');
    people.setPaused('local:kari', true);
    people.setPaused('local:kari', false);
    expect(people.get('local:kari')).toMatchObject({ sector: 'oppvekst', paused: false });
  });

  it('lists by platform and deletes', () => {
    const { people } = t.store;
    people.upsert({ key: 'slack:U2', displayName: 'B' }, '2025-01-01T00:00:00.000Z');
    people.upsert({ key: 'slack:U1', displayName: 'A' }, '2025-01-01T00:00:00.000Z');
    people.upsert({ key: 'teams:T1', displayName: 'C' }, '2025-01-01T00:00:00.000Z');
    expect(people.list().map((p) => p.key)).toEqual(['slack:U1', 'slack:U2', 'teams:T1']);
    expect(people.list('slack').map((p) => p.key)).toEqual(['slack:U1', 'slack:U2']);
    people.delete('slack:U1');
    expect(people.get('slack:U1')).toBeUndefined();
    expect(people.list('slack')).toHaveLength(1);
  });

  it('rejects a key that is not platform:userId', () => {
    expect(() => t.store.people.upsert({ key: 'nope', displayName: 'X' }, 'x')).toThrow(/Invalid person key/);
  });
});

describe('erasing a person', () => {
  it('also removes the direct messages queued for them and their personal Teams chat, nothing else', () => {
    const t = createTestStore();
    try {
      const now = '2025-01-01T00:00:00.000Z';
      t.store.people.upsert({ key: 'teams:aad-1', displayName: 'Kari' }, now);
      const payload = { type: 'notice', textKey: 'pause.on' } as const;
      t.store.outbox.enqueue(
        { dedupeKey: 'a', target: { platform: 'teams', kind: 'dm', id: 'aad-1' }, payload, notBefore: now },
        now,
      );
      t.store.outbox.enqueue(
        { dedupeKey: 'b', target: { platform: 'teams', kind: 'dm', id: 'aad-2' }, payload, notBefore: now },
        now,
      );
      t.store.outbox.enqueue(
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
      conversations.save(chat('a:1', 'aad-1'), now);
      conversations.save(chat('a:2', 'aad-2'), now);

      t.store.people.delete('teams:aad-1');

      expect(t.store.people.get('teams:aad-1')).toBeUndefined();
      expect(
        t.store.outbox
          .list()
          .map((d) => d.dedupeKey)
          .sort(),
      ).toEqual(['b', 'c']);
      // Stored as tokens: what is left is read back through the store.
      expect(t.rows('SELECT count(*) AS n FROM teams_conversations')).toEqual([{ n: 1 }]);
      expect(conversations.list().map((c) => c.conversationId)).toEqual(['a:2']);
    } finally {
      t.close();
    }
  });
});
