// Issue 23.10 on Teams, where most people are: the personal chat opens with its home card (the
// welcome and the help's buttons) without typing, once per person; and a command's answer, which
// replaces the card clicked, carries a way back to the help's choices.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/core/message.js';
import {
  cardActionActivity,
  channelConversation,
  conversationUpdateActivity,
  installationUpdateActivity,
  messageActivity,
  personalChatOpenedActivity,
  personalConversation,
  type TeamsUser,
  teamsUser,
} from '../support/teams-activities.js';
import { startTeamsTestApp, type TeamsTestApp } from '../support/teams-app.js';
import { cardProblems, cardsIn, cardText, executeActions } from '../support/teams-cards.js';

const lead = teamsUser('Kari Nordmann', 1);
const aisha = teamsUser('Aisha Khan', 2);
const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

const yaml = `
organisation: Testkommune
defaultLocale: nb
privacy: { minGroupSize: 3 }
quietPeriods: []
roles:
  leads: ["teams:${lead.aadObjectId}"]
  admins: []
schedules:
  - id: reflection
    kind: reflection
    cron: "0 9 * * 1"
    skipHolidays: false
    targets: ["teams:channel:19:general-channel@thread.tacv2"]
`;

let t: TeamsTestApp;
beforeEach(async () => {
  t = await startTeamsTestApp({ yaml });
  // As Entra ID gives them: Aisha's account has no e-mail (a guest, a shared mailbox).
  t.connector.addMember({ id: aisha.id, aadObjectId: aisha.aadObjectId, name: aisha.name });
  t.connector.addMember({ id: lead.id, aadObjectId: lead.aadObjectId, name: lead.name });
});
afterEach(async () => {
  await t.close();
});

const personalChat = (user: TeamsUser) => personalConversation(user).id;

/** Every card sent to the person's personal chat, each valid for the official renderer. */
function cardsTo(user: TeamsUser) {
  const cards = t.connector.sent(personalChat(user)).flatMap((call) => cardsIn(call.body));
  for (const card of cards) expect(cardProblems(card)).toEqual([]);
  return cards;
}

const commandWords = (card: unknown) =>
  executeActions(card)
    .filter((a) => a.verb === ACTIONS.command)
    .map((a) => String(a.data.value));

async function post(activity: object) {
  expect((await t.post(activity)).status).toBe(200);
}

async function click(user: TeamsUser, card: unknown, words: string) {
  const action = executeActions(card).find((a) => a.verb === ACTIONS.command && a.data.value === words);
  if (!action) throw new Error(`no button for "${words}" in ${cardText(card)}`);
  const answer = await t.post(cardActionActivity(t.connector.url, user, action.verb, action.data));
  expect(answer.status).toBe(200);
  const card_ = cardsIn(answer.body)[0];
  expect(cardProblems(card_)).toEqual([]);
  return { card: card_, action: executeActions(card_) };
}

async function typed(user: TeamsUser, text: string) {
  const before = t.connector.sent(personalChat(user)).length;
  await post(messageActivity(t.connector.url, user, text));
  return cardsIn(t.connector.sent(personalChat(user))[before]?.body)[0];
}

describe('the personal chat opens with its home card', () => {
  it('installed for a person without an e-mail: the welcome and the help’s buttons, once, unasked', async () => {
    // Teams sends both for one install; a reinstall sends them again.
    await post(installationUpdateActivity(t.connector.url, aisha, 'add'));
    await post(personalChatOpenedActivity(t.connector.url, aisha));
    await t.settle();
    await post(installationUpdateActivity(t.connector.url, aisha, 'add'));
    await post(personalChatOpenedActivity(t.connector.url, aisha));
    await t.settle();

    const cards = cardsTo(aisha);
    expect(cards).toHaveLength(1);
    const text = cardText(cards[0]);
    expect(text).toMatch(/^Velkommen til Kulturpuls/);
    expect(text).toContain('innovasjonskulturen i Testkommune');
    expect(text).toContain('grupper på minst 3 personer');
    expect(text).toContain('Eller trykk:');
    // As Teams shows the typed shortcut: the word alone, no slash command.
    expect(text).toContain('Skriv **hjelp** når du vil se dem igjen.');
    expect(text).not.toContain('/kulturpuls');
    expect(text).not.toMatch(GUID);
    const words = commandWords(cards[0]);
    expect(words).toEqual(expect.arrayContaining(['pulse', 'lang', 'sector', 'pause', 'kaffe', 'mydata']));
    // An employee's buttons: none of a lead's.
    expect(words).not.toContain('post');
    expect(executeActions(cards[0]).map((a) => a.verb)).toEqual(
      expect.arrayContaining([ACTIONS.openStory, ACTIONS.openNomination]),
    );

    // The welcome's buttons work: "Mine data" says no e-mail is stored.
    const mydata = await click(aisha, cards[0], 'mydata');
    expect(cardText(mydata.card)).toContain('Dette lagrer Kulturpuls om deg');
    expect(cardText(mydata.card)).toMatch(/E-post\s+ikke lagret/);
  });

  it('the bot added to a lead’s personal chat alone is enough; the welcome carries a lead’s buttons', async () => {
    await post(personalChatOpenedActivity(t.connector.url, lead));
    await t.settle();
    const cards = cardsTo(lead);
    expect(cards).toHaveLength(1);
    expect(commandWords(cards[0])).toEqual(
      expect.arrayContaining(['post', 'digest', 'results', 'nextsteps', 'comments']),
    );
  });

  it.each([
    ['nb-NO', 'Velkommen til Kulturpuls', 'Eller trykk:'],
    ['nn-NO', 'Velkomen til Kulturpuls', 'Eller trykk:'],
    ['en-US', 'Welcome to Kulturpuls', 'Or click:'],
  ])('in the language of a person’s Teams (%s)', async (locale, welcome, heading) => {
    await post({ ...installationUpdateActivity(t.connector.url, aisha, 'add'), locale });
    await t.settle();
    const text = cardText(cardsTo(aisha)[0]);
    expect(text.startsWith(welcome)).toBe(true);
    expect(text).toContain(heading);
  });

  it('installed in a team or its channel, or upgraded: no one gets a welcome', async () => {
    await post(conversationUpdateActivity(t.connector.url, { added: true }, channelConversation()));
    await post(installationUpdateActivity(t.connector.url, aisha, 'add', channelConversation()));
    await post({ ...installationUpdateActivity(t.connector.url, lead, 'add'), action: 'add-upgrade' });
    await t.settle();
    expect(t.connector.sent()).toEqual([]);
  });
});

describe("a command's answer on Teams has a way back to the help's choices", () => {
  it.each([
    ['nb', 'Tilbake til valgene'],
    ['nn', 'Tilbake til vala'],
    ['en', 'Back to the menu'],
  ])('%s: the answer keeps its text, the button brings the help back', async (locale, label) => {
    await typed(aisha, `lang ${locale}`);
    const help = await typed(aisha, 'hjelp');
    const clicked = await click(aisha, help, 'mydata');
    const back = clicked.action.at(-1);
    expect(back).toMatchObject({ verb: ACTIONS.command, title: label, data: { value: 'help' } });
    // The answer's own text is what typing the command gives, the way back only added under it.
    const typedAnswer = await typed(aisha, 'minedata');
    expect(cardText(clicked.card)).toBe(`${cardText(typedAnswer)}\n${label}\nhelp`);
    // Back: the help as typed, which needs no way back to itself.
    const again = await click(aisha, clicked.card, 'help');
    expect(cardText(again.card)).toBe(cardText(help));
    expect(again.action.some((a) => a.title === label)).toBe(false);
  });
});
