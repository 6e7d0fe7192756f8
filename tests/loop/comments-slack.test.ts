// Slack round trip against the fake Web API: a comment given from the voter's own view of a pulse,
// then lead and commenter exchange two messages each. Every payload the lead receives (command
// answers, DMs, modals, in-place updates) is checked for the commenter's identifiers.
import { afterEach, expect, it } from 'vitest';
import { ACTIONS, FORMS } from '../../src/core/message.js';
import {
  eventually,
  mutableClock,
  postPulse,
  type SlackTestApp,
  startSlackTestApp,
} from '../support/slack-app.js';
import { messageProblems, viewProblems } from '../support/slack-block-kit-rules.js';
import {
  buttonClick,
  sendCommand,
  sendInteraction,
  text,
  viewSubmission,
} from '../support/slack-requests.js';

let t: SlackTestApp | undefined;
afterEach(async () => {
  await t?.close();
});

const HOUR = 3_600_000;
const KARI = { id: 'UKARI', name: 'Kari Nordmann', email: 'kari.nordmann@kommune.example' };
const KARI_IDS = [KARI.id, KARI.name, KARI.email, 'Kari', 'kari.nordmann'];

const buttonIn = (blocks: unknown, prefix: string) => {
  let found: { actionId: string; value: string } | undefined;
  JSON.stringify(blocks, (_key, node: { action_id?: string; value?: string }) => {
    if (
      !found &&
      node?.action_id?.startsWith(prefix) &&
      node.action_id.slice(prefix.length, prefix.length + 1) !== '_'
    )
      found = { actionId: node.action_id, value: node.value ?? '' };
    return node;
  });
  if (!found) throw new Error(`no ${prefix} button`);
  return found;
};

it('a comment and a two-way conversation, the lead never seeing who wrote it', async () => {
  const clock = mutableClock(new Date());
  t = await startSlackTestApp({
    clock,
    configureFake: (fake) => {
      fake.users.ULEAD = { name: 'Lina Leder', email: 'leder@kommune.example' };
      fake.users.UKARI = { name: KARI.name, email: KARI.email };
    },
  });
  const app = t;
  const core = app.app.runtime.core;
  /** The n-th modal opened (0-based; -1 the last), as Slack got it. */
  const modalAt = (n: number) =>
    eventually(() => {
      const args = app.fake.callsTo('views.open').at(n)?.args as { view: string | object } | undefined;
      if (!args) throw new Error('no modal yet');
      return (typeof args.view === 'string' ? JSON.parse(args.view) : args.view) as {
        private_metadata: string;
      };
    });
  const submitted = (
    user: string,
    view: { private_metadata: string },
    formId: string,
    field: string,
    value: string,
  ) => viewSubmission(user, formId, { [field]: text(value) }, { privateMetadata: view.private_metadata });
  const { pulse, post, q } = await postPulse(app);
  expect(app.fake.channelPosts()).toHaveLength(1);

  // Kari votes, and "Kommenter anonymt" is under the statement in her own view.
  await sendInteraction(
    app.baseUrl,
    buttonClick('UKARI', 'CPULSE', `${ACTIONS.pulseVote}:${q}:4`, `${pulse.id}|${q}|4`, post.ts),
  );
  const own = await eventually(() => {
    const call = app.fake.callsTo('chat.postEphemeral')[0];
    if (!call) throw new Error('no ephemeral yet');
    return call.args;
  });
  const comment = buttonIn(own.blocks, ACTIONS.openComment);
  expect(comment.value).toBe(`${pulse.id}|${q}`);
  await sendInteraction(
    app.baseUrl,
    buttonClick('UKARI', 'CPULSE', comment.actionId, comment.value, post.ts),
  );
  const view = await modalAt(0);
  expect(viewProblems(view)).toEqual([]);
  expect(JSON.stringify(view)).toContain('Skriv ikke navn eller noe som gjør deg gjenkjennelig');
  const tooLong = await sendInteraction(
    app.baseUrl,
    submitted('UKARI', view, FORMS.comment, 'comment', 'x'.repeat(501)),
  );
  expect(tooLong.json()).toMatchObject({
    response_action: 'errors',
    errors: { comment: expect.stringContaining('500') },
  });
  await sendInteraction(
    app.baseUrl,
    submitted('UKARI', view, FORMS.comment, 'comment', 'Møtene tar for lang tid'),
  );
  await eventually(async () => expect(await app.count('comment_threads')).toBe(1));
  // Nine more commenters reach the default threshold of 10.
  for (let i = 1; i <= 9; i++) {
    const actor = { platform: 'slack' as const, userId: `U${i}` };
    await core.conversation.vote(actor, { pulseId: pulse.id, questionId: q, value: 3 });
    await core.conversation.submitForm(
      actor,
      FORMS.comment,
      { pulseId: pulse.id, questionId: q },
      { comment: `Annen kommentar ${i}` },
    );
  }
  clock.advance(49 * HOUR);
  await app.app.scheduler.tick(clock.now());
  await app.app.drain();

  // Everything the lead receives from here on.
  const leadSaw: string[] = [];
  const lead = async (payload: unknown, send = sendInteraction) => {
    const before = app.fake.callsTo('views.open').length;
    const response = await send(app.baseUrl, payload as never);
    leadSaw.push(response.text);
    await app.app.drain();
    leadSaw.push(
      ...app.fake
        .callsTo('views.open')
        .slice(before)
        .map((c) => JSON.stringify(c.args)),
    );
    return response;
  };
  const listed = await lead({ user_id: 'ULEAD', text: 'kommentarer' }, sendCommand as never);
  const id = listed.text.match(/\[([a-z2-7]{8})\] «Møtene tar for lang tid»/)?.[1];
  if (!id) throw new Error(`no comment listed: ${listed.text}`);
  await lead({ user_id: 'ULEAD', text: `svar ${id} Takk! Hvilke møter tenker du på?` }, sendCommand as never);

  const kariDm = (n: number) =>
    eventually(() => {
      const dms = app.fake.messages.filter(
        (m) => m.channel === 'DUKARI' && m.text.includes('svart på kommentaren'),
      );
      if (dms.length < n) throw new Error('no DM yet');
      return dms[n - 1] as (typeof dms)[number];
    });
  const first = await kariDm(1);
  expect(JSON.stringify(first.blocks)).toContain('Takk! Hvilke møter tenker du på?');
  expect(JSON.stringify(first.blocks)).not.toContain('Lina');
  expect(messageProblems({ text: first.text, blocks: first.blocks as unknown[] })).toEqual([]);
  const answer = buttonIn(first.blocks, ACTIONS.openCommentReply);
  await sendInteraction(app.baseUrl, buttonClick('UKARI', 'DUKARI', answer.actionId, answer.value, first.ts));
  const replyView = await modalAt(1);
  await sendInteraction(
    app.baseUrl,
    submitted('UKARI', replyView, FORMS.commentReply, 'reply', 'Mandagsmøtene i enheten'),
  );
  await app.app.drain();

  const leadDms = () => app.fake.messages.filter((m) => m.channel === 'DULEAD');
  const toLead = await eventually(() => {
    const dm = leadDms().find((m) => JSON.stringify(m.blocks).includes('Mandagsmøtene i enheten'));
    if (!dm) throw new Error('no DM to the lead yet');
    return dm;
  });
  expect(messageProblems({ text: toLead.text, blocks: toLead.blocks as unknown[] })).toEqual([]);
  // The lead answers from the DM's own button and modal.
  const leadButton = buttonIn(toLead.blocks, ACTIONS.openCommentReply);
  await lead(buttonClick('ULEAD', 'DULEAD', leadButton.actionId, leadButton.value, toLead.ts));
  const leadView = await modalAt(-1);
  await lead(submitted('ULEAD', leadView, FORMS.commentReply, 'reply', 'Vi prøver 30 minutter neste gang.'));
  const second = await kariDm(2);
  expect(JSON.stringify(second.blocks)).toContain('Vi prøver 30 minutter neste gang.');
  await sendCommand(app.baseUrl, { user_id: 'UKARI', text: `svar ${id} Flott, takk!` });
  await app.app.drain();
  await eventually(() =>
    expect(leadDms().filter((m) => m.text.includes('anonym kommentar'))).toHaveLength(2),
  );

  // The lead ends it: the DM's buttons are replaced, and Kari can no longer answer.
  const last = leadDms().at(-1);
  if (!last) throw new Error('no DM');
  const end = buttonIn(last.blocks, ACTIONS.endComment);
  await lead(buttonClick('ULEAD', 'DULEAD', end.actionId, end.value, last.ts));
  await eventually(() =>
    expect(app.fake.callsTo('chat.update').some((c) => c.args.channel === 'DULEAD')).toBe(true),
  );
  expect(await app.count('comment_contacts')).toBe(9);
  const refused = await sendCommand(app.baseUrl, { user_id: 'UKARI', text: `svar ${id} Hallo?` });
  expect(refused.text).toContain('Samtalen er avsluttet');

  // Every Web API call that reached the lead: DMs, updates, ephemerals, and their modals above.
  for (const call of app.fake.calls) {
    const args = call.args as { channel?: unknown; user?: unknown };
    if (args.channel === 'DULEAD' || args.user === 'ULEAD') leadSaw.push(JSON.stringify(call.args));
  }
  leadSaw.push(...leadDms().map((m) => JSON.stringify(m)));
  expect(leadSaw.length).toBeGreaterThan(8);
  expect(leadSaw.join('\n')).toContain('Flott, takk!');
  for (const payload of leadSaw) for (const identifier of KARI_IDS) expect(payload).not.toContain(identifier);
  // No comment or reply text in the log.
  expect(JSON.stringify(app.logs)).not.toMatch(/Møtene tar|Mandagsmøtene|Flott, takk/);
});
