// Slack round trip against the fake Web API: a pulse closes, `chat.update` replaces its post with the
// closed form (no buttons, after a 429), and the results go to the pulse's channel without the
// statement too few answered.
import { afterEach, expect, it } from 'vitest';
import { ACTIONS } from '../../src/core/message.js';
import {
  eventually,
  mutableClock,
  postPulse,
  type SlackTestApp,
  startSlackTestApp,
} from '../support/slack-app.js';
import { messageProblems } from '../support/slack-block-kit-rules.js';
import { buttonClick, sendInteraction } from '../support/slack-requests.js';

let t: SlackTestApp | undefined;
afterEach(async () => {
  await t?.close();
});

const HOUR = 3_600_000;

/** Every element type in a Block Kit message, nested included. */
function types(blocks: unknown): string[] {
  const found: string[] = [];
  JSON.stringify(blocks, (key, value) => {
    if (key === 'type' && typeof value === 'string') found.push(value);
    return value;
  });
  return found;
}

it('a closed pulse is updated in place and its results are posted to its channel', async () => {
  const clock = mutableClock(new Date());
  t = await startSlackTestApp({ clock });
  const app = t;
  // Four people and the bot itself: the bot is not asked.
  app.fake.channelMembers.CPULSE = ['UBOT', 'UKARI', 'UOLA', 'UNILS', 'UPER'];
  const { pulse, post } = await postPulse(app);
  expect(pulseChannelPosts(app)).toHaveLength(1);
  expect(post.channel).toBe('CPULSE');
  expect(types(post.blocks)).toContain('button');

  const votes: [string, number, number][] = [
    ['UKARI', 0, 5],
    ['UOLA', 0, 4],
    ['UNILS', 0, 2], // 2 of 3 agree: 67 %
    ['UKARI', 1, 5],
    ['UOLA', 1, 5], // 2 answers: under the threshold of 3
    ['UKARI', 2, 1],
    ['UOLA', 2, 2],
    ['UNILS', 2, 4], // 1 of 3 agree: 33 %
  ];
  for (const [user, index, value] of votes) {
    const q = pulse.questionIds[index] as string;
    await sendInteraction(
      app.baseUrl,
      buttonClick(user, 'CPULSE', `${ACTIONS.pulseVote}:${q}:${value}`, `${pulse.id}|${q}|${value}`, post.ts),
    );
  }
  await eventually(() => expect(app.fake.callsTo('chat.postEphemeral')).toHaveLength(votes.length));

  // Slack is busy when the pulse closes: the update waits out Retry-After and is made once.
  app.fake.failNext('chat.update', { status: 429, retryAfter: 1 });
  clock.advance(49 * HOUR);
  expect((await app.app.scheduler.tick(clock.now())).closedPulses).toBe(1);
  await app.app.drain();
  expect(app.fake.callsTo('chat.update')).toHaveLength(1);
  clock.advance(2_000);
  await eventually(async () => {
    await app.app.drain();
    expect(app.fake.callsTo('chat.update')).toHaveLength(2);
  });
  const update = app.fake.callsTo('chat.update')[1]?.args as {
    channel: string;
    ts: string;
    text: string;
    blocks: unknown[];
  };
  expect(update).toMatchObject({ channel: 'CPULSE', ts: post.ts });
  expect(messageProblems(update)).toEqual([]);
  expect(types(post.blocks)).not.toContain('button');
  expect(types(post.blocks)).not.toContain('actions');
  expect(JSON.stringify(post.blocks)).toContain('Denne pulsmålingen er avsluttet');
  expect(JSON.stringify(post.blocks)).toContain('Resultatene deles her i kanalen senest');
  expect(pulseChannelPosts(app)).toHaveLength(1);

  clock.advance(25 * HOUR);
  expect((await app.app.scheduler.tick(clock.now())).resultsShared).toBe(1);
  await eventually(async () => {
    await app.app.drain();
    expect(pulseChannelPosts(app)).toHaveLength(2);
  });
  const results = pulseChannelPosts(app)[1]?.args as {
    channel: string;
    text: string;
    blocks: unknown[];
  };
  expect(messageProblems(results)).toEqual([]);
  expect(results.channel).toBe('CPULSE');
  const shown = JSON.stringify(results.blocks);
  const bank = app.app.runtime.core.bank;
  const statement = (i: number) => bank.get(pulse.questionIds[i] as string)?.text.nb.slice(0, 25) ?? '?';
  expect(shown).toContain('Takk! 75 % svarte (3 av 4).');
  expect(shown).toContain(statement(0));
  expect(shown).toContain('67 % enig');
  expect(shown).toContain(statement(2));
  expect(shown).toContain('33 % enig');
  expect(shown).not.toContain(statement(1));
  expect(shown).not.toContain('100 %');
  expect(types(results.blocks)).not.toContain('button');
  // The closed post now says the results are out, and links to them (once their post is out: a retry).
  clock.advance(10 * 60_000);
  await eventually(async () => {
    await app.app.drain();
    expect(app.fake.callsTo('chat.update')).toHaveLength(3);
  });
  expect(JSON.stringify(post.blocks)).toContain('Resultatene er delt her i kanalen');
  expect(JSON.stringify(post.blocks)).toContain('https://testkommune.slack.com/archives/CPULSE/p');
});

// The clock starts at the real now: other schedules (a reflection on its weekday) may post elsewhere.
function pulseChannelPosts(app: { fake: { channelPosts(): { args: unknown }[] } }) {
  return app.fake.channelPosts().filter((c) => (c.args as { channel?: string }).channel === 'CPULSE');
}
