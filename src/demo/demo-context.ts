import type { CoreServices } from '../core/create-core.js';
import type { Clock, Store } from '../core/ports.js';
import type { Settings } from '../core/settings.js';
import type { RuntimeDatabase } from '../runtime.js';
import type { BulkWriter, DemoDatabase } from './bulk-writer.js';
import type { ClimateModel } from './climate-model.js';
import type { DemoMember } from './members.js';

/** The parts of a `Runtime` the generator writes through. */
export interface DemoTarget {
  /** SQLite or PostgreSQL: the bulk writer is chosen from its dialect (`demoDatabase`). */
  database: RuntimeDatabase;
  store: Store;
  core: CoreServices;
  clock: Clock;
  settings: Settings;
  /** Keys the pulse pseudonyms, so generated answers look like real votes. */
  secret: string;
}

/**
 * The generator's writer per dialect: SQLite's connection itself, or raw statements on PostgreSQL's
 * pool (the writer runs those after its transaction commits, see `createBulkWriter`).
 */
export function demoDatabase(database: RuntimeDatabase): DemoDatabase {
  if (database.dialect === 'sqlite') return { dialect: 'sqlite', db: database.db };
  const { pool } = database;
  return {
    dialect: 'postgres',
    sql: async (text, params = []) => (await pool.query(text, [...params])).rows,
  };
}

export interface DemoContext {
  seed: number;
  target: DemoTarget;
  /** The runtime clock's now: everything generated lies before it. */
  now: Date;
  members: DemoMember[];
  managers: DemoMember[];
  model: ClimateModel;
  writer: BulkWriter;
  /** 0 for the first generated month, counted in the configured time zone. */
  monthIndex(date: Date): number;
}

/** A time after `start` (by up to `spanMs`, earlier ones likelier when `early`), always before now. */
export function timeAfter(now: Date, start: Date, spanMs: number, roll: number, early = false): Date {
  const room = Math.min(spanMs, now.getTime() - start.getTime() - 1_000);
  if (room <= 0) return new Date(Math.min(start.getTime(), now.getTime() - 1_000));
  return new Date(start.getTime() + Math.floor(room * (early ? roll * roll : roll)));
}
