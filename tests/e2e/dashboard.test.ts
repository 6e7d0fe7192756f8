import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { signedDashboardUrl } from '../../src/core/digest/dashboard-link.js';
import { seedYear } from '../digest/seed-year.js';
import { type AppDatabase, createAppDatabase } from '../support/app-database.js';
import { launchChromium } from '../support/browser.js';

const NOW = new Date('2025-04-02T08:00:00.000Z');
const SECRET = 'dashboard-e2e-secret-0123456789';
const databases: AppDatabase[] = [];
async function start(dir: string, env: Record<string, string>): Promise<RunningApp> {
  writeFileSync(join(dir, 'kulturpuls.yaml'), 'organisation: Testvik kommune\n');
  const database = await createAppDatabase(dir);
  databases.push(database);
  const loaded = loadConfig({
    env: {
      KULTURPULS_DB: database.url,
      KULTURPULS_CONFIG: join(dir, 'kulturpuls.yaml'),
      KULTURPULS_SECRET: SECRET,
      LOG_LEVEL: 'error',
      ...env,
    },
  });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  const config = { ...loaded.config, env: { ...loaded.config.env, port: 0 } };
  const app = await startApp(config, { clock: { now: () => NOW }, manualSchedule: true, host: '127.0.0.1' });
  await seedYear(app.runtime.store, '2025-03', '2025-03-01T00:00:00.000Z');
  return app;
}

describe('dashboard in a browser', () => {
  let dir: string;
  let local: RunningApp;
  let locked: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kulturpuls-dashboard-'));
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    local = await start(join(dir, 'a'), {});
    locked = await start(join(dir, 'b'), {
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: 'test-signing-secret',
    });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await local?.stop();
    await locked?.stop();
    for (const database of databases) await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('renders charts, switches months, marks a next step done, and stays on 127.0.0.1', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    const outside: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.continue();
      outside.push(url.href);
      return route.abort();
    });
    const base = `http://127.0.0.1:${local.port}`;
    const response = await page.goto(`${base}/dashboard?month=2025-03`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['x-frame-options']).toBeUndefined();
    expect(response?.headers()['content-security-policy']).toContain(
      "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com",
    );

    const charts = await page.$$eval('svg[role="img"]', (svgs) =>
      svgs.map((svg) => ({
        title: svg.querySelector('title')?.textContent ?? '',
        desc: svg.querySelector('desc')?.textContent ?? '',
        box: svg.getBoundingClientRect().width,
      })),
    );
    expect(charts.length).toBeGreaterThanOrEqual(5);
    for (const chart of charts) {
      expect(chart.title).not.toBe('');
      expect(chart.desc).not.toBe('');
      expect(chart.box).toBeGreaterThan(0);
    }
    expect(charts.map((c) => c.title)).toEqual(
      expect.arrayContaining([
        'Kulturindeks per ledelsesdimensjon',
        'Kulturindeks siste 12 måneder',
        'Samarbeid mellom sektorer',
      ]),
    );
    await page.screenshot({ path: 'tests/artifacts/dashboard.png', fullPage: true });

    await page.fill('#month-input', '2025-01');
    await Promise.all([page.waitForURL(/month=2025-01/), page.click('#month-picker button[type="submit"]')]);
    expect(await page.getAttribute('#digest', 'data-month')).toBe('2025-01');
    expect(await page.textContent('h1')).toContain('januar 2025');
    await Promise.all([page.waitForURL(/month=2024-12/), page.click('#prev-month')]);
    expect(await page.getAttribute('#digest', 'data-month')).toBe('2024-12');
    await page.click('a[hreflang="en"]');
    expect(await page.textContent('h1')).toContain('December 2024');

    const before = await page.$$eval('#next-steps form.done', (forms) => forms.length);
    expect(before).toBeGreaterThan(0);
    await Promise.all([page.waitForURL(/done=1/), page.click('#next-steps form.done button')]);
    // The reader stays at the list of next steps.
    expect(new URL(page.url()).hash).toBe('#next-steps');
    expect(await page.textContent('.notice')).toContain('marked as done');
    expect(await page.$$eval('#next-steps form.done', (forms) => forms.length)).toBe(before - 1);

    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  it('opens only with a valid signed link outside local mode, with a localized 403', async () => {
    const base = `http://127.0.0.1:${locked.port}`;
    const plain = await fetch(`${base}/dashboard?month=2025-03&lang=en`);
    expect(plain.status).toBe(403);
    const page = await plain.text();
    expect(page).toContain('No access');
    expect(page).not.toContain('3,8');
    expect((await fetch(`${base}/dashboard?month=2025-03`)).status).toBe(403);
    expect(await (await fetch(`${base}/dashboard`)).text()).toContain('Ingen tilgang');

    const signed = locked.runtime.core.digests.dashboardUrl('2025-03').replace(/^https?:\/\/[^/]+/, base);
    const ok = await fetch(signed);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('data-month="2025-03"');
    const tampered = new URL(signed);
    tampered.searchParams.set('sub', 'slack:U999');
    expect((await fetch(tampered)).status).toBe(403);
    const expired = signedDashboardUrl(base, SECRET, {
      month: '2025-03',
      subject: 'digest',
      expiresAt: new Date(NOW.getTime() - 1000),
    });
    expect((await fetch(expired)).status).toBe(403);
    const notALead = signedDashboardUrl(base, SECRET, {
      month: '2025-03',
      subject: 'slack:UNOBODY',
      expiresAt: new Date(NOW.getTime() + 86_400_000),
    });
    expect((await fetch(notALead)).status).toBe(403);
    const post = await fetch(`${base}/dashboard/next-steps/learn-2025-01/done`, {
      method: 'POST',
      redirect: 'manual',
    });
    expect(post.status).toBe(403);
  });
});
