// App Home as the settings place, the onboarding DM, nominees named, consent DMs that fail or are in doubt.
import { afterEach, expect, it } from 'vitest';
import { renderMessage } from '../../src/slack/render-message.js';
import {
  eventually,
  mutableClock,
  onboardedUsers,
  postsBesidesOnboarding,
  type SlackTestApp,
  startSlackTestApp,
} from '../support/slack-app.js';
import { homeAction, homeText, nominate, openHome as open } from '../support/slack-home-actions.js';
import { sendCommand, sendInteraction } from '../support/slack-requests.js';

async function openHome(app: SlackTestApp, userId: string) {
  expect(await open(app, userId)).toBe(200);
}

let t: SlackTestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

it('App Home settings: language, pause and sector change from the menus and stay changed', async () => {
  t = await startSlackTestApp();
  const app = t;
  await openHome(app, 'UKARI');
  await eventually(() => expect(app.fake.homes.UKARI).toBeDefined());
  expect(homeText(app, 'UKARI')).toContain('kp_home_locale');
  expect(homeText(app, 'UKARI')).toContain('Språk');

  // One change in App Home, then wait for App Home to be published again.
  const change = async (action: Record<string, unknown>) => {
    const before = app.fake.callsTo('views.publish').length;
    await sendInteraction(app.baseUrl, homeAction('UKARI', action));
    await eventually(() => expect(app.fake.callsTo('views.publish')).toHaveLength(before + 1));
  };
  const option = (value: string) => ({ text: { type: 'plain_text', text: value }, value });
  const person = () => app.app.runtime.store.people.get('slack:UKARI');

  await change({ type: 'static_select', action_id: 'kp_home_locale', selected_option: option('en') });
  expect((await person())?.locale).toBe('en');
  expect(homeText(app, 'UKARI')).toContain('Language');

  await change({ type: 'checkboxes', action_id: 'kp_home_pause', selected_options: [option('paused')] });
  expect((await person())?.paused).toBe(true);
  expect(homeText(app, 'UKARI')).toContain('"initial_options"');

  await change({
    type: 'static_select',
    action_id: 'kp_home_sector',
    selected_option: option('helse-og-omsorg'),
  });
  expect((await person())?.sector).toBe('helse-og-omsorg');

  // Unticking the box resumes reminders.
  await change({ type: 'checkboxes', action_id: 'kp_home_pause', selected_options: [] });
  expect((await app.app.runtime.store.people.get('slack:UKARI'))?.paused).toBe(false);
});

it('the first meeting brings one onboarding DM: what Kulturpuls is, what is stored, how to pause', async () => {
  t = await startSlackTestApp();
  const app = t;
  await sendCommand(app.baseUrl, { user_id: 'UNEWCOMER', text: 'help' });
  await eventually(() => expect(onboardedUsers(app.fake)).toEqual(['UNEWCOMER']));
  const dm = app.fake.callsTo('chat.postMessage').find((c) => c.args.channel === 'DUNEWCOMER');
  const textOf = JSON.stringify(dm?.args.blocks);
  expect(textOf).toContain('Velkommen til Kulturpuls');
  expect(textOf).toContain('Testkommune');
  expect(textOf).toContain('/kulturpuls pause');
  expect(textOf).toContain('minst 3 personer');

  await sendCommand(app.baseUrl, { user_id: 'UNEWCOMER', text: 'help' });
  await openHome(app, 'UNEWCOMER');
  await eventually(() => expect(app.fake.homes.UNEWCOMER).toBeDefined());
  await app.app.drain();
  expect(onboardedUsers(app.fake)).toEqual(['UNEWCOMER']);
});

it('a nominee who never used the bot is named in App Home; the bot itself cannot be nominated', async () => {
  t = await startSlackTestApp({
    configureFake: (fake) => {
      fake.users.UNORA = { name: 'Nora Ny' };
    },
  });
  const app = t;
  const bot = await nominate(app, 'UKARI', 'UBOT');
  expect(bot.json()).toMatchObject({
    response_action: 'errors',
    errors: { nominee: expect.stringContaining('roboter') },
  });

  await nominate(app, 'UKARI', 'UNORA');
  await openHome(app, 'UKARI');
  await eventually(() => expect(homeText(app, 'UKARI')).toContain('Nora Ny'));
  // Cached: opening App Home again does not ask Slack again.
  const lookups = app.fake.callsTo('users.info').filter((c) => c.args.user === 'UNORA').length;
  await openHome(app, 'UKARI');
  await eventually(() => expect(app.fake.callsTo('views.publish').length).toBeGreaterThanOrEqual(2));
  expect(app.fake.callsTo('users.info').filter((c) => c.args.user === 'UNORA')).toHaveLength(lookups);
});

it('a consent DM that really failed: the nominator sees it in App Home, admins in /metrics', async () => {
  t = await startSlackTestApp();
  const app = t;
  app.fake.failNext('conversations.open', { error: 'user_not_found' });
  await nominate(app, 'UKARI', 'UGONE');
  await eventually(async () =>
    expect(
      (await app.app.runtime.store.outbox.list({ status: 'failed' })).map((d) => d.payload.type),
    ).toContain('consent'),
  );
  await openHome(app, 'UKARI');
  await eventually(() =>
    expect(homeText(app, 'UKARI')).toContain(
      'kom ikke fram (personen finnes ikke lenger eller er deaktivert)',
    ),
  );
  const metrics = await (await fetch(`${app.baseUrl}/metrics`)).text();
  expect(metrics).toContain('kulturpuls_consent_requests_undelivered 1');
});

it('a consent DM in doubt is looked up in the DM (im:history) and never sent twice', async () => {
  const clock = mutableClock(new Date());
  t = await startSlackTestApp({ clock });
  const app = t;
  await sendCommand(app.baseUrl, { user_id: 'UKARI', text: 'help' });
  await eventually(() => expect(onboardedUsers(app.fake)).toEqual(['UKARI']));
  // Slack posts the DM, then the connection drops before the answer: the outbox cannot know.
  app.fake.failNext('chat.postMessage', { reset: 'after' });
  await nominate(app, 'UKARI', 'UNOMINEE');
  const toNominee = () => app.fake.messages.filter((m) => m.channel === 'DUNOMINEE');
  const consent = async () =>
    (await app.app.runtime.store.outbox.list({})).find((d) => d.payload.type === 'consent');
  await eventually(async () => expect((await consent())?.lastError).toBeTruthy());
  expect(toNominee()).toHaveLength(1);
  expect((await consent())?.status).toBe('pending');

  clock.advance(10 * 60_000);
  await app.app.drain();
  expect(app.fake.callsTo('conversations.history').map((c) => c.args.channel)).toContain('DUNOMINEE');
  expect((await consent())?.status).toBe('sent');
  expect(toNominee()).toHaveLength(1);
  expect(postsBesidesOnboarding(app.fake).filter((c) => c.args.channel === 'DUNOMINEE')).toHaveLength(1);
});

it('a recognition names the person with a Slack mention', () => {
  const rendered = renderMessage(
    {
      fallbackText: 'Ola Nordmann får anerkjennelse',
      blocks: [
        { type: 'text', text: 'Ola Nordmann får anerkjennelse for samarbeid.' },
        { type: 'text', text: '«Ola Nordmann & co. <3»' },
      ],
      mentions: [{ key: 'slack:U123', name: 'Ola Nordmann' }],
    },
    { moreUrl: 'https://k.example/dashboard', moreLabel: 'Les mer' },
  );
  const texts = rendered.blocks.map((b) => (b as { text?: { text: string } }).text?.text);
  expect(texts[0]).toBe('<@U123> får anerkjennelse for samarbeid.');
  // Only the first occurrence; people's own text stays escaped.
  expect(texts[1]).toBe('«Ola Nordmann &amp; co. &lt;3»');
  const teams = renderMessage(
    {
      fallbackText: 'x',
      blocks: [{ type: 'text', text: 'Ola' }],
      mentions: [{ key: 'teams:29:1', name: 'Ola' }],
    },
    { moreUrl: 'https://k.example/dashboard', moreLabel: 'Les mer' },
  );
  expect((teams.blocks[0] as { text: { text: string } }).text.text).toBe('Ola');
});

it('App Home menus are acknowledged while users.info has not answered', async () => {
  t = await startSlackTestApp({
    configureFake: (fake) => {
      fake.users.UNORA = { name: 'Nora Ny' };
    },
  });
  const app = t;
  await nominate(app, 'UKARI', 'UNORA');
  const lookups = app.fake.hold('users.info');
  const before = app.fake.callsTo('users.info').length;
  const res = await sendInteraction(
    app.baseUrl,
    homeAction('UKARI', {
      type: 'static_select',
      action_id: 'kp_home_locale',
      selected_option: { text: { type: 'plain_text', text: 'nynorsk' }, value: 'nn' },
    }),
  );
  // Bolt answers 404, by its own clock, when a listener has not acknowledged within three seconds.
  expect(res.status).toBe(200);
  expect((await app.app.runtime.store.people.get('slack:UKARI'))?.locale).toBe('nn');
  // The home is redrawn after the ack, and that waits for the nominee's name from users.info.
  await eventually(() => expect(app.fake.callsTo('users.info')).toHaveLength(before + 1));
  lookups.release();
  await eventually(() => expect(homeText(app, 'UKARI')).toContain('Nora Ny'));
});

it("a lead's dashboard button in App Home opens the dashboard, and only for that lead", async () => {
  t = await startSlackTestApp();
  const app = t;
  await openHome(app, 'UADMIN');
  await eventually(() => expect(app.fake.homes.UADMIN).toBeDefined());
  const href = /"url":"(http[^"]*\/dashboard\?[^"]*)"/.exec(homeText(app, 'UADMIN'))?.[1];
  expect(href).toBeDefined();
  const link = new URL(JSON.parse(`"${href}"`) as string);
  expect(link.searchParams.get('sub')).toBe('slack:UADMIN');
  const open = (query: URLSearchParams) => fetch(`${app.baseUrl}/dashboard?${query}`).then((r) => r.status);
  expect(await open(link.searchParams)).toBe(200);
  // The same link with another person's key is not signed for them.
  const other = new URLSearchParams(link.searchParams);
  other.set('sub', 'slack:UKARI');
  expect(await open(other)).toBe(403);
});
