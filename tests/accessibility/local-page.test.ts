import { rmSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { appDir } from '../digest/app-dir.js';
import { launchChromium } from '../support/browser.js';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function violations(page: Page, where: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map(
    (v) => `${where} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** The local page and its forms (story, with its error summary, and nomination), in nb, nn and en. */
describe('the local page passes axe-core', () => {
  let dir: string;
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    const made = appDir('a11y-local');
    dir = made.dir;
    const loaded = loadConfig({ env: made.env });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const config = { ...loaded.config, env: { ...loaded.config.env, port: 0 } };
    app = await startApp(config, { manualSchedule: true, host: '127.0.0.1' });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(['nb', 'nn', 'en'] as const)(
    '%s, at 1200 and 375 px',
    async (lang) => {
      const found: string[] = [];
      for (const width of [1200, 375]) {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        await page.goto(`http://127.0.0.1:${app.port}/`);
        found.push(...(await violations(page, `${width} start`)));
        await page.click('button[data-person="local:kari"]');
        await page.waitForSelector('#me-name:has-text("Kari Nordmann")');
        await page.selectOption('#lang', lang);
        await page.waitForFunction((l) => document.documentElement.lang === l, lang);
        found.push(...(await violations(page, `${width} signed in`)));
        await page.click('#share-story');
        await page.waitForSelector('#form-dialog[open] #f-title');
        found.push(...(await violations(page, `${width} story form`)));
        await page.click('#form-submit');
        await page.waitForSelector('#form-summary', { state: 'visible' });
        found.push(...(await violations(page, `${width} story errors`)));
        await page.keyboard.press('Escape');
        await page.click('#share-nomination');
        await page.waitForSelector('#form-dialog[open] #f-nominee');
        found.push(...(await violations(page, `${width} nomination form`)));
        await context.close();
      }
      expect(found).toEqual([]);
    },
    120_000,
  );
});
