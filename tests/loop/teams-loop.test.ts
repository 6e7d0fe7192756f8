// Teams round trip with the local connector: Kaffe på tvers joined in the personal chat, the pair's
// cards, and "did you meet?" answered on the card, which is replaced by the answer.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ACTIONS } from '../../src/core/message.js';
import { appRows } from '../support/app-database.js';
import {
  cardActionActivity,
  installationUpdateActivity,
  messageActivity,
  personalConversation,
  teamsUser,
} from '../support/teams-activities.js';
import { startTeamsTestApp, type TeamsTestApp } from '../support/teams-app.js';
import { cardProblems, cardsIn, cardText, executeActions } from '../support/teams-cards.js';

const DAY = 86_400_000;
const kari = teamsUser('kari', 2);
const ola = teamsUser('ola', 3);

let t: TeamsTestApp;
beforeEach(async () => {
  t = await startTeamsTestApp({ yaml: 'defaultLocale: nb\nquietPeriods: []\n' });
  for (const user of [kari, ola]) await t.post(installationUpdateActivity(t.connector.url, user, 'add'));
});
afterEach(async () => {
  await t.close();
});

const cards = (user: typeof kari) =>
  t.connector.sent(personalConversation(user).id).flatMap((call) => cardsIn(call.body));

it('Kaffe på tvers: the pair card, then "did you meet?" answered on the card', async () => {
  for (const user of [kari, ola]) await t.post(messageActivity(t.connector.url, user, 'kaffe join'));
  expect((await t.app.scheduler.tick(t.clock.now())).kaffePairs).toBe(1);
  await t.settle();
  const pairCard = cards(kari).find((c) => cardText(c).includes('Denne runden er du satt sammen med'));
  if (!pairCard) throw new Error('no pair card');
  expect(cardProblems(pairCard)).toEqual([]);
  expect(cardText(pairCard)).toContain('Noe å snakke om:');
  expect(cardText(pairCard)).toContain('ola');

  t.clock.advance(7 * DAY);
  await t.app.scheduler.tick(t.clock.now());
  await t.settle();
  const asked = cards(ola).find((c) => cardText(c).includes('Har du og'));
  if (!asked) throw new Error('not asked');
  const met = executeActions(asked).find((a) => a.verb === ACTIONS.kaffeMet);
  if (!met) throw new Error('no yes button');
  const answer = await t.post(cardActionActivity(t.connector.url, ola, met.verb, met.data));
  expect(answer.status).toBe(200);
  expect(JSON.stringify(answer.body)).toContain('Takk! Svaret er lagret.');
  const [row] = await appRows<{ a: number | boolean | null; b: number | boolean | null }>(
    t.app.runtime,
    'SELECT a_met AS a, b_met AS b FROM kaffe_pairs',
  );
  // SQLite stores the answer as 1, PostgreSQL as true.
  const asNumber = (v: number | boolean | null | undefined) => (v == null ? null : Number(v));
  expect([asNumber(row?.a), asNumber(row?.b)].sort()).toEqual([1, null].sort());
});
