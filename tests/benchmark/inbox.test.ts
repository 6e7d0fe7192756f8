import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { MUNICIPALITY_FORMAT, type MunicipalityFigures } from '../../src/core/benchmark/municipality-file.js';
import { newKeyPair, signFile } from '../../src/core/benchmark/signed-file.js';
import { silentLogger } from '../../src/logger.js';
import { appDir } from '../digest/app-dir.js';

// Bergen (4601) is in KOSTRA group 12 in SSB's table.
const bergen = newKeyPair();
const stranger = newKeyPair();

const exportOf = (key: string, change: Partial<MunicipalityFigures> = {}) =>
  signFile(
    MUNICIPALITY_FORMAT,
    {
      month: '2025-02',
      period: { from: '2024-12', to: '2025-02' },
      municipality: '4601',
      kostraGroup: 12,
      minGroupSize: 5,
      figures: { lederforankring: { mean: 3.5, n: 20, sd: 0.9 } },
      responseRate: null,
      ...change,
    } satisfies MunicipalityFigures,
    key,
  );

describe('POST /benchmark on the coordinator: a signed export, authenticated by its signature alone', () => {
  let folder: Awaited<ReturnType<typeof appDir>>;
  let app: RunningApp;
  let dir: string;
  let url: string;
  const post = (body: string) =>
    fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json' } });

  beforeAll(async () => {
    // The coordinator's installation, with the inbox's paths relative to its config file.
    folder = await appDir('inbox');
    dir = join(folder.dir, 'received');
    mkdirSync(dir);
    writeFileSync(join(folder.dir, 'registered.txt'), `4601 ${bergen.publicKey}\n`);
    writeFileSync(
      folder.env.KULTURPULS_CONFIG as string,
      'organisation: KS\nbenchmark:\n  inbox:\n    keys: registered.txt\n    dir: received\n',
    );
    const loaded = loadConfig({ env: folder.env });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    app = await startApp(loaded.config, {
      port: 0,
      host: '127.0.0.1',
      manualSchedule: true,
      logger: silentLogger,
    });
    url = `http://127.0.0.1:${app.port}/benchmark`;
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
    await folder?.close();
  });

  it('keeps a registered municipality file byte for byte, once', async () => {
    const text = exportOf(bergen.privatePem);
    const first = await post(text);
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({ municipality: '4601', month: '2025-02' });
    expect(readFileSync(join(dir, '4601-2025-02.json'), 'utf8')).toBe(text);
    const again = await post(exportOf(bergen.privatePem, { figures: { tillit: { mean: 4, n: 30, sd: 1 } } }));
    expect(again.status).toBe(409);
    expect(readFileSync(join(dir, '4601-2025-02.json'), 'utf8')).toBe(text);
  });

  it('refuses a changed byte, an unregistered key, another group, a malformed figure and a large body', async () => {
    const text = exportOf(bergen.privatePem, { month: '2025-03' });
    const at = text.indexOf('"mean":') + 7;
    const changed = `${text.slice(0, at)}${text[at] === '4' ? '3' : '4'}${text.slice(at + 1)}`;
    const cases: [string, number, string][] = [
      [changed, 400, 'tampered'],
      ['not json', 400, 'tampered'],
      [exportOf(stranger.privatePem, { month: '2025-03' }), 403, 'unknownKey'],
      [exportOf(bergen.privatePem, { month: '2025-03', kostraGroup: 11 }), 403, 'wrongGroup'],
      [
        exportOf(bergen.privatePem, { month: '2025-03', figures: { lederforankring: { mean: 3, n: 2 } } }),
        400,
        'malformed',
      ],
    ];
    for (const [body, status, error] of cases) {
      const response = await post(body);
      expect(response.status, error).toBe(status);
      expect(await response.json()).toEqual({ error });
    }
    const large = await post('x'.repeat(17 * 1024));
    expect(large.status).toBe(413);
    expect((await fetch(url)).status).toBe(404);
    expect(() => readFileSync(join(dir, '4601-2025-03.json'))).toThrow();
  });
});
