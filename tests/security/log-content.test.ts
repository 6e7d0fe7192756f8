import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../src/app.js';
import { formatProblems, loadConfig } from '../../src/config.js';
import { ACTIONS } from '../../src/core/message.js';
import { createLogger } from '../../src/logger.js';
import { createSlackPlugin } from '../../src/slack/slack-plugin.js';
import { createAppDatabase } from '../support/app-database.js';
import { type FakeSlackApi, startFakeSlackApi } from '../support/fake-slack-api.js';
import { APP_TOKEN, BOT_TOKEN, eventually, SLACK_TEST_CONFIG } from '../support/slack-app.js';
import { buttonClick, SIGNING_SECRET, sendCommand, sendInteraction } from '../support/slack-requests.js';

// Issue 14: at LOG_LEVEL=debug every answer was logged next to the user id ("Takk! Du svarte «Delvis
// enig» …"). No level may write a message text or an answer together with a person.

let stop: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stop?.();
  stop = undefined;
});

async function startAtDebug(): Promise<{
  app: RunningApp;
  fake: FakeSlackApi;
  base: string;
  lines: string[];
}> {
  const dir = mkdtempSync(join(tmpdir(), 'kulturpuls-logs-'));
  const fake = await startFakeSlackApi({ botToken: BOT_TOKEN, appToken: APP_TOKEN });
  fake.users.UADMIN = { name: 'Ada Admin', email: 'admin@kommune.example' };
  const database = await createAppDatabase(dir);
  const file = join(dir, 'kulturpuls.yaml');
  writeFileSync(file, SLACK_TEST_CONFIG);
  const loaded = loadConfig({
    file,
    env: {
      KULTURPULS_DB: database.url,
      KULTURPULS_SECRET: 'test-secret-0123456789abcdef',
      LOG_LEVEL: 'debug',
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_API_URL: fake.url,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
    },
  });
  if (!loaded.ok) throw new Error(formatProblems(loaded.problems));
  const lines: string[] = [];
  const config = { ...loaded.config, env: { ...loaded.config.env, port: 0 } };
  const app = await startApp(config, {
    factories: { slack: createSlackPlugin },
    manualSchedule: true,
    host: '127.0.0.1',
    logger: createLogger('debug', (line) => lines.push(line)),
  });
  stop = async () => {
    await app.stop();
    await fake.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { app, fake, base: `http://127.0.0.1:${app.port}`, lines };
}

describe('logs at LOG_LEVEL=debug', () => {
  it('never put an answer or a message text next to the person who gave it', async () => {
    const { app, fake, base, lines } = await startAtDebug();
    await sendCommand(base, { user_id: 'UADMIN', text: 'post pulse' });
    await eventually(() => expect(fake.channelPosts()).toHaveLength(1));
    const pulse = (await app.runtime.core.pulses.openPulses())[0];
    if (!pulse) throw new Error('no pulse');
    const q = pulse.questionIds[0] as string;
    const voters = ['UKARILOG1', 'UOLALOG22', 'UNILSLOG3'];
    for (const [i, user] of voters.entries()) {
      const value = i + 2;
      await sendInteraction(
        base,
        buttonClick(user, 'CPULSE', `${ACTIONS.pulseVote}:${q}:${value}`, `${pulse.id}|${q}|${value}`),
      );
    }
    await eventually(() => expect(fake.callsTo('chat.postEphemeral')).toHaveLength(3));
    const ephemeral = fake.callsTo('chat.postEphemeral').map((call) => String(call.args.text ?? ''));
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) {
      for (const user of voters) {
        if (!line.includes(user)) continue;
        // A line about a voter holds no answer text, no pulse value, no message they were sent.
        for (const text of ephemeral) expect(line).not.toContain(text.slice(0, 24));
        expect(line).not.toMatch(/svarte|«|pulse_vote|"value"|"text"|"blocks"/i);
      }
      for (const text of ephemeral) expect(line).not.toContain(text.slice(0, 24));
    }
  });
});
