import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type RunningApp, startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { FORMS } from '../../src/core/message.js';
import type { Logger } from '../../src/core/ports.js';
import type { Pulse } from '../../src/core/records.js';
import type { Settings } from '../../src/core/settings.js';
import { createAppDatabase } from '../support/app-database.js';
import { fenceToLoopback, launchChromium } from '../support/browser.js';

export const HOUR = 3_600_000;

export interface LocalApp {
  app: RunningApp;
  base: string;
  dir: string;
  clock: { now(): Date; advance(ms: number): void };
  /** What the app logged at error level (a test fails on unexpected ones). */
  errors: string[];
  get(path: string): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }>;
  post(
    path: string,
    body: unknown,
    init?: { contentType?: string; raw?: string },
  ): Promise<{ status: number; body: Record<string, unknown> }>;
  /** Fires a schedule now (like "post now") and delivers it. */
  fire(scheduleId: string): Promise<void>;
  firePulse(): Promise<Pulse>;
  /** Shares a story through the story form as `as` and delivers its post. */
  shareStory(as: string, values: Record<string, unknown>): Promise<void>;
  stop(): Promise<void>;
}

/** The whole app in local mode, on port 0, with a temp database and a clock the test moves. */
export async function startLocalApp(
  options: {
    yaml?: string;
    start?: string;
    /** Changes the settings after validation, as a config that slipped past it would. */
    adjust?: (settings: Settings) => Settings;
  } = {},
): Promise<LocalApp> {
  const dir = mkdtempSync(join(tmpdir(), 'kulturpuls-local-'));
  const file = join(dir, 'kulturpuls.yaml');
  writeFileSync(file, options.yaml ?? 'organisation: Testkommune\n');
  const database = await createAppDatabase(dir);
  const loaded = loadConfig({
    env: { KULTURPULS_DB: database.url, KULTURPULS_SECRET: 'local-test-secret-0123456789' },
    file,
  });
  if (!loaded.ok) throw new Error(`config: ${JSON.stringify(loaded.problems)}`);
  let now = new Date(options.start ?? '2025-03-12T09:00:00.000Z').getTime();
  const clock = {
    now: () => new Date(now),
    advance: (ms: number) => {
      now += ms;
    },
  };
  const errors: string[] = [];
  const logger: Logger = {
    debug() {},
    info() {},
    warn() {},
    error: (msg, fields) => errors.push(`${msg} ${JSON.stringify(fields ?? {})}`),
  };
  // PORT=0 is not a valid setting; the test asks the OS for a free port instead.
  const settings = options.adjust ? options.adjust(loaded.config.settings) : loaded.config.settings;
  const config = { ...loaded.config, settings, env: { ...loaded.config.env, port: 0 } };
  const app = await startApp(config, { manualSchedule: true, host: '127.0.0.1', clock, logger });
  const base = `http://127.0.0.1:${app.port}`;

  const fire = async (scheduleId: string) => {
    const schedule = app.runtime.settings.schedules.find((s) => s.id === scheduleId);
    if (!schedule) throw new Error(`no schedule ${scheduleId}`);
    await app.runtime.core.occurrences.fire(schedule, clock.now(), { force: true });
    await app.drain();
  };

  const local: LocalApp = {
    app,
    base,
    dir,
    clock,
    errors,
    async get(path) {
      const response = await fetch(base + path);
      return {
        status: response.status,
        body: (await response.json().catch(() => ({}))) as Record<string, unknown>,
        headers: response.headers,
      };
    },
    async post(path, body, init = {}) {
      const response = await fetch(base + path, {
        method: 'POST',
        headers: { 'Content-Type': init.contentType ?? 'application/json' },
        body: init.raw ?? JSON.stringify(body),
      });
      return {
        status: response.status,
        body: (await response.json().catch(() => ({}))) as Record<string, unknown>,
      };
    },
    fire,
    async firePulse() {
      await fire('fortnightly-pulse');
      const pulse = (await app.runtime.core.pulses.openPulses())[0];
      if (!pulse) throw new Error('no open pulse after firing');
      return pulse;
    },
    async shareStory(as, values) {
      const shared = await local.post('/local/api/form', { as, formId: FORMS.story, context: {}, values });
      if (shared.status !== 200) throw new Error(`story not shared: ${JSON.stringify(shared.body)}`);
      await app.drain();
    },
    async stop() {
      await app.stop();
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return local;
}

/** Headless Chromium in Norwegian, fenced to this machine, with the page's script errors collected. */
export async function openLocalBrowser(
  width = 1280,
): Promise<{ browser: Browser; page: Page; errors: string[] }> {
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'nb-NO' });
  const errors: string[] = [];
  await fenceToLoopback(context, errors);
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(String(error)));
  return { browser, page, errors };
}
