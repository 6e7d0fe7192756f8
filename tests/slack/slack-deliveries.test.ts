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
    `Melding til kanal ${OFF_CHANNEL} (teams) – plattformen er ikke slått på i denne installasjonen`,
  );
  expect(text).not.toContain('Påminnelsene er slått på igjen');
  expect(await answer('deliveries', 'UMANAGER')).toContain('Dette kan bare administratorer se.');
});
