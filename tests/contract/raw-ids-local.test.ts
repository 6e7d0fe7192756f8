// Issue 23.6 on the local page: the main journeys through its JSON API, then the page itself in
// Chromium for a lead (by then in nynorsk), a manager and two employees, one reading English. Every
// reply, form and what the page draws (its text, labels, placeholders and titles, on every channel
// tab) is scanned for raw ids.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ACTIONS, type Form, type Message } from '../../src/core/message.js';
import { type LocalApp, startLocalApp } from '../local/local-app.js';
import { launchChromium } from '../support/browser.js';
import { rawIdsIn } from '../support/raw-ids.js';
import { neutralVisibleTexts } from '../support/visible-texts.js';
import * as journey from './raw-ids-journey.js';

// The journey's schedule ids are the defaults' (src/config/defaults.ts): local mode runs on them.
const VOTERS = ['aisha', 'per', 'ingrid', 'jonas', 'sara'];

let local: LocalApp;
const seen: string[] = [];

type Answer = {
  message?: string;
  reply?: { message: Message };
  form?: Form;
  errors?: Record<string, string>;
  confirmation?: Message;
};

async function call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Answer> {
  const response =
    method === 'GET' ? await local.get(path) : await local.post(path, body as Record<string, unknown>);
  const answer = response.body as Answer;
  seen.push(
    answer.message ?? '',
    ...neutralVisibleTexts(answer.reply),
    ...neutralVisibleTexts({ form: answer.form }),
    ...Object.values(answer.errors ?? {}),
  );
  await local.app.drain();
  return answer;
}

const say = (as: string, text: string) => call('POST', '/local/api/command', { as: `local:${as}`, text });
const act = (as: string, actionId: string, value: string) =>
  call('POST', '/local/api/action', { as: `local:${as}`, actionId, value });
const submit = (as: string, form: Form | undefined, values: Record<string, unknown>) =>
  call('POST', '/local/api/form', {
    as: `local:${as}`,
    formId: form?.id,
    context: form?.context ?? {},
    values,
  });

/** The newest button with this action in what a person sees: their DMs, the channels, what awaits them. */
async function buttonFor(as: string, actionId: string): Promise<string> {
  const state = (await local.get(`/local/api/state?as=local:${as}`)).body as {
    dms: { message: Message }[];
    channels: { items: { message: Message }[] }[];
    awaiting: Message[];
  };
  const messages = [
    ...state.awaiting,
    ...state.dms.map((d) => d.message),
    ...state.channels.flatMap((c) => c.items.map((i) => i.message)),
  ];
  for (const message of messages)
    for (const block of message.blocks)
      if (block.type === 'actions')
        for (const button of block.buttons) if (button.actionId === actionId) return button.value;
  throw new Error(`no ${actionId} for ${as}`);
}

async function tick(ms: number) {
  local.clock.advance(ms);
  await local.app.scheduler.tick(local.clock.now());
  await local.app.drain();
}

/** The text the page draws: `innerText` leaves out hidden panels, the script's data and styles. */
// biome-ignore lint/performance/useDomNodeTextContent: what is drawn, not every text node
const drawn = (page: Page) => page.locator('body').innerText();

/** What the page draws for one person: every channel tab, their messages and the side panels. */
async function pageTexts(page: Page, as: string): Promise<string[]> {
  await page.goto(`${local.base}/`);
  await page.waitForSelector(`button[data-person="local:${as}"]`);
  const texts = [await drawn(page)];
  await page.click(`button[data-person="local:${as}"]`);
  await page.waitForSelector('#channel-posts li');
  const tabs = page.locator('#tabs button');
  for (let i = 0; i < Math.max(await tabs.count(), 1); i++) {
    if ((await tabs.count()) > 0) await tabs.nth(i).click();
    texts.push(
      await drawn(page),
      ...(await page.$$eval('[title], [placeholder], [aria-label], [alt]', (nodes) =>
        nodes.flatMap((n) =>
          ['title', 'placeholder', 'aria-label', 'alt'].map((name) => n.getAttribute(name) ?? ''),
        ),
      )),
    );
  }
  return texts;
}

beforeAll(async () => {
  local = await startLocalApp({
    start: '2026-03-02T08:00:00.000Z',
    yaml: 'organisation: Testkommune\nprivacy: { minGroupSize: 3, minCommentGroupSize: 5 }\nroles:\n  admins: [local:kari]\n',
  });

  for (const text of journey.LEAD_POSTS) await say('kari', text);
  await call('POST', '/local/api/post-now', { as: 'local:kari', scheduleId: 'monthly-learning' });

  // Five people vote on every statement and comment on the first.
  const pulse = (await local.app.runtime.core.pulses.openPulses())[0];
  if (!pulse) throw new Error('no pulse');
  for (const [i, as] of VOTERS.entries()) {
    for (const questionId of pulse.questionIds)
      await call('POST', '/local/api/vote', { as: `local:${as}`, pulseId: pulse.id, questionId, value: 4 });
    const form = await act(as, ACTIONS.openComment, `${pulse.id}|${pulse.questionIds[0]}`);
    await submit(as, form.form, { comment: journey.commentText(i) });
  }
  await say('aisha', 'puls');
  await say('kari', 'resultater');

  // Kari nominates Ola, who says yes, and who as a manager may not recognise himself: Kari does.
  const nomination = await call('GET', '/local/api/form?as=local:kari&kind=nomination');
  await submit('kari', nomination.form, {
    nomineeKind: 'person',
    nominee: 'ola',
    ...journey.NOMINATION,
    sectors: [],
  });
  await act('ola', ACTIONS.consentAccept, await buttonFor('ola', ACTIONS.consentAccept));
  await say('kari', 'anerkjenn');
  await act('kari', ACTIONS.recognise, await buttonFor('kari', ACTIONS.recognise));
  const story = await call('GET', '/local/api/form?as=local:kari&kind=story');
  await submit('kari', story.form, {
    title: 'Digital innsjekk',
    whatChanged: 'Pasientene sjekker inn selv.',
    whoBenefits: 'Pasienter og sykepleiere',
    inUse: 'yes',
    canSpread: 'yes',
    sectors: ['helse-og-omsorg'],
    learned: 'Test tidlig med brukerne.',
  });

  // The pulse closes; the lead reads the results and comments, adds the sentence and answers one.
  await tick(49 * journey.HOUR);
  let listed: Answer = {};
  for (const text of journey.AFTER_CLOSE) listed = await say('kari', text);
  await say('kari', journey.replyToFirst(neutralVisibleTexts(listed.reply).join('\n')));

  // Kaffe på tvers between two sectors, and the check-back of a next step a month later.
  for (const [who, text] of journey.KAFFE) await say(who === 'first' ? 'aisha' : 'per', text);
  const learningValue = await buttonFor('kari', ACTIONS.openLearning);
  const learning = await call(
    'GET',
    `/local/api/form?as=local:kari&kind=learning&value=${encodeURIComponent(learningValue)}`,
  );
  await submit('kari', learning.form, { ...journey.LEARNING, ownIt: true, shareName: true });
  await tick(14 * journey.DAY);
  await tick(7 * journey.DAY);
  await act('aisha', ACTIONS.kaffeMet, await buttonFor('aisha', ACTIONS.kaffeMet));
  await tick(10 * journey.DAY);
  await act('kari', ACTIONS.checkBackNotYet, await buttonFor('kari', ACTIONS.checkBackNotYet));
  await tick(40 * journey.DAY);
  for (const text of [...journey.LEAD_LATE, 'minedata']) await say('kari', text);
  for (const [who, text] of journey.OTHER_LANGUAGES) await say(who === 'lead' ? 'kari' : 'aisha', text);

  const browser = await launchChromium();
  try {
    // A context each: the page remembers who was picked.
    for (const as of ['kari', 'ola', 'aisha', 'ingrid'])
      seen.push(...(await pageTexts(await (await browser.newContext({ locale: 'nb-NO' })).newPage(), as)));
    // The digest the page links to, for the months of the journey.
    const page = await (await browser.newContext({ locale: 'nb-NO' })).newPage();
    for (const month of ['2026-03', '2026-04']) {
      await page.goto(`${local.base}/dashboard?month=${month}&lang=nb`);
      seen.push(await drawn(page));
    }
  } finally {
    await browser.close();
  }
}, 180_000);

afterAll(async () => {
  await local?.stop();
});

it('the journey reached the places where ids used to show', () => {
  const all = seen.join('\n');
  expect(all).toMatch(
    /Publisert: spørsmålet i læringssløyfa, mandag 2\. mars kl\. 09:00\. 1 melding er på vei\./,
  );
  expect(all).toContain('Dette er allerede publisert: refleksjonsspørsmålet, mandag 2. mars kl. 09:00.');
  expect(all).toContain('Pulsmålingen fra mandag 2. mars');
  // The lead's "post now" rows: what each posts and where, not its id.
  expect(all).toContain('til #innovasjon');
  expect(all).toContain('Kaffe på tvers');
  // The dashboard of the journey's first month.
  expect(all).toMatch(/mars 2026/i);
});

it('no text on the local page shows a raw id, key, timestamp or schedule id', () => {
  expect(rawIdsIn(seen, journey.SCHEDULES)).toEqual([]);
});
