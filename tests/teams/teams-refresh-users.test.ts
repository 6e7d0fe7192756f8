// Issue 23.10: in a channel, each person's own view of a pulse is there before they click. Microsoft
// ("Work with Universal Actions for Adaptive Cards", refresh): "userIds: []" refreshes for nobody (a
// manual "Refresh card"), and at most 60 user MRIs are listed. The pulse card names its channel's
// people, from the roster, up to 60; one roster read serves the card and the response rate.
import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  conversationUpdateActivity,
  messageActivity,
  TEAMS_CHANNEL,
  teamsUser,
} from '../support/teams-activities.js';
import { startTeamsTestApp, type TeamsTestApp, teamsPulseYaml } from '../support/teams-app.js';
import { cardsIn } from '../support/teams-cards.js';
import { account } from '../support/teams-roster.js';

/** Microsoft's limit on `refresh.userIds`, as documented. */
const DOCUMENTED_REFRESH_USERS = 60;

const lead = teamsUser('lead', 1);
const yaml = teamsPulseYaml({ roles: `  admins: ["teams:${lead.aadObjectId}"]` });

let t: TeamsTestApp;
beforeEach(async () => {
  t = await startTeamsTestApp({ yaml });
  await t.post(conversationUpdateActivity(t.connector.url, { added: true }));
});
afterEach(async () => {
  await t.close();
});

async function postedRefresh(): Promise<{ userIds?: string[] } | undefined> {
  await t.post(messageActivity(t.connector.url, lead, 'post weekly-pulse'));
  await t.settle();
  const card = cardsIn(t.connector.sent(TEAMS_CHANNEL).at(-1)?.body)[0];
  return card?.refresh as { userIds?: string[] } | undefined;
}

it("a channel's pulse card refreshes by itself for each person in the channel", async () => {
  const members = [lead, ...Array.from({ length: 6 }, (_, i) => teamsUser(`person${i}`, i + 10))];
  t.connector.setRoster(TEAMS_CHANNEL, [...members.map(account), { id: '28:another-bot', name: 'Bot' }]);
  const refresh = await postedRefresh();
  expect(refresh?.userIds?.slice().sort()).toEqual(members.map((m) => m.id).sort());
  // The same read counted the audience: one roster read for the post.
  expect(t.connector.calls.filter((c) => c.path.endsWith('/pagedmembers'))).toHaveLength(1);
});

it('a channel of more than 60 names the first 60, never an empty list', async () => {
  const members = Array.from({ length: 75 }, (_, i) => teamsUser(`person${i}`, i + 10));
  t.connector.setRoster(TEAMS_CHANNEL, members.map(account));
  const refresh = await postedRefresh();
  expect(refresh?.userIds).toHaveLength(DOCUMENTED_REFRESH_USERS);
  expect(refresh?.userIds?.every((id) => id.startsWith('29:'))).toBe(true);
});
