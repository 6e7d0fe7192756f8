import { PUBLIC } from '@microsoft/teams.api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { teamsPluginWith } from '../../src/teams/teams-plugin.js';
import {
  cardActionActivity,
  conversationUpdateActivity,
  signServiceToken,
  teamsUser,
} from '../support/teams-activities.js';
import { startTeamsTestApp, type TeamsTestApp } from '../support/teams-app.js';

const CLIENT_ID = '11111111-2222-4333-8444-555555555555';
let t: TeamsTestApp;

beforeEach(async () => {
  t = await startTeamsTestApp({
    yaml: 'quietPeriods: []\n',
    env: { CLIENT_ID, CLIENT_SECRET: 'test-secret-not-used-offline', TENANT_ID: 'test-tenant' },
    // The SDK validates service tokens against the cloud's OpenID keys; here they are the fake connector's.
    plugin: (connector) =>
      teamsPluginWith({ cloud: { ...PUBLIC, openIdMetadataUrl: connector.openIdMetadataUrl } }),
  });
});

afterEach(async () => {
  await t.close();
});

describe('/api/messages with CLIENT_ID and CLIENT_SECRET', () => {
  const token = (
    overrides: { audience?: string; serviceUrl?: string; issuer?: string; expiresInSeconds?: number } = {},
  ) =>
    signServiceToken({
      privateKey: t.connector.privateKey,
      keyId: t.connector.keyId,
      audience: overrides.audience ?? CLIENT_ID,
      serviceUrl: overrides.serviceUrl ?? t.connector.url,
      ...(overrides.issuer ? { issuer: overrides.issuer } : {}),
      ...(overrides.expiresInSeconds !== undefined ? { expiresInSeconds: overrides.expiresInSeconds } : {}),
    });

  // A card action is answered outside the SDK's router, after the SDK's token check: both are refused.
  it.each([
    ['an install', () => conversationUpdateActivity(t.connector.url, { added: true })],
    ['a card action', () => cardActionActivity(t.connector.url, teamsUser('kari', 2), 'kp_open_story', {})],
  ])('rejects %s without a token, and with a wrong, expired or foreign token', async (_kind, make) => {
    const activity = make();
    expect((await t.post(activity)).status).toBe(401);
    expect((await t.post(activity, { authorization: 'Bearer not-a-jwt' })).status).toBe(401);
    expect(
      (await t.post(activity, { authorization: `Bearer ${token({ audience: 'someone-else' })}` })).status,
    ).toBe(401);
    expect(
      (await t.post(activity, { authorization: `Bearer ${token({ issuer: 'https://evil.example' })}` }))
        .status,
    ).toBe(401);
    expect(
      (await t.post(activity, { authorization: `Bearer ${token({ expiresInSeconds: -3600 })}` })).status,
    ).toBe(401);
    expect(
      (await t.post(activity, { authorization: `Bearer ${token({ serviceUrl: 'https://other.example' })}` }))
        .status,
    ).toBe(401);
    expect(t.connector.calls).toHaveLength(0);
  });

  it('accepts a valid service token and handles the activity', async () => {
    const installed = await t.post(conversationUpdateActivity(t.connector.url, { added: true }), {
      authorization: `Bearer ${token()}`,
    });
    expect(installed.status).toBe(200);
    const user = teamsUser('kari', 2);
    const invoke = cardActionActivity(t.connector.url, user, 'kp_open_story', { value: 'story' });
    const answer = await t.post(invoke, { authorization: `Bearer ${token()}` });
    expect(answer.status).toBe(200);
    expect(JSON.stringify(answer.body)).toContain('kp_form_story');
  });
});
