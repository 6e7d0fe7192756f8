// The same person, typing the same things, on Slack (signed HTTP), Teams (Bot Framework activities)
// and the local page (its JSON API): each on an app of its own, same config, same clock.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningApp, startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Message } from '../../src/core/message.js';
import { createLocalPlugin } from '../../src/local/local-plugin.js';
import { createSlackPlugin } from '../../src/slack/slack-plugin.js';
import { createTeamsPlugin } from '../../src/teams/teams-plugin.js';
import { type FakeSlackApi, startFakeSlackApi } from '../support/fake-slack-api.js';
import { type FakeTeamsConnector, startFakeTeamsConnector } from '../support/fake-teams-connector.js';
import { SIGNING_SECRET, sendCommand } from '../support/slack-requests.js';
import { messageActivity, type TeamsUser, teamsUser } from '../support/teams-activities.js';
import { cardsIn, cardText } from '../support/teams-cards.js';

export type Who = 'lead' | 'employee';
export type Platform = 'slack' | 'teams' | 'local';

const SLACK_IDS: Record<Who, string> = { lead: 'ULEAD', employee: 'UAISHA' };
const TEAMS_USERS: Record<Who, TeamsUser> = {
  lead: teamsUser('Kari Nordmann', 1),
  employee: teamsUser('Aisha Khan', 2),
};
const LOCAL_KEYS: Record<Who, string> = { lead: 'local:kari', employee: 'local:aisha' };

const CONFIG = `
organisation: Testkommune
publicUrl: http://127.0.0.1:9/kp
privacy: { minGroupSize: 3 }
roles:
  leads: [leder@kommune.example, "teams:${TEAMS_USERS.lead.aadObjectId}", local:kari]
  admins: [leder@kommune.example, "teams:${TEAMS_USERS.lead.aadObjectId}", local:kari]
quietPeriods: []
schedules:
  - id: reflection
    kind: reflection
    cron: "0 9 * * 1"
    skipHolidays: false
    targets: [slack:channel:CREFL]
  - id: pulse
    kind: pulse
    cron: "0 9 * * 3"
    skipHolidays: false
    statements: 3
    openHours: 48
    targets: [slack:channel:CPULSE]
`;

export interface PlatformApp {
  platform: Platform;
  app: RunningApp;
  /** What the person sees after typing `text`: every text of the reply, flattened. */
  say(who: Who, text: string): Promise<string>;
  close(): Promise<void>;
}

/** Visible texts of a neutral message (what every renderer must show), in order. */
export function neutralTexts(message: Message): string[] {
  return message.blocks.flatMap((block) => {
    switch (block.type) {
      case 'heading':
      case 'text':
      case 'context':
        return [block.text];
      case 'fields':
        return block.fields.flatMap((f) => [f.label, f.value]);
      case 'scale':
        return [block.statement, ...block.options.map((o) => o.label)];
      default:
        return [];
    }
  });
}

/** Text as a person reads it: no markup, entities decoded, one space between words. */
export function readable(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')
    .replace(/[*_`~\\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function slackTexts(body: unknown): string {
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object')
      for (const [key, value] of Object.entries(node)) {
        if (key === 'text' && typeof value === 'string') texts.push(value);
        else walk(value);
      }
  };
  walk((body as { blocks?: unknown }).blocks);
  return texts.join('\n');
}

async function started(
  platform: Platform,
  env: Record<string, string>,
  clock: { now(): Date },
  factories: object,
) {
  const dir = mkdtempSync(join(tmpdir(), `kulturpuls-contract-${platform}-`));
  writeFileSync(join(dir, 'kulturpuls.yaml'), CONFIG);
  const loaded = loadConfig({
    file: join(dir, 'kulturpuls.yaml'),
    env: {
      KULTURPULS_DB: join(dir, 'k.db'),
      KULTURPULS_SECRET: 'contract-secret-0123456789',
      LOG_LEVEL: 'error',
      ...env,
    },
  });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  const quiet = { debug() {}, info() {}, warn() {}, error() {} };
  const config = { ...loaded.config, env: { ...loaded.config.env, port: 0 } };
  const app = await startApp(config, {
    factories,
    manualSchedule: true,
    host: '127.0.0.1',
    clock,
    logger: quiet,
  });
  return {
    app,
    base: `http://127.0.0.1:${app.port}`,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function startSlack(clock: { now(): Date }): Promise<PlatformApp> {
  const fake: FakeSlackApi = await startFakeSlackApi({ botToken: 'xoxb-contract' });
  fake.users.ULEAD = { name: 'Kari Nordmann', email: 'leder@kommune.example' };
  fake.users.UAISHA = { name: 'Aisha Khan', email: 'aisha@kommune.example' };
  const env = {
    SLACK_BOT_TOKEN: 'xoxb-contract',
    SLACK_API_URL: fake.url,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
  };
  const { app, base, remove } = await started('slack', env, clock, { slack: createSlackPlugin });
  return {
    platform: 'slack',
    app,
    async say(who, text) {
      const response = await sendCommand(base, { text, user_id: SLACK_IDS[who], channel_id: 'DCONTRACT' });
      return readable(slackTexts(response.json()));
    },
    async close() {
      await app.stop();
      await fake.close();
      remove();
    },
  };
}

export async function startTeams(clock: { now(): Date }): Promise<PlatformApp> {
  const connector: FakeTeamsConnector = await startFakeTeamsConnector();
  const env = { TEAMS_ALLOW_UNAUTHENTICATED: 'true' };
  const { app, base, remove } = await started('teams', env, clock, { teams: createTeamsPlugin });
  return {
    platform: 'teams',
    app,
    async say(who, text) {
      const user = TEAMS_USERS[who];
      const before = connector.sent().length;
      await fetch(`${base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(messageActivity(connector.url, user, text)),
      });
      const [reply] = connector.sent().slice(before);
      return readable(cardText(cardsIn(reply?.body)[0]));
    },
    async close() {
      await app.stop();
      await connector.close();
      remove();
    },
  };
}

/** The local page's API answers with the neutral reply itself: the reference the others must show. */
export async function startLocal(clock: {
  now(): Date;
}): Promise<PlatformApp & { reply(who: Who, text: string): Promise<LocalAnswer> }> {
  const { app, base, remove } = await started('local', {}, clock, { local: createLocalPlugin });
  const reply = async (who: Who, text: string): Promise<LocalAnswer> => {
    const response = await fetch(`${base}/local/api/command`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ as: LOCAL_KEYS[who], text }),
    });
    return { status: response.status, body: (await response.json()) as LocalAnswer['body'] };
  };
  return {
    platform: 'local',
    app,
    reply,
    async say(who, text) {
      const answer = await reply(who, text);
      return readable(
        answer.body.reply ? neutralTexts(answer.body.reply.message).join('\n') : (answer.body.message ?? ''),
      );
    },
    async close() {
      await app.stop();
      remove();
    },
  };
}

export interface LocalAnswer {
  status: number;
  body: {
    ok: boolean;
    outcome?: string;
    error?: string;
    message?: string;
    reply?: { kind: string; outcome: string; message: Message };
  };
}
