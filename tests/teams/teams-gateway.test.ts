import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message } from '../../src/core/message.js';
import { createTeamsGateway } from '../../src/teams/gateway.js';
import { lookupTeamsMember } from '../../src/teams/roster.js';
import { createTeamsApp } from '../../src/teams/teams-app.js';
import { createTestStore, type TestStore } from '../support/database.js';
import { type FakeTeamsConnector, startFakeTeamsConnector } from '../support/fake-teams-connector.js';

const silent = { debug() {}, info() {}, warn() {}, error() {} };
const CHANNEL = '19:general@thread.tacv2';
const message: Message = { fallbackText: 'Hei', blocks: [{ type: 'text', text: 'Hei' }] };

let fake: FakeTeamsConnector;
let db: TestStore;
const app = () =>
  createTeamsApp({
    credentials: { allowUnauthenticated: true },
    logger: silent,
    onActivity: async () => undefined,
  });

beforeAll(async () => {
  fake = await startFakeTeamsConnector();
  db = await createTestStore();
  const conversations = db.store.teamsConversations;
  await conversations.save(
    {
      conversationId: CHANNEL,
      conversationType: 'channel',
      tenantId: 't1',
      serviceUrl: fake.url,
      botId: '28:bot',
      userAadObjectId: null,
      userId: null,
    },
    '2025-01-01T00:00:00.000Z',
  );
  fake.addMember({
    id: '29:kari',
    aadObjectId: 'aad-kari',
    name: 'Kari',
    userPrincipalName: 'Kari@Kommune.no',
  });
  fake.addMember({ id: '29:per', aadObjectId: 'aad-per', name: 'Per', email: 'per@kommune.no' });
  fake.refuseChat('29:per', 403);
  fake.refuseChat('aad-ola', 404);
  // Seen from the connector for a 1:1 chat: HTTP 500 with the error code "UserNotFound".
  fake.addMember({ id: '29:siv', aadObjectId: 'aad-siv', name: 'Siv', email: 'siv@kommune.no' });
  fake.refuseChat('29:siv', 500, 'UserNotFound');
});
afterAll(async () => {
  await db.close();
  await fake.close();
});

function gateway() {
  const conversations = db.store.teamsConversations;
  return createTeamsGateway({
    conversations,
    connector: app().connector,
    clock: { now: () => new Date() },
    logger: silent,
  });
}

describe('Teams direct messages to people the bot has not met', () => {
  it('opens the 1:1 chat with the Teams id from the team roster', async () => {
    const result = await gateway().send({ platform: 'teams', kind: 'dm', id: 'aad-kari' }, message, 'k1');
    expect(result.ok).toBe(true);
    const lookups = fake.calls.filter((c) => c.method === 'GET' && c.path.includes('/members/'));
    expect(lookups.map((c) => c.conversationId)).toEqual([CHANNEL]);
    const created = fake.calls.filter((c) => c.method === 'POST' && c.path === '/v3/conversations');
    expect(created[0]?.body.members).toEqual([{ id: '29:kari' }]);
    expect(fake.delivered('a:personal-29:kari')).toHaveLength(1);
  });

  it.each([
    ['the app is not installed for them (403)', 'aad-per'],
    ['they are in no team of the bot (roster 404, then 404)', 'aad-ola'],
    ['the connector answers 500 UserNotFound', 'aad-siv'],
  ])('fails permanently at once when %s', async (_case, id) => {
    const before = fake.calls.length;
    const result = await gateway().send({ platform: 'teams', kind: 'dm', id }, message, `k-${id}`);
    expect(result).toEqual({ ok: false, permanent: true, code: 'teams_user_unreachable' });
    const attempts = fake.calls.slice(before).filter((c) => c.path === '/v3/conversations');
    expect(attempts).toHaveLength(1);
    expect(fake.calls.slice(before).filter((c) => c.path.endsWith('/activities'))).toEqual([]);
  });
});

describe('lookupTeamsMember (roster API)', () => {
  const lookup = (userId: string) =>
    lookupTeamsMember(app().connector, { serviceUrl: fake.url, conversationId: CHANNEL, userId });

  it('gives the e-mail address, or the UPN when Teams has none', async () => {
    expect(await lookup('29:kari')).toEqual({
      id: '29:kari',
      aadObjectId: 'aad-kari',
      name: 'Kari',
      email: 'Kari@Kommune.no',
    });
    expect((await lookup('aad-per'))?.email).toBe('per@kommune.no');
  });

  it('is undefined for someone who is not a member', async () => {
    expect(await lookup('aad-nobody')).toBeUndefined();
  });
});
