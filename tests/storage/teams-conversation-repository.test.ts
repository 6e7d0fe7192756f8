import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TeamsConversationRef } from '../../src/core/teams-ports.js';
import { createTestStore, type TestStore } from '../support/database.js';

const T0 = '2025-03-03T08:00:00.000Z';
const T1 = '2025-03-03T09:00:00.000Z';
const T2 = '2025-03-03T10:00:00.000Z';
const T3 = '2025-03-03T11:00:00.000Z';

function ref(overrides: Partial<TeamsConversationRef> = {}): TeamsConversationRef {
  return {
    conversationId: 'a:personal-1',
    conversationType: 'personal',
    tenantId: 'tenant-1',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    botId: '28:bot',
    userAadObjectId: 'aad-1',
    userId: '29:user-1',
    ...overrides,
  };
}

const channel = (id: string, tenantId: string | null = 'tenant-1') =>
  ref({ conversationId: id, conversationType: 'channel', tenantId, userAadObjectId: null, userId: null });

describe('teams conversation repository', () => {
  let t: TestStore;
  beforeEach(async () => {
    t = await createTestStore();
  });
  afterEach(() => t.close());

  it('saves a reference and reads it back; an unknown id is undefined', async () => {
    const { teamsConversations } = t.store;
    await teamsConversations.save(ref(), T0);
    expect(await teamsConversations.get('a:personal-1')).toEqual({
      ...ref(),
      removedAt: null,
      createdAt: T0,
      updatedAt: T0,
    });
    expect(await teamsConversations.get('a:other')).toBeUndefined();
  });

  it('refreshes on save, keeping the creation time and the user ids an activity does not carry', async () => {
    const { teamsConversations } = t.store;
    await teamsConversations.save(ref(), T0);
    await teamsConversations.save(
      ref({
        serviceUrl: 'https://smba.example/amer/',
        botId: '28:bot-2',
        userAadObjectId: null,
        userId: null,
      }),
      T1,
    );
    expect(await teamsConversations.get('a:personal-1')).toEqual({
      ...ref({ serviceUrl: 'https://smba.example/amer/', botId: '28:bot-2' }),
      removedAt: null,
      createdAt: T0,
      updatedAt: T1,
    });
    await teamsConversations.save(ref({ userId: '29:user-1b' }), T2);
    expect((await teamsConversations.get('a:personal-1'))?.userId).toBe('29:user-1b');
  });

  it('marks a conversation removed, and a later save makes it active again', async () => {
    const { teamsConversations } = t.store;
    await teamsConversations.save(ref(), T0);
    await teamsConversations.markRemoved('a:personal-1', T1);
    expect(await teamsConversations.get('a:personal-1')).toMatchObject({ removedAt: T1, updatedAt: T1 });
    expect(await teamsConversations.personalChatOf('aad-1')).toBeUndefined();
    expect(await teamsConversations.anyInTenant('tenant-1')).toBeUndefined();
    await teamsConversations.save(ref(), T2);
    expect(await teamsConversations.get('a:personal-1')).toMatchObject({ removedAt: null, updatedAt: T2 });
    expect((await teamsConversations.personalChatOf('aad-1'))?.conversationId).toBe('a:personal-1');
    await expect(teamsConversations.markRemoved('a:unknown', T3)).resolves.toBeUndefined();
  });

  it("finds a person's active personal chat, the newest when there are several", async () => {
    const { teamsConversations } = t.store;
    await teamsConversations.save(ref({ conversationId: 'a:old' }), T0);
    await teamsConversations.save(ref({ conversationId: 'a:new' }), T2);
    await teamsConversations.save(ref({ conversationId: 'a:mid' }), T1);
    // A group chat the same person is in is no personal chat.
    await teamsConversations.save(ref({ conversationId: '19:group', conversationType: 'groupChat' }), T3);
    await teamsConversations.save(ref({ conversationId: 'a:other', userAadObjectId: 'aad-2' }), T3);
    expect((await teamsConversations.personalChatOf('aad-1'))?.conversationId).toBe('a:new');
    await teamsConversations.markRemoved('a:new', T3);
    expect((await teamsConversations.personalChatOf('aad-1'))?.conversationId).toBe('a:mid');
    expect((await teamsConversations.personalChatOf('aad-2'))?.conversationId).toBe('a:other');
    expect(await teamsConversations.personalChatOf('aad-3')).toBeUndefined();
  });

  it('finds the newest active reference in a tenant, or in any tenant for null', async () => {
    const { teamsConversations } = t.store;
    expect(await teamsConversations.anyInTenant('tenant-1')).toBeUndefined();
    expect(await teamsConversations.anyInTenant(null)).toBeUndefined();
    await teamsConversations.save(channel('19:one'), T0);
    await teamsConversations.save(channel('19:two'), T1);
    await teamsConversations.save(channel('19:elsewhere', 'tenant-2'), T2);
    expect((await teamsConversations.anyInTenant('tenant-1'))?.conversationId).toBe('19:two');
    expect((await teamsConversations.anyInTenant('tenant-2'))?.conversationId).toBe('19:elsewhere');
    expect(await teamsConversations.anyInTenant('tenant-3')).toBeUndefined();
    expect((await teamsConversations.anyInTenant(null))?.conversationId).toBe('19:elsewhere');
    await teamsConversations.markRemoved('19:two', T3);
    expect((await teamsConversations.anyInTenant('tenant-1'))?.conversationId).toBe('19:one');
  });

  it('lists every reference, removed ones too', async () => {
    const { teamsConversations } = t.store;
    expect(await teamsConversations.list()).toEqual([]);
    await teamsConversations.save(ref(), T0);
    await teamsConversations.save(channel('19:one'), T1);
    await teamsConversations.markRemoved('19:one', T2);
    const listed = (await teamsConversations.list()).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    expect(listed).toEqual([
      { ...ref(), removedAt: null, createdAt: T0, updatedAt: T0 },
      { ...channel('19:one'), removedAt: T2, createdAt: T1, updatedAt: T2 },
    ]);
  });

  it('remembers an activity once and answers a retry with the first response', async () => {
    const { teamsConversations } = t.store;
    const now = new Date(T0);
    expect(await teamsConversations.rememberActivity('act-1', now)).toEqual({ fresh: true });
    expect(await teamsConversations.rememberActivity('act-1', now)).toEqual({
      fresh: false,
      previousResponse: null,
    });
    const response = { status: 200, body: { card: ['Takk, Kari!'] } };
    await teamsConversations.saveResponse('act-1', response);
    expect(await teamsConversations.rememberActivity('act-1', new Date(T1))).toEqual({
      fresh: false,
      previousResponse: response,
    });
    expect(await teamsConversations.rememberActivity('act-2', new Date(T1))).toEqual({ fresh: true });
    // A response for an activity never remembered stores nothing.
    await teamsConversations.saveResponse('act-unknown', { status: 200 });
    expect(await teamsConversations.rememberActivity('act-unknown', now)).toEqual({ fresh: true });
  });

  it('prunes activities received before the cut-off and counts them', async () => {
    const { teamsConversations } = t.store;
    await teamsConversations.rememberActivity('old-1', new Date(T0));
    await teamsConversations.rememberActivity('old-2', new Date(T0));
    await teamsConversations.rememberActivity('at-cut', new Date(T1));
    await teamsConversations.rememberActivity('new', new Date(T2));
    expect(await teamsConversations.pruneActivities(new Date(T1))).toBe(2);
    expect(await teamsConversations.pruneActivities(new Date(T1))).toBe(0);
    expect(await teamsConversations.rememberActivity('old-1', new Date(T3))).toEqual({ fresh: true });
    expect((await teamsConversations.rememberActivity('at-cut', new Date(T3))).fresh).toBe(false);
    expect((await teamsConversations.rememberActivity('new', new Date(T3))).fresh).toBe(false);
  });
});
