import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Digest } from '../../src/core/digest/digest.js';
import { digestChatMessage } from '../../src/core/digest/digest-chat-message.js';
import type { RenderOptions } from '../../src/core/digest/format.js';
import { renderDigestCsv } from '../../src/core/digest/render-csv.js';
import { renderDigestMarkdown } from '../../src/core/digest/render-markdown.js';
import { LOCALES, type Locale, type ScaleValue } from '../../src/core/vocabulary.js';
import { renderDigestHtml } from '../../src/web/dashboard/render-html.js';
import { sectorNamer } from '../../src/web/dashboard-routes.js';
import { addPeople, addPulse, createWorld, type World } from './world.js';

/**
 * A year where rotation asks a different set of dimensions every month, and every statement gets
 * exactly the same answers every time it is asked. Nothing changed, so every change shown must be
 * zero: a change that compared different statements (as "the index went from 3,2 to 3,6" did, when
 * rotation swapped four dimensions for four others) shows up as a non-zero number.
 */
const MONTHS = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);
const SIGNED_NUMBER = /[+−-]\s?\d+[,.]\d/;

/** RFC 4180 fields of one line (quoted fields may hold the separator). */
function fields(line: string, sep: string): string[] {
  const out: string[] = [];
  const pattern = new RegExp(`("(?:[^"]|"")*"|[^${sep}]*)(${sep}|$)`, 'g');
  for (const match of line.matchAll(pattern)) {
    out.push((match[1] ?? '').replace(/^"|"$/g, '').replace(/""/g, '"'));
    if (match[2] === '') break;
  }
  return out;
}

function statementsOf(world: World): string[] {
  return world.core.bank.active('pulse').map((q) => q.id);
}

describe('a year where rotation changes the dimension set each month', () => {
  let world: World;
  let digest: Digest;
  let rotation: string[][];

  beforeAll(async () => {
    world = await createWorld({ now: '2026-01-03T08:00:00.000Z' });
    const people = [
      ...(await addPeople(world, 'helse-og-omsorg', 8)),
      ...(await addPeople(world, 'oppvekst', 7)),
    ];
    const statements = statementsOf(world);
    // Four statements a month, moving on by five: consecutive months share no statement.
    rotation = MONTHS.map((_, m) =>
      Array.from({ length: 4 }, (__, k) => statements[(m * 5 + k) % statements.length] as string),
    );
    for (const [m, month] of MONTHS.entries()) {
      await addPulse(world, {
        id: `p-${month}`,
        closesAt: `${month}-15T08:00:00.000Z`,
        people,
        answers: (rotation[m] as string[]).map((questionId) => {
          const s = statements.indexOf(questionId);
          // Fixed per statement and person, different between statements (and between sectors).
          return {
            questionId,
            values: people.map((_, p) => (1 + ((s * 3 + p * (p < 8 ? 1 : 2)) % 5)) as ScaleValue),
          };
        }),
      });
    }
    digest = await world.core.digests.forMonth('2025-12');
  });
  afterAll(() => world.close());

  const options = (locale: Locale, audience?: 'politicians'): RenderOptions => ({
    locale,
    bank: world.core.bank,
    sectorName: sectorNamer({ settings: world.settings }, locale),
    ...(audience ? { audience } : {}),
  });

  it('really rotates: consecutive months ask different dimensions', () => {
    const dimensionsOf = (ids: string[]) => new Set(ids.map((id) => world.core.bank.get(id)?.dimension));
    for (let m = 1; m < MONTHS.length; m += 1)
      expect(dimensionsOf(rotation[m] as string[])).not.toEqual(dimensionsOf(rotation[m - 1] as string[]));
  });

  it('JSON: every change is zero, and changes are shown (so a wrong one would be seen)', () => {
    const changes: number[] = [];
    JSON.parse(JSON.stringify(digest), (key, value) => {
      if ((key === 'change' || key === 'baselineChange') && typeof value === 'number') changes.push(value);
      return value;
    });
    expect(changes.length).toBeGreaterThan(10);
    for (const change of changes) expect(Math.abs(change)).toBeLessThan(1e-9);
    expect(digest.index.change).not.toBeNull();
    expect(digest.index.window).toEqual({ from: '2025-10', to: '2025-12' });
    expect(digest.index.comparedWith).toEqual({ from: '2025-07', to: '2025-09' });
    // The index windows differ in which statements they hold, and their means differ too.
    const trend = digest.index.trend.flatMap((p) => (p.mean === null ? [] : [p.mean]));
    expect(Math.max(...trend) - Math.min(...trend)).toBeGreaterThan(0.1);
    expect(digest.actions.biggestChange).toBeNull();
  });

  it('CSV (both dialects): the change columns hold only zeros', () => {
    for (const dialect of ['excel', 'rfc4180'] as const) {
      const csv = renderDigestCsv(digest, { ...options('nb'), dialect }).replace(/^\uFEFF/, '');
      const [head, ...rows] = csv.trim().split('\r\n');
      const sep = dialect === 'excel' ? ';' : ',';
      const columns = fields(head ?? '', sep);
      const shown = rows
        .map((r) => fields(r, sep))
        .flatMap((cells) => [cells[columns.indexOf('change')], cells[columns.indexOf('baseline_change')]])
        .filter((c) => c !== '');
      expect(shown.length).toBeGreaterThan(10);
      for (const cell of shown) expect(cell).toBe('0');
    }
  });

  it.each(LOCALES)('Markdown, HTML, dashboard, politicians and chat show no change but ±0 (%s)', (locale) => {
    const outputs = {
      md: renderDigestMarkdown(digest, options(locale)),
      html: renderDigestHtml(digest, options(locale)),
      dashboard: renderDigestHtml(digest, { ...options(locale), dashboard: { keep: {} } }),
      politicians: renderDigestMarkdown(digest, options(locale, 'politicians')),
      politiciansHtml: renderDigestHtml(digest, options(locale, 'politicians')),
      chat: JSON.stringify(
        digestChatMessage(digest, locale, 'https://kulturpuls.testvik.no', world.core.bank),
      ),
    };
    for (const [format, output] of Object.entries(outputs)) {
      const text = output.replace(/<style>[\s\S]*?<\/style>|<svg[\s\S]*?<\/svg>|\d{4}-\d{2}(-\d{2})?/g, '');
      const found = SIGNED_NUMBER.exec(text);
      expect(found ? text.slice(found.index - 80, found.index + 10) : null, format).toBeNull();
    }
    for (const format of ['md', 'html', 'dashboard'] as const) expect(outputs[format]).toContain('±0');
    // The politicians' version says nothing about higher or lower since the start.
    const sinceStart = { nb: /høyere|lavere/, nn: /høgare|lågare/, en: /higher|lower/ }[locale];
    expect(outputs.politicians).not.toMatch(sinceStart);
  });
});
