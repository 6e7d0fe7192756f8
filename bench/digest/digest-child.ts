// Runs in its own process so its peak RSS (VmHWM) is its own. Modes:
//   sql  — the baselines: hand-written SQL for the same figures forMonth needs (the trend year's cells,
//          the month's participation, people per sector), and one GROUP BY (one month, and 12 months).
//   core — core.digests.forMonth, cold (fresh core) and warm, and every month of the year.
// Prints one JSON line with the timings (ms) and memory (MB).
import { readFileSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { loadConfig } from '../../src/config.js';
import { createCore } from '../../src/core/create-core.js';
import { monthPeriod, shiftMonth } from '../../src/core/time.js';
import { silentLogger } from '../../src/logger.js';
import { PLATFORM_CAPABILITIES } from '../../src/platform-capabilities.js';
import { openRuntime } from '../../src/runtime.js';
import { median } from '../lib/median.js';

const [mode = 'core', month = '', runsText = '5'] = process.argv.slice(2);
const runs = Number(runsText);
const zone = 'Europe/Oslo';

function peakMb(): { rssMb: number; peakMb: number } {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = fn();
  return { ms: performance.now() - started, value };
}

/** `time` for work that answers later (the core reads its storage asynchronously). */
async function timeAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, value };
}

const before = peakMb();

if (mode === 'sql') {
  const db = new BetterSqlite3(process.env.KULTURPULS_DB ?? '', { readonly: true });
  const period = monthPeriod(month, zone);
  const yearFrom = monthPeriod(shiftMonth(month, -11), zone).from;
  const year = { from: yearFrom, to: period.to };
  const oneMonth = () =>
    db
      .prepare(
        `SELECT a.question_id, a.sector, a.value, count(*) AS n
         FROM pulse_answers AS a JOIN pulses AS p ON p.id = a.pulse_id
         WHERE p.closes_at >= ? AND p.closes_at < ?
         GROUP BY a.question_id, a.sector, a.value`,
      )
      .all(period.from, period.to);
  const twelveMonths = () =>
    db
      .prepare(
        `SELECT substr(p.closes_at, 1, 7) AS month, a.question_id, a.sector, a.value, count(*) AS n
         FROM pulse_answers AS a JOIN pulses AS p ON p.id = a.pulse_id
         WHERE p.closes_at >= ? AND p.closes_at < ?
         GROUP BY month, a.question_id, a.sector, a.value`,
      )
      .all(year.from, year.to);
  // The fair baseline: hand-written SQL for the same figures forMonth needs — the closed pulses of the
  // trend year, their cells (pulse × statement × sector × value, which include the month's), the
  // month's participation per sector, and the people per sector. Nothing else (no stories, no objects).
  const closedPulses = db.prepare(
    'SELECT id, closes_at FROM pulses WHERE closes_at >= ? AND closes_at < ? AND closes_at <= ? ORDER BY closes_at, id',
  );
  const sameFigures = () => {
    const now = new Date().toISOString();
    const year = closedPulses.all(yearFrom, period.to, now) as { id: string; closes_at: string }[];
    const ids = year.map((p) => p.id);
    const monthIds = year.filter((p) => p.closes_at >= period.from).map((p) => p.id);
    const list = (n: number) => Array.from({ length: n }, () => '?').join(', ');
    const cells = db
      .prepare(
        `SELECT pulse_id, question_id, sector, value, count(*) AS n FROM pulse_answers
         WHERE pulse_id IN (${list(ids.length)}) GROUP BY pulse_id, question_id, sector, value`,
      )
      .all(...ids);
    const participation = db
      .prepare(
        `SELECT p.sector, count(DISTINCT pp.person_key) AS respondents, count(*) AS responses
         FROM pulse_participation AS pp LEFT JOIN people AS p ON p.key = pp.person_key
         WHERE pp.pulse_id IN (${list(monthIds.length)}) GROUP BY p.sector`,
      )
      .all(...monthIds);
    const invited = db.prepare('SELECT sector, count(*) AS n FROM people GROUP BY sector').all();
    return cells.length + participation.length + invited.length;
  };
  const first = time(oneMonth);
  const month1 = Array.from({ length: runs }, () => time(oneMonth).ms);
  const year12 = Array.from({ length: runs }, () => time(twelveMonths).ms);
  time(sameFigures);
  const fair = Array.from({ length: runs }, () => time(sameFigures).ms);
  db.close();
  process.stdout.write(
    `${JSON.stringify({ mode, firstMs: first.ms, monthMs: median(month1), yearMs: median(year12), fairMs: median(fair), rows: first.value.length, before, after: peakMb() })}\n`,
  );
} else {
  const loaded = loadConfig({ env: process.env });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  const runtime = await openRuntime(loaded.config, { logger: silentLogger });
  const fresh = () =>
    createCore({
      capabilities: PLATFORM_CAPABILITIES,
      store: runtime.store,
      clock: runtime.clock,
      settings: runtime.settings,
      secret: loaded.config.env.secret ?? 'unused-for-digests',
      logger: silentLogger,
    });
  const first = await timeAsync(() => runtime.core.digests.forMonth(month));
  const cold: number[] = [];
  for (let i = 0; i < runs; i += 1) cold.push((await timeAsync(() => fresh().digests.forMonth(month))).ms);
  const warmCore = fresh();
  await warmCore.digests.forMonth(month);
  const warm: number[] = [];
  for (let i = 0; i < runs; i += 1) warm.push((await timeAsync(() => warmCore.digests.forMonth(month))).ms);
  // Every month of the year, as a dashboard or an export walks them, on one fresh core.
  const yearCore = fresh();
  const year = await timeAsync(async () => {
    for (let i = 11; i >= 0; i--) await yearCore.digests.forMonth(shiftMonth(month, -i));
  });
  const digest = first.value as { pulses?: unknown[] };
  await runtime.close();
  process.stdout.write(
    `${JSON.stringify({ mode, firstMs: first.ms, coldMs: median(cold), warmMs: median(warm), yearMs: year.ms, pulses: digest.pulses?.length, before, after: peakMb() })}\n`,
  );
}
