import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { monthPeriod } from '../../src/core/time.js';
import { generateDemoData } from '../../src/demo/generate-demo-data.js';
import { openRuntime, type Runtime } from '../../src/runtime.js';
import { appDir } from './app-dir.js';

let runtime: Runtime;
let folder: Awaited<ReturnType<typeof appDir>>;

beforeAll(async () => {
  folder = await appDir('demo-texts');
  const loaded = loadConfig({ env: folder.env });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  runtime = await openRuntime(loaded.config);
  await generateDemoData(runtime, { members: 1500, months: 4, seed: 11 });
}, 120_000);
afterAll(async () => {
  await runtime?.close();
  await folder?.close();
});

it('no month of demo data repeats a story or a nomination text', async () => {
  const zone = runtime.settings.timezone;
  const now = runtime.clock.now();
  for (let back = 1; back <= 4; back += 1) {
    const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 15))
      .toISOString()
      .slice(0, 7);
    const period = monthPeriod(month, zone);
    const stories = await runtime.store.content.storiesIn(period);
    const nominations = await runtime.store.content.nominationsIn(period);
    expect(stories.length, month).toBeGreaterThan(5);
    expect(new Set(stories.map((s) => s.whatChanged)).size, month).toBe(stories.length);
    expect(new Set(nominations.map((n) => n.reason)).size, month).toBe(nominations.length);
  }
});
