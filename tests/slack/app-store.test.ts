import { existsSync } from 'node:fs';
import { expect, it } from 'vitest';
import { onPostgres, pgQuery, TEST_DIALECT, testPgUrl } from '../support/database.js';
import { startSlackTestApp } from '../support/slack-app.js';
import { startTeamsTestApp } from '../support/teams-app.js';

it('the Slack and Teams app harnesses run on the store the test run selects and remove its database after', async () => {
  const slack = await startSlackTestApp();
  const teams = await startTeamsTestApp({ yaml: 'organisation: Testkommune\nquietPeriods: []\n' });
  const apps = [slack.app, teams.app];
  expect(apps.map((app) => app.runtime.database.dialect)).toEqual([TEST_DIALECT, TEST_DIALECT]);
  const locations = apps.map((app) => app.runtime.config.env.dbPath);
  expect(new Set(locations).size).toBe(2);
  expect(await slack.count('deliveries')).toBe(0);
  expect(await slack.rows('SELECT COUNT(*) AS n FROM deliveries WHERE status = ?', 'sent')).toEqual([
    { n: 0 },
  ]);

  await slack.close();
  await teams.close();
  if (!onPostgres) {
    expect(locations.filter((file) => existsSync(file))).toEqual([]);
    return;
  }
  const names = locations.map((url) => new URL(url).pathname.slice(1));
  const left = await pgQuery(testPgUrl(), 'SELECT datname FROM pg_database WHERE datname = ANY(?)', [names]);
  expect(left).toEqual([]);
});
