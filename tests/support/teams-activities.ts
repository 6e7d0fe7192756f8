import { type KeyObject, randomUUID, sign } from 'node:crypto';

// Builders for real Bot Framework activities as Teams sends them (shapes from recorded payloads in
// tests/fixtures/*/teams.json), with overrides.

export const TEAMS_BOT = { id: '28:kulturpuls-bot-id', name: 'Kulturpuls' };
export const TEAMS_TENANT = '72f988bf-0000-4000-8000-000000000001';
export const TEAMS_CHANNEL = '19:general-channel@thread.tacv2';

export interface TeamsUser {
  id: string;
  name: string;
  aadObjectId: string;
}

export function teamsUser(name: string, n: number): TeamsUser {
  const hex = n.toString(16).padStart(12, '0');
  return { id: `29:1teams-user-${name}`, name, aadObjectId: `00000000-0000-4000-8000-${hex}` };
}

export function personalConversation(user: TeamsUser) {
  return { id: `a:1personal-${user.name}`, conversationType: 'personal', tenantId: TEAMS_TENANT };
}

export function channelConversation(id = TEAMS_CHANNEL) {
  return { id, conversationType: 'channel', isGroup: true, tenantId: TEAMS_TENANT };
}

type Conversation = ReturnType<typeof personalConversation> | ReturnType<typeof channelConversation>;

function base(
  serviceUrl: string,
  from: { id: string; name?: string; aadObjectId?: string },
  conversation: Conversation,
) {
  return {
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from,
    recipient: TEAMS_BOT,
    conversation,
    channelData: { tenant: { id: TEAMS_TENANT } },
    locale: 'nb-NO',
  };
}

export function messageActivity(
  serviceUrl: string,
  user: TeamsUser,
  text: string,
  conversation?: Conversation,
) {
  const inChannel = conversation?.conversationType === 'channel';
  return {
    ...base(serviceUrl, user, conversation ?? personalConversation(user)),
    type: 'message',
    textFormat: 'plain',
    text: inChannel ? `<at>Kulturpuls</at> ${text}` : text,
    ...(inChannel
      ? { entities: [{ type: 'mention', text: '<at>Kulturpuls</at>', mentioned: TEAMS_BOT }] }
      : {}),
  };
}

export function cardActionActivity(
  serviceUrl: string,
  user: TeamsUser,
  verb: string,
  data: Record<string, unknown>,
  conversation?: Conversation,
) {
  return {
    ...base(serviceUrl, user, conversation ?? personalConversation(user)),
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

export function installationUpdateActivity(
  serviceUrl: string,
  user: TeamsUser,
  action: 'add' | 'remove',
  conversation?: Conversation,
) {
  return {
    ...base(serviceUrl, user, conversation ?? personalConversation(user)),
    type: 'installationUpdate',
    action,
  };
}

export function conversationUpdateActivity(
  serviceUrl: string,
  change: { added?: boolean; removed?: boolean },
  conversation: Conversation = channelConversation(),
) {
  return {
    ...base(serviceUrl, TEAMS_BOT, conversation),
    type: 'conversationUpdate',
    ...(change.added ? { membersAdded: [{ id: TEAMS_BOT.id }] } : {}),
    ...(change.removed ? { membersRemoved: [{ id: TEAMS_BOT.id }] } : {}),
    channelData: {
      tenant: { id: TEAMS_TENANT },
      eventType: change.removed ? 'teamMemberRemoved' : 'teamMemberAdded',
      team: { id: conversation.id },
    },
  };
}

/**
 * The bot added to a person's personal chat, as Teams sends it when the app is installed for them:
 * `from` is the person, `membersAdded` the bot, no team in `channelData`.
 */
export function personalChatOpenedActivity(serviceUrl: string, user: TeamsUser) {
  const { id, aadObjectId } = user;
  return {
    ...base(serviceUrl, { id, aadObjectId }, personalConversation(user)),
    type: 'conversationUpdate',
    membersAdded: [{ id: TEAMS_BOT.id }],
  };
}

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A Bot Framework service token as the channel would send it, signed with the test's key. */
export function signServiceToken(input: {
  privateKey: KeyObject;
  keyId: string;
  audience: string;
  serviceUrl: string;
  issuer?: string;
  expiresInSeconds?: number;
}): string {
  const now = Math.floor(Date.now() / 1000);
  const header = b64({ alg: 'RS256', typ: 'JWT', kid: input.keyId });
  const payload = b64({
    iss: input.issuer ?? 'https://api.botframework.com',
    aud: input.audience,
    serviceurl: input.serviceUrl,
    nbf: now - 60,
    iat: now - 60,
    exp: now + (input.expiresInSeconds ?? 3600),
  });
  const signature = sign('RSA-SHA256', Buffer.from(`${header}.${payload}`), input.privateKey).toString(
    'base64url',
  );
  return `${header}.${payload}.${signature}`;
}
