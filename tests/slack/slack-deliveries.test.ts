// `deliveries` in Slack: the same neutral answer as in Teams and on the local page, rendered as blocks
// by the slash command's answer. Admins only; never the text of what failed.
import { afterEach, expect, it } from 'vitest';
import { type SlackTestApp, startSlackTestApp } from '../support/slack-app.js';
import { sendCommand } from '../support/slack-requests.js';

let t: SlackTestApp | undefined;
afterEach(async () => {
  await t?.close();
});

/** Every `text` in the answer's blocks, joined. */
function blockTexts(body: unknown): string {
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

it('an admin gets the failed deliveries as blocks; a manager gets the "only admins" answer', async () => {
  t = await startSlackTestApp();
  const now = new Date().toISOString();
  t.app.runtime.store.outbox.enqueue(
    {
      dedupeKey: 'notice:teams-off',
      target: { platform: 'teams', kind: 'channel', id: '19:old@thread.tacv2' },
      payload: { type: 'notice', textKey: 'pause.off' },
      notBefore: now,
    },
    now,
  );
  await t.app.drain();

  const admin = await sendCommand(t.baseUrl, {
    text: 'leveranser',
    user_id: 'UADMIN',
    channel_id: 'DUADMIN',
  });
  const text = blockTexts(admin.json());
  expect(text).toContain('Leveranser som ikke kom fram');
  expect(text).toContain(
    'Melding til kanal 19:old@thread.tacv2 (teams) – plattformen er ikke slått på i denne installasjonen',
  );
  expect(text).not.toContain('Påminnelsene er slått på igjen');

  const manager = await sendCommand(t.baseUrl, {
    text: 'deliveries',
    user_id: 'UMANAGER',
    channel_id: 'DUMANAGER',
  });
  expect(blockTexts(manager.json())).toContain('Dette kan bare administratorer se.');
});
