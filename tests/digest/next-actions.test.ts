import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRACTICES } from '../../src/core/bank/practices.js';
import type { Digest } from '../../src/core/digest/digest.js';
import { digestChatMessage } from '../../src/core/digest/digest-chat-message.js';
import { renderDigestMarkdown } from '../../src/core/digest/render-markdown.js';
import type { Locale } from '../../src/core/vocabulary.js';
import { renderDigestHtml } from '../../src/web/dashboard/render-html.js';
import { buildReflection } from '../support/builders.js';
import { addPeople, addPulse, createWorld, renderOptions, repeat, type World } from './world.js';

/**
 * February: trust 5 for everyone. March: trust 5 in health, 2 in schools (so the biggest change,
 * over the same statement, and the sector gap), measurement 1 for everyone (the weakest).
 * One learning-loop next step from January is still open.
 */
describe('"Hva bør vi gjøre nå?"', () => {
  let world: World;
  let digest: Digest;
  const options = (locale: Locale, audience?: 'politicians') => renderOptions(world, locale, audience);

  beforeAll(async () => {
    world = await createWorld({ now: '2025-04-02T08:00:00.000Z' });
    const helse = await addPeople(world, 'helse-og-omsorg', 6);
    const oppvekst = await addPeople(world, 'oppvekst', 6);
    const all = [...helse, ...oppvekst];
    await addPulse(world, {
      id: 'feb',
      closesAt: '2025-02-12T08:00:00.000Z',
      people: all,
      answers: [{ questionId: 'pulse-tillit-1', values: repeat(5, 12) }],
    });
    await addPulse(world, {
      id: 'mar',
      closesAt: '2025-03-12T08:00:00.000Z',
      people: all,
      answers: [
        { questionId: 'pulse-tillit-1', values: [...repeat(5, 6), ...repeat(2, 6)] },
        { questionId: 'pulse-maling-1', values: repeat(1, 12) },
      ],
    });
    await world.t.store.content.addReflection(
      buildReflection({
        kind: 'learning',
        tryNext: 'Prøve ut idétid',
        createdAt: '2025-01-20T10:00:00.000Z',
      }),
    );
    digest = await world.core.digests.forMonth('2025-03');
  });
  afterAll(() => world.close());

  it('finds the weakest statement, the biggest change and the sector gap, each with a suggestion', () => {
    expect(digest.actions.weakest).toMatchObject({
      questionId: 'pulse-maling-1',
      mean: 1,
      suggestion: { practice: 'maling', reflectionId: 'refl-maling-1' },
    });
    expect(digest.actions.biggestChange).toMatchObject({
      questionId: 'pulse-tillit-1',
      from: { from: '2025-02', to: '2025-02' },
      suggestion: { practice: 'tillit' },
    });
    expect(digest.actions.biggestChange?.change).toBeCloseTo(3.5 - 5);
    expect(digest.actions.biggestChange?.withinNoise).toBe(false);
    expect(digest.actions.sectorGap).toMatchObject({
      high: { sector: 'helse-og-omsorg' },
      low: { sector: 'oppvekst' },
    });
    expect(digest.actions.overdue).toBe(1);
  });

  it('leads the dashboard, the Markdown, the chat digest and the politicians’ version', () => {
    const dashboard = renderDigestHtml(digest, { ...options('nb'), dashboard: { keep: {} } });
    const main = dashboard.slice(dashboard.indexOf('<main'));
    expect(main.indexOf('<section')).toBe(main.indexOf('<section id="actions"'));
    expect(main).toContain('Hva bør vi gjøre nå?');
    expect(main).toContain(PRACTICES.maling.nb);
    expect(main).toContain('Helse og omsorg (');
    expect(main).toContain('1 neste steg fra tidligere måneder er fortsatt åpent.');

    const md = renderDigestMarkdown(digest, options('nn'));
    expect(md.split('\n## ')[1]).toMatch(/^Kva bør vi gjere no\?/);
    expect(md).toContain(PRACTICES.maling.nn);

    const chat = digestChatMessage(digest, 'en', 'https://kulturpuls.testvik.no', world.core.bank);
    expect(chat.blocks.map((b) => (b.type === 'heading' ? b.text : b.type))).toContain(
      'What should we do now?',
    );
    expect(chat.fallbackText).toContain(PRACTICES.tillit.en);

    const politicians = renderDigestHtml(digest, options('nb', 'politicians'));
    expect(politicians).toContain('<h2>Hva administrasjonen gjør</h2>');
    expect(politicians).toContain('Måling og oppfølging: her gir de ansatte lavest score.');
    // One h1 (in the header): the body is rendered from the model, not from the Markdown.
    expect(politicians.match(/<h1>/g)).toHaveLength(1);
  });
});
