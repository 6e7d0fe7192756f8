// What the planted Teams people do, as real Bot Framework activities with a signed service token:
// installs, messages in their personal chat, and Action.Execute invokes from cards.
import { expect } from 'vitest';
import { ACTIONS, FORMS } from '../../src/core/message.js';
import {
  cardActionActivity,
  channelConversation,
  conversationUpdateActivity,
  installationUpdateActivity,
  messageActivity,
  TEAMS_TENANT,
} from '../support/teams-activities.js';
import { postJson } from '../support/teams-app.js';
import { cardsIn, executeActions } from '../support/teams-cards.js';
import { type PlantedApp, TEAMS_PULSE_CHANNEL } from './planted-app.js';
import type { TeamsPerson } from './planted-people.js';

const personal = (person: TeamsPerson) => ({
  id: person.personalChat,
  conversationType: 'personal',
  tenantId: TEAMS_TENANT,
});
const channel = () => channelConversation(TEAMS_PULSE_CHANNEL);

async function post(t: PlantedApp, activity: object): Promise<unknown> {
  const res = await postJson(`http://127.0.0.1:${t.app.port}/api/messages`, activity, t.teamsAuth());
  expect(res.status, res.text).toBe(200);
  return res.text ? JSON.parse(res.text) : null;
}

/** Delivers what is due (DMs, channel posts) through the connector. */
export async function settle(t: PlantedApp) {
  for (let round = 0; round < 100; round++) {
    await t.app.drain();
    if ((await t.app.runtime.store.outbox.counts()).sending === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The bot is added to the pulse channel. */
export const teamsAddedToChannel = (t: PlantedApp) =>
  post(t, conversationUpdateActivity(t.teams.url, { added: true }, channel()));

/** A person installs the app (their personal chat), their roster entry with or without e-mail. */
export async function teamsInstall(t: PlantedApp, person: TeamsPerson) {
  t.teams.addMember({
    id: person.id,
    aadObjectId: person.aadObjectId,
    name: person.name,
    ...(person.email ? { email: person.email, userPrincipalName: person.email } : {}),
  });
  await post(t, installationUpdateActivity(t.teams.url, person, 'add', personal(person)));
}

/** A message in the person's personal chat with the bot. */
export const teamsSay = (t: PlantedApp, person: TeamsPerson, text: string) =>
  post(t, messageActivity(t.teams.url, person, text, personal(person)));

export function cardAction(payload: unknown, verb: string) {
  const found = cardsIn(payload)
    .flatMap((card) => executeActions(card))
    .find((a) => a.verb === verb);
  if (!found) throw new Error(`no ${verb} in ${JSON.stringify(payload).slice(0, 300)}`);
  return found;
}

/** An Action.Execute, in the channel or in the person's personal chat. */
export const teamsInvoke = (
  t: PlantedApp,
  person: TeamsPerson,
  verb: string,
  data: Record<string, unknown>,
  where: 'channel' | 'personal' = 'personal',
) =>
  post(
    t,
    cardActionActivity(t.teams.url, person, verb, data, where === 'channel' ? channel() : personal(person)),
  );

/** One click on a statement's scale in the channel card; the answer is the person's refreshed card. */
export function teamsVote(t: PlantedApp, person: TeamsPerson, q: string, value: number) {
  const card = t.teams
    .sent(TEAMS_PULSE_CHANNEL)
    .findLast((c) => JSON.stringify(c.body).includes(ACTIONS.pulseVote));
  const vote = executeActions(cardsIn(card?.body)[0]).find(
    (a) => a.verb === ACTIONS.pulseVote && a.data.questionId === q && a.data.value === value,
  );
  if (!vote) throw new Error(`no vote action for ${q} ${value}`);
  return teamsInvoke(t, person, vote.verb, vote.data, 'channel');
}

/** "Kommenter anonymt" from the card a vote answered with, then the form submitted. */
export async function teamsComment(t: PlantedApp, person: TeamsPerson, voted: unknown, comment: string) {
  const open = cardAction(voted, ACTIONS.openComment);
  const form = await teamsInvoke(t, person, open.verb, open.data, 'channel');
  const submit = cardAction(form, FORMS.comment);
  await teamsInvoke(t, person, submit.verb, { ...submit.data, comment }, 'channel');
}

export async function teamsNominate(t: PlantedApp, from: TeamsPerson, nominee: TeamsPerson, reason: string) {
  await teamsSay(t, from, 'nominate');
  await teamsInvoke(t, from, FORMS.nomination, {
    kpContext: {},
    nomineeKind: 'person',
    nominee: nominee.aadObjectId,
    dimension: 'tverrfaglighet',
    reason,
  });
}

/** A click on a button of the last card in the person's personal chat that has it. */
export async function teamsAnswerDm(t: PlantedApp, person: TeamsPerson, verb: string) {
  const sent = t.teams
    .sent(person.personalChat)
    .findLast((c) => JSON.stringify(c.body).includes(`"${verb}"`));
  if (!sent) throw new Error(`no card with ${verb} to ${person.name}`);
  const action = cardAction(sent.body, verb);
  await teamsInvoke(t, person, action.verb, action.data);
}
