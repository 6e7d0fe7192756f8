// Who sees a nomination, walked through every state × viewer × surface on the real apps: Slack (App
// Home, the ephemeral command reply, the dashboard links), Teams (personal chat and a channel), the
// local page (its state and commands), `mydata`, the export and the digest formats. The rule itself is
// written out by hand in visibility-table.ts; one rule in the core decides for all of them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { renderDigestMarkdown } from '../../src/core/digest/render-markdown.js';
import { t as translate } from '../../src/core/i18n/translate.js';
import type { Message } from '../../src/core/message.js';
import type { PersonKey } from '../../src/core/records.js';
import { type LocalApp, startLocalApp } from '../local/local-app.js';
import { eventually, type SlackTestApp, startSlackTestApp } from '../support/slack-app.js';
import { homeText, openHome } from '../support/slack-home-actions.js';
import { sendCommand } from '../support/slack-requests.js';
import {
  channelConversation,
  messageActivity,
  type TeamsUser,
  teamsUser,
} from '../support/teams-activities.js';
import { startTeamsTestApp, type TeamsTestApp } from '../support/teams-app.js';
import { cardsIn, cardText } from '../support/teams-cards.js';
import {
  CHANNEL_DIGEST,
  LEAD_DIGEST,
  named,
  OWN,
  PENDING,
  STATES,
  seedNominations,
  union,
  VIEWERS,
  type Viewer,
} from './visibility-table.js';

const NAMES: Record<Viewer, string> = {
  nominee: 'Siri Solberg',
  nominator: 'Nils Nilsen',
  employee: 'Aisha Khan',
  manager: 'Mona Manager',
  lead: 'Lise Leder',
};
const privateOnlyHint = () => translate('nb', 'chat.privateOnly');

/** Every `text` of a neutral message or a platform payload, as one string to search. */
const flat = (value: unknown) => JSON.stringify(value ?? null);

async function digestTexts(app: RunningApp, month: string): Promise<string[]> {
  const { core } = app.runtime;
  const digest = await core.digests.forMonth(month);
  const options = { locale: 'nb' as const, bank: core.bank, sectorName: (id: string | null) => id ?? '' };
  return [renderDigestMarkdown(digest, options), JSON.stringify(digest)];
}

describe('Slack: App Home, the ephemeral reply and the dashboard links', () => {
  const IDS: Record<Viewer, string> = {
    nominee: 'USIRI',
    nominator: 'UNILS',
    employee: 'UAISHA',
    manager: 'UMANAGER',
    lead: 'ULEAD',
  };
  const key = (viewer: Viewer): PersonKey => `slack:${IDS[viewer]}`;
  const emails: Partial<Record<Viewer, string>> = {
    manager: 'manager@kommune.example',
    lead: 'leder@kommune.example',
  };
  let s: SlackTestApp;
  let month = '';

  beforeAll(async () => {
    s = await startSlackTestApp({
      configureFake: (fake) => {
        for (const viewer of VIEWERS)
          fake.users[IDS[viewer]] = {
            name: NAMES[viewer],
            email: emails[viewer] ?? `${viewer}@kommune.example`,
          };
      },
    });
    const now = s.app.runtime.clock.now();
    month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit' })
      .format(now)
      .slice(0, 7);
    const keys = Object.fromEntries(VIEWERS.map((v) => [v, key(v)])) as Record<Viewer, PersonKey>;
    await seedNominations(s.app.runtime.store, keys, NAMES, now, emails);
  });

  afterAll(async () => {
    await s?.close();
  });

  it.each(VIEWERS)(
    'App Home of the %s lists their own and, for managers and leads, the pending ones',
    async (viewer) => {
      expect(await openHome(s, IDS[viewer])).toBe(200);
      const home = await eventually(() => {
        const text = homeText(s, IDS[viewer]);
        expect(text).toContain('Kulturpuls');
        return text;
      });
      expect(named(home, { byDimension: true })).toEqual(union(OWN[viewer], PENDING[viewer]));
      if (viewer === 'nominator') expect(home).not.toMatch(/avslått/);
    },
  );

  it.each(VIEWERS)('`recognise` typed in a channel by the %s is answered to them alone', async (viewer) => {
    const response = await sendCommand(s.baseUrl, {
      text: 'recognise',
      user_id: IDS[viewer],
      channel_id: 'CPULSE',
    });
    const body = response.json() as { response_type?: string };
    expect(body.response_type).toBe('ephemeral');
    expect(named(flat(body), { byDimension: true })).toEqual(PENDING[viewer]);
  });

  it('the lead’s own dashboard link shows accepted and recognised; a channel’s link only recognised', async () => {
    const { core } = s.app.runtime;
    const open = async (subject: string) => {
      const url = new URL(core.digests.dashboardUrl(month, subject));
      const response = await fetch(`${s.baseUrl}/dashboard${url.search}`);
      expect(response.status).toBe(200);
      return response.text();
    };
    expect(named(await open(key('lead')), { byDimension: false })).toEqual(LEAD_DIGEST);
    expect(named(await open('digest'), { byDimension: false })).toEqual(CHANNEL_DIGEST);
    for (const text of await digestTexts(s.app, month))
      expect(named(text, { byDimension: false })).toEqual(LEAD_DIGEST);
  });
});

describe('Teams: the personal chat and a channel', () => {
  const USERS: Record<Viewer, TeamsUser> = {
    nominee: teamsUser('siri', 11),
    nominator: teamsUser('nils', 12),
    employee: teamsUser('aisha', 13),
    manager: teamsUser('mona', 14),
    lead: teamsUser('lise', 15),
  };
  const key = (viewer: Viewer): PersonKey => `teams:${USERS[viewer].aadObjectId}`;
  let t: TeamsTestApp;

  beforeAll(async () => {
    t = await startTeamsTestApp({
      yaml: `
privacy: { minGroupSize: 3 }
quietPeriods: []
roles:
  leads: ["${key('lead')}"]
  managers: ["${key('manager')}"]
schedules:
  - id: weekly-reflection
    kind: reflection
    cron: "0 9 * * 1"
    skipHolidays: false
    targets: ["teams:channel:19:general-channel@thread.tacv2"]
`,
    });
    const keys = Object.fromEntries(VIEWERS.map((v) => [v, key(v)])) as Record<Viewer, PersonKey>;
    await seedNominations(t.app.runtime.store, keys, NAMES, t.clock.now());
  });

  afterAll(async () => {
    await t?.close();
  });

  async function say(viewer: Viewer, text: string, inChannel: boolean) {
    const before = t.connector.sent().length;
    const activity = messageActivity(
      t.connector.url,
      USERS[viewer],
      text,
      inChannel ? channelConversation() : undefined,
    );
    expect((await t.post(activity)).status).toBeLessThan(300);
    const replies = t.connector.sent().slice(before);
    expect(replies).toHaveLength(1);
    return cardText(cardsIn(replies[0]?.body)[0]);
  }

  it.each(VIEWERS)('`recognise` in the personal chat of the %s', async (viewer) => {
    expect(named(await say(viewer, 'recognise', false), { byDimension: true })).toEqual(PENDING[viewer]);
  });

  it.each(VIEWERS)(
    '`recognise` and `mydata` by the %s in a channel: a hint, nothing listed',
    async (viewer) => {
      for (const command of ['recognise', 'mydata']) {
        const shown = await say(viewer, command, true);
        expect(named(shown, { byDimension: true })).toEqual([]);
        expect(shown).toContain(privateOnlyHint().slice(0, 30));
        expect(shown).not.toContain(NAMES.nominee);
      }
    },
  );
});

describe('the local page, `mydata`, the export and the digest formats', () => {
  const KEYS: Record<Viewer, PersonKey> = {
    nominee: 'local:aisha',
    nominator: 'local:per',
    employee: 'local:ingrid',
    manager: 'local:ola',
    lead: 'local:kari',
  };
  let local: LocalApp;

  beforeAll(async () => {
    local = await startLocalApp();
    await seedNominations(local.app.runtime.store, KEYS, NAMES, local.clock.now());
  });

  afterAll(async () => {
    await local?.stop();
  });

  const command = async (viewer: Viewer, text: string) => {
    const answer = await local.post('/local/api/command', { as: KEYS[viewer], text });
    return (answer.body.reply as { message: Message } | undefined)?.message;
  };

  it.each(VIEWERS)('the page of the %s offers only what they may recognise', async (viewer) => {
    const state = await local.get(`/local/api/state?as=${KEYS[viewer]}`);
    expect(state.status).toBe(200);
    expect(named(flat(state.body.awaiting), { byDimension: true })).toEqual(PENDING[viewer]);
    expect(named(flat(await command(viewer, 'recognise')), { byDimension: true })).toEqual(PENDING[viewer]);
  });

  it.each(VIEWERS)(
    '`mydata` and the export of the %s count and hold only what they may see',
    async (viewer) => {
      const exported = await local.app.runtime.core.personalData.export(KEYS[viewer]);
      expect(STATES.filter((s) => exported.nominations.some((n) => n.status === s))).toEqual(OWN[viewer]);
      const message = await command(viewer, 'mydata');
      const fields = message?.blocks.flatMap((b) => (b.type === 'fields' ? b.fields : [])) ?? [];
      const count = fields.find((f) => f.label === translate('nb', 'chat.mydata.nominations'));
      expect(count?.value).toBe(String(OWN[viewer].length));
    },
  );

  it('the digest formats name accepted and recognised nominations, never one declined or unconsented', async () => {
    const month = local.clock.now().toISOString().slice(0, 7);
    for (const text of await digestTexts(local.app, month))
      expect(named(text, { byDimension: false })).toEqual(LEAD_DIGEST);
  });
});
