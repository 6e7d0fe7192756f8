// Refreshes docs/images/dashboard.png from a generated year: `npx tsx scripts/screenshot-dashboard.ts`.
// docs/images/local-mode.png is the screenshot the local-mode browser test saves (tests/artifacts/).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp } from '../src/app.js';
import { runCli } from '../src/cli/index.js';
import { loadConfig } from '../src/config.js';
import { localMonth, shiftMonth } from '../src/core/time.js';
import { launchChromium } from '../tests/support/browser.js';

const dir = mkdtempSync(join(tmpdir(), 'kulturpuls-shot-'));
const env = { KULTURPULS_DB: join(dir, 'kp.db'), PORT: '3977' };
const quiet = { out: () => {}, err: (text: string) => process.stderr.write(text), env };
await runCli(['demo-data', '--members', '400', '--months', '12', '--seed', '7'], quiet);
const loaded = loadConfig({ env });
if (!loaded.ok) throw new Error('config');
const app = await startApp(loaded.config, { manualSchedule: true, host: '127.0.0.1' });
const month = shiftMonth(localMonth(new Date(), 'Europe/Oslo'), -1);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1500 }, locale: 'nb-NO' });
  await page.route('**/*', (route) =>
    /^https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(route.request().url()) ? route.continue() : route.abort(),
  );
  await page.goto(`http://127.0.0.1:${app.port}/dashboard?month=${month}`);
  await page.screenshot({ path: 'docs/images/dashboard.png' });
} finally {
  await browser.close();
  await app.stop();
}
