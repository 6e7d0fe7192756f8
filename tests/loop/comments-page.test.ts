// The local page in headless Chromium: "Kommenter anonymt" appears under the statement just
// answered, opens the form with the warning, and the comment is stored without the name.
import type { Browser } from 'playwright-core';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { type LocalApp, startLocalApp } from '../local/local-app.js';
import { appRows } from '../support/app-database.js';
import { fenceToLoopback, launchChromium } from '../support/browser.js';

let local: LocalApp;
let browser: Browser;
beforeEach(async () => {
  local = await startLocalApp();
  browser = await launchChromium();
});
afterEach(async () => {
  await browser.close();
  await local.stop();
});

it('a comment given on the local page', async () => {
  const pulse = await local.firePulse();
  const questionId = pulse.questionIds[0] ?? '';
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
  const blocked: string[] = [];
  await fenceToLoopback(context, blocked);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${local.base}/`);
  await page.click('button[data-person="local:aisha"]');
  const post = page.locator(`li.post[data-pulse="${pulse.id}"]`).first();
  await post.waitFor();
  expect(await post.locator('button[data-action="kp_open_comment"]').count()).toBe(0);
  await post.locator(`fieldset[data-question="${questionId}"] button[data-value="4"]`).click();
  const button = page.locator(`li.post[data-pulse="${pulse.id}"] button[data-action="kp_open_comment"]`);
  await button.waitFor();
  expect(await button.count()).toBe(1);
  await button.click();
  await page.waitForSelector('#form-dialog[open] #f-comment');
  expect(await page.locator('#form-dialog').textContent()).toContain(
    'Skriv ikke navn eller noe som gjør deg gjenkjennelig',
  );
  await page.fill('#f-comment', 'Møtene tar for lang tid');
  await page.click('#form-submit');
  await page.waitForSelector('#form-dialog', { state: 'hidden' });
  await page.waitForSelector('#status:has-text("Kommentaren er lagret")');
  // Commented: the button is gone from her view of the pulse.
  await page.waitForFunction(
    (id) => !document.querySelector(`li.post[data-pulse="${id}"] button[data-action="kp_open_comment"]`),
    pulse.id,
  );
  const stored = await appRows<{ text: string }>(local.app.runtime, 'SELECT text FROM comment_threads');
  expect(stored.map((r) => r.text)).toEqual(['Møtene tar for lang tid']);
  expect(errors).toEqual([]);
  expect(blocked).toEqual([]);
});
