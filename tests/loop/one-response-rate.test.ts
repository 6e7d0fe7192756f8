// One response rate on every surface (issue 23, item 1): a pulse posted to a Slack channel of 15
// while 10,000 people are known says "x av 15" in the channel, in `resultat`, on the dashboard and
// in every digest format, and stays so when the channel grows after the post.
import { afterEach, expect, it } from 'vitest';
import { digestChatMessage } from '../../src/core/digest/digest-chat-message.js';
import { renderDigestCsv } from '../../src/core/digest/render-csv.js';
import { renderDigestMarkdown } from '../../src/core/digest/render-markdown.js';
import { ACTIONS } from '../../src/core/message.js';
import { renderDigestHtml } from '../../src/web/dashboard/render-html.js';
import { sectorNamer } from '../../src/web/dashboard-routes.js';
import {
  eventually,
  mutableClock,
  postPulse,
  type SlackTestApp,
  startSlackTestApp,
} from '../support/slack-app.js';
import { buttonClick, sendCommand, sendInteraction } from '../support/slack-requests.js';

let t: SlackTestApp | undefined;
afterEach(async () => {
  await t?.close();
});

const HOUR = 3_600_000;
const KNOWN = 10_000;
const MEMBERS = Array.from({ length: 15 }, (_, i) => `UMEMBER${String(i + 1).padStart(2, '0')}`);
const VOTERS = MEMBERS.slice(0, 14);
const FIGURE = '93 % svarte (14 av 15)';

const osloMonth = (iso: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit' })
    .format(new Date(iso))
    .slice(0, 7);

/** 10,000 people Kulturpuls has met on Slack, in other channels: none of them was asked. */
async function knowPeople(app: SlackTestApp): Promise<void> {
  const { store } = app.app.runtime;
  const now = new Date().toISOString();
  await store.transaction(async (tx) => {
    for (let i = 0; i < KNOWN; i++)
      await tx.people.upsert({ key: `slack:UKNOWN${i}`, displayName: `Kjent ${i}` }, now);
  });
}

it('a pulse to a channel of 15 while 10,000 people are known shows the same figure everywhere', async () => {
  const clock = mutableClock(new Date());
  t = await startSlackTestApp({ clock });
  const app = t;
  await knowPeople(app);
  expect((await app.app.runtime.store.people.list()).length).toBeGreaterThanOrEqual(KNOWN);
  // As `conversations.members` lists the channel: 15 people and Kulturpuls itself.
  app.fake.channelMembers.CPULSE = ['UBOT', ...MEMBERS];

  const { pulse, post } = await postPulse(app);
  expect(app.fake.messages.filter((m) => m.channel === 'CPULSE')).toHaveLength(1);
  // Counted once, as the post was delivered: paging through the documented cursor.
  await eventually(() => expect(app.fake.callsTo('conversations.members')).toHaveLength(1));
  expect(app.fake.callsTo('conversations.members')[0]?.args).toMatchObject({ channel: 'CPULSE' });

  // Two people join after the post: they were not asked, and the frozen audience stays 15.
  app.fake.channelMembers.CPULSE = ['UBOT', ...MEMBERS, 'ULATE1', 'ULATE2'];

  const question = pulse.questionIds[0] as string;
  for (const user of VOTERS) {
    await sendInteraction(
      app.baseUrl,
      buttonClick(user, 'CPULSE', `${ACTIONS.pulseVote}:${question}:4`, `${pulse.id}|${question}|4`, post.ts),
    );
  }
  await eventually(() => expect(app.fake.callsTo('chat.postEphemeral')).toHaveLength(VOTERS.length));

  clock.advance(49 * HOUR);
  expect((await app.app.scheduler.tick(clock.now())).closedPulses).toBe(1);
  await app.app.drain();
  clock.advance(25 * HOUR);
  expect((await app.app.scheduler.tick(clock.now())).resultsShared).toBe(1);
  await eventually(async () => {
    await app.app.drain();
    expect(app.fake.channelPosts().filter((c) => c.args.channel === 'CPULSE')).toHaveLength(2);
  });

  // The channel.
  const results = app.fake.channelPosts().filter((c) => c.args.channel === 'CPULSE')[1]?.args;
  expect(JSON.stringify(results?.blocks)).toContain(`Takk! ${FIGURE}.`);

  // `resultat`, typed later by a lead.
  const typed = await sendCommand(app.baseUrl, { user_id: 'UADMIN', text: `resultat ${pulse.id}` });
  expect(typed.text).toContain(FIGURE);
  expect(typed.text).not.toMatch(/av 1[0-9]{4}|av 17\b/);

  // The dashboard, over HTTP with its signed link.
  const { core, settings } = app.app.runtime;
  const month = osloMonth(pulse.closesAt);
  const link = new URL(core.digests.dashboardUrl(month));
  const dashboard = await (await fetch(`${app.baseUrl}/dashboard?${link.searchParams}`)).text();
  expect(dashboard).toContain(FIGURE);
  expect(dashboard).toContain('93 %');

  // Every digest format: one pulse this month, so the month says the same.
  const digest = await core.digests.forMonth(month);
  expect(JSON.parse(JSON.stringify(digest)).participation.rate).toEqual({
    shown: true,
    n: 14,
    value: { answered: 14, asked: 15, share: 14 / 15 },
  });
  const options = { locale: 'nb' as const, bank: core.bank, sectorName: sectorNamer({ settings }, 'nb') };
  const formats = {
    md: renderDigestMarkdown(digest, options),
    html: renderDigestHtml(digest, options),
    csv: renderDigestCsv(digest, options),
    chat: JSON.stringify(digestChatMessage(digest, 'nb', link.toString())),
  };
  for (const [format, text] of Object.entries(formats)) {
    expect(text, format).toContain(FIGURE);
    // The one sentence that says what the figure is.
    expect(text, format).toContain('delt på antall personer som var i kanalen da pulsmålingen ble postet');
  }
  // CSV: the people asked in `n`, the share in `value` (Excel dialect: decimal comma).
  expect(formats.csv).toMatch(/;participation;rate;93 % svarte \(14 av 15\);15;0,933;;;shown;/);
});
