// Issue 23.10 on the local page, in a real browser: from "What can I write?" every command is a
// button; its answer is drawn under the command box with buttons of its own. Aisha picks a sector,
// then erases her data through a confirm step, with nothing typed.
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

it('a sector and the erasure of her data, by click alone', async () => {
  const context = await browser.newContext({ locale: 'nb-NO' });
  await fenceToLoopback(context, blocked);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${local.base}/`);
  await page.click('button[data-person="local:aisha"]');

  const answer = page.locator('#command-answer');
  const press = async (label: string) => {
    await answer.locator('button', { hasText: label }).first().click();
  };
  await page.click('button[data-shortcut="help"]');
  await answer.locator('button', { hasText: 'Velg sektor' }).waitFor();
  await press('Velg sektor');
  await answer.getByText('Sektoren din er Oppvekst og utdanning', { exact: false }).waitFor();
  await press('Kultur');
  await answer.getByText('Sektoren din er nå Kultur', { exact: false }).waitFor();
  expect((await local.app.runtime.store.people.get('local:aisha'))?.sector).toBe('kultur');

  await page.click('button[data-shortcut="mydata"]');
  await press('Slett alt om meg');
  await answer.getByText('Er du sikker?').waitFor();
  expect(await local.app.runtime.store.people.get('local:aisha')).toBeDefined();
  await press('Ja, slett alt');
  await answer.getByText('alt Kulturpuls hadde lagret om deg er slettet', { exact: false }).waitFor();
  expect(await local.app.runtime.store.people.get('local:aisha')).toBeUndefined();

  expect(errors).toEqual([]);
  expect(blocked).toEqual([]);
  await context.close();
});
