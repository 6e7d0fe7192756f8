// Issue 13.8: the local page's first start has something to do. Started as `npm start` starts it with
// no credentials and no config file (local mode, built-in defaults, the real scheduler) on a fresh data
// folder: an open pulse and a reflection question are in the channel, and the picker says who the lead is.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Logger } from '../../src/core/ports.js';
import { appRows } from '../support/app-database.js';
import { openLocalBrowser } from './local-app.js';

describe('the first start of local mode, in a real browser', () => {
  let dir: string;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  /** Script errors on the page and requests that left the machine. */
  let pageErrors: string[] = [];

  const start = async () => {
    const loaded = loadConfig({ env: { KULTURPULS_DB: join(dir, 'kulturpuls.db') } });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    expect(loaded.config.platforms.local).toBe(true);
    expect(loaded.config.env.configFound).toBe(false);
    const logger: Logger = {
      debug() {},
      info() {},
      warn() {},
      error: (msg, fields) => errors.push(`${msg} ${JSON.stringify(fields ?? {})}`),
    };
    // PORT=0 is not a valid setting; the OS picks a free port. No `manualSchedule`: as `npm start`.
    return startApp({ ...loaded.config, env: { ...loaded.config.env, port: 0 } }, { logger });
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kulturpuls-first-start-'));
    app = await start();
    ({ browser, page, errors: pageErrors } = await openLocalBrowser());
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says who the lead is before anyone is picked', async () => {
    await page.goto(`http://127.0.0.1:${app.port}/`);
    const hint = page.locator('#lead-hint');
    await hint.waitFor();
    expect(await hint.textContent()).toBe(
      'Tips: Kari Nordmann er innovasjonsleder. Velg Kari Nordmann for å se det lederne ser: månedsoppsummeringen, «Post nå» og nominasjoner som venter på anerkjennelse.',
    );
  });

  it('has an open pulse and a reflection question in the channel, to answer at once', async () => {
    await page.click('button[data-person="local:aisha"]');
    await page.waitForSelector('#me-name:has-text("Aisha Khan")');
    const [pulse] = await app.runtime.core.pulses.openPulses();
    if (!pulse) throw new Error('no open pulse on the first start');
    const post = page.locator(`#channel-posts li.post[data-pulse="${pulse.id}"]`);
    await post.waitFor();
    const [first] = pulse.questionIds;
    await post.locator(`fieldset[data-question="${first}"] button[data-value="5"]`).click();
    await page.waitForSelector(
      `li.post[data-pulse="${pulse.id}"] fieldset[data-question="${first}"] button[data-value="5"][aria-pressed="true"]`,
    );
    await page.locator('#channel-posts button[data-action="kp_open_reflection"]').first().click();
    await page.waitForSelector('#form-dialog[open] #f-text');
    await page.fill('#f-text', 'Vi testet en ny vaktplan sammen med de ansatte.');
    await page.click('#form-submit');
    await page.waitForSelector('#status:has-text("Takk for refleksjonen")');
    expect(await app.runtime.store.pulses.participants(pulse.id)).toEqual(['local:aisha']);
  });

  it('posts them once: a restart on the same data folder adds nothing', async () => {
    const pulses = (await app.runtime.core.pulses.openPulses()).map((p) => p.id);
    const occurrences = async () =>
      (await appRows(app.runtime, "SELECT count(*) AS n FROM occurrences WHERE reason = 'manual'"))[0];
    const before = await occurrences();
    await app.stop();
    app = await start();
    expect((await app.runtime.core.pulses.openPulses()).map((p) => p.id)).toEqual(pulses);
    expect(await occurrences()).toEqual(before);
    expect(errors).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
