// Roles given by e-mail match only a person whose Teams account shows one. A lead whose account
// shows none is told why and how to fix it; `mydata` shows the id to give her role by instead.
import { afterEach, describe, expect, it } from 'vitest';
import {
  channelConversation,
  conversationUpdateActivity,
  installationUpdateActivity,
  messageActivity,
  TEAMS_CHANNEL,
  teamsUser,
} from '../support/teams-activities.js';
import { startTeamsTestApp, type TeamsTestApp } from '../support/teams-app.js';
import { cardsIn, cardText } from '../support/teams-cards.js';
import { type LocalEntra, startLocalEntra, startTeamsSsoApp } from '../support/teams-sso.js';

const lea = teamsUser('lea', 1);
const ola = teamsUser('ola', 2);
const CLIENT_ID = '11111111-2222-4333-8444-555555555555';

const yaml = (leads: string[]) => `
defaultLocale: nb
organisation: Testvik kommune
quietPeriods: []
roles:
  leads: [${leads.map((l) => JSON.stringify(l)).join(', ')}]
schedules:
  - id: weekly-reflection
    kind: reflection
    cron: "0 9 * * 1"
    skipHolidays: false
    targets: ["teams:channel:${TEAMS_CHANNEL}"]
`;

let t: TeamsTestApp | undefined;
let entra: LocalEntra | undefined;
afterEach(async () => {
  await t?.close();
  await entra?.close();
  t = undefined;
  entra = undefined;
});

async function chatApp(leads: string[]): Promise<TeamsTestApp> {
  const app = await startTeamsTestApp({ yaml: yaml(leads) });
  await app.post(conversationUpdateActivity(app.connector.url, { added: true }, channelConversation()));
  for (const user of [lea, ola]) await app.post(installationUpdateActivity(app.connector.url, user, 'add'));
  return app;
}

async function say(app: TeamsTestApp, user: typeof lea, text: string): Promise<string> {
  await app.post(messageActivity(app.connector.url, user, text));
  return cardText(cardsIn(app.connector.sent(`a:1personal-${user.name}`).at(-1)?.body)[0]);
}

describe('a lead given by e-mail whose Teams account shows no e-mail address', () => {
  it('is told why she may not, and how to be given the role by her id', async () => {
    // The roster gives the bot no e-mail for her (a guest, or no mailbox).
    t = await chatApp(['lea@testvik.kommune.no']);
    t.connector.addMember({ id: lea.id, aadObjectId: lea.aadObjectId, name: lea.name });
    const refused = await say(t, lea, 'publiser weekly-reflection');
    expect(refused).toContain('Dette kan bare innovasjonsledere og administratorer gjøre.');
    expect(refused).toContain('Teams-kontoen din viser ingen e-postadresse');
    // Teams has no slash command: the command word is shown bold, without /kulturpuls.
    expect(refused).toContain('**minedata**');

    const mine = await say(t, lea, 'minedata');
    expect(mine).toContain('ikke lagret');
    expect(mine).toContain('Roller\nMedarbeider');
    expect(mine).toContain(`ID til rollene i oppsettet\nteams:${lea.aadObjectId}`);
    await t.settle();
    expect(t.connector.sent(TEAMS_CHANNEL)).toHaveLength(0);
  });

  it('given by that id instead, she posts, and `mydata` shows her role; nobody else is told about e-mail', async () => {
    t = await chatApp([`teams:${lea.aadObjectId}`]);
    expect(await say(t, lea, 'publiser weekly-reflection')).toMatch(/^Publisert/);
    expect(await say(t, lea, 'minedata')).toContain('Roller\nInnovasjonsleder');
    // Roles are not given by e-mail here: a missing address is no reason, so it is not given as one.
    expect(await say(t, ola, 'publiser weekly-reflection')).toBe(
      'Dette kan bare innovasjonsledere og administratorer gjøre.',
    );
    await t.settle();
    expect(t.connector.sent(TEAMS_CHANNEL)).toHaveLength(1);
  });

  it('the tab says the same when her sign-in token carries no e-mail address', async () => {
    entra = await startLocalEntra();
    t = await startTeamsSsoApp(yaml(['lea@testvik.kommune.no']), entra, CLIENT_ID);
    const session = async (claims: { oid: string; name: string; upn?: string }) => {
      const token = await entra?.sign({ ...claims, aud: CLIENT_ID });
      const res = await fetch(`${t?.base}/teams/tab/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token, lang: 'nb' }),
      });
      return (await res.json()) as { outcome: string; text?: string };
    };
    const without = await session({ oid: lea.aadObjectId, name: 'Lea Leder' });
    expect(without.outcome).toBe('explanation');
    expect(without.text).toContain('Teams-kontoen din viser ingen e-postadresse');
    expect(without.text).toContain('«minedata»');
    // With her sign-in name in the token, the role given by e-mail is hers.
    expect(
      (await session({ oid: lea.aadObjectId, name: 'Lea Leder', upn: 'Lea@Testvik.Kommune.no' })).outcome,
    ).toBe('dashboard');
  });
});
