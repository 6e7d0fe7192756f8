import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblems, loadConfig } from '../../src/config.js';
import { type CoreServices, createCore } from '../../src/core/create-core.js';
import { t } from '../../src/core/i18n/translate.js';
import type { Form, Message } from '../../src/core/message.js';
import {
  consentMessage,
  questionMessage,
  recognitionMessage,
} from '../../src/core/messages/content-messages.js';
import { pulseMessage, reminderMessage, voteConfirmation } from '../../src/core/messages/pulse-message.js';
import type { Question } from '../../src/core/records.js';
import { LOCALES } from '../../src/core/vocabulary.js';
import { PLATFORM_CAPABILITIES } from '../../src/platform-capabilities.js';
import { homeBlocks } from '../../src/slack/home.js';
import { renderHome } from '../../src/slack/render-home.js';
import { renderMessage } from '../../src/slack/render-message.js';
import { renderModal, viewErrors } from '../../src/slack/render-modal.js';
import { buildAnswer, buildNomination, buildPerson, buildPulse, buildStory } from '../support/builders.js';
import { createTestStore, type TestStore } from '../support/database.js';
import { SLACK_TEST_CONFIG } from '../support/slack-app.js';
import { messageProblems, SLACK_DOCUMENTED, viewProblems } from '../support/slack-block-kit-rules.js';

// Field errors (response_action: errors) have no documented maximum; Slack shows about two lines, so
// Kulturpuls keeps them to 150 characters.
const ERROR_TEXT = 150;

const options = { moreUrl: 'https://kulturpuls.kommune.no/dashboard', moreLabel: 'Les resten i dashbordet' };
const LONG = 'Lang tekst med <tegn> & mer. '.repeat(400);
const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const clock = { now: () => new Date('2025-03-20T10:00:00Z') };

// it.each needs the payloads when the file is collected, so the store is set up right here.
const { db, core, dir } = await setup();

async function setup(): Promise<{ db: TestStore; core: CoreServices; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'kulturpuls-limits-'));
  writeFileSync(join(dir, 'k.yaml'), SLACK_TEST_CONFIG);
  const loaded = loadConfig({ env: {}, file: join(dir, 'k.yaml') });
  if (!loaded.ok) throw new Error(formatProblems(loaded.problems));
  const db = await createTestStore();
  const core = createCore({
    capabilities: PLATFORM_CAPABILITIES,
    store: db.store,
    clock,
    settings: loaded.config.settings,
    secret: 'x'.repeat(32),
    logger: quiet,
  });
  // A busy month: many people, pulses, answers, long stories and nominations.
  const { store } = db;
  for (let i = 0; i < 40; i++)
    await store.people.upsert(
      { key: `slack:U${i}`, displayName: `Person ${i} ${'Navn'.repeat(20)}` },
      '2025-03-01T00:00:00Z',
    );
  for (let p = 0; p < 4; p++) {
    const pulse = buildPulse({
      id: `pulse-busy-${p}`,
      questionIds: ['tillit', 'frihet', 'humor', 'konflikt'],
      closesAt: `2025-03-1${p}T08:00:00.000Z`,
    });
    await store.pulses.create(pulse);
    for (let i = 0; i < 30; i++) {
      for (const q of pulse.questionIds) {
        await store.pulses.upsertAnswer(
          buildAnswer({
            pulseId: pulse.id,
            questionId: q,
            value: ((i % 5) + 1) as 1,
            answeredAt: '2025-03-05T09:00:00.000Z',
          }),
        );
      }
      await store.pulses.recordParticipation(pulse.id, `slack:U${i}`, '2025-03-05T09:00:00.000Z');
    }
  }
  for (let i = 0; i < 60; i++) {
    await store.content.addStory(
      buildStory({
        authorKey: 'slack:U1',
        title: `Historie ${i} ${'x'.repeat(140)}`,
        createdAt: '2025-03-06T09:00:00.000Z',
      }),
    );
    await store.content.addNomination(
      buildNomination({
        nominatorKey: 'slack:U1',
        nomineeKey: `slack:U${i % 40}`,
        reason: LONG.slice(0, 1000),
        status: 'accepted',
        createdAt: '2025-03-07T09:00:00.000Z',
      }),
    );
  }
  return { db, core, dir };
}

afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

async function everyMessage(): Promise<[string, Message][]> {
  const q = (id: string) => core.bank.get(id) as Question;
  const out: [string, Message][] = [];
  for (const locale of LOCALES) {
    const pulse = buildPulse({
      questionIds: core.bank
        .active('pulse')
        .slice(0, 10)
        .map((x) => x.id),
    });
    const questions = pulse.questionIds.map(q);
    const view = { pulse, questions, locale, timeZone: 'Europe/Oslo', minGroupSize: 5 };
    out.push([
      `${locale} pulse`,
      pulseMessage({ ...view, selected: new Map([[pulse.questionIds[0] as string, 3]]) }),
    ]);
    out.push([`${locale} closed pulse`, pulseMessage({ ...view, closed: true })]);
    out.push([`${locale} reminder`, reminderMessage(view)]);
    out.push([
      `${locale} vote`,
      voteConfirmation({
        locale,
        statement: LONG,
        value: 4,
        changed: true,
        closesAt: pulse.closesAt,
        timeZone: 'Europe/Oslo',
        minGroupSize: 5,
      }),
    ]);
    for (const r of core.bank.active('reflection'))
      out.push([
        `${locale} reflection ${r.id}`,
        questionMessage(r, 'reflection@2025-03-03T08:00:00.000Z', locale),
      ]);
    for (const l of core.bank.active('learning'))
      out.push([
        `${locale} learning ${l.id}`,
        questionMessage(l, 'learning@2025-03-03T08:00:00.000Z', locale),
      ]);
    const nomination = buildNomination({ reason: LONG.slice(0, 1000) });
    const long = buildPerson({ displayName: LONG.slice(0, 300) });
    out.push([`${locale} consent`, consentMessage(nomination, long, locale)]);
    out.push([
      `${locale} recognition`,
      recognitionMessage(
        { ...nomination, status: 'recognised' },
        { nominee: long, nominator: long, recogniser: long },
        locale,
      ),
    ]);
    out.push([
      `${locale} digest`,
      (await core.render(
        { type: 'digest', month: '2025-03' },
        { platform: 'slack', kind: 'channel', id: 'C1' },
      )) as Message,
    ]);
  }
  out.push([
    'very long text',
    {
      fallbackText: LONG.repeat(5),
      blocks: [
        { type: 'heading', text: LONG },
        { type: 'text', text: LONG },
        { type: 'context', text: LONG },
        { type: 'fields', fields: Array.from({ length: 23 }, () => ({ label: LONG, value: LONG })) },
      ],
    },
  ]);
  out.push([
    'too many blocks',
    {
      fallbackText: 'x',
      blocks: Array.from({ length: 120 }, (_, i) => ({ type: 'text' as const, text: `Linje ${i}` })),
    },
  ]);
  out.push([
    'many buttons',
    {
      fallbackText: 'x',
      blocks: [
        {
          type: 'actions',
          buttons: Array.from({ length: 40 }, () => ({
            actionId: 'kp_recognise' as const,
            label: LONG,
            value: LONG,
          })),
        },
      ],
    },
  ]);
  return out;
}

async function everyForm(): Promise<[string, Form, Record<string, string>][]> {
  const actor = { platform: 'slack' as const, userId: 'U1' };
  const story = await core.stories.form(actor, LONG);
  const badStory = await core.stories.submit(actor, { title: LONG, whatChanged: '', sectors: ['nope'] });
  const nomination = await core.nominations.form(actor);
  const badNomination = await core.nominations.submit(actor, {
    nomineeKind: 'person',
    nominee: 'U1',
    reason: LONG,
  });
  const reflection = (await core.reflections.form(
    actor,
    core.bank.active('reflection')[0]?.id as string,
    'r@1',
  )) as Form;
  const learning = (await core.reflections.form(
    actor,
    core.bank.active('learning')[0]?.id as string,
    'l@1',
  )) as Form;
  const badLearning = await core.reflections.submit(actor, learning.context, {
    text: LONG,
    tryNext: LONG,
    shareName: true,
  });
  const out: [string, Form, Record<string, string>][] = [
    ['story', story, {}],
    ['nomination', nomination, {}],
    ['reflection', reflection, {}],
    ['learning', learning, {}],
  ];
  if (!badStory.ok) out.push(['story with errors', badStory.form, badStory.errors]);
  if (!badNomination.ok) out.push(['nomination with errors', badNomination.form, badNomination.errors]);
  if (badLearning && !badLearning.ok)
    out.push(['learning with errors', badLearning.form, badLearning.errors]);
  return out;
}

// Built before the suite is collected (it.each needs them), now that rendering reads the store asynchronously.
const messages = await everyMessage();
const forms = await everyForm();

describe('every Block Kit payload stays within Slack limits', () => {
  it.each(messages)('%s', (_name, message) => {
    const rendered = renderMessage(message, options);
    expect(messageProblems(rendered)).toEqual([]);
  });

  it('cuts long content with a link to the dashboard instead of failing', () => {
    const rendered = renderMessage({ fallbackText: 'x', blocks: [{ type: 'text', text: LONG }] }, options);
    const section = rendered.blocks[0] as { text: { text: string } };
    expect(section.text.text).toContain('<https://kulturpuls.kommune.no/dashboard|Les resten i dashbordet>');
    expect(section.text.text).toContain('&lt;tegn&gt; &amp; mer');
    const many = renderMessage(messages.find(([n]) => n === 'too many blocks')?.[1] as Message, options);
    expect(many.blocks).toHaveLength(SLACK_DOCUMENTED.blocksPerMessage);
    expect(JSON.stringify(many.blocks.at(-1))).toContain('dashboard');
  });

  it.each(forms)('%s modal', (_name, form, errors) => {
    const view = renderModal(form, { close: 'Avbryt' });
    expect(viewProblems(view as never)).toEqual([]);
    const response = viewErrors(form, errors);
    const blockIds = new Set(view.blocks.map((b) => (b as { block_id?: string }).block_id));
    for (const [blockId, message] of Object.entries(response.errors)) {
      expect(blockIds.has(blockId)).toBe(true);
      expect([...message].length).toBeLessThanOrEqual(ERROR_TEXT);
    }
    expect(Object.keys(response.errors).length).toBe(Object.keys(errors).length);
  });

  it('App Home for a busy admin', async () => {
    const person = buildPerson({ key: 'slack:U1' });
    const stories = await db.store.content.storiesBy('slack:U1');
    const nominations = await db.store.content.nominationsOf('slack:U1');
    const view = renderHome(
      homeBlocks({
        person,
        locale: 'nb',
        timeZone: 'Europe/Oslo',
        dashboardUrl: options.moreUrl,
        stories,
        nominations,
        names: new Map(),
        awaiting: nominations,
        admin: {
          upcoming: core.settings.schedules.map((s) => ({
            scheduleId: s.id,
            kind: s.kind,
            next: [new Date(), new Date()],
          })),
          failed: [],
        },
      }),
      options,
    );
    expect(stories.length).toBeGreaterThan(50);
    expect(viewProblems(view as never)).toEqual([]);
  });
});

describe('modal titles, submit and close in every language', () => {
  it.each(LOCALES)('%s: every form fits Slack’s 24 characters', async (locale) => {
    const actor = { platform: 'slack' as const, userId: `ULOCALE${locale}` };
    await core.people.ensure(actor);
    await core.people.setLocale(`slack:${actor.userId}`, locale);
    const forms = [
      await core.stories.form(actor, 'tekst'),
      await core.nominations.form(actor),
      (await core.reflections.form(actor, core.bank.active('reflection')[0]?.id as string, 'r@1')) as Form,
      (await core.reflections.form(actor, core.bank.active('learning')[0]?.id as string, 'l@1')) as Form,
    ];
    for (const form of forms) {
      const view = renderModal(form, { close: t(locale, 'form.cancel') }) as unknown as {
        title: { text: string };
        submit?: { text: string };
        close?: { text: string };
      };
      for (const text of [view.title.text, view.submit?.text ?? '', view.close?.text ?? '']) {
        expect([...text].length, `${locale}: "${text}"`).toBeLessThanOrEqual(24);
      }
      // The title is not cut by the renderer: the words themselves fit.
      expect(view.title.text.endsWith('…'), `${locale}: "${view.title.text}"`).toBe(false);
    }
  });
});
