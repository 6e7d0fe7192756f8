import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import type { TeamsTestApp } from '../support/teams-app.js';
import { type HostScenario, teamsHostPage } from '../support/teams-host-page.js';
import { type LocalEntra, startLocalEntra, startTeamsSsoApp } from '../support/teams-sso.js';

const CLIENT_ID = '11111111-2222-4333-8444-555555555555';
const HOST = 'kulturpuls.testvik.kommune.no';
const AUDIENCE = `api://${HOST}/${CLIENT_ID}`;
// New Teams runs on teams.cloud.microsoft; the browser never leaves this machine (see `route`).
const TEAMS_URL = 'https://teams.cloud.microsoft/_#/apps/kulturpuls';
const LEAD = {
  oid: 'aaaaaaaa-0000-4000-8000-000000000001',
  upn: 'Leder@Testvik.Kommune.no',
  name: 'Lea Leder',
};
const EMPLOYEE = {
  oid: 'aaaaaaaa-0000-4000-8000-000000000002',
  upn: 'ansatt@testvik.kommune.no',
  name: 'Ola Ansatt',
};

let entra: LocalEntra;
let t: TeamsTestApp;
let browser: Browser;
const blocked: string[] = [];

beforeAll(async () => {
  entra = await startLocalEntra();
  t = await startTeamsSsoApp(
    `organisation: Testvik kommune\npublicUrl: https://${HOST}\nquietPeriods: []\nroles:\n  leads:\n    - leder@testvik.kommune.no\n`,
    entra,
    CLIENT_ID,
  );
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
  await entra?.close();
});

/** Teams' origin gets the host page, the public host is this test's server; all else is refused. */
async function route(context: BrowserContext, scenario: HostScenario) {
  await context.route('**/*', async (r) => {
    const url = new URL(r.request().url());
    if (url.origin === 'https://teams.cloud.microsoft')
      return r.fulfill({ contentType: 'text/html', body: teamsHostPage(scenario) });
    if (url.host === HOST) {
      const response = await r.fetch({ url: `${t.base}${url.pathname}${url.search}` });
      return r.fulfill({ response });
    }
    blocked.push(url.href);
    return r.abort();
  });
}

async function openTab(
  token: string,
  options: { locale?: string; theme?: HostScenario['theme']; width?: number } = {},
): Promise<{ page: Page; tab: Frame }> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1000, height: 700 } });
  await route(context, {
    tabUrl: `https://${HOST}/teams/tab`,
    token,
    locale: options.locale ?? 'nb-NO',
    theme: options.theme ?? 'default',
    tenantId: entra.tenantId,
    userObjectId: 'x',
  });
  const page = await context.newPage();
  await page.goto(TEAMS_URL);
  const tab = page.frames().find((frame) => frame !== page.mainFrame());
  if (!tab) throw new Error('the tab frame is missing');
  return { page, tab };
}

async function outcome(tab: Frame): Promise<string> {
  await tab.waitForSelector('body[data-outcome]');
  return (await tab.getAttribute('body', 'data-outcome')) ?? '';
}

describe('the Teams tab with single sign-on', () => {
  it("shows the dashboard for a lead's token (role given by e-mail) and stores the e-mail", async () => {
    const token = await entra.sign({ ...LEAD, aud: AUDIENCE });
    const { page, tab } = await openTab(token);
    await tab.waitForURL(/\/dashboard\?/);
    await tab.waitForSelector('header.top h1');
    expect(new URL(tab.url()).searchParams.get('sub')).toBe(`teams:${LEAD.oid}`);
    expect(await tab.textContent('body')).not.toMatch(/Ingen tilgang/);
    expect((await t.app.runtime.store.people.get(`teams:${LEAD.oid}`))?.email).toBe(LEAD.upn);
    await page.screenshot({ path: 'docs/images/teams-tab-lead.png' });
    await page.context().close();
  });

  it("explains who can see the digest for an employee's token, in the Teams language and theme", async () => {
    const token = await entra.sign({ ...EMPLOYEE, aud: CLIENT_ID });
    const { page, tab } = await openTab(token, { locale: 'nn-NO', theme: 'dark' });
    expect(await outcome(tab)).toBe('explanation');
    expect(await tab.textContent('main')).toMatch(
      /Berre innovasjonsleiarar og administratorar i Testvik kommune/,
    );
    expect(await tab.getAttribute('body', 'class')).toBe('dark');
    expect(await tab.getAttribute('html', 'lang')).toBe('nn');
    await page.screenshot({ path: 'docs/images/teams-tab-employee.png' });
    await page.context().close();
  });

  it("refuses another tenant's token, an expired token and a forged token", async () => {
    const other = '99999999-9999-4999-8999-999999999999';
    const tokens = [
      await entra.sign({
        ...LEAD,
        aud: AUDIENCE,
        tid: other,
        iss: `https://login.microsoftonline.com/${other}/v2.0`,
      }),
      await entra.sign({ ...LEAD, aud: AUDIENCE, tid: other }),
      await entra.sign({ ...LEAD, aud: AUDIENCE }, { expiresInSeconds: -600 }),
      await entra.sign({ ...LEAD, aud: AUDIENCE }, { key: entra.forger }),
      await entra.sign({ ...LEAD, aud: 'api://elsewhere.example/other-app' }),
    ];
    for (const [i, token] of tokens.entries()) {
      const { page, tab } = await openTab(token, {
        locale: 'en-GB',
        theme: i === 3 ? 'contrast' : 'default',
      });
      expect(await outcome(tab)).toBe('refused');
      expect(tab.url()).toMatch(/\/teams\/tab$/);
      expect(await tab.textContent('main')).toMatch(/We could not confirm who you are/);
      if (i === 3) {
        expect(await tab.getAttribute('body', 'class')).toBe('contrast');
        await page.screenshot({ path: 'docs/images/teams-tab-refused.png' });
      }
      await page.context().close();
    }
    expect(blocked.filter((url) => !url.startsWith('https://res.cdn.office.net/'))).toEqual([]);
  });

  it('passes axe-core (WCAG 2.1 AA) inside the host, at 1000 and 375 px, in nb, nn and en and every theme', async () => {
    const employee = await entra.sign({ ...EMPLOYEE, aud: CLIENT_ID });
    const forged = await entra.sign({ ...LEAD, aud: AUDIENCE }, { key: entra.forger });
    const found: string[] = [];
    const cases = [
      ['nb-NO', 'default', employee],
      ['nn-NO', 'dark', employee],
      ['en-GB', 'contrast', forged],
    ] as const;
    for (const [locale, theme, token] of cases) {
      for (const width of [1000, 375]) {
        const { page, tab } = await openTab(token, { locale, theme, width });
        await outcome(tab);
        // Only the tab: the page around it plays the Teams host and is not ours (Teams titles its
        // own iframe, so `frame-title` is about the host, not the tab).
        const result = await new AxeBuilder({ page })
          .include('iframe')
          .disableRules(['frame-title'])
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        found.push(...result.violations.map((v) => `${locale} ${theme} ${width}: ${v.id}`));
        if (width === 375 && theme === 'default')
          await page.screenshot({ path: 'docs/images/teams-tab-375.png' });
        await page.context().close();
      }
    }
    expect(found).toEqual([]);
  });
});
