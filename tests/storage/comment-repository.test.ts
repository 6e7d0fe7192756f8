import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommentMessage, CommentThread } from '../../src/core/loop-ports.js';
import { buildPulse } from '../support/builders.js';
import { createTestStore, type TestStore } from '../support/database.js';

const T0 = '2025-03-03T08:00:00.000Z';
const T1 = '2025-03-03T09:00:00.000Z';
const T2 = '2025-03-03T10:00:00.000Z';

function thread(overrides: Partial<CommentThread> = {}): CommentThread {
  return {
    id: 'k3x9q2',
    pulseId: 'p-old',
    questionId: 'tillit',
    text: 'Vi får for lite tid til å snakke sammen.',
    createdOn: '2025-03-03',
    hidden: false,
    ended: false,
    ...overrides,
  };
}

function reply(overrides: Partial<CommentMessage> = {}): CommentMessage {
  return {
    id: 'm1',
    threadId: 'k3x9q2',
    side: 'lead',
    leadKey: 'slack:ULEAD',
    text: 'Takk!',
    at: T1,
    ...overrides,
  };
}

describe('comment repository', () => {
  let t: TestStore;
  beforeEach(async () => {
    t = await createTestStore();
    await t.store.pulses.create(buildPulse({ id: 'p-old', closesAt: '2025-01-10T00:00:00.000Z' }));
    await t.store.pulses.create(buildPulse({ id: 'p-new', closesAt: '2025-03-10T00:00:00.000Z' }));
  });
  afterEach(() => t.close());

  it('stores a thread with its contact once per author, statement and pulse', async () => {
    const { comments } = t.store;
    expect(await comments.hasAuthor('p-old', 'tillit', 'hash-kari')).toBe(false);
    expect(await comments.add(thread(), 'slack:UKARI', 'hash-kari')).toBe(true);
    expect(await comments.get('k3x9q2')).toEqual(thread());
    expect(await comments.contactOf('k3x9q2')).toBe('slack:UKARI');
    expect(await comments.hasAuthor('p-old', 'tillit', 'hash-kari')).toBe(true);
    expect(await comments.hasAuthor('p-old', 'frihet', 'hash-kari')).toBe(false);
    expect(await comments.hasAuthor('p-new', 'tillit', 'hash-kari')).toBe(false);
    expect(await comments.authorsAmong('p-old', ['hash-ola', 'hash-kari'])).toEqual(new Set(['hash-kari']));
    expect(await comments.authorsAmong('p-new', ['hash-ola', 'hash-kari'])).toEqual(new Set());
    expect(await comments.authorsAmong('p-old', [])).toEqual(new Set());

    // A second comment by the same person on the statement: nothing stored.
    expect(await comments.add(thread({ id: 'z7z7z7' }), 'slack:UKARI', 'hash-kari')).toBe(false);
    expect(await comments.get('z7z7z7')).toBeUndefined();
    expect(await comments.contactOf('z7z7z7')).toBeUndefined();
    // Another statement, another pulse or another person is a new comment.
    expect(await comments.add(thread({ id: 'a1', questionId: 'frihet' }), 'slack:UKARI', 'hash-kari')).toBe(
      true,
    );
    expect(await comments.add(thread({ id: 'a2', pulseId: 'p-new' }), 'slack:UKARI', 'hash-kari')).toBe(true);
    expect(await comments.add(thread({ id: 'a3' }), 'slack:UOLA', 'hash-ola')).toBe(true);
    expect(await comments.get('unknown')).toBeUndefined();
  });

  it('finds threads by the start of their id and lists a pulse by id, hidden ones too', async () => {
    const { comments } = t.store;
    await comments.add(thread({ id: 'q7b' }), 'slack:U1', 'h1');
    await comments.add(thread({ id: 'c2a' }), 'slack:U2', 'h2');
    await comments.add(thread({ id: 'c2b' }), 'slack:U3', 'h3');
    await comments.add(thread({ id: 'm5m', pulseId: 'p-new' }), 'slack:U4', 'h4');
    await comments.hide('q7b');
    expect((await comments.byPrefix('q7')).map((c) => c.id)).toEqual(['q7b']);
    expect((await comments.byPrefix('c2')).map((c) => c.id).sort()).toEqual(['c2a', 'c2b']);
    expect(await comments.byPrefix('x')).toEqual([]);
    expect((await comments.ofPulse('p-old')).map((c) => [c.id, c.hidden])).toEqual([
      ['c2a', false],
      ['c2b', false],
      ['q7b', true],
    ]);
    expect((await comments.ofPulse('p-new')).map((c) => c.id)).toEqual(['m5m']);
    expect(await comments.ofPulse('p-none')).toEqual([]);
  });

  it('keeps the replies of a thread in time order, the lead named and the commenter not', async () => {
    const { comments } = t.store;
    await comments.add(thread(), 'slack:UKARI', 'hash-kari');
    await comments.add(thread({ id: 'other' }), 'slack:UOLA', 'hash-ola');
    await comments.addMessage(reply({ id: 'm3', side: 'lead', leadKey: 'slack:ULEAD2', at: T2 }));
    await comments.addMessage(reply({ id: 'm2', side: 'commenter', leadKey: null, text: 'Gjerne!', at: T1 }));
    await comments.addMessage(reply({ id: 'm1', at: T1 }));
    await comments.addMessage(reply({ id: 'm9', threadId: 'other', at: T0 }));
    expect(await comments.getMessage('m2')).toEqual(
      reply({ id: 'm2', side: 'commenter', leadKey: null, text: 'Gjerne!', at: T1 }),
    );
    expect(await comments.getMessage('m3')).toEqual(reply({ id: 'm3', leadKey: 'slack:ULEAD2', at: T2 }));
    expect(await comments.getMessage('missing')).toBeUndefined();
    expect((await comments.messages('k3x9q2')).map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
    expect(await comments.messages('nothing')).toEqual([]);
  });

  it('ends a conversation once, dropping the contact and the DMs queued to the commenter', async () => {
    const { comments, outbox } = t.store;
    await comments.add(thread(), 'slack:UKARI', 'hash-kari');
    await comments.add(thread({ id: 'other' }), 'slack:UOLA', 'hash-ola');
    await comments.addMessage(reply({ id: 'm1' }));
    await comments.addMessage(reply({ id: 'm2', threadId: 'other' }));
    const dm = (threadId: string, messageId: string, id: string) =>
      outbox.enqueue(
        {
          dedupeKey: `comment:${messageId}`,
          target: { platform: 'slack', kind: 'dm', id },
          payload: { type: 'comment', threadId, messageId },
          notBefore: T1,
        },
        T1,
      );
    await dm('k3x9q2', 'm1', 'UKARI');
    await dm('other', 'm2', 'UOLA');

    expect(await comments.end('k3x9q2')).toBe(true);
    expect(await comments.get('k3x9q2')).toMatchObject({ ended: true, hidden: false });
    expect(await comments.contactOf('k3x9q2')).toBeUndefined();
    expect((await outbox.list()).map((d) => d.dedupeKey)).toEqual(['comment:m2']);
    // The replies stay for the leads; the other conversation is untouched.
    expect((await comments.messages('k3x9q2')).map((m) => m.id)).toEqual(['m1']);
    expect(await comments.contactOf('other')).toBe('slack:UOLA');
    expect(await comments.end('k3x9q2')).toBe(false);
    expect(await comments.end('unknown')).toBe(false);
  });

  it('deletes threads of pulses closed before the cut-off with replies, contacts and hashes', async () => {
    const { comments } = t.store;
    await comments.add(thread({ id: 'old1' }), 'slack:UKARI', 'hash-kari');
    await comments.add(thread({ id: 'old2', questionId: 'frihet' }), 'slack:UOLA', 'hash-ola');
    await comments.add(thread({ id: 'new1', pulseId: 'p-new' }), 'slack:UKARI', 'hash-kari');
    await comments.addMessage(reply({ id: 'm1', threadId: 'old1' }));
    await comments.addMessage(reply({ id: 'm2', threadId: 'new1' }));

    expect(await comments.deleteBefore('2025-02-01T00:00:00.000Z')).toBe(2);
    expect(await comments.get('old1')).toBeUndefined();
    expect(await comments.ofPulse('p-old')).toEqual([]);
    expect(await comments.getMessage('m1')).toBeUndefined();
    expect(await comments.contactOf('old1')).toBeUndefined();
    expect(await comments.hasAuthor('p-old', 'tillit', 'hash-kari')).toBe(false);
    expect(await t.rows("SELECT count(*) AS n FROM comment_authors WHERE pulse_id = 'p-old'")).toEqual([
      { n: 0 },
    ]);
    expect(await t.rows("SELECT count(*) AS n FROM comment_contacts WHERE thread_id = 'old2'")).toEqual([
      { n: 0 },
    ]);

    expect(await comments.get('new1')).toEqual(thread({ id: 'new1', pulseId: 'p-new' }));
    expect(await comments.getMessage('m2')).toBeDefined();
    expect(await comments.contactOf('new1')).toBe('slack:UKARI');
    expect(await comments.hasAuthor('p-new', 'tillit', 'hash-kari')).toBe(true);
    expect(await comments.deleteBefore('2025-02-01T00:00:00.000Z')).toBe(0);
  });

  it("forgets a person: every conversation of theirs ends, others' stay", async () => {
    const { comments } = t.store;
    await comments.add(thread({ id: 'a1' }), 'slack:UKARI', 'hash-kari');
    await comments.add(thread({ id: 'a2', pulseId: 'p-new' }), 'slack:UKARI', 'hash-kari');
    await comments.add(thread({ id: 'b1' }), 'slack:UOLA', 'hash-ola');
    expect(await comments.forget('slack:UKARI')).toBe(2);
    expect(await comments.contactOf('a1')).toBeUndefined();
    expect(await comments.contactOf('a2')).toBeUndefined();
    expect((await comments.get('a1'))?.ended).toBe(true);
    expect((await comments.get('a2'))?.ended).toBe(true);
    expect(await comments.get('b1')).toEqual(thread({ id: 'b1' }));
    expect(await comments.contactOf('b1')).toBe('slack:UOLA');
    expect(await comments.forget('slack:UKARI')).toBe(0);
  });
});
