// The 👏 under a shared story on the local page, pressed in a real browser, counts once per person.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type LocalApp, startLocalApp } from '../local/local-app.js';
import { fenceToLoopback, launchChromium } from '../support/browser.js';

let local: LocalApp;
let browser: Browser;
const blocked: string[] = [];

beforeAll(async () => {
  local = await startLocalApp();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await local?.stop();
});

it('Ola presses 👏 under Kari’s story: a thank-you, and one reaction however often he presses', async () => {
  const values = {
    title: 'Kveldsåpent bibliotek',
    whatChanged: 'Innbyggerne låner med bankkort etter stengetid.',
    whoBenefits: 'Pendlere og studenter.',
    inUse: 'yes',
    canSpread: 'yes',
    sectors: ['kultur'],
    learned: 'Skilting betyr mye.',
  };
  await local.shareStory('local:kari', values);

  const context = await browser.newContext({ locale: 'nb-NO' });
  await fenceToLoopback(context, blocked);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${local.base}/`);
  await page.click('button[data-person="local:ola"]');
  const clap = page.locator('button[data-action="kp_story_clap"]').first();
  await clap.waitFor();
  expect(await clap.textContent()).toBe('👏');
  await clap.click();
  await page.waitForSelector('#status .toast:has-text("Applaus så langt: 1")');
  await expect(clap.isEnabled()).resolves.toBe(true);
  await page.locator('button[data-action="kp_story_clap"]').first().click();
  await page.waitForSelector('#status .toast:has-text("Applaus så langt: 1")');

  const story = (await local.app.runtime.store.content.storiesIn({ from: '0000', to: '9999' }))[0];
  expect(story?.reactions).toBe(1);
  expect(errors).toEqual([]);
  expect(blocked).toEqual([]);
  await context.close();
});
