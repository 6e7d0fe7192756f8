import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../src/app.js';
import { describePlatforms, loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { type AppDatabase, createAppDatabase } from '../support/app-database.js';

// Issue 14: local mode (no login: anyone on the page can act as anyone) listened on every interface,
// so another machine on the network listed the people and posted a pulse as the lead.

/** The addresses the kernel says a TCP port is listening on (/proc/net/tcp and tcp6, state 0A). */
function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const out: string[] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (state !== '0A' || !local?.endsWith(`:${hexPort}`)) continue;
      out.push(local.slice(0, local.indexOf(':')));
    }
  }
  return out;
}

let app: RunningApp | undefined;
const dirs: string[] = [];
const databases: AppDatabase[] = [];
afterEach(async () => {
  await app?.stop();
  app = undefined;
  for (const database of databases.splice(0)) await database.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function localConfig(extra: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'kulturpuls-bind-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'kulturpuls.yaml'), 'organisation: Testvik kommune\n');
  const database = await createAppDatabase(dir);
  databases.push(database);
  const loaded = loadConfig({
    env: {
      KULTURPULS_DB: database.url,
      KULTURPULS_SECRET: 'local-bind-secret-0123456789abcdef',
      KULTURPULS_CONFIG: join(dir, 'kulturpuls.yaml'),
      LOG_LEVEL: 'error',
      ...extra,
    },
  });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return { ...loaded.config, env: { ...loaded.config.env, port: 0 } };
}

describe('local mode', () => {
  it('listens on 127.0.0.1 only unless HOST says otherwise, and the banner says so', async () => {
    const config = await localConfig();
    expect(config.platforms.local).toBe(true);
    app = await startApp(config, { manualSchedule: true, logger: silentLogger });
    // 0100007F is 127.0.0.1 as the kernel writes it; 00000000 would be every interface.
    expect(listeningAddresses(app.port)).toEqual(['0100007F']);
    expect(describePlatforms(config)).toContain('Listening on 127.0.0.1:0 only');
  });

  it('listens where HOST says', async () => {
    const config = await localConfig({ HOST: '0.0.0.0' });
    app = await startApp(config, { manualSchedule: true, logger: silentLogger });
    expect(listeningAddresses(app.port)).toEqual(['00000000']);
    expect(describePlatforms(config)).toContain('Listening on 0.0.0.0:0');
  });
});
