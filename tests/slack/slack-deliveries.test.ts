// `deliveries` in Slack: the same neutral answer as in Teams and on the local page, rendered as blocks
// by the slash command's answer. Admins only; never the text of what failed.
import { afterEach, expect, it } from 'vitest';
import { type SlackTestApp, startSlackTestApp } from '../support/slack-app.js';
import { sendCommand } from '../support/slack-requests.js';
import { OFF_CHANNEL, queueForTeamsWhileOff } from '../support/teams-off.js';

let t: SlackTestApp | undefined;
afterEach(async () => {
  await t?.close();
});

/** The slash command's answer, as the text Slack gets (its blocks, JSON-encoded). */
const answer = async (text: string, user: string) =>
  JSON.stringify(
    (await sendCommand(t?.baseUrl ?? '', { text, user_id: user, channel_id: `D${user}` })).json(),
  );

it('an admin gets the failed deliveries as blocks; a manager gets the "only admins" answer', async () => {
  t = await startSlackTestApp();
  await queueForTeamsWhileOff(t.app.runtime.store, new Date().toISOString());
  await t.app.drain();

  const text = await answer('leveringer', 'UADMIN');
  expect(text).toContain('"blocks":');
  expect(text).toContain('Leveringer som ikke kom fram');
  expect(text).toContain(
    'Melding til en kanal i Teams – plattformen er ikke slått på i denne installasjonen',
  );
  expect(text).not.toContain(OFF_CHANNEL);
  expect(text).not.toContain('Påminnelsene er slått på igjen');
  expect(await answer('deliveries', 'UMANAGER')).toContain('Dette kan bare administratorer se.');
});

it('a post the platform asked us to hold back is shown as being tried again, not as arrived', async () => {
  t = await startSlackTestApp();
  const app = t.app;
  // Slack's answer to too many messages: HTTP 429 with Retry-After (api.slack.com/apis/rate-limits).
  t.fake.failNext('chat.postMessage', { status: 429, retryAfter: 600 });
  const schedule = app.runtime.settings.schedules.find((s) => s.id === 'reflection');
  if (!schedule) throw new Error('no reflection schedule');
  await app.runtime.core.occurrences.fire(schedule, app.runtime.clock.now(), { force: true });
  await app.drain();
  expect((await app.runtime.store.outbox.list({ status: 'pending' })).map((d) => d.lastError)).toContain(
    'rate_limited',
  );

  const text = await answer('leveringer', 'UADMIN');
  expect(text).toContain('Leveringer som prøves på nytt');
  expect(text).toContain('plattformen ba oss vente litt');
  expect(text).not.toContain('Alle leveringer har kommet fram.');
});

it('a post Slack refuses (the bot left the channel) says it did not arrive and why, not "on its way"', async () => {
  t = await startSlackTestApp();
  // Met before, so the only message the post sends is the post itself (no welcome DM beside it).
  await answer('hjelp', 'UADMIN');
  await t.app.drain();
  t.fake.failNext('chat.postMessage', { error: 'not_in_channel' });
  const text = await answer('publiser reflection', 'UADMIN');
  expect(text).toContain('Publisert, men meldingen kom ikke fram:');
  expect(text).toContain(
    'kanalen for refleksjonsspørsmål og læringssløyfa i Slack – boten er fjernet fra kanalen eller samtalen',
  );
  expect(text).not.toContain('CREFL');
  expect(text).toContain('Legg Kulturpuls til i kanalen igjen, og publiser på nytt.');
  expect(text).not.toContain('er på vei');
  expect((await t.app.runtime.store.outbox.list({ status: 'failed' })).map((d) => d.lastError)).toEqual([
    'not_in_channel',
  ]);
  // Slack accepts the next one: on its way, as before.
  expect(await answer('publiser learning', 'UADMIN')).toMatch(/Publisert: .*\. 1 melding er på vei\./);
});
