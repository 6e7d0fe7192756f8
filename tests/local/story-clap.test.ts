// The local page's 👏: a shared story is posted to the pulse channel with a 👏 button, each person's
// 👏 counts once (not the storyteller's), and the digest ranks by it, as Slack's reactions do.
import { afterEach, expect, it } from 'vitest';
import { ACTIONS, type Message } from '../../src/core/message.js';
import { type LocalApp, startLocalApp } from './local-app.js';

type Item = { id: number; message: Message };
type State = { channels: { id: string; items: Item[] }[] };

// A story as the local page's form sends it.
const STORY = {
  title: 'Digital innsjekk på legevakten',
  whatChanged: 'Pasientene sjekker inn selv på en skjerm.',
  whoBenefits: 'Pasienter og sykepleiere.',
  inUse: 'yes',
  canSpread: 'no',
  sectors: ['helse-og-omsorg'],
  learned: 'Test tidlig med brukerne.',
};

let local: LocalApp | undefined;
afterEach(async () => {
  await local?.stop();
});

it('a shared story gets a 👏 button in the channel; each person counts once', async () => {
  const app = await startLocalApp();
  local = app;
  await app.shareStory('local:kari', STORY);
  const state = (await app.get('/local/api/state?as=local:ola')).body as unknown as State;
  const post = state.channels
    .flatMap((c) => c.items.map((i) => ({ channel: c.id, message: i.message })))
    .find((i) => i.message.fallbackText === STORY.title);
  expect(post?.channel).toBe('innovasjon');
  const clap = post?.message.blocks
    .flatMap((b) => (b.type === 'actions' ? b.buttons : []))
    .find((b) => b.actionId === ACTIONS.storyClap);
  expect(clap?.label).toBe('👏');
  expect(JSON.stringify(post?.message.blocks)).toContain('Trykk 👏');

  const press = (as: string) =>
    app.post('/local/api/action', { as, actionId: ACTIONS.storyClap, value: clap?.value });
  const ola = await press('local:ola');
  expect(ola.status).toBe(200);
  expect(ola.body.message).toContain('Applaus så langt: 1');
  expect((await press('local:ola')).body.message).toContain('Applaus så langt: 1');
  expect((await press('local:aisha')).body.message).toContain('Applaus så langt: 2');
  const own = await press('local:kari');
  expect(own.status).toBe(403);
  expect(own.body.message).toContain('Din egen historie teller ikke med');
  const unknown = await app.post('/local/api/action', {
    as: 'local:ola',
    actionId: ACTIONS.storyClap,
    value: 'story_nope',
  });
  expect(unknown.status).toBe(404);

  const story = (await app.app.runtime.store.content.storiesIn({ from: '0000', to: '9999' }))[0];
  expect(story?.reactions).toBe(2);
  const digest = await app.app.runtime.core.digests.forMonth('2025-03');
  expect(digest.stories[0]?.reactions).toBe(2);
  expect(app.errors).toEqual([]);
});
