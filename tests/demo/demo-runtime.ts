import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { generateDemoData } from '../../src/demo/generate-demo-data.js';
import { silentLogger } from '../../src/logger.js';
import { openRuntime, type Runtime } from '../../src/runtime.js';

/** A Wednesday in March: the generated months are Sep 2024–Feb 2025 plus March so far. */
export const DEMO_NOW = new Date('2025-03-19T12:00:00Z');

export interface DemoRuntime {
  runtime: Runtime;
  dir: string;
  close(): void;
}

/** A real runtime (real config loader, migrations and core) on a temp database, with a fixed clock. */
export function openDemoRuntime(options: { now?: Date; yaml?: string } = {}): DemoRuntime {
  const dir = mkdtempSync(join(tmpdir(), 'kulturpuls-demo-'));
  const configFile = join(dir, 'kulturpuls.yaml');
  writeFileSync(configFile, options.yaml ?? 'organisation: Testvik kommune\n');
  const loaded = loadConfig({
    env: {
      KULTURPULS_DB: join(dir, 'kulturpuls.db'),
      KULTURPULS_CONFIG: configFile,
      KULTURPULS_SECRET: 'test-secret-for-demo-data-0123456789',
    },
  });
  if (!loaded.ok) throw new Error(`test config invalid: ${JSON.stringify(loaded.problems)}`);
  const now = options.now ?? DEMO_NOW;
  const runtime = openRuntime(loaded.config, { clock: { now: () => now }, logger: silentLogger });
  return {
    runtime,
    dir,
    close() {
      runtime.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function runDemo(options: { members?: number; months?: number; seed?: number; now?: Date } = {}) {
  const demo = openDemoRuntime(options.now ? { now: options.now } : {});
  const summary = generateDemoData(demo.runtime, {
    members: options.members ?? 60,
    months: options.months ?? 6,
    seed: options.seed ?? 1,
  });
  return { ...demo, summary };
}

/** Counts that describe what was generated, independent of the random pulse ids. */
export function aggregateFingerprint(runtime: Runtime): unknown {
  const rows = (sql: string) => runtime.db.prepare(sql).all();
  return {
    answers: rows(`SELECT a.question_id, a.sector, a.value, p.closes_at, count(*) AS n
      FROM pulse_answers a JOIN pulses p ON p.id = a.pulse_id
      GROUP BY a.question_id, a.sector, a.value, p.closes_at ORDER BY 1, 2, 3, 4`),
    participation: rows(`SELECT p.closes_at, count(*) AS n FROM pulse_participation x
      JOIN pulses p ON p.id = x.pulse_id GROUP BY p.closes_at ORDER BY 1`),
    people: rows('SELECT key, display_name, sector FROM people ORDER BY key'),
    reflections: rows('SELECT id, kind, author_key, text, sector, created_at FROM reflections ORDER BY id'),
    stories: rows('SELECT id, title, author_key, reactions, created_at FROM stories ORDER BY id'),
    nominations: rows('SELECT id, status, nominee_key, created_at FROM nominations ORDER BY id'),
  };
}
