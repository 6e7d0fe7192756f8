// Issue 23.10 on the local page, in a real browser: from "What can I write?" every command is a
// button; its answer is drawn under the command box with buttons of its own. Aisha picks a sector,
// then erases her data through a confirm step, with nothing typed.
import type { Browser } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { type LocalApp, openLocalBrowser, startLocalApp } from '../local/local-app.js';

let local: LocalApp | undefined;
let browser: Browser | undefined;
afterAll(async () => {
  await browser?.close();
  await local?.stop();
});

it('a sector and the erasure of her data, by click alone', async () => {
  local = await startLocalApp();
  const opened = await openLocalBrowser();
  browser = opened.browser;
  const { page, errors } = opened;
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
  // She is gone, so the page returns to the picker; what it answered stays as a notice.
  await page
    .locator('#status')
    .getByText('alt Kulturpuls hadde lagret om deg er slettet', { exact: false })
    .waitFor();
  await page.locator('#picker').waitFor();
  expect(await answer.textContent()).toBe('');
  expect(await local.app.runtime.store.people.get('local:aisha')).toBeUndefined();

  // Script errors and requests beyond this machine alike.
  expect(errors).toEqual([]);
});
