import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDigestCsv } from '../../src/core/digest/render-csv.js';
import { renderDigestMarkdown } from '../../src/core/digest/render-markdown.js';
import { renderMessage as renderSlack } from '../../src/slack/render-message.js';
import { renderMessage as renderTeams } from '../../src/teams/render-message.js';
import { renderDigestHtml } from '../../src/web/dashboard/render-html.js';
import { createTestCore, type TestCore } from '../support/test-core.js';

// Hostile text in every field people fill in, rendered through every output.
const EVIL = {
  name: '<!channel> <@U0ADMIN> "><img src=x onerror=alert(1)>',
  title: '=HYPERLINK("http://evil.example","klikk") <script>alert(1)</script>',
  learned: '+cmd|/C calc!A0 <http://evil.example|Trygg lenke> & mer',
  whoBenefits: '@SUM(1+1) [klikk](javascript:alert(1)) **fet**',
  reason: '-2+3 <!here> \t\r<b onmouseover=x>',
  team: '\tTeam <!everyone> ](http://evil.example)',
  reflection: '<script>document.cookie</script> # overskrift',
};

let t: TestCore;
beforeAll(async () => {
  t = await createTestCore({
    start: '2026-03-02T08:00:00.000Z',
    settings: {
      roles: { admins: [], leads: [], managers: ['slack:UMGR'] },
      privacy: { minGroupSize: 3, retainMonths: 24 },
    },
  });
  const kari = { platform: 'slack' as const, userId: 'UKARI', displayName: EVIL.name };
  const story = await t.core.stories.submit(kari, {
    title: EVIL.title,
    whatChanged: EVIL.reflection,
    whoBenefits: EVIL.whoBenefits,
    inUse: 'yes',
    canSpread: 'yes',
    sectors: ['helse'],
    learned: EVIL.learned,
    nextStepOwner: EVIL.name,
  });
  if (!story.ok) throw new Error(JSON.stringify(story.errors));
  const nominated = await t.core.nominations.submit(kari, {
    nomineeKind: 'team',
    teamName: EVIL.team,
    dimension: 'tillit',
    reason: EVIL.reason,
    sectors: ['helse'],
  });
  const id = nominated.nomination?.id ?? '';
  expect((await t.core.nominations.recognise({ platform: 'slack', userId: 'UMGR' }, id)).status).toBe(
    'recognised',
  );
});
afterAll(() => t?.close());

const recognition = async (platform: 'slack' | 'teams') => {
  const id = (await t.rows<{ id: string }>('SELECT id FROM nominations'))[0]?.id ?? '';
  const message = await t.core.render(
    { type: 'recognition', nominationId: id },
    { platform, kind: 'channel', id: 'C1' },
  );
  if (!message) throw new Error('no recognition message');
  return message;
};

/** Every string in a rendered payload. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function textBlocks(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(textBlocks);
  if (!value || typeof value !== 'object') return [];
  const node = value as Record<string, unknown>;
  const own = node.type === 'TextBlock' && typeof node.text === 'string' ? [node.text] : [];
  return [...own, ...Object.values(node).flatMap(textBlocks)];
}

describe('text from people is escaped', () => {
  it('in Slack mrkdwn: no mention, broadcast or disguised link survives', async () => {
    const slack = renderSlack(await recognition('slack'), {
      moreUrl: 'https://k.no/dashboard',
      moreLabel: 'Mer',
    });
    const texts = strings(slack);
    expect(texts.join('\n')).toContain('&lt;!here&gt;');
    for (const text of texts) {
      expect(text).not.toMatch(/<!(channel|here|everyone)/);
      expect(text).not.toMatch(/<@U/);
      expect(text).not.toMatch(/<http:\/\/evil/);
    }
  });

  it('in Adaptive Cards: markdown links, emphasis and headings are escaped (cards render no HTML)', async () => {
    const card = renderTeams(await recognition('teams'));
    // TextBlock text is markdown; `fallbackText` and `speak` are plain text and never rendered as markdown.
    const offending = textBlocks(card).filter(
      (text) =>
        /(^|[^\\])\]\(http/.test(text) || /(^|[^\\])\[klikk/.test(text) || /(^|[^\\])\*\*fet/.test(text),
    );
    expect(offending).toEqual([]);
  });

  const digest = () => t.core.digests.forMonth('2026-03');
  const options = () => ({
    locale: 'nb' as const,
    bank: t.core.bank,
    sectorName: (id: string | null) => id ?? '–',
  });

  it('in the HTML dashboard: no element or attribute from people', async () => {
    const html = renderDigestHtml(await digest(), options());
    expect(html).toContain('HYPERLINK');
    expect(html).not.toMatch(/<script>alert|<img src=x|<b onmouseover|onerror=alert\(1\)>/);
    expect(html).not.toMatch(/<script/);
  });

  it('in CSV: no cell a spreadsheet would run as a formula', async () => {
    const csv = renderDigestCsv(await digest(), options());
    expect(csv).toContain('HYPERLINK');
    const cells = csv.split(/\r?\n/).flatMap((line) => line.split(/[,;](?=(?:[^"]*"[^"]*")*[^"]*$)/));
    for (const cell of cells) {
      const unquoted = cell.replace(/^"|"$/g, '');
      expect(unquoted, cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('in the Markdown digest: no HTML, link or heading from people', async () => {
    const md = renderDigestMarkdown(await digest(), options());
    expect(md).toContain('HYPERLINK');
    expect(md).not.toMatch(/(^|[^\\])<script/);
    expect(md).not.toMatch(/(^|[^\\])\[klikk\]/);
    expect(md).not.toMatch(/(^|[^\\])<img/);
  });
});
