import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { launchChromium } from '../support/browser.js';
import { startLocal, violations } from './axe.js';

/** The local page and its forms (story, with its error summary, and nomination), in nb, nn and en. */
describe('the local page passes axe-core', () => {
  let app: RunningApp;
  let stop: () => Promise<void>;
  let browser: Browser;

  beforeAll(async () => {
    ({ app, stop } = await startLocal('a11y-local'));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await stop?.();
  });

  it.each(['nb', 'nn', 'en'] as const)(
    '%s, at 1280 and 375 px',
    async (lang) => {
      const found: string[] = [];
      for (const width of [1280, 375]) {
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
        await page.keyboard.press('Escape');
        // The command box's answer, with the buttons every command has, and one of those answers.
        await page.fill('#command-input', 'hjelp');
        await page.click('#command-send');
        await page.waitForSelector('#command-answer button');
        found.push(...(await violations(page, `${width} help answer`)));
        await page.fill('#command-input', 'mydata');
        await page.click('#command-send');
        await page.waitForSelector('#command-answer button');
        found.push(...(await violations(page, `${width} mydata answer`)));
        await context.close();
      }
      expect(found).toEqual([]);
    },
    120_000,
  );
});
