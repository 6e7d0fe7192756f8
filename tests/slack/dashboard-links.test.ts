// Every dashboard link Slack shows opens: the "read the rest" link of a cut-off message is a signed
// channel link for one month, and a month-bound page offers no other months (they would answer 403).
import { afterEach, expect, it } from 'vitest';
import type { Block } from '../../src/core/message.js';
import type { SlackPlugin } from '../../src/slack/slack-plugin.js';
import { osloMonth, type SlackTestApp, startSlackTestApp } from '../support/slack-app.js';

let t: SlackTestApp | undefined;
afterEach(async () => {
  await t?.close();
});

// Slack's documented limit: at most 50 blocks in a message.
const SLACK_MAX_BLOCKS_PER_MESSAGE = 50;

const lastMonth = () => osloMonth(-1);

async function page(app: SlackTestApp, query: URLSearchParams | string) {
  const res = await fetch(`${app.baseUrl}/dashboard?${query}`);
  return { status: res.status, html: await res.text() };
}

function hrefs(html: string, id: string): string | undefined {
  const raw = new RegExp(`id="${id}" href="\\?([^"]*)"`).exec(html)?.[1];
  return raw?.replaceAll('&amp;', '&');
}

it('the "read the rest" link of a cut-off message opens the dashboard for last month only', async () => {
  t = await startSlackTestApp();
  const app = t;
  const gateway = (app.app.plugins.slack as SlackPlugin).gateway;
  const blocks: Block[] = Array.from({ length: 60 }, (_, i) => ({ type: 'text', text: `Avsnitt ${i + 1}` }));
  const sent = await gateway.send(
    { platform: 'slack', kind: 'channel', id: 'CREFL' },
    { fallbackText: 'Lang', blocks },
    'long-1',
  );
  expect(sent.ok).toBe(true);

  const posted = app.fake.callsTo('chat.postMessage').at(-1)?.args.blocks as unknown[];
  expect(posted).toHaveLength(SLACK_MAX_BLOCKS_PER_MESSAGE);
  const last = JSON.stringify(posted.at(-1));
  const url = /<(http[^|>]+)\|/.exec(last)?.[1];
  expect(url).toBeDefined();
  const link = new URL((url as string).replaceAll('&amp;', '&'));
  expect(link.pathname).toBe('/kp/dashboard');
  expect(link.searchParams.get('sub')).toBe('digest');
  expect(link.searchParams.get('scope')).toBe(lastMonth());
  expect(link.searchParams.get('month')).toBe(lastMonth());

  const opened = await page(app, link.searchParams);
  expect(opened.status).toBe(200);
  // No way to other months from a month-bound link; the languages still switch.
  expect(opened.html).not.toContain('id="prev-month"');
  expect(opened.html).not.toContain('id="next-month"');
  expect(opened.html).not.toContain('id="month-picker"');
  expect(opened.html).toContain('id="month-only"');
  const nynorsk = /href="\?([^"]*lang=nn[^"]*)"/.exec(opened.html)?.[1]?.replaceAll('&amp;', '&');
  expect((await page(app, nynorsk ?? '')).status).toBe(200);
  // The link is bound to its month: the same signature for another month is refused.
  const other = new URLSearchParams(link.searchParams);
  other.set('month', '2020-01');
  expect((await page(app, other)).status).toBe(403);

  // Unsigned, as it was before: refused.
  expect((await page(app, `month=${lastMonth()}`)).status).toBe(403);
});

it("a lead's own link keeps the month navigation, and its previous/next links open", async () => {
  t = await startSlackTestApp();
  const app = t;
  const url = app.app.runtime.core.digests.dashboardUrl(lastMonth(), 'slack:UADMIN');
  // The lead is known by e-mail once Slack has told us who UADMIN is.
  await app.app.runtime.core.people.ensure({
    platform: 'slack',
    userId: 'UADMIN',
    displayName: 'Ada Admin',
    email: 'admin@kommune.example',
  });
  const opened = await page(app, new URL(url).searchParams);
  expect(opened.status).toBe(200);
  const previous = hrefs(opened.html, 'prev-month');
  expect(previous).toBeDefined();
  expect((await page(app, previous ?? '')).status).not.toBe(403);
  expect(hrefs(opened.html, 'next-month')).toBeDefined();
});
