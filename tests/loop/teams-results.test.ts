// Teams round trip with the local connector: a pulse closes, its channel card is replaced in place
// (PUT …/activities/{id}, after a 429) without any action, and the results card follows in the channel
// without the statement too few answered. Its response rate counts the channel's roster, paged, when
// the pulse was posted: 10,000 known people change nothing (issue 23, item 1).
import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  cardActionActivity,
  channelConversation,
  conversationUpdateActivity,
  installationUpdateActivity,
  messageActivity,
  personalConversation,
  TEAMS_CHANNEL,
  teamsUser,
} from '../support/teams-activities.js';
import { startTeamsTestApp, type TeamsTestApp, teamsPulseYaml } from '../support/teams-app.js';
import { cardProblems, cardsIn, cardText, executeActions } from '../support/teams-cards.js';
import { account } from '../support/teams-roster.js';

const HOUR = 3_600_000;
const lead = teamsUser('lead', 1);
const people = [teamsUser('kari', 2), teamsUser('ola', 3), teamsUser('nils', 4)];

const yaml = teamsPulseYaml({
  roles: `  admins: ["teams:${lead.aadObjectId}"]`,
  extra: 'results: { shareDelayHours: 12 }',
});

let t: TeamsTestApp;
beforeEach(async () => {
  t = await startTeamsTestApp({ yaml });
  await t.post(conversationUpdateActivity(t.connector.url, { added: true }));
  for (const user of [lead, ...people])
    await t.post(installationUpdateActivity(t.connector.url, user, 'add'));
});
afterEach(async () => {
  await t.close();
});

function lastCard(calls: { body: unknown }[]) {
  const card = cardsIn(calls.at(-1)?.body)[0];
  if (!card) throw new Error('no card');
  return card;
}

it('a closed pulse card is updated in place and the results card follows in the channel', async () => {
  // The channel's roster as the connector lists it: the lead, the three voters and one more person.
  t.connector.setRoster(TEAMS_CHANNEL, [lead, ...people, teamsUser('siri', 5)].map(account));
  await t.post(messageActivity(t.connector.url, lead, 'post weekly-pulse'));
  await t.settle();
  expect(t.connector.sent(TEAMS_CHANNEL)).toHaveLength(1);
  const pulseCard = lastCard(t.connector.sent(TEAMS_CHANNEL));
  const actions = executeActions(pulseCard).filter((a) => a.verb === 'kp_pulse_vote');
  const questions = [...new Set(actions.map((a) => String(a.data.questionId)))];
  expect(questions).toHaveLength(3);
  // Statement 0: 2 of 3 agree (67 %); statement 1: two answers only (withheld); statement 2: 1 of 3 (33 %).
  const plan: [number, number, number][] = [
    [0, 0, 5],
    [1, 0, 4],
    [2, 0, 1],
    [0, 1, 5],
    [1, 1, 5],
    [0, 2, 1],
    [1, 2, 2],
    [2, 2, 4],
  ];
  for (const [person, q, value] of plan) {
    const action = actions.find((a) => a.data.questionId === questions[q] && a.data.value === value);
    if (!action) throw new Error(`no action for ${q}/${value}`);
    const user = people[person];
    if (!user) throw new Error('no user');
    const answer = await t.post(
      cardActionActivity(t.connector.url, user, action.verb, action.data, channelConversation()),
    );
    expect(answer.status).toBe(200);
  }

  t.connector.throttle(1, 1);
  t.clock.advance(49 * HOUR);
  expect((await t.app.scheduler.tick(t.clock.now())).closedPulses).toBe(1);
  await t.settle();
  t.clock.advance(2_000);
  await t.settle();
  const updates = t.connector.updated(TEAMS_CHANNEL);
  expect(updates).toHaveLength(1);
  // The first PUT was answered 429 and made again after Retry-After.
  expect(t.connector.calls.filter((c) => c.method === 'PUT')).toHaveLength(2);
  // The stored message reference is sealed: read back through the store.
  const ref = String(
    (await t.app.runtime.store.outbox.list()).find(
      (d) => d.payload.type === 'pulse' && d.target.kind === 'channel',
    )?.messageRef,
  );
  const activityId = ref.split('|')[1];
  expect(activityId).toBeTruthy();
  expect(updates[0]?.path).toBe(`/v3/conversations/${TEAMS_CHANNEL}/activities/${activityId}`);
  const closedCard = lastCard(updates);
  expect(cardProblems(closedCard)).toEqual([]);
  expect(executeActions(closedCard)).toEqual([]);
  expect(JSON.stringify(closedCard)).not.toContain('Action.');
  expect(closedCard.refresh).toBeUndefined();
  expect(cardText(closedCard)).toContain('Denne pulsmålingen er avsluttet');
  expect(cardText(closedCard)).toContain('Resultatene deles her i kanalen senest');
  expect(t.connector.sent(TEAMS_CHANNEL)).toHaveLength(1);

  t.clock.advance(12 * HOUR);
  expect((await t.app.scheduler.tick(t.clock.now())).resultsShared).toBe(1);
  await t.settle();
  expect(t.connector.sent(TEAMS_CHANNEL)).toHaveLength(2);
  const resultsCard = lastCard(t.connector.sent(TEAMS_CHANNEL));
  expect(cardProblems(resultsCard)).toEqual([]);
  const text = cardText(resultsCard);
  const bank = t.app.runtime.core.bank;
  const statement = (q: number) => bank.get(questions[q] as string)?.text.nb ?? '?';
  expect(text).toContain('Takk! 60 % svarte (3 av 5).');
  expect(text).toContain(`«${statement(0)}»: 67 % enig`);
  expect(text).toContain(`«${statement(2)}»: 33 % enig`);
  expect(text).not.toContain(statement(1));
  expect(text).not.toContain('100 %');
  expect(t.connector.updated(TEAMS_CHANNEL)).toHaveLength(2);
  expect(cardText(lastCard(t.connector.updated(TEAMS_CHANNEL)))).toContain(
    'Resultatene er delt her i kanalen',
  );
});

it('a pulse to a channel of 15 while 10,000 people are known says "x av 15" in the card and in resultat', async () => {
  const { store } = t.app.runtime;
  const now = t.clock.now().toISOString();
  await store.transaction(async (tx) => {
    for (let i = 0; i < 10_000; i++) {
      const key = `teams:00000000-0000-4000-9000-${String(i).padStart(12, '0')}`;
      await tx.people.upsert({ key, displayName: `Kjent ${i}` }, now);
    }
  });
  const members = [...people, ...Array.from({ length: 12 }, (_, i) => teamsUser(`member${i}`, i + 10))];
  t.connector.setRoster(TEAMS_CHANNEL, members.map(account));
  t.connector.maxPageSize = 4; // four pages: the continuation token is followed to the end

  await t.post(messageActivity(t.connector.url, lead, 'post weekly-pulse'));
  await t.settle();
  const paged = t.connector.calls.filter((c) => c.path.endsWith('/pagedmembers'));
  expect(paged).toHaveLength(4);
  expect(paged.every((c) => c.conversationId === TEAMS_CHANNEL)).toBe(true);
  // People added to the team later were not asked.
  t.connector.setRoster(TEAMS_CHANNEL, [...members, teamsUser('late', 99)].map(account));

  const vote = executeActions(lastCard(t.connector.sent(TEAMS_CHANNEL))).find(
    (a) => a.verb === 'kp_pulse_vote' && a.data.value === 4,
  );
  if (!vote) throw new Error('no vote action');
  for (const user of members.slice(0, 11)) {
    const answer = await t.post(
      cardActionActivity(t.connector.url, user, vote.verb, vote.data, channelConversation()),
    );
    expect(answer.status).toBe(200);
  }

  t.clock.advance(49 * HOUR);
  expect((await t.app.scheduler.tick(t.clock.now())).closedPulses).toBe(1);
  await t.settle();
  t.clock.advance(12 * HOUR);
  expect((await t.app.scheduler.tick(t.clock.now())).resultsShared).toBe(1);
  await t.settle();
  expect(cardText(lastCard(t.connector.sent(TEAMS_CHANNEL)))).toContain('Takk! 73 % svarte (11 av 15).');

  const pulse = (await store.pulses.pulsesIn({ from: '0000', to: '9999' }))[0];
  await t.post(messageActivity(t.connector.url, lead, `resultat ${pulse?.id}`));
  await t.settle();
  const reply = JSON.stringify(t.connector.sent(personalConversation(lead).id).at(-1)?.body);
  expect(reply).toContain('73 % svarte (11 av 15)');
});
