import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOUR, type LocalApp, startLocalApp } from '../local/local-app.js';
import { launchChromium } from '../support/browser.js';

const ARTIFACTS = join(import.meta.dirname, '..', 'artifacts');
const OTHERS = ['local:aisha', 'local:per', 'local:ingrid', 'local:jonas'];

describe('local mode in a real browser', () => {
  let local: LocalApp;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];
  const blocked: string[] = [];

  beforeAll(async () => {
    local = await startLocalApp();
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
    // Nothing may leave the machine: the page is served whole from this server.
    await context.route('**/*', (route) => {
      const { hostname } = new URL(route.request().url());
      if (hostname === '127.0.0.1' || hostname === 'localhost') return route.continue();
      blocked.push(route.request().url());
      return route.abort();
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
  });

  afterAll(async () => {
    await browser?.close();
    await local?.stop();
  });

  it('a person answers a pulse, a reflection, a story and a nomination, then reads the digest', async () => {
    const pulse = await local.firePulse();
    await local.fire('weekly-reflection');
    for (const [i, as] of OTHERS.entries()) {
      for (const questionId of pulse.questionIds) {
        const vote = await local.post('/local/api/vote', {
          as,
          pulseId: pulse.id,
          questionId,
          value: 3 + (i % 3),
        });
        expect(vote.status).toBe(200);
      }
    }

    await page.goto(`${local.base}/`);
    await expect(page.getByRole('heading', { name: 'Hvem er du?' }).isVisible()).resolves.toBe(true);
    await page.click('button[data-person="local:kari"]');
    await page.waitForSelector('#me-name:has-text("Kari Nordmann")');

    // The pulse is in the channel feed; one click answers each statement.
    const post = page.locator(`li.post[data-pulse="${pulse.id}"]`).first();
    await post.waitFor();
    for (const questionId of pulse.questionIds) {
      await post.locator(`fieldset[data-question="${questionId}"] button[data-value="4"]`).click();
      await page.waitForSelector(
        `li.post[data-pulse="${pulse.id}"] fieldset[data-question="${questionId}"] button[data-value="4"][aria-pressed="true"]`,
      );
    }
    const confirmation = page.locator(`li.post[data-pulse="${pulse.id}"] [data-confirmation]`).first();
    await expect(confirmation.textContent()).resolves.toContain('Delvis enig');
    expect(await post.locator('button[aria-pressed="true"]').count()).toBe(pulse.questionIds.length);
    const kari = { platform: 'local' as const, userId: 'kari' };
    expect([...(await local.app.runtime.core.pulses.answersOf(pulse, kari)).values()]).toEqual(
      pulse.questionIds.map(() => 4),
    );

    // A reflection, answered in the form the question's button opens.
    await page.click('button[data-action="kp_open_reflection"]');
    await page.waitForSelector('#form-dialog[open] #f-text');
    await page.fill('#f-text', 'Vi prøvde digitalt tilsyn på natt og lærte mye av det.');
    await page.click('#form-submit');
    await page.waitForSelector('#form-dialog', { state: 'hidden' });
    await page.waitForSelector('#status:has-text("Takk for refleksjonen")');

    // A story: first without the sectors, so the error shows and the typed text stays.
    await page.click('#share-story');
    await page.waitForSelector('#form-dialog[open] #f-title');
    await page.fill('#f-title', 'Matlevering med ruteplan');
    await page.fill('#f-whatChanged', 'Hjemmetjenesten planlegger rutene sammen med kjøkkenet.');
    await page.fill('#f-whoBenefits', 'Brukerne får varm mat til fast tid.');
    await page.selectOption('#f-inUse', 'yes');
    await page.selectOption('#f-canSpread', 'yes');
    await page.fill('#f-learned', 'Små forsøk først, så skalere.');
    await page.click('#form-submit');
    await page.waitForSelector('[data-field="sectors"] .error:not(:empty)');
    await expect(page.inputValue('#f-title')).resolves.toBe('Matlevering med ruteplan');
    await expect(page.inputValue('#f-whatChanged')).resolves.toBe(
      'Hjemmetjenesten planlegger rutene sammen med kjøkkenet.',
    );
    await expect(page.locator('#form-summary').isVisible()).resolves.toBe(true);
    // The summary names the field to fix and leads to it; required fields say so in their label.
    const toFix = page.locator('#form-summary a');
    await expect(toFix.count()).resolves.toBe(1);
    await expect(toFix.getAttribute('href')).resolves.toBe('#f-sectors');
    await expect(page.locator('#f-sectors').count()).resolves.toBe(1);
    await expect(page.locator('label[for="f-title"]').textContent()).resolves.toContain('må fylles ut');
    await page.screenshot({ path: join(ARTIFACTS, 'local-mode-form-error.png') });
    await page.check('[data-field="sectors"] input[value="helse-og-omsorg"]');
    await page.click('#form-submit');
    await page.waitForSelector('#form-dialog', { state: 'hidden' });
    await page.waitForSelector('#status:has-text("Matlevering med ruteplan")');

    // A nomination of a colleague (who is asked before anything is shown).
    await page.click('#share-nomination');
    await page.waitForSelector('#form-dialog[open] #f-nominee');
    await page.selectOption('#f-nominee', 'ola');
    await page.selectOption('#f-dimension', 'anerkjennelse');
    await page.fill('#f-reason', 'Ola løftet fram forslagene fra de ansatte i teknisk.');
    await page.click('#form-submit');
    await page.waitForSelector('#form-dialog', { state: 'hidden' });
    const stored = local.app.runtime.store;
    expect((await stored.content.storiesBy('local:kari')).map((s) => s.title)).toEqual([
      'Matlevering med ruteplan',
    ]);
    expect(await stored.content.nominationsOf('local:ola')).toHaveLength(1);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'local-mode.png'), fullPage: true });

    // The pulse closes; pulses count in the month they close, so the digest now shows them.
    local.clock.advance(49 * HOUR);
    await local.app.scheduler.tick(local.clock.now());
    await local.app.drain();
    // Its post now says it is closed, and where and when the results are shared.
    await page.waitForSelector('li.post:has-text("Resultatene deles her i kanalen")');

    const month = '2025-03';
    const digest = await local.app.runtime.core.digests.forMonth(month);
    const line = digest.questions.find((q) => q.id === pulse.questionIds[0]);
    expect(line?.result.shown && line.result.value.n).toBe(5);

    await page.click('#digest-link');
    await page.waitForURL(`**/dashboard?month=${month}**`);
    const statement = local.app.runtime.core.bank.get(pulse.questionIds[0] as string)?.text.nb ?? '';
    const row = page
      .locator('#digest tr')
      .filter({ hasText: statement })
      .filter({ has: page.locator('td') })
      .first();
    await row.waitFor();
    const cells = await row.locator('td').allTextContents();
    expect(cells.map((c) => c.trim())).toContain('5');
    expect(cells.join(' ')).toMatch(/\d,\d/);
    expect(cells.join(' ')).not.toContain('holdt tilbake');
    await page.screenshot({ path: join(ARTIFACTS, 'local-mode-digest.png'), fullPage: true });

    expect(blocked).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(local.errors).toEqual([]);
  }, 120_000);

  it('a lead switches channel, language and reminders, posts a schedule now and hands over', async () => {
    await page.goto(`${local.base}/?as=local:kari`);
    await page.waitForSelector('#me-name:has-text("Kari Nordmann")');

    // Channel tabs: one pressed at a time, the feed follows.
    const tabs = page.locator('#tabs button.tab');
    expect(await tabs.count()).toBeGreaterThan(1);
    const second = tabs.nth(1);
    const channel = (await second.getAttribute('data-channel')) ?? '';
    await second.click();
    await page.waitForSelector(`#tabs button[data-channel="${channel}"][aria-pressed="true"]`);
    expect(await page.locator('#tabs button[aria-pressed="true"]').count()).toBe(1);
    await expect(
      page.locator('#tabs button[aria-pressed="true"]').evaluate((n) => n === document.activeElement),
    ).resolves.toBe(true);

    // Language: every text on the page changes, the choice is stored.
    await page.selectOption('#lang', 'en');
    await page.waitForSelector('#me-name:has-text("You are Kari Nordmann")');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('#switch-person').textContent()).resolves.toBe('Switch person');
    expect(await local.app.runtime.core.people.localeOf('local:kari')).toBe('en');

    await page.check('#pause');
    await page.waitForSelector('#status:has-text("Reminders are paused")');
    expect((await local.app.runtime.store.people.get('local:kari'))?.paused).toBe(true);
    await page.uncheck('#pause');
    await page.waitForSelector('#status:has-text("Reminders are on again")');

    // Post now: the lead's panel names each schedule by what it posts and where, not by its id.
    const rows = await page.locator('#schedules').textContent();
    expect(rows).toContain('Reflection question');
    expect(rows).toContain('to #innovasjon');
    expect(rows).not.toContain('weekly-reflection');
    await page.click('#schedules button[data-schedule="weekly-reflection"]');
    await page.waitForSelector('#status:has-text("Posted: the reflection question")');
    await expect(page.locator('#status').textContent()).resolves.toContain('1 message is on its way.');
    await local.app.drain();

    // The form returns focus to the button that opened it.
    await page.click('#share-story');
    await page.waitForSelector('#form-dialog[open] #f-title');
    await page.click('#form-cancel');
    await page.waitForSelector('#form-dialog', { state: 'hidden' });
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('share-story');

    // Someone else: back to the picker, nothing remembered.
    await page.click('#switch-person');
    await page.waitForSelector('#picker:not([hidden]) button[data-person="local:ola"]');
    await expect(page.evaluate(() => localStorage.getItem('kulturpuls.local.as'))).resolves.toBeNull();
    await page.click('button[data-person="local:ola"]');
    await page.waitForSelector('#me-name:has-text("Ola")');
    await expect(page.locator('#recognise-panel').isVisible()).resolves.toBe(true);
    await expect(page.locator('#post-panel').isVisible()).resolves.toBe(false);

    expect(blocked).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(local.errors).toEqual([]);
  });
});
