// 12.6: shared stories are posted to the pulse channel, Slack reactions on that post count distinct
// people (stored as a keyed hash per story), and the digest ranks stories by it and says so.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { storyPostTargets } from '../../src/core/content/story-reactions.js';
import type { Settings } from '../../src/core/settings.js';
import { eventually, osloMonth, type SlackTestApp, startSlackTestApp } from '../support/slack-app.js';
import { shareStory } from '../support/slack-home-actions.js';
import { sendEvent } from '../support/slack-requests.js';

let t: SlackTestApp | undefined;
afterEach(async () => {
  await t?.close();
});

let eventCounter = 0;
/** reaction_added / reaction_removed as Slack sends them (Events API, event_callback). */
function reaction(
  app: SlackTestApp,
  type: 'reaction_added' | 'reaction_removed',
  user: string,
  name: string,
  item: { channel: string; ts: string },
) {
  eventCounter += 1;
  return sendEvent(app.baseUrl, {
    token: 'deprecated-verification-token',
    team_id: 'T0001',
    api_app_id: 'A0001',
    type: 'event_callback',
    event_id: `EvREACT${eventCounter}`,
    event_time: 1_800_000_000,
    event: {
      type,
      user,
      reaction: name,
      item_user: 'UBOT',
      item: { type: 'message', ...item },
      event_ts: `1800000000.00${String(eventCounter).padStart(4, '0')}`,
    },
    authorizations: [{ team_id: 'T0001', user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
  });
}

async function postedStory(app: SlackTestApp, author: string, title: string) {
  expect((await shareStory(app, author, title)).status).toBe(200);
  await app.app.drain();
  return eventually(() => {
    const post = app.fake.messages.find((m) => m.channel === 'CPULSE' && m.text === title);
    if (!post) throw new Error(`"${title}" not posted`);
    return post;
  });
}

const storyByTitle = async (app: SlackTestApp, title: string) =>
  (await app.app.runtime.store.content.storiesIn({ from: '0000', to: '9999' })).find(
    (s) => s.title === title,
  );

it('reactions on a posted story count distinct people; the digest ranks by them and says so', async () => {
  t = await startSlackTestApp();
  const app = t;
  const first = await postedStory(app, 'UKARI', 'Digital innsjekk');
  const second = await postedStory(app, 'UOLA', 'Felles kalender');
  // The post names the storyteller with a mention and asks for reactions.
  const text = JSON.stringify(first.blocks);
  expect(text).toContain('<@UKARI>');
  expect(text).toContain('Reager med en emoji');

  const on = (user: string, name: string, post = first) => reaction(app, 'reaction_added', user, name, post);
  const off = (user: string, name: string, post = first) =>
    reaction(app, 'reaction_removed', user, name, post);
  for (const response of [
    await on('UOLA', 'thumbsup'),
    await on('UOLA', 'tada'), // a second emoji from the same person counts once
    await on('UNILS', 'thumbsup'),
    await on('UKARI', 'heart'), // the storyteller's own reaction does not count
    await on('UPER', 'clap'),
    await off('UPER', 'clap'), // taken back
    await on('UNILS', 'thumbsup', second),
  ])
    expect(response.status).toBe(200);
  await eventually(async () => expect((await storyByTitle(app, 'Digital innsjekk'))?.reactions).toBe(2));
  await eventually(async () => expect((await storyByTitle(app, 'Felles kalender'))?.reactions).toBe(1));
  // UOLA removes one of two emoji: still reacting.
  await off('UOLA', 'tada');
  await eventually(async () => expect(await app.count('story_reactions')).toBe(3));
  expect((await storyByTitle(app, 'Digital innsjekk'))?.reactions).toBe(2);

  // A reaction on a message that is not a story (the onboarding DM, a pulse) is not stored.
  await reaction(app, 'reaction_added', 'UOLA', 'thumbsup', { channel: 'CPULSE', ts: '1700000000.000001' });
  // Nobody is stored by their Slack id.
  const rows = await app.rows('SELECT * FROM story_reactions');
  expect(rows).toHaveLength(3);
  expect(JSON.stringify(rows)).not.toMatch(/U(OLA|NILS|KARI|PER)/);

  // The digest: ranked by distinct people, and it says what is counted.
  const month = osloMonth();
  const digest = await app.app.runtime.core.digests.forMonth(month);
  expect(digest.stories.map((s) => [s.title, s.reactions])).toEqual([
    ['Digital innsjekk', 2],
    ['Felles kalender', 1],
  ]);
  const link = new URL(app.app.runtime.core.digests.dashboardUrl(month));
  const html = await (await fetch(`${app.baseUrl}/dashboard?${link.searchParams}`)).text();
  expect(html).toContain('Rangert etter hvor mange ulike personer som reagerte');
  expect(html.indexOf('Digital innsjekk')).toBeLessThan(html.indexOf('Felles kalender'));
});

it('stories.postTo chooses where stories go: a target, or off; by default the pulse channels', () => {
  const settings = (stories?: Settings['stories']) =>
    ({
      schedules: [
        {
          kind: 'pulse',
          enabled: true,
          targets: [
            { platform: 'slack', kind: 'channel', id: 'CPULSE' },
            { platform: 'teams', kind: 'channel', id: '19:x' },
          ],
        },
        { kind: 'reflection', enabled: true, targets: [{ platform: 'slack', kind: 'channel', id: 'CREFL' }] },
      ],
      ...(stories ? { stories } : {}),
    }) as unknown as Settings;
  expect(storyPostTargets(settings(), 'slack').map((t) => t.id)).toEqual(['CPULSE']);
  // Teams does not count reactions yet: no story posts there unless postTo names a Teams channel.
  expect(storyPostTargets(settings(), 'teams')).toEqual([]);
  expect(storyPostTargets(settings({ postTo: 'off' }), 'slack')).toEqual([]);
  const own = { postTo: [{ platform: 'slack' as const, kind: 'channel' as const, id: 'CSTORIES' }] };
  expect(storyPostTargets(settings(own), 'slack').map((t) => t.id)).toEqual(['CSTORIES']);
  expect(storyPostTargets(settings(own), 'teams')).toEqual([]);
});

it('kulturpuls.yaml: stories.postTo takes a target, a list or off, and names a bad target', () => {
  const load = (yaml: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'kulturpuls-stories-'));
    writeFileSync(join(dir, 'kulturpuls.yaml'), `organisation: Testkommune\n${yaml}`);
    try {
      return loadConfig({
        file: join(dir, 'kulturpuls.yaml'),
        env: { KULTURPULS_SECRET: 'test-secret-0123456789abcdef' },
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const postTo = (yaml: string) => {
    const result = load(yaml);
    return result.ok ? result.config.settings.stories?.postTo : result.problems.map((p) => p.path);
  };
  expect(postTo('')).toBeUndefined();
  expect(postTo('stories: { postTo: off }')).toBe('off');
  expect(postTo('stories: { postTo: "slack:channel:CSTORIES" }')).toEqual([
    { platform: 'slack', kind: 'channel', id: 'CSTORIES' },
  ]);
  expect(postTo('stories: { postTo: ["slack:channel:C1", "teams:channel:19:x@thread.tacv2"] }')).toHaveLength(
    2,
  );
  expect(postTo('stories: { postTo: kanalen }')).toEqual([expect.stringContaining('stories.postTo')]);
});
