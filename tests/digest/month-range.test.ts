import { Agent, get } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../src/app.js';
import { runCli } from '../../src/cli/index.js';
import { loadConfig } from '../../src/config.js';
import { generateDemoData } from '../../src/demo/generate-demo-data.js';
import { appDir } from './app-dir.js';

const NOW = new Date('2025-04-10T08:00:00.000Z');

/**
 * Issue: `month=9999-12` took 11–18 s with the event loop blocked, and three in parallel kept
 * `/healthz` waiting 59 s. A contract, not a benchmark: health answers throughout, held for a step
 * of the work at a time, not for the burst (how fast a step is belongs to `npm run bench`).
 */
describe('a digest request never freezes the bot', () => {
  let folder: Awaited<ReturnType<typeof appDir>>;
  let app: RunningApp;
  let base: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    folder = await appDir('range');
    ({ env } = folder);
    const loaded = loadConfig({ env });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const config = { ...loaded.config, env: { ...loaded.config.env, port: 0 } };
    app = await startApp(config, { clock: { now: () => NOW }, manualSchedule: true, host: '127.0.0.1' });
    await generateDemoData(app.runtime, { members: 600, months: 12, seed: 7 });
    base = `http://127.0.0.1:${app.port}`;
  }, 120_000);

  afterAll(async () => {
    await app?.stop();
    await folder?.close();
  });

  it('refuses months outside the data with a clear, localized page', async () => {
    for (const [month, lang, text] of [
      ['9999-12', 'nb', 'Det finnes ingen oppsummering for desember 9999. Velg en måned fra'],
      ['0000-01', 'nn', 'Det finst inga oppsummering for'],
      ['9999-12', 'en', 'There is no digest for December 9999. Choose a month from'],
    ] as const) {
      const res = await fetch(`${base}/dashboard?month=${month}&lang=${lang}`);
      expect(res.status).toBe(404);
      expect(await res.text()).toContain(text);
    }
    const cli = await runCli(['digest', '--month', '9999-12'], { out: () => {}, err: () => {}, env });
    expect(cli).toBe(2);
  });

  it('keeps /healthz answering through bad months and 20 parallel digests, never held for half of it', async () => {
    const delays: number[] = [];
    let running = true;
    // One health request always in flight, on a connection of its own opened before the burst: the
    // app runs in this process, so a probe that slept between requests would sleep through a blocked
    // event loop, and one queued behind the burst's new connections would measure those.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const health = () =>
      new Promise<void>((done, fail) =>
        get(`${base}/healthz`, { agent }, (res) => res.resume().on('end', done)).on('error', fail),
      );
    await health();
    const probe = (async () => {
      while (running) {
        const started = performance.now();
        await health();
        delays.push(performance.now() - started);
      }
    })();
    const months = ['2024-05', '2024-08', '2024-11', '2025-01', '2025-02', '2025-03'];
    const requests = [
      `${base}/dashboard?month=9999-12`,
      `${base}/dashboard?month=0000-01`,
      ...Array.from({ length: 20 }, (_, i) => `${base}/dashboard?month=${months[i % months.length]}`),
    ];
    const burstStarted = performance.now();
    const statuses = await Promise.all(
      requests.map(async (url) => {
        const res = await fetch(url);
        await res.arrayBuffer();
        return res.status;
      }),
    );
    const burstMs = performance.now() - burstStarted;
    running = false;
    await probe;
    expect(statuses.filter((s) => s === 200)).toHaveLength(20);
    expect(statuses.slice(0, 2)).toEqual([404, 404]);
    expect(delays.length).toBeGreaterThan(3);
    // Against the burst, not a stopwatch: a busy machine slows the work and the answers alike. The
    // digests go one step per turn of the event loop, so a health answer waits for a step; a blocked
    // loop would hold it for the whole block, most of the burst.
    expect(Math.max(...delays)).toBeLessThan(burstMs / 2);
    agent.destroy();
  });
});
