// Issue 23.6 on Slack: the main journeys through signed requests and the fake Web API, with ids shaped
// like Slack's own, and every text people were shown (command answers, ephemerals, DMs, channel posts,
// updates, modals, App Home) scanned for raw ids. People whose names Slack does not give, a consent
// request that cannot be delivered and a channel that is gone are part of it: that is where ids leaked.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ACTIONS, FORMS } from '../../src/core/message.js';
import { rawIdsIn } from '../support/raw-ids.js';
import { eventually, mutableClock, type SlackTestApp, startSlackTestApp } from '../support/slack-app.js';
import { homeAction, nominate, openHome, shareStory } from '../support/slack-home-actions.js';
import {
  buttonClick,
  checkbox,
  sendCommand,
  sendInteraction,
  text,
  viewSubmission,
} from '../support/slack-requests.js';
import { slackVisibleTexts } from '../support/visible-texts.js';
import * as journey from './raw-ids-journey.js';

const PULSE = 'C0PULSE0001';
const REFL = 'C0REFL00001';
const GONE = 'C0GONE00001';
const LEAD = 'U0LEAD00001';
const MANAGER = 'U0MANAGER01';
const KARI = 'U0KARI00001';
const OLA = 'U0OLA000001';
const VOTERS = [KARI, OLA, 'U0NILS00001', 'U0SIRI00001', 'U0PER000001'];
/** Never met, no name in Slack's answer, and no DM can be opened with her. */
const NORA = 'U0NORA00001';
/** A person whose profile gives no name, who has their data erased. */
const GONE_PERSON = 'U0EMP000014';

const YAML = `
organisation: Testkommune
publicUrl: http://127.0.0.1:9/kp
privacy: { minGroupSize: 3, minCommentGroupSize: 5 }
channelSectors:
  "slack:channel:${REFL}": oppvekst
roles:
  admins: [leder@kommune.example]
  leads: [leder@kommune.example]
  managers: [manager@kommune.example]
quietPeriods: []
schedules:
  - id: weekly-reflection
    kind: reflection
    cron: "0 9 * * 1"
    skipHolidays: false
    targets: [slack:channel:${REFL}, slack:channel:${GONE}]
  - id: fortnightly-pulse
    kind: pulse
    cron: "0 9 * * 3"
    skipHolidays: false
    statements: 3
    openHours: 48
    targets: [slack:channel:${PULSE}]
  - id: monthly-learning
    kind: learning
    cron: "0 13 * * 1-5"
    skipHolidays: false
    targets: [slack:channel:${REFL}]
  - id: monthly-digest
    kind: digest
    cron: "0 9 * * 1-5"
    skipHolidays: false
    targets: [slack:channel:C0LEADS0001]
`;

const SHOWN_BY = [
  'chat.postMessage',
  'chat.postEphemeral',
  'chat.update',
  'views.open',
  'views.update',
  'views.push',
  'views.publish',
];

let t: SlackTestApp;
/** Texts people saw in answers to their requests (the Web API calls are read at the end). */
const answered: string[] = [];
const clock = mutableClock(new Date('2026-03-02T08:00:00.000Z'));

async function say(user: string, words: string, channel = `D${user}`) {
  const response = await sendCommand(t.baseUrl, {
    user_id: user,
    user_name: user.toLowerCase(),
    channel_id: channel,
    text: words,
    response_url: `${t.fake.url}respond/${user}`,
  });
  expect(response.status, words).toBe(200);
  if (response.text) answered.push(...slackVisibleTexts(response.json()));
  await t.app.drain();
  return response.text;
}

async function interact(payload: unknown) {
  const response = await sendInteraction(t.baseUrl, payload);
  expect(response.status).toBe(200);
  if (response.text.startsWith('{')) answered.push(...slackVisibleTexts(response.json()));
  await t.app.drain();
}

/** The first button whose action id starts with `prefix`, in what a call or message carried. */
function button(payload: unknown, prefix: string): { actionId: string; value: string } {
  let found: { actionId: string; value: string } | undefined;
  JSON.stringify(payload, (_key, node: { action_id?: string; value?: string }) => {
    if (!found && node?.action_id?.startsWith(prefix))
      found = { actionId: node.action_id, value: node.value ?? '' };
    return node;
  });
  if (!found) throw new Error(`no ${prefix} button in ${JSON.stringify(payload).slice(0, 200)}`);
  return found;
}

/** Clicks a button that opens a modal; the modal, once Slack was asked to open it. */
async function openModal(payload: unknown) {
  const before = t.fake.callsTo('views.open').length;
  await interact(payload);
  return eventually(() => {
    const args = t.fake.callsTo('views.open')[before]?.args as { view: string | object } | undefined;
    if (!args) throw new Error('no modal yet');
    return (typeof args.view === 'string' ? JSON.parse(args.view) : args.view) as {
      private_metadata: string;
    };
  });
}

/** The newest message to a channel or DM whose text contains `words`. */
const posted = (channel: string, words: string) =>
  eventually(() => {
    const found = t.fake.messages
      .filter((m) => m.channel === channel && JSON.stringify(m).includes(words))
      .at(-1);
    if (!found) throw new Error(`nothing with “${words}” in ${channel}`);
    return found;
  });

/** A click on the button with this action in the newest message to a channel or DM that has one. */
async function press(user: string, channel: string, actionId: string) {
  const message = await posted(channel, actionId);
  const found = button(message.blocks, actionId);
  return buttonClick(user, channel, found.actionId, found.value, message.ts);
}

async function tick(ms: number) {
  clock.advance(ms);
  await t.app.scheduler.tick(clock.now());
  await t.app.drain();
}

beforeAll(async () => {
  t = await startSlackTestApp({
    clock,
    yaml: YAML,
    configureFake: (fake) => {
      fake.users[LEAD] = { name: 'Lise Leder', email: 'leder@kommune.example' };
      fake.users[MANAGER] = { name: 'Mona Manager', email: 'manager@kommune.example' };
      fake.users[KARI] = { name: 'Kari Nordmann' };
      fake.users[OLA] = { name: 'Ola Hansen' };
      fake.users.U0NILS00001 = { name: 'Nils Berg' };
      fake.users.U0SIRI00001 = { name: 'Siri Dahl' };
      fake.users.U0PER000001 = { name: 'Per Olsen' };
      // Profiles without a name (Slack allows it), and a person no DM can reach.
      fake.users[NORA] = { name: '', realName: '', handle: '' };
      fake.users[GONE_PERSON] = { name: '', realName: '', handle: '' };
      fake.unreachable[NORA] = 'user_not_found';
      fake.unreachable[GONE] = 'channel_not_found';
    },
  });

  for (const words of journey.LEAD_POSTS) await say(LEAD, words);

  // Five people vote on every statement and comment on the first, each from their own view.
  const pulse = (await t.app.runtime.core.pulses.openPulses())[0];
  const pulsePost = t.fake.messages.find((m) => m.channel === PULSE);
  if (!pulse || !pulsePost) throw new Error('no pulse');
  for (const [i, voter] of VOTERS.entries()) {
    for (const q of pulse.questionIds) {
      const vote = `${ACTIONS.pulseVote}:${q}:4`;
      await interact({
        ...buttonClick(voter, PULSE, vote, `${pulse.id}|${q}|4`, pulsePost.ts),
        response_url: `${t.fake.url}respond/${voter}`,
      });
    }
    const own = await eventually(() => {
      const call = t.fake
        .callsTo('chat.postEphemeral')
        .filter((c) => c.args.user === voter)
        .at(-1);
      if (!call) throw new Error('no ephemeral yet');
      return call.args;
    });
    const open = button(own.blocks, ACTIONS.openComment);
    const modal = await openModal(buttonClick(voter, PULSE, open.actionId, open.value, pulsePost.ts));
    const comment = { comment: text(journey.commentText(i)) };
    await interact(
      viewSubmission(voter, FORMS.comment, comment, { privateMetadata: modal.private_metadata }),
    );
  }
  await say(KARI, 'puls');
  await say(LEAD, 'resultater');

  // Kari nominates Nora, who cannot be asked, and Ola, who says yes; a manager recognises Ola.
  expect((await nominate(t, KARI, NORA)).status).toBe(200);
  expect((await nominate(t, KARI, OLA)).status).toBe(200);
  await t.app.drain();
  await t.app.drain();
  await interact(await press(OLA, `D${OLA}`, ACTIONS.consentAccept));
  await posted(`D${KARI}`, 'har sagt ja');
  expect(await openHome(t, KARI)).toBe(200);
  expect(await openHome(t, MANAGER)).toBe(200);
  await eventually(() => expect(JSON.stringify(t.fake.homes[MANAGER])).toContain(ACTIONS.recognise));
  const recognise = button(t.fake.homes[MANAGER], ACTIONS.recognise);
  await interact(
    homeAction(MANAGER, { type: 'button', action_id: ACTIONS.recognise, value: recognise.value }),
  );
  await say(MANAGER, 'anerkjenn');
  expect((await shareStory(t, KARI, 'Digital innsjekk')).status).toBe(200);
  await t.app.drain();
  // Admins: what did not arrive, in the command and in App Home.
  await say(LEAD, 'leveringer');
  expect(await openHome(t, LEAD)).toBe(200);
  await eventually(() => expect(JSON.stringify(t.fake.homes[LEAD])).toContain('Leveringer som feilet'));

  // The pulse closes; the lead reads the results and comments, adds the sentence and answers one.
  await tick(49 * journey.HOUR);
  let listed = '';
  for (const words of journey.AFTER_CLOSE) listed = await say(LEAD, words);
  await say(LEAD, journey.replyToFirst(listed));

  // Kaffe på tvers between two sectors, and the check-back of a next step a month later.
  for (const [who, words] of journey.KAFFE) await say(who === 'first' ? KARI : OLA, words);
  await say(LEAD, 'publiser monthly-learning');
  const form = await openModal(await press(KARI, REFL, ACTIONS.openLearning));
  const answer = { ...journey.LEARNING, ownIt: true, shareName: true };
  const values = Object.fromEntries(
    Object.entries(answer).map(([field, value]) => [
      field,
      typeof value === 'boolean' ? checkbox(value) : text(value),
    ]),
  );
  await interact(viewSubmission(KARI, FORMS.learning, values, { privateMetadata: form.private_metadata }));
  await tick(14 * journey.DAY);
  await posted(`D${KARI}`, 'Kaffe på tvers');
  await tick(7 * journey.DAY);
  await interact(await press(KARI, `D${KARI}`, ACTIONS.kaffeMet));
  await tick(10 * journey.DAY);
  await interact(await press(KARI, `D${KARI}`, ACTIONS.checkBackNotYet));
  await tick(40 * journey.DAY);
  for (const words of journey.LEAD_LATE) await say(LEAD, words);

  // A person without a name in Slack reads and erases their data, then comes back; in English too.
  await say(GONE_PERSON, 'minedata');
  const code = /minedata slett (\S+)`/.exec(await say(GONE_PERSON, 'minedata slett'))?.[1];
  await say(GONE_PERSON, `minedata slett ${code}`);
  await say(GONE_PERSON, 'minedata');
  for (const [who, words] of journey.OTHER_LANGUAGES) await say(who === 'lead' ? LEAD : OLA, words);
}, 120_000);

afterAll(async () => {
  await t?.close();
});

it('the journey reached the places where ids used to show', async () => {
  const all = shown().join('\n');
  expect(all).toContain('Vi fikk ikke spurt kollegaen du nominerte om nominasjonen din');
  expect(all).toContain('Samtykkeforespørsler som ikke nådde den nominerte');
  expect(all).toContain('kanalen for refleksjonsspørsmål i Slack');
  expect(all).toMatch(/Publisert: pulsmålingen, mandag 2\. mars kl\. 09:00\. 1 melding er på vei\./);
  expect(all).toContain('Pulsmålingen fra mandag 2. mars');
  expect(all).toMatch(/Navn\W+ikke lagret/);
  expect(all).toContain('Ferdig: alt Kulturpuls hadde lagret om deg er slettet.');
  expect(all).toContain('Kaffe på tvers');
});

it('no text on Slack shows a raw id, key, timestamp or schedule id', () => {
  expect(rawIdsIn(shown(), journey.SCHEDULES)).toEqual([]);
});

function shown(): string[] {
  const calls = t.fake.calls.filter((c) => SHOWN_BY.includes(c.method) || c.method.startsWith('respond/'));
  return [...answered, ...calls.flatMap((c) => slackVisibleTexts(c.args))];
}
