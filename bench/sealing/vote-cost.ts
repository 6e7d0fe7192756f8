// What sealing costs a vote, without HTTP in the way: the same votes through the core on the sealed
// store and on the store below it (which writes what it is given), alternated, in one process.
// `npx tsx bench/sealing/vote-cost.ts`: prints both times and their ratio.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { createCore } from '../../src/core/create-core.js';
import type { Store } from '../../src/core/ports.js';
import { silentLogger } from '../../src/logger.js';
import { PLATFORM_CAPABILITIES } from '../../src/platform-capabilities.js';
import { openDatabase, runMigrations } from '../../src/storage/database.js';
import { createInnerStore, createSqliteStore } from '../../src/storage/sqlite-store.js';
import { median } from '../lib/median.js';

const SECRET = 'bench-sealing-secret-0123456789abcdef';
const PEOPLE = 2_000;
const ROUNDS = 5;

const loaded = loadConfig({ env: {} });
if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
const settings = loaded.config.settings;

async function votesOn(kind: 'sealed' | 'plain'): Promise<{ first: number; changed: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'kulturpuls-sealing-'));
  const db = openDatabase(join(dir, 'bench.db'));
  runMigrations(db);
  const store: Store =
    kind === 'sealed' ? createSqliteStore(db, SECRET) : (createInnerStore(db) as unknown as Store);
  const core = createCore({
    capabilities: PLATFORM_CAPABILITIES,
    store,
    clock: { now: () => new Date() },
    settings,
    secret: SECRET,
    logger: silentLogger,
  });
  const pulse = await core.pulses.open({ occurrenceKey: null, statements: 1, openHours: 48 });
  const questionId = pulse.questionIds[0] as string;
  // A first vote per person (new to this process and the database), then a changed vote each.
  const round = async (value: 2 | 4) => {
    const started = performance.now();
    for (let i = 0; i < PEOPLE; i++) {
      const actor = { platform: 'slack' as const, userId: `U${i}`, displayName: `Person ${i}` };
      await core.pulses.vote({ actor, pulseId: pulse.id, questionId, value });
    }
    return performance.now() - started;
  };
  const first = await round(4);
  const changed = await round(2);
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return { first, changed };
}

const runs = {
  sealed: [] as { first: number; changed: number }[],
  plain: [] as { first: number; changed: number }[],
};
await votesOn('plain'); // warm-up
for (let round = 0; round < ROUNDS; round++) {
  runs.plain.push(await votesOn('plain'));
  runs.sealed.push(await votesOn('sealed'));
}
const line = (what: 'first' | 'changed') => {
  const plain = median(runs.plain.map((r) => r[what]));
  const sealed = median(runs.sealed.map((r) => r[what]));
  const us = (ms: number) => ((ms / PEOPLE) * 1000).toFixed(0);
  return `${what} votes: ${us(plain)} µs below the sealing, ${us(sealed)} µs sealed, ratio ${(sealed / plain).toFixed(2)}×\n`;
};
process.stdout.write(
  `${PEOPLE} people, a first and a changed vote each, median of ${ROUNDS} runs\n${line('first')}${line('changed')}`,
);
