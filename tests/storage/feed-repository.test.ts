import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Message } from '../../src/core/message.js';
import type { Target } from '../../src/core/records.js';
import { createTestStore, type TestStore } from '../support/database.js';

const channel: Target = { platform: 'local', kind: 'channel', id: 'general' };
const dmKari: Target = { platform: 'local', kind: 'dm', id: 'kari' };
const message = (text: string): Message => ({ fallbackText: text, blocks: [{ type: 'text', text }] });

describe('feed repository', () => {
  let t: TestStore;
  beforeEach(async () => {
    t = await createTestStore();
  });
  afterEach(() => t.close());

  it('appends once per idempotency key and returns the stored entry', async () => {
    const first = await t.store.feed.append(
      channel,
      'occ-1:general',
      message('Hei'),
      '2025-03-03T08:00:00.000Z',
    );
    expect(first).toEqual({
      id: expect.any(Number),
      target: channel,
      idempotencyKey: 'occ-1:general',
      message: message('Hei'),
      createdAt: '2025-03-03T08:00:00.000Z',
    });
    const again = await t.store.feed.append(
      channel,
      'occ-1:general',
      message('Other'),
      '2025-03-03T09:00:00.000Z',
    );
    expect(again).toEqual(first);
    expect(await t.store.feed.list({})).toHaveLength(1);
  });

  it("lists a channel, a person's DMs or both: the latest entries, oldest first", async () => {
    const { feed } = t.store;
    await feed.append(channel, 'a', message('1'), '2025-03-03T08:00:00.000Z');
    await feed.append(dmKari, 'b', message('2'), '2025-03-03T08:01:00.000Z');
    await feed.append({ ...dmKari, id: 'ola' }, 'c', message('3'), '2025-03-03T08:02:00.000Z');
    await feed.append(channel, 'd', message('4'), '2025-03-03T08:03:00.000Z');
    await feed.append(channel, 'e', message('5'), '2025-03-03T08:04:00.000Z');

    const texts = (entries: { message: Message }[]) => entries.map((e) => e.message.fallbackText);
    expect(texts(await feed.list({ channel: 'general' }))).toEqual(['1', '4', '5']);
    expect(texts(await feed.list({ channel: 'general', limit: 2 }))).toEqual(['4', '5']);
    expect(texts(await feed.list({ dmUser: 'kari' }))).toEqual(['2']);
    expect(texts(await feed.list({ channel: 'general', dmUser: 'kari' }))).toEqual(['1', '2', '4', '5']);
    expect(texts(await feed.list({}))).toEqual(['1', '2', '3', '4', '5']);
  });

  it('replaces the message of an entry, and says false for no such entry', async () => {
    const { feed } = t.store;
    const pulse = await feed.append(channel, 'pulse-1', message('Åpen'), '2025-03-03T08:00:00.000Z');
    const other = await feed.append(dmKari, 'dm-1', message('Hei Kari'), '2025-03-03T08:01:00.000Z');
    expect(await feed.replace(pulse.id, message('Stengt'))).toBe(true);
    expect(await feed.list({ channel: 'general' })).toEqual([{ ...pulse, message: message('Stengt') }]);
    expect((await feed.list({ dmUser: 'kari' }))[0]?.message).toEqual(message('Hei Kari'));
    expect(await feed.replace(other.id + 1000, message('Ingen'))).toBe(false);
    expect((await feed.list({})).map((e) => e.message.fallbackText)).toEqual(['Stengt', 'Hei Kari']);
  });
});
