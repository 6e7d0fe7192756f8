// Issue 11.7: admins see in Teams who could not be reached and why (before, only `/metrics` had it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cardActionActivity,
  channelConversation,
  conversationUpdateActivity,
  installationUpdateActivity,
  messageActivity,
  TEAMS_CHANNEL,
  type TeamsUser,
  teamsUser,
} from '../support/teams-activities.js';
import { startTeamsTestApp, type TeamsTestApp } from '../support/teams-app.js';
import { cardProblems, cardsIn, cardText } from '../support/teams-cards.js';

const REMOVED_CHANNEL = '19:closed-project@thread.tacv2';
const DELETED_CHANNEL = '19:deleted-team@thread.tacv2';
const admin = teamsUser('admin', 1);
const kari = teamsUser('kari', 2);
// Chosen in the people picker, never met by the bot, in no roster the bot can read.
const ola = teamsUser('ola', 3);
const REASON = 'Samlet helse og skole om ett felles tiltak';

const yaml = `
defaultLocale: nb
privacy: { minGroupSize: 3 }
quietPeriods: []
roles:
  admins: ["teams:${admin.aadObjectId}"]
  leads: ["teams:${kari.aadObjectId}"]
  managers: []
schedules:
  - id: weekly-reflection
    kind: reflection
    cron: "0 9 * * 1"
    skipHolidays: false
    targets: ["teams:channel:${TEAMS_CHANNEL}", "teams:channel:${REMOVED_CHANNEL}", "teams:channel:${DELETED_CHANNEL}"]
`;

let t: TeamsTestApp;

async function say(user: TeamsUser, text: string) {
  const answer = await t.post(messageActivity(t.connector.url, user, text));
  expect(answer.status).toBe(200);
  await t.settle();
  const sent = t.connector.sent(`a:1personal-${user.name}`).at(-1);
  const card = cardsIn(sent?.body)[0];
  expect(cardProblems(card)).toEqual([]);
  return cardText(card);
}

describe('deliveries: what did not reach people, for admins in Teams', () => {
  beforeAll(async () => {
    t = await startTeamsTestApp({ yaml });
    for (const channel of [TEAMS_CHANNEL, REMOVED_CHANNEL, DELETED_CHANNEL]) {
      await t.post(
        conversationUpdateActivity(t.connector.url, { added: true }, channelConversation(channel)),
      );
    }
    for (const user of [admin, kari]) {
      await t.post(installationUpdateActivity(t.connector.url, user, 'add'));
    }
    // The app is not installed for Ola: Teams refuses the 1:1 chat (Forbidden, "UserNotFound").
    t.connector.refuseChat(ola.aadObjectId, 403);
    // The bot was taken out of one channel after it was added there.
    t.connector.failConversation(REMOVED_CHANNEL, 403);
    // Another channel was deleted with its team: the connector no longer knows it (404).
    t.connector.failConversation(DELETED_CHANNEL, 404);

    await t.post(
      cardActionActivity(t.connector.url, kari, 'kp_form_nomination', {
        kpContext: {},
        nomineeKind: 'person',
        nominee: ola.aadObjectId,
        dimension: 'tverrfaglighet',
        reason: REASON,
      }),
    );
    await t.post(messageActivity(t.connector.url, admin, 'post weekly-reflection'));
    await t.settle();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('the consent request failed for good, without retries, and the nominator was told', async () => {
    const failed = await t.app.runtime.store.outbox.list({ status: 'failed' });
    expect(failed.map((d) => [d.payload.type, d.lastError, d.attempts])).toEqual([
      ['consent', 'teams_user_unreachable', 1],
      ['reflection', 'bot_removed', 1],
      ['reflection', 'conversation_not_found', 1],
    ]);
    const roster = t.connector.calls.filter((c) => c.path.endsWith(`/members/${ola.aadObjectId}`));
    expect(roster.length).toBeGreaterThan(0);
    expect(cardText(cardsIn(t.connector.sent('a:1personal-kari').at(-1)?.body)[0])).toMatch(
      /Vi fikk ikke spurt kollegaen du nominerte/,
    );
  });

  it('an admin sees who was not reached and why, by kind and target, never the message text', async () => {
    const text = await say(admin, 'leveringer');
    expect(text).toContain('Leveringer som ikke kom fram');
    expect(text).toContain('Samtykkeforespørsler som ikke nådde den nominerte');
    // Ola's name was never known to the bot: a label, never the Entra id.
    expect(text).toContain('• en person uten kjent navn – appen er ikke installert');
    expect(text).not.toContain(ola.aadObjectId);
    // Who nominated them is not shown: the nomination was never accepted.
    expect(text).not.toContain('kari');
    expect(text).toContain('appen er ikke installert for personen');
    expect(text).toContain('README.md, avsnittet om Microsoft Teams, trinn 4');
    // A channel by what is posted there, never its `19:…` id.
    expect(text).toContain(
      'Refleksjonsspørsmål til kanalen for refleksjonsspørsmål i Teams – boten er fjernet fra kanalen eller samtalen',
    );
    // A 404 is told apart from a 403: the channel is gone, not the bot.
    expect(text).toContain(
      'Refleksjonsspørsmål til kanalen for refleksjonsspørsmål i Teams – samtalen eller kanalen finnes ikke lenger',
    );
    for (const channel of [TEAMS_CHANNEL, REMOVED_CHANNEL, DELETED_CHANNEL])
      expect(text).not.toContain(channel);
    // Never what the messages said: not the nomination's reason, not the question.
    expect(text).not.toContain(REASON);
    const question = t.connector.sent(TEAMS_CHANNEL).at(-1);
    const questionText = cardText(cardsIn(question?.body)[0]).split('\n')[0] ?? '';
    expect(questionText.length).toBeGreaterThan(0);
    expect(text).not.toContain(questionText);
  });

  it('in nynorsk and English too', async () => {
    await say(admin, 'språk nn');
    expect(await say(admin, 'leveransar')).toContain('appen er ikkje installert for personen');
    await say(admin, 'lang en');
    const text = await say(admin, 'deliveries');
    expect(text).toContain('Consent requests that did not reach the nominee');
    expect(text).toContain('the app is not installed for them');
  });

  it('a lead who is not an admin gets the localized "only admins" answer', async () => {
    expect(await say(kari, 'leveranser')).toBe('Dette kan bare administratorer se.');
    expect(await say(kari, 'hjelp')).not.toContain('deliveries');
    expect(await say(admin, 'help')).toContain('• **deliveries** – deliveries that did not arrive');
  });

  it('a post after the platform refused two channels says they did not arrive and why', async () => {
    await say(admin, 'språk nb');
    // A minute later: a new post of the same plan, to the same three channels.
    t.clock.advance(60_000);
    const text = await say(admin, 'publiser weekly-reflection');
    expect(text).not.toContain('på vei (');
    expect(text).toContain('Publisert, men 2 meldinger kom ikke fram:');
    expect(text).toContain(
      '• kanalen for refleksjonsspørsmål i Teams – boten er fjernet fra kanalen eller samtalen',
    );
    expect(text).toContain(
      '• kanalen for refleksjonsspørsmål i Teams – samtalen eller kanalen finnes ikke lenger',
    );
    // Channels are named by what is posted there, never by their ids.
    expect(text).not.toContain('19:');
    expect(text).toContain('Én annen melding er sendt eller på vei.');
    expect(text).toContain('Legg Kulturpuls til i kanalen igjen, og publiser på nytt.');
    expect(text.match(/• kanalen/g)).toHaveLength(2);
  });
});
