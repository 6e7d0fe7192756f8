import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTeamsTestApp, type TeamsTestApp } from '../support/teams-app.js';

let t: TeamsTestApp;
beforeAll(async () => {
  t = await startTeamsTestApp({ yaml: 'organisation: Testvik kommune\nquietPeriods: []\n' });
});
afterAll(async () => {
  await t.close();
});

describe('the pages the Teams manifest links to', () => {
  it.each([
    ['about', 'nb', 'Om Kulturpuls'],
    ['privacy', 'nn', 'Personvern i Kulturpuls'],
    ['privacy', 'en', 'Privacy in Kulturpuls'],
    ['terms', 'en', 'Terms of use'],
  ])('/teams/%s in %s', async (page, lang, title) => {
    const res = await fetch(`${t.base}/teams/${page}?lang=${lang}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`<html lang="${lang}">`);
    expect(html).toContain(`<h1>${title}</h1>`);
    expect(html).toContain('Testvik kommune');
    expect(res.headers.get('content-security-policy')).toContain('https://teams.cloud.microsoft');
  });
});

describe('/teams/tab/session without Teams single sign-on set up', () => {
  it('says so in the asked language instead of failing', async () => {
    const res = await fetch(`${t.base}/teams/tab/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: 'x', lang: 'en' }),
    });
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({
      outcome: 'unavailable',
      text: expect.stringMatching(/TENANT_ID/),
    });
  });

  it('the tab page may be framed by Teams, Outlook and the Microsoft 365 app', async () => {
    const res = await fetch(`${t.base}/teams/tab`);
    const csp = res.headers.get('content-security-policy') ?? '';
    for (const host of [
      'https://teams.microsoft.com',
      'https://*.teams.microsoft.com',
      'https://teams.cloud.microsoft',
      'https://*.cloud.microsoft',
      'https://*.microsoft365.com',
      'https://*.office.com',
      'https://outlook.office.com',
      'https://outlook.office365.com',
    ])
      expect(csp.split(' ')).toContain(host);
  });
});
