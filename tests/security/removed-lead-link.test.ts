// Issue 21: the link a lead got in answer to `digest` was signed as a channel link for its month, so it
// kept opening for 45 days after the lead was removed from `roles.leads`. A DM's link is the person's own.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../src/app.js';
import { formatProblems, loadConfig } from '../../src/config.js';
import { t } from '../../src/core/i18n/translate.js';
import { createSlackPlugin } from '../../src/slack/slack-plugin.js';
import { createAppDatabase } from '../support/app-database.js';
import { type FakeSlackApi, startFakeSlackApi } from '../support/fake-slack-api.js';
import { APP_TOKEN, BOT_TOKEN, SLACK_TEST_CONFIG } from '../support/slack-app.js';
import { SIGNING_SECRET, sendCommand } from '../support/slack-requests.js';

const LEAD_EMAIL = 'leder@kommune.example';
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** One database and secret, started with whatever config the file holds at the time: a restart. */
async function restartableApp(fake: FakeSlackApi) {
  const dir = mkdtempSync(join(tmpdir(), 'kulturpuls-lead-link-'));
  const database = await createAppDatabase(dir);
  cleanups.push(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const file = join(dir, 'kulturpuls.yaml');
  return async (yaml: string): Promise<RunningApp> => {
    writeFileSync(file, yaml);
    const loaded = loadConfig({
      file,
      env: {
        KULTURPULS_DB: database.url,
        KULTURPULS_SECRET: 'test-secret-0123456789abcdef',
        LOG_LEVEL: 'error',
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: fake.url,
      },
    });
    if (!loaded.ok) throw new Error(formatProblems(loaded.problems));
    const config = { ...loaded.config, env: { ...loaded.config.env, port: 0 } };
    return startApp(config, {
      factories: { slack: createSlackPlugin },
      manualSchedule: true,
      host: '127.0.0.1',
    });
  };
}

/** The dashboard button's URL in a Slack reply, moved onto the running app's own address. */
function dashboardLink(reply: unknown, baseUrl: string): URL {
  const url = /"url":"(http[^"]+\/dashboard\?[^"]+)"/.exec(JSON.stringify(reply))?.[1];
  if (!url) throw new Error(`no dashboard link in ${JSON.stringify(reply)}`);
  const link = new URL(url);
  return new URL(`${baseUrl}/dashboard${link.search}`);
}

it("a lead's digest link opens while they are a lead, and gives 403 once the role is removed", async () => {
  const fake = await startFakeSlackApi({ botToken: BOT_TOKEN, appToken: APP_TOKEN });
  cleanups.push(() => fake.close());
  fake.users.ULEAD = { name: 'Lea Leder', email: LEAD_EMAIL };
  const start = await restartableApp(fake);

  const first = await start(SLACK_TEST_CONFIG);
  const firstUrl = `http://127.0.0.1:${first.port}`;
  const answer = await sendCommand(firstUrl, { user_id: 'ULEAD', user_name: 'lea', text: 'digest' });
  expect(answer.status).toBe(200);
  const link = dashboardLink(answer.json(), firstUrl);
  // Made for the person, not for the month: it is checked against their role on every request.
  expect(link.searchParams.get('sub')).toBe('slack:ULEAD');
  expect(link.searchParams.get('scope')).toBe('*');
  expect((await fetch(link)).status).toBe(200);
  await first.stop();

  const withoutLead = SLACK_TEST_CONFIG.replace(`leads: [${LEAD_EMAIL}]`, 'leads: []');
  expect(withoutLead).not.toBe(SLACK_TEST_CONFIG);
  const second = await start(withoutLead);
  cleanups.push(() => second.stop());
  const again = new URL(`http://127.0.0.1:${second.port}/dashboard${link.search}`);
  const refused = await fetch(again);
  expect(refused.status).toBe(403);
  const page = await refused.text();
  expect(page).toContain(t('nb', 'dash.forbidden.title'));
  // It says why: the link was the person's, and the role is gone.
  expect(page).toContain('slutter å virke når personen ikke lenger er innovasjonsleder');
  expect(page).toContain('lang="nb"');
  // The same refusal in the reader's language.
  again.searchParams.set('lang', 'en');
  const english = await fetch(again);
  expect(english.status).toBe(403);
  expect(await english.text()).toContain(t('en', 'dash.forbidden.title'));
});
