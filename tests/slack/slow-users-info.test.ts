// Slack wants every slash command acknowledged within 3 seconds (docs: "Acknowledge the request
// within 3000 ms"), whatever users.info does. Here users.info does not answer until the acks are in.
import { afterEach, expect, it } from 'vitest';
import { eventually, type SlackTestApp, startSlackTestApp } from '../support/slack-app.js';
import { sendCommand } from '../support/slack-requests.js';

let t: SlackTestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

it('every command is acknowledged while users.info has not answered; the answer follows', async () => {
  t = await startSlackTestApp();
  const app = t;
  const lookups = app.fake.hold('users.info');
  const commands = [
    ['UNEW1', 'help'],
    ['UNEW2', 'story'],
    ['UNEW3', 'lang nn'],
    ['UADMIN', 'post reflection'],
  ] as const;
  const acks = await Promise.all(
    commands.map(async ([user, text]) => {
      const response = await sendCommand(app.baseUrl, {
        user_id: user,
        text,
        response_url: `${app.fake.url}/respond/${user}`,
      });
      return { text, status: response.status };
    }),
  );
  // Bolt answers 404, by its own clock, to a command no listener acknowledged within Slack's 3 seconds.
  for (const ack of acks) expect(ack.status, ack.text).toBe(200);
  // Each sender was looked up, and no lookup has been answered yet.
  expect(app.fake.callsTo('users.info').map((call) => call.args.user)).toEqual(
    expect.arrayContaining(commands.map(([user]) => user)),
  );
  // The story form opened without the lookup too, while the trigger was still fresh.
  await eventually(() => expect(app.fake.callsTo('views.open')).toHaveLength(1));
  lookups.release();
  // The admin's role (by e-mail, known only from users.info) still counted: the post went out.
  await eventually(() => expect(app.fake.channelPosts()).toHaveLength(1));
});
