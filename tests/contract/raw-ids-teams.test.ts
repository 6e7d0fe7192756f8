// Issue 23.6 on Teams: the main journeys through real Bot Framework activities and the local
// connector, with Entra GUIDs and `19:`/`29:`/`a:` ids as Teams hands them out, and every text people
// were shown (replies, invoke answers, proactive cards, updates) scanned for raw ids. A nominee picked
// by id whom the app cannot reach, a channel the bot was taken out of and a person Teams gives no name
// are part of it: that is where ids leaked.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ACTIONS, FORMS } from '../../src/core/message.js';
import { rawIdsIn } from '../support/raw-ids.js';
import {
  cardActionActivity,
  channelConversation,
  conversationUpdateActivity,
  installationUpdateActivity,
  messageActivity,
  personalConversation,
  TEAMS_CHANNEL,
  type TeamsUser,
  teamsUser,
} from '../support/teams-activities.js';
import { startTeamsTestApp, type TeamsTestApp } from '../support/teams-app.js';
import { cardProblems, cardsIn, executeActions } from '../support/teams-cards.js';
import { teamsVisibleTexts } from '../support/visible-texts.js';
import * as journey from './raw-ids-journey.js';

const REMOVED = '19:closed-project@thread.tacv2';
const lead = { ...teamsUser('lead', 1), name: 'Lise Leder' };
const manager = { ...teamsUser('manager', 2), name: 'Mona Manager' };
const kari = { ...teamsUser('kari', 3), name: 'Kari Nordmann' };
const ola = { ...teamsUser('ola', 4), name: 'Ola Hansen' };
const voters = [kari, ola, ...['nils', 'siri', 'per'].map((name, i) => teamsUser(name, 5 + i))];
/** Picked in the people picker by her Entra id; never met, and the app is not installed for her. */
const nora = teamsUser('nora', 9);
/** Teams sends no name for this person. */
const nameless: TeamsUser = { ...teamsUser('nameless', 14), name: '' };

const yaml = `
defaultLocale: nb
privacy: { minGroupSize: 3, minCommentGroupSize: 5 }
quietPeriods: []
roles:
  admins: ["teams:${lead.aadObjectId}"]
  leads: ["teams:${lead.aadObjectId}"]
  managers: ["teams:${manager.aadObjectId}"]
schedules:
  - id: weekly-reflection
    kind: reflection
    cron: "0 9 * * 1"
    skipHolidays: false
    targets: ["teams:channel:${TEAMS_CHANNEL}", "teams:channel:${REMOVED}"]
  - id: fortnightly-pulse
    kind: pulse
    cron: "0 9 * * 3"
    skipHolidays: false
    statements: 3
    openHours: 48
    targets: ["teams:channel:${TEAMS_CHANNEL}"]
  - id: monthly-learning
    kind: learning
    cron: "0 13 * * 1-5"
    skipHolidays: false
    targets: ["teams:channel:${TEAMS_CHANNEL}"]
`;

let t: TeamsTestApp;
/** Texts people saw in the answers to their activities (the connector's records are read at the end). */
const answered: string[] = [];
/** The answers themselves, for their cards. */
const answers: unknown[] = [];

async function post(activity: object) {
  const answer = await t.post(activity);
  expect(answer.status).toBeLessThan(300);
  answered.push(...teamsVisibleTexts(answer.body));
  answers.push(answer.body);
  await t.settle();
  return answer.body;
}

const say = (user: TeamsUser, text: string) => post(messageActivity(t.connector.url, user, text));

/** Clicks the first action with this verb in a card (or an invoke answer's card). */
function click(
  user: TeamsUser,
  payload: unknown,
  verb: string,
  extra: Record<string, unknown> = {},
  inChannel = false,
) {
  const found = cardsIn(payload)
    .flatMap((card) => executeActions(card))
    .find((a) => a.verb === verb);
  if (!found) throw new Error(`no ${verb} in ${JSON.stringify(payload).slice(0, 300)}`);
  const conversation = inChannel ? channelConversation() : undefined;
  return post(
    cardActionActivity(t.connector.url, user, found.verb, { ...found.data, ...extra }, conversation),
  );
}

/** The newest card sent to a conversation that has an action with this verb. */
function sentWith(conversationId: string, verb: string) {
  const found = t.connector
    .sent(conversationId)
    .map((c) => c.body)
    .filter((body) => cardsIn(body).some((card) => executeActions(card).some((a) => a.verb === verb)))
    .at(-1);
  if (!found) throw new Error(`nothing with ${verb} sent to ${conversationId}`);
  return found;
}

const chatOf = (user: TeamsUser) => personalConversation(user).id;

/** The text of the last message sent to a person's chat. */
const lastTo = (user: TeamsUser) => teamsVisibleTexts(t.connector.sent(chatOf(user)).at(-1)?.body).join('\n');

async function tick(ms: number) {
  t.clock.advance(ms);
  await t.app.scheduler.tick(t.clock.now());
  await t.settle();
}

beforeAll(async () => {
  t = await startTeamsTestApp({ yaml });
  for (const channel of [TEAMS_CHANNEL, REMOVED])
    await post(conversationUpdateActivity(t.connector.url, { added: true }, channelConversation(channel)));
  for (const user of [lead, manager, ...voters, nameless])
    await post(installationUpdateActivity(t.connector.url, user, 'add'));
  t.connector.refuseChat(nora.aadObjectId, 403);
  t.connector.failConversation(REMOVED, 403);

  for (const words of journey.LEAD_POSTS) await say(lead, words);

  // Five people vote on every statement and comment on the first, each from their own card.
  const pulseCard = sentWith(TEAMS_CHANNEL, ACTIONS.pulseVote);
  const votes = cardsIn(pulseCard)
    .flatMap((card) => executeActions(card))
    .filter((a) => a.verb === ACTIONS.pulseVote && a.data.value === 4);
  for (const [i, voter] of voters.entries()) {
    let own: unknown;
    for (const vote of votes)
      own = await post(
        cardActionActivity(t.connector.url, voter, vote.verb, vote.data, channelConversation()),
      );
    const form = await click(voter, own, ACTIONS.openComment, {}, true);
    await click(voter, form, FORMS.comment, { comment: journey.commentText(i) }, true);
  }
  await say(kari, 'puls');
  await say(lead, 'resultater');

  // Kari nominates Nora, who cannot be asked, and Ola, who says yes; a manager recognises Ola.
  await say(kari, 'nominate');
  for (const nominee of [nora, ola])
    await post(
      cardActionActivity(t.connector.url, kari, FORMS.nomination, {
        kpContext: {},
        nomineeKind: 'person',
        nominee: nominee.aadObjectId,
        ...journey.NOMINATION,
      }),
    );
  await click(ola, sentWith(chatOf(ola), ACTIONS.consentAccept), ACTIONS.consentAccept);
  await say(manager, 'anerkjenn');
  await click(manager, t.connector.sent(chatOf(manager)).at(-1)?.body, ACTIONS.recognise);
  await say(kari, 'historie Digital innsjekk');
  await say(lead, 'leveringer');

  // The pulse closes; the lead reads the results and comments, adds the sentence and answers one.
  await tick(49 * journey.HOUR);
  for (const words of journey.AFTER_CLOSE) await say(lead, words);
  await say(lead, journey.replyToFirst(lastTo(lead)));

  // Kaffe på tvers between two sectors, and the check-back of a next step a month later.
  for (const [who, words] of journey.KAFFE) await say(who === 'first' ? kari : ola, words);
  await say(lead, 'publiser monthly-learning');
  const form = await click(
    kari,
    sentWith(TEAMS_CHANNEL, ACTIONS.openLearning),
    ACTIONS.openLearning,
    {},
    true,
  );
  await click(kari, form, FORMS.learning, { ...journey.LEARNING, ownIt: 'true', shareName: 'true' }, true);
  await tick(14 * journey.DAY);
  await tick(7 * journey.DAY);
  await click(kari, sentWith(chatOf(kari), ACTIONS.kaffeMet), ACTIONS.kaffeMet);
  await tick(10 * journey.DAY);
  await click(kari, sentWith(chatOf(kari), ACTIONS.checkBackNotYet), ACTIONS.checkBackNotYet);
  await tick(40 * journey.DAY);
  for (const words of journey.LEAD_LATE) await say(lead, words);

  // A person without a name in Teams reads and erases their data, then comes back; in English too.
  await say(nameless, 'minedata');
  await say(nameless, 'minedata slett');
  await say(nameless, `minedata slett ${/minedata slett (\w+)/.exec(lastTo(nameless))?.[1]}`);
  await say(nameless, 'minedata');
  for (const [who, words] of journey.OTHER_LANGUAGES) await say(who === 'lead' ? lead : ola, words);
}, 120_000);

afterAll(async () => {
  await t?.close();
});

it('the journey reached the places where ids used to show', () => {
  const all = shown().join('\n');
  expect(all).toContain('Vi fikk ikke spurt kollegaen du nominerte om nominasjonen din');
  expect(all).toContain('en person uten kjent navn – appen er ikke installert for personen');
  expect(all).toContain('Refleksjonsspørsmål til kanalen for refleksjonsspørsmål i Teams');
  expect(all).toMatch(/Publisert: pulsmålingen, \w+ \d+\. \w+ kl\. \d\d:\d\d\. 1 melding er på vei\./);
  expect(all).toMatch(/Pulsmålingen fra \w+ \d+\. \w+\./);
  expect(all).toContain('Kaffe på tvers');
  expect(all).toMatch(/Navn\W+ikke lagret/);
  expect(all).toContain('Ferdig: alt Kulturpuls hadde lagret om deg er slettet.');
});

it('no text on Teams shows a raw id, key, timestamp or schedule id', () => {
  expect(rawIdsIn(shown(), journey.SCHEDULES)).toEqual([]);
});

it('every card shown on Teams validates at the version it declares, with the official renderer', () => {
  const activities = t.connector.calls.filter((c) => c.path.includes('/activities'));
  const cards = [...answers, ...activities.map((c) => c.body)].flatMap(cardsIn);
  // The journey's cards include the nomination form, the one that needs more than 1.5.
  expect(new Set(cards.map((card) => card.version))).toEqual(new Set(['1.5', '1.6']));
  const problems = cards.flatMap((card) =>
    cardProblems(card).map((problem) => `${String(card.fallbackText ?? '').slice(0, 40)}: ${problem}`),
  );
  expect(problems).toEqual([]);
});

function shown(): string[] {
  const activities = t.connector.calls.filter((c) => c.path.includes('/activities'));
  return [...answered, ...activities.flatMap((c) => teamsVisibleTexts(c.body))];
}
