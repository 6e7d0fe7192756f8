// Anonymous comments through the core, on a real migrated SQLite file (or PostgreSQL database): the form and its warning,
// one comment per statement, the threshold, replies both ways, hide, end and retention.
import { afterEach, describe, expect, it } from 'vitest';
import { ACTIONS, FORMS } from '../../src/core/message.js';
import { onPostgres } from '../support/database.js';
import { DAY } from '../support/fake-clock.js';
import type { TestCore } from '../support/test-core.js';
import {
  buttonsOf,
  closePulse,
  commentButton,
  commentText,
  commentWorld,
  flat,
  LEAD,
  openPulse,
  person,
  voteAndComment,
} from './comments-support.js';

let w: TestCore | undefined;
afterEach(() => w?.close());

const count = async (t: TestCore, table: string, where = '', ...params: unknown[]) =>
  (await t.rows<{ n: number }>(`SELECT CAST(count(*) AS integer) AS n FROM ${table} ${where}`, ...params))[0]
    ?.n;

describe('giving a comment', () => {
  it('is offered under an answered statement, warns first, and keeps the text on bad input', async () => {
    w = await commentWorld();
    const pulse = await openPulse(w);
    const kari = person(1);
    const questionId = pulse.questionIds[0] ?? '';
    const voted = await w.core.conversation.vote(kari, { pulseId: pulse.id, questionId, value: 5 });
    const button = commentButton(voted.pulse);
    expect(button?.value).toBe(`${pulse.id}|${questionId}`);
    // Only under the statement answered.
    expect(flat(voted.pulse).match(new RegExp(ACTIONS.openComment, 'g'))).toHaveLength(1);

    const opened = await w.core.conversation.click(kari, ACTIONS.openComment, button?.value ?? '');
    if (opened.kind !== 'form') throw new Error('no form');
    expect(opened.form.intro).toContain('Skriv ikke navn eller noe som gjør deg gjenkjennelig');
    expect(opened.form.fields.map((f) => [f.id, f.maxLength])).toEqual([['comment', 500]]);

    const empty = await w.core.conversation.submitForm(kari, FORMS.comment, opened.form.context, {
      comment: ' ',
    });
    expect(empty).toMatchObject({ kind: 'form_errors', errors: { comment: expect.any(String) } });
    const long = 'x'.repeat(501);
    const tooLong = await w.core.conversation.submitForm(kari, FORMS.comment, opened.form.context, {
      comment: long,
    });
    if (tooLong.kind !== 'form_errors') throw new Error('not refused');
    expect(tooLong.errors.comment).toContain('500');
    expect(tooLong.form.fields[0]?.initial).toBe(long);
    expect(await count(w, 'comment_threads')).toBe(0);

    const saved = await w.core.conversation.submitForm(kari, FORMS.comment, opened.form.context, {
      comment: 'Bra møter',
    });
    expect(saved).toMatchObject({ kind: 'message', outcome: 'ok' });
    // One per person per statement per pulse: a second is refused, and the button is gone.
    expect(await voteAndComment(w, pulse, kari, 'En til')).toMatchObject({ outcome: 'duplicate' });
    const again = await w.core.conversation.vote(kari, { pulseId: pulse.id, questionId, value: 3 });
    expect(commentButton(again.pulse)).toBeUndefined();
    // A first answer to the next statement is not the first in the pulse: the comment is still found.
    const next = pulse.questionIds[1] ?? '';
    const other = await w.core.conversation.vote(kari, { pulseId: pulse.id, questionId: next, value: 4 });
    expect(
      buttonsOf(other.pulse)
        .filter((b) => b.actionId === ACTIONS.openComment)
        .map((b) => b.value),
    ).toEqual([`${pulse.id}|${next}`]);
    expect(await count(w, 'comment_threads')).toBe(1);
    // Nothing ties it to the answer row: the answer's comment column stays empty.
    expect(await count(w, 'pulse_answers', 'WHERE comment IS NOT NULL')).toBe(0);
    expect(await w.rows('SELECT created_on FROM comment_threads')).toEqual([{ created_on: '2026-03-02' }]);
  });

  it.skipIf(onPostgres)(
    'is stored in tables whose order follows no insertion: no rowid, random or hashed keys',
    async () => {
      w = await commentWorld();
      const ddl = w.db
        .prepare(
          "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name LIKE 'comment_%' ORDER BY name",
        )
        .all() as { name: string; sql: string }[];
      expect(ddl.map((t) => t.name)).toEqual([
        'comment_authors',
        'comment_contacts',
        'comment_messages',
        'comment_threads',
      ]);
      for (const table of ddl) expect(table.sql.trim(), table.name).toMatch(/WITHOUT ROWID$/);
      const pulse = await openPulse(w);
      for (let i = 1; i <= 3; i++) await voteAndComment(w, pulse, person(i), commentText(i));
      const ids = w.db.prepare('SELECT id FROM comment_threads').pluck().all() as string[];
      for (const id of ids) expect(id).toMatch(/^[a-z2-7]{26}$/);
      // A full scan returns key order, the random ids', not the order people commented in.
      expect(ids).toEqual([...ids].sort());
    },
  );

  it.runIf(onPostgres)(
    'is stored without serial ids, and rewritten so the heap keeps no order of its own',
    async () => {
      w = await commentWorld();
      const t = w;
      const generated = await t.rows(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_name LIKE 'comment\\_%' AND (is_identity = 'YES' OR column_default LIKE 'nextval%')",
      );
      expect(generated).toEqual([]);
      const pulse = await openPulse(t);
      for (let i = 1; i <= 6; i++) await voteAndComment(t, pulse, person(i), commentText(i));
      // A scan reads the heap in physical order: the ids' and hashes', not the order people commented
      // in. And every row carries the newest comment's transaction id, so none says when it came.
      const threads = await t.rows<{ id: string; xmin: string }>(
        'SELECT id, xmin::text AS xmin FROM comment_threads',
      );
      expect(threads).toHaveLength(6);
      for (const { id } of threads) expect(id).toMatch(/^[a-z2-7]{26}$/);
      expect(threads.map((r) => r.id)).toEqual(threads.map((r) => r.id).sort());
      const authors = await t.rows<{ hash: string; xmin: string }>(
        'SELECT author_hash AS hash, xmin::text AS xmin FROM comment_authors',
      );
      expect(authors.map((a) => a.hash)).toEqual(authors.map((a) => a.hash).sort());
      const stamps = new Set([...threads, ...authors].map((r) => r.xmin));
      expect(stamps.size).toBe(1);
    },
  );

  it('is refused before voting and after the pulse closes', async () => {
    w = await commentWorld();
    const pulse = await openPulse(w);
    const context = { pulseId: pulse.id, questionId: pulse.questionIds[1] ?? '' };
    const form = await w.core.conversation.submitForm(person(1), FORMS.comment, context, { comment: 'Hei' });
    expect(form).toMatchObject({ kind: 'message', outcome: 'not_allowed' });
    await closePulse(w, pulse);
    expect(await voteAndComment(w, pulse, person(2), 'Sent')).toMatchObject({ outcome: 'closed' });
  });
});

describe('what leads see', () => {
  it('nothing from 9 commenters, everything from 10; hidden ones never again', async () => {
    w = await commentWorld();
    const t = w;
    const pulse = await openPulse(t);
    for (let i = 1; i <= 9; i++) await voteAndComment(t, pulse, person(i), commentText(i));
    const list = () => t.core.conversation.say(LEAD, 'kommentarer');
    expect(await t.core.conversation.say(LEAD, `kommentarer ${pulse.id}`)).toMatchObject({
      outcome: 'pulse_open',
    });
    await closePulse(t, pulse);
    const under = await list();
    if (under.kind !== 'message') throw new Error('no list');
    expect(flat(under.message)).not.toContain('Kommentar nummer');
    expect(flat(under.message)).toContain('færre enn 10');
    // Not for people who are not leads.
    expect(await t.core.conversation.say(person(1), 'kommentarer')).toMatchObject({ outcome: 'not_allowed' });

    await t.close();
    w = await commentWorld();
    const u = w;
    const second = await openPulse(u);
    for (let i = 1; i <= 10; i++) await voteAndComment(u, second, person(i), commentText(i));
    await closePulse(u, second);
    const shown = await u.core.conversation.say(LEAD, 'comments');
    if (shown.kind !== 'message') throw new Error('no list');
    for (let i = 1; i <= 10; i++) expect(flat(shown.message)).toContain(commentText(i));
    const id = flat(shown.message).match(/\[([a-z2-7]{8})\] «Kommentar nummer 3 /)?.[1];
    expect(await u.core.conversation.say(LEAD, `skjul ${id}`)).toMatchObject({ outcome: 'ok' });
    const after = await u.core.conversation.say(LEAD, 'kommentarer');
    expect(flat(after.kind === 'message' ? after.message : undefined)).not.toContain(commentText(3));
    // Hiding ends the conversation too.
    expect(await u.core.conversation.say(LEAD, `svar ${id} Hei`)).toMatchObject({ outcome: 'closed' });
  });

  it('commands in nb, nn and en, and a clear answer to every bad one', async () => {
    w = await commentWorld();
    const say = (text: string) => w?.core.conversation.say(LEAD, text);
    const textOf = async (text: string) => {
      const reply = await say(text);
      return reply?.kind === 'message' ? reply.message.fallbackText : '';
    };
    for (const word of ['kommentarer', 'kommentarar', 'comments'])
      expect(await say(word), word).toMatchObject({
        outcome: 'not_found',
        message: { fallbackText: 'Ingen pulsmåling er avsluttet ennå.' },
      });
    expect(await say('kommentarer pulse_nope')).toMatchObject({ outcome: 'not_found' });
    expect(await textOf('svar')).toContain('Skriv `/kulturpuls svar ID tekst`');
    expect(await textOf('reply abcdefgh')).toContain('Skriv `/kulturpuls svar ID tekst`');
    expect(await textOf('svar zzzzzzzz Hei')).toBe('Fant ingen samtale med ID zzzzzzzz.');
    expect(await textOf(`svar zzzzzzzz ${'x'.repeat(501)}`)).toContain('høyst 500 tegn');
    for (const word of ['skjul', 'hide', 'avslutt', 'end'])
      expect(await say(word), word).toMatchObject({ outcome: 'usage' });
    expect(await textOf('skjul ab')).toBe('Fant ingen samtale med ID ab.');
    await w.core.people.setLocale('local:lead', 'en');
    expect(await textOf('hide zzzzzzzz')).toBe('No conversation with ID zzzzzzzz.');
    await w.core.people.setLocale('local:lead', 'nn');
    expect(await textOf('avslutt zzzzzzzz')).toBe('Fann ingen samtale med ID zzzzzzzz.');
    // Leads see the commands in their help.
    expect(await textOf('hjelp')).toContain('kommentarar [PULS-ID]');
  });

  it('a lower threshold in the settings, never below 5', async () => {
    w = await commentWorld({ minCommentGroupSize: 3 });
    const pulse = await openPulse(w);
    for (let i = 1; i <= 4; i++) await voteAndComment(w, pulse, person(i), commentText(i));
    await closePulse(w, pulse);
    const under = await w.core.conversation.say(LEAD, 'kommentarer');
    expect(flat(under.kind === 'message' ? under.message : undefined)).not.toContain('Kommentar nummer');
  });
});

describe('a conversation', () => {
  async function tenComments() {
    w = await commentWorld({ minCommentGroupSize: 5 });
    const pulse = await openPulse(w);
    for (let i = 1; i <= 5; i++) await voteAndComment(w, pulse, person(i), commentText(i));
    await closePulse(w, pulse);
    const shown = await w.core.conversation.say(LEAD, 'kommentarer');
    const id = flat(shown.kind === 'message' ? shown.message : undefined).match(
      /\[([a-z2-7]{8})\] «Kommentar nummer 2 /,
    )?.[1];
    if (!id) throw new Error('no id');
    return { t: w, id };
  }
  const dms = async (t: TestCore) =>
    (await t.store.outbox.list({ limit: 100 })).filter((d) => d.payload.type === 'comment');

  it('goes both ways through DMs, and ends on either side with the contact key gone', async () => {
    const { t, id } = await tenComments();
    expect(await t.core.conversation.say(LEAD, `svar ${id} Takk! Kan du si mer?`)).toMatchObject({
      outcome: 'ok',
    });
    const toCommenter = await dms(t);
    expect(toCommenter.map((d) => d.target)).toEqual([{ platform: 'local', kind: 'dm', id: 'person2' }]);
    const dm = await t.core.render(
      toCommenter[0]?.payload ?? { type: 'notice', textKey: '' },
      toCommenter[0]?.target ?? (LEAD as never),
    );
    expect(flat(dm)).toContain('Takk! Kan du si mer?');
    expect(flat(dm)).toContain(commentText(2));
    const threadId =
      (await t.rows<{ id: string }>('SELECT id FROM comment_threads WHERE text = ?', commentText(2)))[0]
        ?.id ?? '';

    // The commenter answers with the DM's button and form.
    const opened = await t.core.conversation.click(person(2), ACTIONS.openCommentReply, threadId);
    if (opened.kind !== 'form') throw new Error('no form');
    const answered = await t.core.conversation.submitForm(
      person(2),
      FORMS.commentReply,
      opened.form.context,
      {
        reply: 'Møtene er for lange',
      },
    );
    expect(answered).toMatchObject({ outcome: 'ok' });
    const toLead = (await dms(t)).find((d) => d.target.id === 'lead');
    if (!toLead) throw new Error('no DM to the lead');
    const leadDm = flat(await t.core.render(toLead.payload, toLead.target));
    expect(leadDm).toContain('Møtene er for lange');
    for (const identifier of ['person2', 'Nummer2', 'local:']) expect(leadDm).not.toContain(identifier);

    // Someone else cannot answer in it.
    expect(await t.core.conversation.say(person(3), `svar ${id} Jeg er ikke den`)).toMatchObject({
      outcome: 'not_found',
    });

    expect(await t.core.conversation.click(person(2), ACTIONS.endComment, threadId)).toMatchObject({
      outcome: 'ok',
    });
    expect(await count(t, 'comment_contacts', 'WHERE thread_id = ?', threadId)).toBe(0);
    expect(await count(t, 'comment_contacts')).toBe(4);
    // The queued DMs that named the commenter went with the key.
    expect((await dms(t)).map((d) => d.target.id)).toEqual(['lead']);
    expect(await t.core.conversation.say(LEAD, `svar ${id} Hallo?`)).toMatchObject({
      outcome: 'closed',
      message: { fallbackText: 'Samtalen er avsluttet. Det går ikke å svare mer.' },
    });
  });

  it('the lead can end it too; retention removes threads and contact keys', async () => {
    const { t, id } = await tenComments();
    expect(await count(t, 'comment_contacts')).toBe(5);
    expect(await t.core.conversation.say(LEAD, `avslutt ${id}`)).toMatchObject({ outcome: 'ok' });
    expect(await count(t, 'comment_contacts')).toBe(4);
    t.clock.advance(25 * 31 * DAY);
    const report = await t.core.retention.run();
    expect(report.commentThreadsDeleted).toBe(5);
    for (const table of ['comment_threads', 'comment_contacts', 'comment_authors', 'comment_messages'])
      expect(await count(t, table), table).toBe(0);
  });

  it('forgetting a person ends their conversations', async () => {
    const { t } = await tenComments();
    await t.core.personalData.forget('local:person2');
    expect(await count(t, 'comment_contacts')).toBe(4);
  });
});
