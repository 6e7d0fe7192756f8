import { rmSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { type RunningApp, startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Clock } from '../../src/core/ports.js';
import { appDir } from '../digest/app-dir.js';

// WCAG 2.1 AA, the level Norwegian public bodies must meet, and axe's best practices on top.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** axe-core's WCAG 2.1 AA and best-practice violations on the page, each with the elements it found. */
export async function violations(page: Page, where = ''): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map(
    (v) => `${where ? `${where} ` : ''}${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Local mode on 127.0.0.1 in a fresh data folder; `stop` also removes the folder. */
export async function startLocal(
  name: string,
  clock?: Clock,
): Promise<{ app: RunningApp; stop(): Promise<void> }> {
  const { dir, env } = await appDir(name);
  const loaded = loadConfig({ env });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  const config = { ...loaded.config, env: { ...loaded.config.env, port: 0 } };
  const app = await startApp(config, {
    ...(clock ? { clock } : {}),
    manualSchedule: true,
    host: '127.0.0.1',
  });
  return {
    app,
    stop: async () => {
      await app.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
