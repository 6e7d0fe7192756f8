// Story reactions through the store port, on a real migrated SQLite file or PostgreSQL database:
// distinct people per story, which post a platform message is, and nothing left once a story goes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeliveryPayload } from '../../src/core/records.js';
import { buildStory } from '../support/builders.js';
import { createTestStore, type TestStore } from '../support/database.js';

const AT = '2026-03-02T08:00:00.000Z';

describe('story reactions', () => {
  let t: TestStore;
  beforeEach(async () => {
    t = await createTestStore();
  });
  afterEach(() => t.close());

  const set = (storyId: string, reactor: string, reaction: string, on = true) =>
    t.store.content.setStoryReaction({ storyId, reactor, reaction, on, at: AT });

  it('counts distinct people, whatever and however often they react, and keeps the count on the story', async () => {
    const story = buildStory({ authorKey: 'slack:UKARI' });
    const other = buildStory({ authorKey: 'slack:UOLA' });
    await t.store.content.addStory(story);
    await t.store.content.addStory(other);

    expect(await set(story.id, 'hash-a', 'clap')).toBe(1);
    expect(await set(story.id, 'hash-a', 'heart')).toBe(1);
    expect(await set(story.id, 'hash-a', 'clap')).toBe(1);
    expect(await set(story.id, 'hash-b', 'clap')).toBe(2);
    expect(await set(other.id, 'hash-c', 'tada')).toBe(1);
    expect((await t.store.content.getStory(story.id))?.reactions).toBe(2);

    // Taking one emoji back keeps the person while another of theirs is left.
    expect(await set(story.id, 'hash-a', 'clap', false)).toBe(2);
    expect(await set(story.id, 'hash-a', 'heart', false)).toBe(1);
    expect(await set(story.id, 'hash-z', 'heart', false)).toBe(1);
    expect((await t.store.content.getStory(story.id))?.reactions).toBe(1);
    expect((await t.store.content.getStory(other.id))?.reactions).toBe(1);
    expect(await t.rows('SELECT story_id, reactor, reaction FROM story_reactions ORDER BY reactor')).toEqual([
      { story_id: story.id, reactor: 'hash-b', reaction: 'clap' },
      { story_id: other.id, reactor: 'hash-c', reaction: 'tada' },
    ]);
  });

  it('finds the story a posted platform message is, only for story posts on that platform', async () => {
    const story = buildStory();
    await t.store.content.addStory(story);
    const channel = { platform: 'slack', kind: 'channel', id: 'CPULSE' } as const;
    const post = (dedupeKey: string, payload: DeliveryPayload) =>
      t.store.outbox.enqueue({ dedupeKey, target: channel, payload, notBefore: AT }, AT);
    await post(`story:${story.id}`, { type: 'story', storyId: story.id });
    await post('digest:2026-02', { type: 'digest', month: '2026-02' });
    // Each post gets the platform's message reference once it is sent.
    const claimed = await t.store.outbox.claim(AT, '2026-03-02T08:01:00.000Z', 10);
    expect(claimed).toHaveLength(2);
    const refs = new Map(claimed.map((row, i) => [row.dedupeKey, `1800000000.00010${i}`]));
    for (const row of claimed) await t.store.outbox.markSent(row.id, refs.get(row.dedupeKey) ?? null, AT);

    expect(await t.store.content.storyPostedAt('slack', refs.get(`story:${story.id}`) ?? '')).toBe(story.id);
    expect(await t.store.content.storyPostedAt('teams', refs.get(`story:${story.id}`) ?? '')).toBeUndefined();
    expect(await t.store.content.storyPostedAt('slack', refs.get('digest:2026-02') ?? '')).toBeUndefined();
    expect(await t.store.content.storyPostedAt('slack', '1800000000.999999')).toBeUndefined();
  });

  it('goes with its story when the storyteller is forgotten', async () => {
    const story = buildStory({ authorKey: 'slack:UKARI' });
    await t.store.content.addStory(story);
    await set(story.id, 'hash-a', 'clap');
    await set(story.id, 'hash-b', 'clap');
    expect(await t.store.content.forget('slack:UKARI')).toBe(1);
    expect(await t.rows('SELECT reactor FROM story_reactions')).toEqual([]);
  });
});
