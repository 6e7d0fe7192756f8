import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, FORMS } from '../../src/core/message.js';
import {
  eventually,
  postsBesidesOnboarding,
  type SlackTestApp,
  startSlackTestApp,
} from '../support/slack-app.js';
import { storyValues } from '../support/slack-home-actions.js';
import {
  buttonClick,
  checkbox,
  fixture,
  multi,
  SIGNING_SECRET,
  select,
  sendCommand,
  sendEvent,
  sendInteraction,
  signature,
  text,
  user,
  viewSubmission,
} from '../support/slack-requests.js';

let t: SlackTestApp;
beforeEach(async () => {
  t = await startSlackTestApp();
});
afterEach(async () => {
  await t.close();
});

function firePost(scheduleId: string) {
  const schedule = t.app.runtime.settings.schedules.find((s) => s.id === scheduleId);
  if (!schedule) throw new Error(scheduleId);
  return t.app.runtime.core.occurrences.fire(schedule, t.app.runtime.clock.now(), { force: true });
}

describe('Slack over HTTP', () => {
  it('answers url_verification with the challenge', async () => {
    const body = fixture<{ challenge: string }>('slack-url-verification');
    const res = await sendEvent(t.baseUrl, body);
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ challenge: body.challenge });
  });

  it('rejects a forged signature, a stale timestamp and a malformed payload, storing nothing', async () => {
    const before = { people: await t.count('people'), stories: await t.count('stories') };
    const forged = await sendCommand(t.baseUrl, { text: 'pause' }, { secret: 'not-the-secret' });
    expect(forged.status).toBe(401);
    const stale = await sendCommand(
      t.baseUrl,
      { text: 'pause' },
      { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 },
    );
    expect(stale.status).toBe(401);
    // Signed ahead: a replay prepared for later is refused like a stale one (Slack: five minutes).
    const ahead = await sendCommand(
      t.baseUrl,
      { text: 'pause' },
      { timestamp: Math.floor(Date.now() / 1000) + 6 * 60 },
    );
    expect(ahead.status).toBe(401);
    // Correctly signed, but not a Slack payload.
    const body = 'payload=%7Bnot-json';
    const ts = Math.floor(Date.now() / 1000);
    const raw = await fetch(`${t.baseUrl}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(ts),
        'x-slack-signature': signature(body, ts, SIGNING_SECRET),
      },
      body,
    });
    expect(raw.status).toBe(400);
    expect({ people: await t.count('people'), stories: await t.count('stories') }).toEqual(before);
    expect(t.fake.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
    // Within five minutes either way and correctly signed: answered (a clock a little ahead of Slack's).
    const early = await sendCommand(
      t.baseUrl,
      { text: 'help' },
      { timestamp: Math.floor(Date.now() / 1000) + 4 * 60 },
    );
    expect(early.status).toBe(200);
  });

  it('answers /kulturpuls help, lang and pause in the acknowledgement', async () => {
    const help = await sendCommand(t.baseUrl, { text: '' });
    expect(help.status).toBe(200);
    const reply = help.json() as { response_type: string; text: string; blocks: { type: string }[] };
    expect(reply.response_type).toBe('ephemeral');
    expect(JSON.stringify(reply.blocks)).toContain('• `/kulturpuls historie` – del en god historie');
    expect(JSON.stringify(reply.blocks)).not.toContain('publiser PLAN-ID');

    const lang = (await sendCommand(t.baseUrl, { text: 'lang nn' })).json() as { text: string };
    expect(lang.text).toBe('Språket er endra til nynorsk.');
    expect((await t.app.runtime.store.people.get('slack:UEMPLOYEE'))?.locale).toBe('nn');

    await sendCommand(t.baseUrl, { text: 'pause' });
    expect((await t.app.runtime.store.people.get('slack:UEMPLOYEE'))?.paused).toBe(true);

    const admin = (await sendCommand(t.baseUrl, { text: 'help', user_id: 'UADMIN' })).json();
    expect(JSON.stringify(admin)).toContain('`/kulturpuls publiser PLAN-ID`');
    const refused = (await sendCommand(t.baseUrl, { text: 'post pulse' })).json() as { text: string };
    expect(refused.text).toContain('innovasjonsleiarar');
  });

  it('posts a pulse; a click records, a second click changes, each confirmed ephemerally', async () => {
    const posted = (await sendCommand(t.baseUrl, { text: 'post pulse', user_id: 'UADMIN' })).json() as {
      text: string;
    };
    expect(posted.text).toMatch(
      /^Publisert: pulsmålingen, \w+ \d+\. \w+ kl\. \d\d:\d\d\. 1 melding er på vei\.$/,
    );
    await eventually(() => expect(postsBesidesOnboarding(t.fake)).toHaveLength(1));
    const post = postsBesidesOnboarding(t.fake)[0]?.args as {
      channel: string;
      blocks: unknown[];
      metadata: unknown;
    };
    expect(post.channel).toBe('CPULSE');
    expect(post.metadata).toMatchObject({ event_type: 'kulturpuls_post' });
    const pulse = (await t.app.runtime.core.pulses.openPulses())[0];
    if (!pulse) throw new Error('no pulse');
    const q = pulse.questionIds[0] as string;

    await sendInteraction(
      t.baseUrl,
      buttonClick('UEMPLOYEE', 'CPULSE', `${ACTIONS.pulseVote}:${q}:4`, `${pulse.id}|${q}|4`),
    );
    await eventually(() => expect(t.fake.callsTo('chat.postEphemeral')).toHaveLength(1));
    await sendInteraction(
      t.baseUrl,
      buttonClick('UEMPLOYEE', 'CPULSE', `${ACTIONS.pulseVote}:${q}:2`, `${pulse.id}|${q}|2`),
    );
    await eventually(() => expect(t.fake.callsTo('chat.postEphemeral')).toHaveLength(2));

    expect(await t.count('pulse_answers')).toBe(1);
    const [first, second] = t.fake
      .callsTo('chat.postEphemeral')
      .map((c) => c.args as { user: string; text: string; blocks: unknown });
    expect(first?.user).toBe('UEMPLOYEE');
    expect(first?.text).toContain('Takk!');
    expect(second?.text).toContain('endret');
    expect(JSON.stringify(second?.blocks)).toContain('Du kan endre svaret til');
    expect(JSON.stringify(second?.blocks)).toContain('minst 3 personer');
  });

  it('a story modal: invalid input answered with errors on the field, valid input stored once', async () => {
    const invalid = await sendInteraction(
      t.baseUrl,
      viewSubmission('UEMPLOYEE', FORMS.story, storyValues({ title: text('') })),
    );
    expect(invalid.status).toBe(200);
    expect(invalid.json()).toEqual({
      response_action: 'errors',
      errors: { title: 'Dette feltet må fylles ut.' },
    });
    expect(await t.count('stories')).toBe(0);

    const submission = viewSubmission('UEMPLOYEE', FORMS.story, storyValues(), { viewId: 'VSTORY1' });
    const ok = await sendInteraction(t.baseUrl, submission);
    expect(ok.json()).toMatchObject({ response_action: 'update', view: { type: 'modal' } });
    // A double click on Submit sends the same view again.
    const again = await sendInteraction(t.baseUrl, submission);
    expect(again.status).toBe(200);
    expect(await t.count('stories')).toBe(1);
  });

  it('a nomination asks the nominee by DM; accepting replaces the buttons', async () => {
    const values = {
      nomineeKind: select('person'),
      nominee: user('UNOMINEE'),
      teamName: text(''),
      dimension: select('anerkjennelse'),
      reason: text('Startet et samarbeid med skolen.'),
      sectors: multi(),
    };
    const self = await sendInteraction(t.baseUrl, viewSubmission('UNOMINEE', FORMS.nomination, values));
    expect(self.json()).toMatchObject({ response_action: 'errors', errors: { nominee: expect.any(String) } });

    await sendInteraction(t.baseUrl, viewSubmission('UEMPLOYEE', FORMS.nomination, values));
    await eventually(() => expect(postsBesidesOnboarding(t.fake)).toHaveLength(1));
    expect(t.fake.callsTo('conversations.open')[0]?.args).toMatchObject({ users: 'UNOMINEE' });
    const dm = postsBesidesOnboarding(t.fake)[0]?.args as {
      channel: string;
      blocks: { elements?: { value: string }[] }[];
    };
    expect(dm.channel).toBe('DUNOMINEE');
    const nominationId = dm.blocks.flatMap((b) => b.elements ?? [])[0]?.value as string;

    await sendInteraction(
      t.baseUrl,
      buttonClick('UNOMINEE', 'DUNOMINEE', ACTIONS.consentAccept, nominationId),
    );
    await eventually(() => expect(t.fake.callsTo('chat.update')).toHaveLength(1));
    expect((await t.app.runtime.store.content.getNomination(nominationId))?.status).toBe('accepted');

    // From App Home, where the manager's list is.
    const fromHome = buttonClick('UMANAGER', 'DUMANAGER', ACTIONS.recognise, nominationId);
    const { channel: _channel, message: _message, ...home } = fromHome;
    await sendInteraction(t.baseUrl, { ...home, container: { type: 'view', view_id: 'VHOME' } });
    await eventually(() =>
      expect(postsBesidesOnboarding(t.fake).map((c) => c.args.channel)).toContain('CREFL'),
    );
    expect((await t.app.runtime.store.content.getNomination(nominationId))?.status).toBe('recognised');
  });

  it('recognising from the `recognise` list replaces that list; a second click is told why', async () => {
    for (const team of ['Biblioteket', 'Hjemmetjenesten']) {
      const values = {
        nomineeKind: select('team'),
        nominee: user(''),
        teamName: text(team),
        dimension: select('anerkjennelse'),
        reason: text(`${team} delte det de lærte.`),
        sectors: multi(),
      };
      await sendInteraction(t.baseUrl, viewSubmission('UEMPLOYEE', FORMS.nomination, values));
    }
    const listed = (await sendCommand(t.baseUrl, { text: 'anerkjenn', user_id: 'UMANAGER' })).json() as {
      blocks: { elements?: { action_id: string; value: string }[] }[];
    };
    const ids = listed.blocks
      .flatMap((b) => b.elements ?? [])
      .filter((e) => e.action_id.startsWith(ACTIONS.recognise))
      .map((e) => e.value);
    expect(ids).toHaveLength(2);
    // The list is the command's ephemeral answer; a click in it comes with its response_url.
    const click = (id: string) => {
      const base = buttonClick('UMANAGER', 'CREFL', ACTIONS.recognise, id);
      return sendInteraction(t.baseUrl, {
        ...base,
        container: { ...base.container, is_ephemeral: true },
        response_url: `${t.fake.url}respond/UMANAGER`,
      });
    };
    const replaced = async (n: number) => {
      await eventually(() => expect(t.fake.responses('UMANAGER')).toHaveLength(n));
      const answer = t.fake.responses('UMANAGER')[n - 1] as { replace_original?: boolean; text?: string };
      const values = JSON.stringify(answer).match(/"value":"[^"]+"/g) ?? [];
      return { ...answer, values };
    };
    await click(ids[0] as string);
    const first = await replaced(1);
    expect(first.replace_original).toBe(true);
    expect(first.text).toBe('Anerkjennelsen er publisert.');
    expect(first.values).toEqual([`"value":"${ids[1]}"`]);

    await click(ids[0] as string);
    const second = await replaced(2);
    expect(second.text).toMatch(/^Denne nominasjonen er allerede anerkjent/);
    expect(second.values).toEqual([`"value":"${ids[1]}"`]);
  });

  it('the message shortcut opens the story modal prefilled with the message text', async () => {
    await sendInteraction(t.baseUrl, fixture('slack-message-shortcut'));
    await eventually(() => expect(t.fake.callsTo('views.open')).toHaveLength(1));
    const view = t.fake.callsTo('views.open')[0]?.args.view as { callback_id: string; blocks: unknown[] };
    expect(view.callback_id).toBe(FORMS.story);
    expect(JSON.stringify(view.blocks)).toContain('ventetiden er halvert <3');
  });

  it('a reply in the thread of a reflection question is stored once, without the name', async () => {
    await firePost('reflection');
    await t.app.drain();
    const parent = t.fake.messages[0];
    if (!parent) throw new Error('no post');
    const event = fixture<{ event: Record<string, unknown> }>('slack-thread-reply');
    event.event.thread_ts = parent.ts;
    await sendEvent(t.baseUrl, event);
    await eventually(async () => expect(await t.count('reflections')).toBe(1));
    // Slack retries the same event when our acknowledgement was slow.
    await sendEvent(t.baseUrl, event, {
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    await eventually(() => expect(t.fake.callsTo('chat.postEphemeral')).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await t.count('reflections')).toBe(1);
    const [row] = await t.rows('SELECT author_key, sector FROM reflections');
    expect(row).toEqual({ author_key: null, sector: 'oppvekst' });
  });

  it('the reflection button opens a modal; the answer is stored with the name when chosen', async () => {
    await firePost('reflection');
    await t.app.drain();
    const blocks = postsBesidesOnboarding(t.fake)[0]?.args.blocks as {
      elements?: { action_id: string; value: string }[];
    }[];
    const button = blocks
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === ACTIONS.openReflection);
    if (!button) throw new Error('no button');
    await sendInteraction(t.baseUrl, buttonClick('UEMPLOYEE', 'CREFL', button.action_id, button.value));
    await eventually(() => expect(t.fake.callsTo('views.open')).toHaveLength(1));
    const view = t.fake.callsTo('views.open')[0]?.args.view as {
      callback_id: string;
      private_metadata: string;
    };
    const res = await sendInteraction(
      t.baseUrl,
      viewSubmission(
        'UEMPLOYEE',
        view.callback_id,
        { text: text('Vi deler ideer.'), shareName: checkbox(true) },
        {
          privateMetadata: view.private_metadata,
        },
      ),
    );
    expect(res.json()).toMatchObject({ response_action: 'update' });
    expect(await t.count('reflections')).toBe(1);
    const [stored] = await t.app.runtime.store.content.reflectionsBy('slack:UEMPLOYEE');
    expect(stored?.authorKey).toBe('slack:UEMPLOYEE');
  });

  it('App Home shows an admin the next posts and failed deliveries', async () => {
    t.fake.failNext('chat.postMessage', { error: 'channel_not_found' });
    await firePost('reflection');
    await t.app.drain();
    expect(await t.app.runtime.store.outbox.list({ status: 'failed' })).toHaveLength(1);
    await sendEvent(t.baseUrl, fixture('slack-app-home-opened'));
    await eventually(() => expect(t.fake.callsTo('views.publish')).toHaveLength(1));
    const args = t.fake.callsTo('views.publish')[0]?.args as {
      user_id: string;
      view: { type: string; blocks: unknown[] };
    };
    expect(args.user_id).toBe('UADMIN');
    expect(args.view.type).toBe('home');
    const shown = JSON.stringify(args.view.blocks);
    expect(shown).toContain('Neste planlagte innlegg');
    // In words, as `deliveries` says it: where (by what is posted there) and why, never ids or codes.
    expect(shown).toContain(
      'Refleksjonsspørsmål til kanalen for refleksjonsspørsmål og læringssløyfa i Slack – samtalen eller kanalen finnes ikke lenger',
    );
    expect(shown).not.toMatch(/channel_not_found|slack:channel:|\(reflection\)/);
  });

  it('a 429 from Slack is retried by the outbox after Retry-After, and posted once', async () => {
    t.fake.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    await firePost('reflection');
    const before = Date.now();
    await t.app.drain();
    const [row] = await t.app.runtime.store.outbox.list({ status: 'pending' });
    expect(row?.lastError).toBe('rate_limited');
    expect(Date.parse(row?.nextAttemptAt ?? '') - before).toBeGreaterThanOrEqual(900);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await t.app.drain();
    expect(await t.app.runtime.store.outbox.list({ status: 'sent' })).toHaveLength(1);
    expect(t.fake.messages).toHaveLength(1);
    // A 429 means Slack did not post it: the retry needs no lookup (timeouts and 5xx do, see tests/reliability).
    expect(t.fake.callsTo('conversations.history')).toHaveLength(0);
  });
});
