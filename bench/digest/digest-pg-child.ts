// The digest on PostgreSQL, in its own process like digest-child.ts (same output). Modes:
//   sql  — the same hand-written SQL for the figures forMonth needs, through node-postgres.
//   core — core.digests.forMonth on the PostgreSQL store (KULTURPULS_DB is its URL), cold and warm.
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { loadConfig } from '../../src/config.js';
import { createCore } from '../../src/core/create-core.js';
import { monthPeriod, shiftMonth } from '../../src/core/time.js';
import { silentLogger } from '../../src/logger.js';
import { PLATFORM_CAPABILITIES } from '../../src/platform-capabilities.js';
import { createPgStore } from '../../src/storage/pg/index.js';
import { median } from '../lib/median.js';

const [mode = 'core', month = '', runsText = '5'] = process.argv.slice(2);
const runs = Number(runsText);
const url = process.env.KULTURPULS_DB ?? '';

function peakMb(): { rssMb: number; peakMb: number } {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

async function time(fn: () => unknown): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

const before = peakMb();

if (mode === 'sql') {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const period = monthPeriod(month, 'Europe/Oslo');
  const yearFrom = monthPeriod(shiftMonth(month, -11), 'Europe/Oslo').from;
  const oneMonth = () =>
    client.query(
      `SELECT a.question_id, a.sector, a.value, count(*) AS n
       FROM pulse_answers AS a JOIN pulses AS p ON p.id = a.pulse_id
       WHERE p.closes_at >= $1 AND p.closes_at < $2
       GROUP BY a.question_id, a.sector, a.value`,
      [period.from, period.to],
    );
  // The same figures as digest-child.ts' fair baseline: the trend year's cells, the month's
  // participation per sector, and the people per sector.
  const sameFigures = async () => {
    const year = await client.query<{ id: string; closes_at: string }>(
      'SELECT id, closes_at FROM pulses WHERE closes_at >= $1 AND closes_at < $2 AND closes_at <= $3 ORDER BY closes_at, id',
      [yearFrom, period.to, new Date().toISOString()],
    );
    const ids = year.rows.map((p) => p.id);
    const monthIds = year.rows.filter((p) => p.closes_at >= period.from).map((p) => p.id);
    const cells = await client.query(
      `SELECT pulse_id, question_id, sector, value, count(*) AS n FROM pulse_answers
       WHERE pulse_id = ANY($1) GROUP BY pulse_id, question_id, sector, value`,
      [ids],
    );
    const participation = await client.query(
      `SELECT p.sector, count(DISTINCT pp.person_key) AS respondents, count(*) AS responses
       FROM pulse_participation AS pp LEFT JOIN people AS p ON p.key = pp.person_key
       WHERE pp.pulse_id = ANY($1) GROUP BY p.sector`,
      [monthIds],
    );
    const invited = await client.query('SELECT sector, count(*) AS n FROM people GROUP BY sector');
    return (cells.rowCount ?? 0) + (participation.rowCount ?? 0) + (invited.rowCount ?? 0);
  };
  await oneMonth();
  const month1 = [];
  for (let i = 0; i < runs; i += 1) month1.push(await time(oneMonth));
  await sameFigures();
  const fair = [];
  for (let i = 0; i < runs; i += 1) fair.push(await time(sameFigures));
  await client.end();
  process.stdout.write(
    `${JSON.stringify({ mode, monthMs: median(month1), fairMs: median(fair), before, after: peakMb() })}\n`,
  );
} else {
  const loaded = loadConfig({ env: process.env });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  const secret = loaded.config.env.secret ?? 'unused-for-digests';
  const store = createPgStore(url, secret);
  const fresh = () =>
    createCore({
      capabilities: PLATFORM_CAPABILITIES,
      store,
      clock: { now: () => new Date() },
      settings: loaded.config.settings,
      secret,
      logger: silentLogger,
    });
  const first = await time(() => fresh().digests.forMonth(month));
  const cold = [];
  for (let i = 0; i < runs; i += 1) cold.push(await time(() => fresh().digests.forMonth(month)));
  const warmCore = fresh();
  await warmCore.digests.forMonth(month);
  const warm = [];
  for (let i = 0; i < runs; i += 1) warm.push(await time(() => warmCore.digests.forMonth(month)));
  const yearCore = fresh();
  const year = await time(async () => {
    for (let i = 11; i >= 0; i--) await yearCore.digests.forMonth(shiftMonth(month, -i));
  });
  const pulses = ((await fresh().digests.forMonth(month)) as { pulses?: unknown[] }).pulses?.length;
  await store.close();
  process.stdout.write(
    `${JSON.stringify({ mode, firstMs: first, coldMs: median(cold), warmMs: median(warm), yearMs: year, pulses, before, after: peakMb() })}\n`,
  );
}
