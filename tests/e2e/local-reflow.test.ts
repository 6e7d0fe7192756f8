// WCAG 1.4.10 reflow on the local page: at 320 CSS px nothing scrolls sideways, in any state the
// page can reach, after a story with every field at its maximum length is shared.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Form, FormValues } from '../../src/core/message.js';
import { type LocalApp, startLocalApp } from '../local/local-app.js';
import { fenceToLoopback, launchChromium } from '../support/browser.js';

/** WCAG 2.1 SC 1.4.10: content reflows at a width equivalent to 320 CSS pixels. */
const REFLOW_WIDTH = 320;

/** Every text field at its maximum, in long Norwegian compounds that give a line few places to break. */
function longest(form: Form): FormValues {
  const words = 'Tjenesteinnovasjonsarbeidet hjemmetjenestekoordinatorene velferdsteknologiprosjektet ';
  const values: FormValues = {};
  for (const field of form.fields) {
    if (field.kind === 'multiselect') values[field.id] = (field.options ?? []).map((o) => o.value);
    else if (field.kind === 'select' || field.kind === 'person') values[field.id] = field.options?.[0]?.value;
    else if (field.kind === 'checkbox') values[field.id] = true;
    else if (field.maxLength) values[field.id] = words.repeat(100).slice(0, field.maxLength).trim();
  }
  return values;
}

describe('the local page at 320 px', () => {
  let local: LocalApp;
  let browser: Browser;
  const blocked: string[] = [];

  beforeAll(async () => {
    local = await startLocalApp();
    await local.firePulse();
    await local.fire('weekly-reflection');
    const opened = await local.get('/local/api/form?as=local:kari&kind=story');
    const form = opened.body.form as Form;
    const values = longest(form);
    await local.shareStory('local:kari', values);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await local?.stop();
  });

  async function open(width: number, height = 640): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height }, locale: 'nb-NO' });
    await fenceToLoopback(context, blocked);
    return context.newPage();
  }

  const overflow = (page: Page) =>
    page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      widest: [...document.querySelectorAll('body *')]
        .filter((node) => node.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
        .slice(0, 3)
        .map((node) => `${node.tagName.toLowerCase()}.${node.className}`),
    }));

  it('never scrolls sideways, in every state, after a story with maximum-length answers', async () => {
    const page = await open(REFLOW_WIDTH);
    const seen: { where: string; scroll: number; widest: string[] }[] = [];
    const measure = async (where: string) => seen.push({ where, ...(await overflow(page)) });

    await page.goto(`${local.base}/`);
    await measure('picker');
    await page.click('button[data-person="local:kari"]');
    await page.waitForSelector('#me-name:has-text("Kari Nordmann")');
    const channels = await page
      .locator('#tabs button.tab')
      .evaluateAll((tabs) => tabs.map((tab) => tab.getAttribute('data-channel') ?? ''));
    let storyRows = 0;
    for (const channel of channels) {
      await page.click(`#tabs button[data-channel="${channel}"]`);
      await page.waitForSelector(`#tabs button[data-channel="${channel}"][aria-pressed="true"]`);
      storyRows += await page.locator('dt:has-text("Hvem har nytte av det, og hvordan?")').count();
      await measure(`#${channel}`);
    }
    // The story is in one of the channels: the test measured the page with it.
    expect(storyRows).toBeGreaterThan(0);

    await page.fill('#command-input', 'hjelp');
    await page.click('#command-send');
    await page.waitForSelector('#command-answer code');
    await measure('command answer');

    for (const opener of ['#share-story', '#share-nomination']) {
      await page.click(opener);
      await page.waitForSelector('#form-dialog[open]');
      await measure(`${opener} form`);
      await page.click('#form-submit');
      await page.waitForSelector('#form-summary', { state: 'visible' });
      await measure(`${opener} errors`);
      await page.keyboard.press('Escape');
    }
    for (const state of seen) expect(state, JSON.stringify(state)).toMatchObject({ scroll: REFLOW_WIDTH });
    expect(blocked).toEqual([]);
  }, 90_000);

  // After a refused submit on a phone, focus goes to the field to mend: the sticky "Avbryt / Send inn"
  // bar at the bottom of the dialog must not cover it. The last required field is left empty, every
  // other field filled to its maximum, so the field is as far down the form as it gets.
  for (const [width, height] of [
    [REFLOW_WIDTH, 360],
    [375, 667],
  ] as const) {
    it(`at ${width}×${height} px the sticky form bar never covers the field that gets focus after an error`, async () => {
      const page = await open(width, height);
      await page.goto(`${local.base}/`);
      await page.click('button[data-person="local:kari"]');
      await page.waitForSelector('#me-name:has-text("Kari Nordmann")');
      await page.click('#share-story');
      await page.waitForSelector('#form-dialog[open]');
      const opened = await local.get('/local/api/form?as=local:kari&kind=story');
      const form = opened.body.form as Form;
      const isText = (f: Form['fields'][number]) => f.kind === 'text' || f.kind === 'textarea';
      const last = [...form.fields].reverse().find((f) => f.required);
      expect(last, 'the story form has a required field').toBeDefined();
      const values = longest(form);
      for (const field of form.fields) {
        const named = `#form-fields [name="${field.id}"]`;
        if (field.id === last?.id) continue;
        if (isText(field)) await page.fill(named, String(values[field.id] ?? ''));
        else if (field.kind === 'select') await page.selectOption(named, String(values[field.id]));
        else if (field.kind === 'checkbox' || field.kind === 'multiselect')
          await page.check(`${named} >> nth=0`);
      }
      // Back at the top of the form, so the field to mend lies below the view and focus scrolls down to it.
      await page.evaluate(() => {
        for (const node of [
          document.querySelector('#form-dialog'),
          ...document.querySelectorAll('#form-dialog *'),
        ])
          if (node && node.scrollTop > 0) node.scrollTop = 0;
      });
      await page.click('#form-submit');
      await page.waitForSelector('#form-summary', { state: 'visible' });
      const placed = await page.evaluate(() => {
        const focused = document.activeElement as HTMLElement | null;
        const bar = document.querySelector('#form-dialog .form-actions')?.getBoundingClientRect();
        const box = focused?.getBoundingClientRect();
        return {
          name: focused?.getAttribute('name') ?? focused?.id ?? '',
          top: box?.top ?? 0,
          bottom: box?.bottom ?? 0,
          barTop: bar?.top ?? 0,
          viewport: window.innerHeight,
        };
      });
      expect(placed.name).toBe(last?.id);
      // Fully visible: below the top of the viewport and above the bar.
      expect(placed.top, JSON.stringify(placed)).toBeGreaterThanOrEqual(0);
      expect(placed.bottom, JSON.stringify(placed)).toBeLessThanOrEqual(placed.barTop);
      await page.context().close();
    }, 60_000);
  }
});
