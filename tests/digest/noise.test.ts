import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Digest } from '../../src/core/digest/digest.js';
import { digestChatMessage } from '../../src/core/digest/digest-chat-message.js';
import { renderDigestCsv } from '../../src/core/digest/render-csv.js';
import { renderDigestMarkdown } from '../../src/core/digest/render-markdown.js';
import type { Locale, ScaleValue } from '../../src/core/vocabulary.js';
import { renderDigestHtml } from '../../src/web/dashboard/render-html.js';
import { addPeople, addPulse, createWorld, renderOptions, repeat, spread, type World } from './world.js';

/**
 * 100 people answer in December and March. Trust: 3,6 → 3,8 (+0,2, within the noise of 100 answers).
 * Measurement: 2,6 → 3,55 (beyond it). Humour: 8 people, 2 → 4 (+2, but too few answers to tell).
 */
describe('changes within the noise', () => {
  let world: World;
  let digest: Digest;
  const options = (locale: Locale, audience?: 'politicians') => renderOptions(world, locale, audience);

  beforeAll(async () => {
    world = await createWorld({ now: '2025-04-02T08:00:00.000Z' });
    const people = await addPeople(world, 'oppvekst', 100);
    const pulse = (id: string, closesAt: string, values: [ScaleValue[], ScaleValue[], ScaleValue[]]) =>
      addPulse(world, {
        id,
        closesAt,
        people,
        answers: ['pulse-tillit-1', 'pulse-maling-1', 'pulse-humor-1'].map((questionId, i) => ({
          questionId,
          values: values[i] ?? [],
        })),
      });
    await pulse('dec', '2024-12-12T08:00:00.000Z', [
      spread(0, 15, 25, 45, 15),
      spread(15, 25, 45, 15, 0),
      repeat(2, 8),
    ]);
    await pulse('mar', '2025-03-12T08:00:00.000Z', [
      spread(0, 10, 25, 40, 25),
      spread(0, 5, 45, 40, 10),
      repeat(4, 8),
    ]);
    digest = await world.core.digests.forMonth('2025-03');
  });
  afterAll(() => world.close());

  const statement = (id: string) => digest.questions.find((q) => q.id === id);

  it('marks a +0,2 on 100 answers, and any change on fewer than 10, as within the noise', () => {
    expect(statement('pulse-tillit-1')?.change).toBeCloseTo(0.2);
    expect(statement('pulse-tillit-1')).toMatchObject({ changeWithinNoise: true });
    expect(statement('pulse-tillit-1')?.changeMargin).toBeGreaterThan(0.2);
    expect(statement('pulse-tillit-1')?.changeMargin).toBeLessThan(0.4);
    expect(statement('pulse-maling-1')?.change).toBeCloseTo(0.95);
    expect(statement('pulse-maling-1')).toMatchObject({ changeWithinNoise: false });
    expect(statement('pulse-humor-1')).toMatchObject({
      change: 2,
      changeWithinNoise: true,
      changeMargin: null,
    });
    const trust = digest.dimensions.find((d) => d.id === 'tillit');
    expect(trust?.change).toBeCloseTo(0.2);
    expect(trust?.changeWithinNoise).toBe(true);
  });

  it('names the change beyond the noise in "Hva bør vi gjøre nå?", not the larger one within it', () => {
    expect(digest.actions.biggestChange).toMatchObject({ questionId: 'pulse-maling-1', withinNoise: false });
  });

  it('says so in Markdown, the dashboard, CSV and JSON, with the rule in the glossary text', () => {
    const md = renderDigestMarkdown(digest, options('nb'));
    expect(md).toMatch(/\| \+0,2 \(innenfor støyen\) \|/);
    expect(md).toMatch(/\| \+0,9 \|/);
    expect(md).toContain('95 % konfidensintervall');
    const dashboard = renderDigestHtml(digest, { ...options('nn'), dashboard: { keep: {} } });
    expect(dashboard).toContain('+0,2 (innanfor støyen)');
    expect(dashboard).toContain('færre enn 10 svar');
    const en = renderDigestMarkdown(digest, options('en'));
    expect(en).toContain('+0.2 (within the noise)');
    // The Excel dialect: no statement text here has a semicolon, so a plain split finds the cells.
    const csv = renderDigestCsv(digest, options('nb')).split('\r\n');
    const header = csv[0]?.split(';') ?? [];
    const cell = (id: string, column: string) =>
      csv.find((r) => r.startsWith('2025-03;statement;') && r.includes(`;${id};`))?.split(';')[
        header.indexOf(column)
      ];
    expect(cell('pulse-tillit-1', 'change_noise')).toBe('within');
    expect(cell('pulse-maling-1', 'change_noise')).toBe('beyond');
    expect(Number(cell('pulse-tillit-1', 'change_margin')?.replace(',', '.'))).toBeGreaterThan(0.2);
    expect(cell('pulse-humor-1', 'change_margin')).toBe('');
    const json = JSON.parse(JSON.stringify(digest));
    expect(json.questions.find((q: { id: string }) => q.id === 'pulse-humor-1').changeMargin).toBeNull();
  });

  it('tells a change within the noise as such, with no practice, when it is the only one', () => {
    const change = digest.actions.biggestChange;
    if (!change) throw new Error('expected a change');
    const noisy = { ...change, questionId: 'pulse-tillit-1', change: 0.2, withinNoise: true };
    const only = { ...digest, actions: { ...digest.actions, biggestChange: noisy } };
    const chat = digestChatMessage(only, 'nb', 'https://kulturpuls.testvik.no', world.core.bank);
    expect(chat.fallbackText).toContain('Det er innenfor støyen, så vi kan ikke si at noe har endret seg.');
    const md = renderDigestMarkdown(only, options('en'));
    expect(md).toContain('It is within the noise');
  });
});
