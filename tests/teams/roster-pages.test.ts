// The fake Teams connector answers the roster calls like the documented Bot Framework API, so the
// gateway's member count (a pulse's audience) is tested against that shape.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { type FakeTeamsConnector, startFakeTeamsConnector } from '../support/fake-teams-connector.js';
import { teamsUser } from '../support/teams-activities.js';
import { account, DOCUMENTED_PAGE } from '../support/teams-roster.js';

const members = Array.from({ length: 15 }, (_, i) => teamsUser(`person${i}`, i + 2));

let connector: FakeTeamsConnector;
beforeEach(async () => {
  connector = await startFakeTeamsConnector();
});
afterEach(async () => {
  await connector.close();
});

it('the fake connector pages the roster in the documented shape', async () => {
  connector.setRoster('19:documented@thread.tacv2', [...members.map(account)]);
  connector.maxPageSize = 10;
  const page = async (token?: string) => {
    const query = new URLSearchParams({ pageSize: '50', ...(token ? { continuationToken: token } : {}) });
    const res = await fetch(
      `${connector.url}/v3/conversations/${encodeURIComponent('19:documented@thread.tacv2')}/pagedmembers?${query}`,
    );
    return (await res.json()) as typeof DOCUMENTED_PAGE;
  };
  const first = await page();
  expect(Object.keys(first).sort()).toEqual(Object.keys(DOCUMENTED_PAGE).sort());
  expect(Object.keys(first.members[0] ?? {}).sort()).toEqual(
    [...Object.keys(DOCUMENTED_PAGE.members[0] ?? {}), 'aadObjectId'].sort(),
  );
  const last = await page(first.continuationToken);
  expect(first.members).toHaveLength(10);
  expect(last).toEqual({ members: members.slice(10).map(account) });
  // The unpaged `GET …/members` answers an array of the same accounts.
  const all = await fetch(
    `${connector.url}/v3/conversations/${encodeURIComponent('19:documented@thread.tacv2')}/members`,
  );
  expect(await all.json()).toEqual(members.map(account));
});
