import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { infoPageRoutes } from '../../src/teams/info-pages.js';
import { tabPage } from '../../src/teams/tab-page.js';
import { renderDigestHtml } from '../../src/web/dashboard/render-html.js';
import { sectorNamer } from '../../src/web/dashboard-routes.js';
import { seedYear } from '../digest/seed-year.js';
import { launchChromium } from '../support/browser.js';
import { startLocal, violations } from './axe.js';

const NOW = new Date('2025-04-02T08:00:00.000Z');
const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };
const LOCALES = ['nb', 'nn', 'en'] as const;

describe('the dashboard and the digest pages', () => {
  let app: RunningApp;
  let stop: () => Promise<void>;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    ({ app, stop } = await startLocal('a11y', { now: () => NOW }));
    await seedYear(app.runtime.store, '2025-03', '2025-03-01T00:00:00.000Z');
    base = `http://127.0.0.1:${app.port}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await stop?.();
  });

  it('fits a 375 px phone: nothing wider than the screen, chart text readable, bars told apart', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(`${base}/dashboard?month=2025-03`);
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > 376 && !el.closest('table,.scroll,svg'))
        .slice(0, 5)
        .map(
          (el) => `${el.tagName}#${el.id}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`,
        ),
    );
    expect(wide).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    // Rendered size of chart text: font size times the SVG's scale.
    const smallest = await page.$$eval('svg.chart', (svgs) =>
      Math.min(
        ...svgs.flatMap((svg) => {
          const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
          return [...svg.querySelectorAll('text')].map(
            (t) => parseFloat(getComputedStyle(t).fontSize) * scale,
          );
        }),
      ),
    );
    expect(smallest).toBeGreaterThanOrEqual(9);
    const fills = await page.$$eval('svg pattern[id$="-p1"] rect, svg pattern[id$="-p5"] rect', (rects) =>
      rects.slice(0, 2).map((r) => r.getAttribute('fill')),
    );
    expect(new Set(fills).size).toBe(2);
    await page.screenshot({ path: 'docs/images/dashboard-375.png', fullPage: false });
    await page.close();
  });

  it.each(LOCALES)(
    'axe-core: 0 violations on the dashboard (a month with data and one without) and the Teams tab, desktop and 375 px (%s)',
    async (lang) => {
      for (const viewport of [DESKTOP, PHONE]) {
        const context = await browser.newContext({ viewport });
        const page = await context.newPage();
        // April has no closed pulse yet: every table and chart has its empty form.
        await page.goto(`${base}/dashboard?month=2025-04&lang=${lang}`);
        expect(await violations(page, 'empty month'), `${lang} ${viewport.width}`).toEqual([]);
        // The tab's own page (signing in), as Teams shows it before it opens the dashboard; its
        // route is only mounted with Teams credentials, so it is loaded as the HTML the route sends.
        await page.setContent(tabPage(lang));
        expect(await violations(page, 'Teams tab'), `${lang} ${viewport.width}`).toEqual([]);
        await page.goto(`${base}/dashboard?month=2025-03&lang=${lang}`);
        const found = await violations(page);
        expect(found, `${lang} ${viewport.width}`).toEqual([]);
        if (lang === 'nb' && viewport === DESKTOP)
          await page.screenshot({
            path: 'docs/images/dashboard-top.png',
            clip: { x: 0, y: 0, width: 1280, height: 900 },
          });
        await context.close();
      }
    },
    120_000,
  );

  it.each(LOCALES)(
    'axe-core: 0 violations on the short pages: a month outside the range, the Teams about/privacy/terms pages (%s)',
    async (lang) => {
      // The Teams pages are mounted only with Teams credentials: here on a server of their own.
      const teams = express();
      infoPageRoutes({ settings: app.runtime.settings })(teams);
      const server = teams.listen(0, '127.0.0.1');
      await once(server, 'listening');
      const { port } = server.address() as AddressInfo;
      const found: string[] = [];
      try {
        for (const viewport of [DESKTOP, PHONE]) {
          const context = await browser.newContext({ viewport });
          const page = await context.newPage();
          await page.goto(`${base}/dashboard?month=2020-01&lang=${lang}`);
          found.push(...(await violations(page, `${viewport.width} month outside the range`)));
          for (const info of ['about', 'privacy', 'terms']) {
            await page.goto(`http://127.0.0.1:${port}/teams/${info}?lang=${lang}`);
            found.push(...(await violations(page, `${viewport.width} Teams ${info}`)));
          }
          await context.close();
        }
      } finally {
        server.close();
      }
      expect(found).toEqual([]);
    },
    120_000,
  );

  it.each(LOCALES)(
    'axe-core: 0 violations on the HTML digest and the politicians’ version (%s)',
    async (locale) => {
      const digest = await app.runtime.core.digests.forMonth('2025-03');
      const options = { locale, bank: app.runtime.core.bank, sectorName: sectorNamer(app.runtime, locale) };
      for (const audience of ['leads', 'politicians'] as const) {
        for (const viewport of [DESKTOP, PHONE]) {
          const context = await browser.newContext({ viewport });
          const page = await context.newPage();
          await page.setContent(renderDigestHtml(digest, { ...options, audience }));
          expect(await violations(page), `${audience} ${viewport.width}`).toEqual([]);
          if (locale === 'nb' && viewport === PHONE)
            await page.screenshot({
              path: `docs/images/${audience === 'leads' ? 'digest' : 'politicians'}-375.png`,
            });
          await page.close();
        }
      }
    },
    120_000,
  );
});
