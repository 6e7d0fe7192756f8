// The closing note's round trip: post → vote → change vote → digest, printing what the fake recorded.
import { afterEach, expect, it } from 'vitest';
import { ACTIONS } from '../../src/core/message.js';
import type { FakeSlackApi, RecordedCall } from '../support/fake-slack-api.js';
import {
  eventually,
  mutableClock,
  postsBesidesOnboarding,
  type SlackTestApp,
  startSlackTestApp,
} from '../support/slack-app.js';
import { buttonClick, sendCommand, sendInteraction } from '../support/slack-requests.js';

let t: SlackTestApp | undefined;
afterEach(async () => {
  await t?.close();
});

function summarise(call: RecordedCall): string {
  const a = call.args as Record<string, unknown>;
  const meta = a.metadata as { event_payload?: { key?: string } } | undefined;
  const blocks = (a.blocks ?? (a.view as { blocks?: unknown })?.blocks) as unknown[] | undefined;
  const fields = [
    a.channel && `channel=${String(a.channel)}`,
    a.user && `user=${String(a.user)}`,
    a.users && `users=${String(a.users)}`,
    typeof a.text === 'string' && `text="${a.text.slice(0, 70)}${a.text.length > 70 ? '…' : ''}"`,
    blocks && `blocks=${blocks.length}`,
    meta?.event_payload?.key && `metadata.key=${meta.event_payload.key}`,
  ].filter(Boolean);
  return `${call.method.padEnd(22)} ${fields.join(' ')}`;
}

it('post → vote → change vote → digest', async () => {
  const clock = mutableClock(new Date());
  t = await startSlackTestApp({ clock });
  const admin = { user_id: 'UADMIN' };

  await sendCommand(t.baseUrl, { ...admin, text: 'post pulse' });
  await eventually(() => expect(postsBesidesOnboarding(t?.fake as FakeSlackApi)).toHaveLength(1));
  const pulse = (await t.app.runtime.core.pulses.openPulses())[0];
  if (!pulse) throw new Error('no pulse');
  const q = pulse.questionIds[0] as string;
  const click = (userId: string, value: number) =>
    sendInteraction(
      t?.baseUrl ?? '',
      buttonClick(userId, 'CPULSE', `${ACTIONS.pulseVote}:${q}:${value}`, `${pulse.id}|${q}|${value}`),
    );

  await click('UKARI', 4);
  await click('UOLA', 5);
  await click('UNILS', 3);
  await click('UKARI', 2); // Kari changes her mind.
  await eventually(() => expect(t?.fake.callsTo('chat.postEphemeral')).toHaveLength(4));
  expect(await t.count('pulse_answers')).toBe(3);

  // Two days later the pulse closes; on the first working day of next month the digest is posted.
  clock.advance(49 * 3_600_000);
  await t.app.scheduler.tick(clock.now());
  const closedMonth = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Oslo',
    year: 'numeric',
    month: '2-digit',
  })
    .format(new Date(pulse.closesAt))
    .slice(0, 7);
  const [year, month] = closedMonth.split('-').map(Number) as [number, number];
  clock.set(new Date(Date.UTC(year, month, 2, 8, 0)));
  const posted = (await sendCommand(t.baseUrl, { ...admin, text: 'post digest' })).json() as { text: string };
  expect(posted.text).toContain('Publisert');
  await eventually(() => expect(postsBesidesOnboarding(t?.fake as FakeSlackApi)).toHaveLength(2));
  const digest = postsBesidesOnboarding(t.fake)[1]?.args as {
    channel: string;
    text: string;
    blocks: unknown[];
  };
  expect(digest.channel).toBe('CLEADS');
  expect(JSON.stringify(digest.blocks)).toContain('3 svar');

  const lines = t.fake.calls.map(summarise);
  console.log(`\nWhat the fake Slack Web API recorded (${lines.length} calls):\n${lines.join('\n')}\n`);
  const ephemerals = t.fake.callsTo('chat.postEphemeral').map((c) => String(c.args.text));
  console.log(`Ephemeral confirmations:\n${ephemerals.map((e) => `  ${e}`).join('\n')}\n`);
  console.log(`Digest blocks:\n${JSON.stringify(digest.blocks, null, 1).slice(0, 1500)}\n`);
});
