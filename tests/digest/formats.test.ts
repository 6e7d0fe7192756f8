import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Digest } from '../../src/core/digest/digest.js';
import { digestChatMessage } from '../../src/core/digest/digest-chat-message.js';
import type { RenderOptions } from '../../src/core/digest/format.js';
import { csvCell, renderDigestCsv } from '../../src/core/digest/render-csv.js';
import { renderDigestMarkdown } from '../../src/core/digest/render-markdown.js';
import { LOCALES } from '../../src/core/vocabulary.js';
import { renderDigestHtml } from '../../src/web/dashboard/render-html.js';
import { sectorNamer } from '../../src/web/dashboard-routes.js';
import { buildStory } from '../support/builders.js';
import { smallGroupWorld, WITHHELD_PATTERNS } from './small-group.js';
import type { World } from './world.js';

/** Every number in a text with its neighbours, so a failure shows where it leaked. */
function leaks(output: string): string[] {
  // The stylesheet and the chart patterns are not data (and have numbers like 1.5rem).
  const text = output.replace(/<style>[\s\S]*?<\/style>|<defs>[\s\S]*?<\/defs>/g, '');
  return WITHHELD_PATTERNS.flatMap((pattern) => {
    const match = pattern.exec(text);
    return match ? [`${pattern}: …${text.slice(Math.max(0, match.index - 60), match.index + 20)}…`] : [];
  });
}

describe('a small group leaks through no format', () => {
  let world: World;
  let digest: Digest;
  beforeEach(async () => {
    world = await smallGroupWorld();
    digest = await world.core.digests.forMonth('2025-03');
  });
  afterEach(() => world.close());

  const options = (locale: (typeof LOCALES)[number], audience?: 'politicians'): RenderOptions => ({
    locale,
    bank: world.core.bank,
    sectorName: sectorNamer({ settings: world.settings }, locale),
    ...(audience ? { audience } : {}),
  });

  it.each(LOCALES)('markdown, politicians, CSV, HTML, dashboard and chat (%s)', (locale) => {
    const outputs = {
      md: renderDigestMarkdown(digest, options(locale)),
      politicians: renderDigestMarkdown(digest, options(locale, 'politicians')),
      csv: renderDigestCsv(digest, options(locale)),
      html: renderDigestHtml(digest, options(locale)),
      dashboard: renderDigestHtml(digest, { ...options(locale), dashboard: { keep: {} } }),
      chat: JSON.stringify(digestChatMessage(digest, locale, world.core.digests.dashboardUrl('2025-03'))),
    };
    for (const [format, text] of Object.entries(outputs)) expect(leaks(text), format).toEqual([]);
    // The shown numbers are there (so the search above would have found the withheld ones).
    expect(outputs.md).toContain(locale === 'en' ? '3.9' : '3,9');
    expect(outputs.csv).toContain('3,92');
    expect(outputs.md).toContain(locale === 'en' ? '4.0' : '4,0');
  });

  it('JSON carries no withheld value, change or count', () => {
    const json = JSON.stringify(digest);
    expect(leaks(json.replace(/"generatedAt":"[^"]*"/, ''))).toEqual([]);
    const values: number[] = [];
    JSON.parse(json, (_key, value) => {
      if (typeof value === 'number') values.push(value);
      return value;
    });
    for (const secret of [5 / 3, 27 / 7, 5 / 3 - 3])
      expect(values.some((v) => Math.abs(v - secret) < 1e-9)).toBe(false);
    const humor = digest.questions.find((q) => q.id === 'pulse-humor-1');
    expect(humor).toMatchObject({ result: { shown: false, n: null }, change: null, baselineChange: null });
    expect(humor?.trend.at(-1)).toEqual({ month: '2025-03', mean: null });
  });

  it('escapes spreadsheet formulas and people’s text in every format', async () => {
    await world.t.store.content.addStory(
      buildStory({
        title: '=HYPERLINK("http://x")',
        whatChanged: '<script>alert(1)</script> | **bold**',
        createdAt: '2025-03-10T10:00:00.000Z',
      }),
    );
    const withStory = await world.core.digests.forMonth('2025-03');
    const csv = renderDigestCsv(withStory, options('nb'));
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    for (const cell of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])
      expect(csvCell(cell).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell(-1)).toBe('-1');
    const html = renderDigestHtml(withStory, options('nb'));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toMatch(/<script|(src|href)=["']?https?:/);
    const md = renderDigestMarkdown(withStory, options('nb'));
    expect(md).toContain('\\<script\\>');
  });

  it('CSV opens in Norwegian Excel: BOM, semicolons, decimal commas; rfc4180 on request', () => {
    const excel = renderDigestCsv(digest, options('nb'));
    expect(excel.startsWith('\uFEFFmonth;section;id;')).toBe(true);
    expect(excel).toMatch(/;3,92;/);
    expect(excel).not.toMatch(/;\d+\.\d+;/);
    const plain = renderDigestCsv(digest, { ...options('nb'), dialect: 'rfc4180' });
    expect(plain.startsWith('month,section,id,')).toBe(true);
    expect(plain).toMatch(/,3\.92,/);
    expect(csvCell('=1+1', 'excel')).toBe("'=1+1");
    expect(csvCell(-0.5, 'excel')).toBe('-0,5');
    expect(csvCell('a;b', 'excel')).toBe('"a;b"');
  });

  it('CSV keeps status to shown, withheld or unknown (an uncounted response rate) and lists a story’s prize criteria in their own column', async () => {
    await world.t.store.content.addStory(
      buildStory({ title: 'Digital innsjekk', createdAt: '2025-03-10T10:00:00.000Z' }),
    );
    const rows = renderDigestCsv(await world.core.digests.forMonth('2025-03'), options('nb')).split('\r\n');
    const header = rows[0]?.replace('\uFEFF', '').split(';') ?? [];
    const story = rows.find((r) => r.includes(';story;'))?.split(';') ?? [];
    const cell = (column: string) => story[header.indexOf(column)];
    expect(cell('status')).toBe('shown');
    expect(cell('value')).toBe('4');
    expect(cell('prize_criteria')).toBe('nyhetsverdi realisert brukernytte spredning');
    const statuses = new Set(rows.slice(1, -1).map((r) => r.split(';')[header.indexOf('status')]));
    expect([...statuses].sort()).toEqual(['shown', 'unknown', 'withheld']);
  });

  it('shows times in the organisation’s time zone, not UTC', () => {
    // Generated 2025-03-20T12:00Z: 13:00 in Oslo.
    expect(renderDigestHtml(digest, options('nb'))).toContain('2025-03-20 13:00');
    expect(renderDigestHtml(digest, { ...options('nb'), timeZone: 'UTC' })).toContain('2025-03-20 12:00');
  });

  it('the chat message has three highlights and the signed dashboard link', () => {
    const url = world.core.digests.dashboardUrl('2025-03');
    expect(url).toMatch(
      /^https:\/\/kulturpuls\.testvik\.no\/dashboard\?month=2025-03&sub=digest&scope=2025-03&exp=\d+&iat=\d+&sig=/,
    );
    const message = digestChatMessage(digest, 'nb', url);
    const text = message.blocks.find((b) => b.type === 'text');
    expect(text && 'text' in text ? text.text.split('\n') : []).toHaveLength(3);
    const actions = message.blocks.find((b) => b.type === 'actions');
    expect(actions && 'buttons' in actions ? actions.buttons[0]?.url : undefined).toBe(url);
    // Old call style (a base URL) still works for the adapters.
    const plain = digestChatMessage(digest, 'en', 'https://kulturpuls.testvik.no/', world.core.bank);
    expect(JSON.stringify(plain)).toContain('https://kulturpuls.testvik.no/dashboard?month=2025-03');
  });
});
