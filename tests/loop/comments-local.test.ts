// The local page's API, as the page calls it: a comment from the voter's own view, the leads'
// command, a reply and an answer back, and the lead's DMs naming no commenter.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ACTIONS, FORMS, type Form, type Message } from '../../src/core/message.js';
import { HOUR, type LocalApp, startLocalApp } from '../local/local-app.js';

type Item = { id: number; message: Message };
const COMMENTERS = ['local:aisha', 'local:per', 'local:ingrid', 'local:jonas', 'local:sara'];
const AISHA = ['local:aisha', 'aisha', 'Aisha Khan', 'aisha@demo.kommune.no', 'oppvekst', 'Oppvekst'];

let local: LocalApp;
beforeEach(async () => {
  local = await startLocalApp({
    yaml: 'organisation: Testkommune\nprivacy: { minCommentGroupSize: 5 }\nroles:\n  leads: [local:kari]\n',
  });
});
afterEach(async () => {
  expect(local.errors).toEqual([]);
  await local.stop();
});

const buttonOf = (message: Message | undefined, actionId: string) =>
  (message?.blocks ?? [])
    .flatMap((b) => (b.type === 'actions' ? b.buttons : []))
    .find((b) => b.actionId === actionId);
const command = async (as: string, text: string) =>
  (await local.post('/local/api/command', { as, text })).body as {
    message: string;
    outcome?: string;
    error?: string;
  };
const dms = async (as: string) =>
  ((await local.get(`/local/api/state?as=${as}`)).body as unknown as { dms: Item[] }).dms;

it('a comment and a conversation through the local API', async () => {
  const pulse = await local.firePulse();
  const questionId = pulse.questionIds[0] ?? '';
  for (const as of COMMENTERS) {
    const voted = await local.post('/local/api/vote', { as, pulseId: pulse.id, questionId, value: 4 });
    const button = buttonOf((voted.body.reply as { pulse?: Message }).pulse, ACTIONS.openComment);
    if (!button) throw new Error('no comment button');
    const opened = await local.post('/local/api/action', {
      as,
      actionId: button.actionId,
      value: button.value,
    });
    const form = opened.body.form as Form;
    expect(form.intro).toContain('Skriv ikke navn eller noe som gjør deg gjenkjennelig');
    const saved = await local.post('/local/api/form', {
      as,
      formId: form.id,
      context: form.context,
      values: { comment: `Kommentar fra ${as === 'local:aisha' ? 'den første' : 'en annen'}` },
    });
    expect(saved.body.ok).toBe(true);
  }
  local.clock.advance(49 * HOUR);
  await local.app.scheduler.tick(local.clock.now());
  await local.app.drain();

  const listed = await command('local:kari', 'kommentarer');
  const id = listed.message.match(/\[([a-z2-7]{8})\] «Kommentar fra den første»/)?.[1];
  if (!id) throw new Error(`not listed: ${listed.message}`);
  expect((await command('local:ola', 'kommentarer')).error).toBe('not_allowed');
  expect((await command('local:kari', `svar ${id} Takk, si gjerne mer`)).outcome).toBe('ok');
  await local.app.drain();

  const toAisha = (await dms('local:aisha')).find((d) =>
    JSON.stringify(d.message).includes('Takk, si gjerne mer'),
  );
  const reply = buttonOf(toAisha?.message, ACTIONS.openCommentReply);
  if (!reply) throw new Error('no reply button in the DM');
  const opened = await local.post('/local/api/action', {
    as: 'local:aisha',
    actionId: reply.actionId,
    value: reply.value,
  });
  const form = opened.body.form as Form;
  const answered = await local.post('/local/api/form', {
    as: 'local:aisha',
    formId: FORMS.commentReply,
    context: form.context,
    values: { reply: 'Det gjelder vaktplanen' },
  });
  expect(answered.body.ok).toBe(true);
  await local.app.drain();
  const leadDms = JSON.stringify(await dms('local:kari'));
  expect(leadDms).toContain('Det gjelder vaktplanen');
  for (const identifier of AISHA) expect(leadDms).not.toContain(identifier);
});
