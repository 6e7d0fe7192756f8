import type { PersonUpsert, Repositories, Store } from '../core/ports.js';
import { parsePersonKey } from '../core/records.js';
import type { Platform } from '../core/vocabulary.js';
import type { Database } from '../storage/index.js';
import type { pulseAnswers, pulseParticipation } from '../storage/schema/index.js';
import { peopleSealing } from '../storage/sealed/sealed-people.js';
import { createSealer } from '../storage/sealed/sealer.js';
import { createSqliteSink } from './bulk-insert.js';
import { createPgSink, type PgSql } from './pg-bulk-insert.js';

/**
 * The runtime's database, per dialect: the writer is chosen from it. SQLite's one connection is the
 * transaction's; PostgreSQL's `sql` runs on the pool, so answers and participation (which refer to the
 * pulses the transaction creates) are written once it has committed.
 */
export type DemoDatabase = { dialect: 'sqlite'; db: Database } | { dialect: 'postgres'; sql: PgSql };

export type AnswerRow = typeof pulseAnswers.$inferInsert;
export type ParticipationRow = typeof pulseParticipation.$inferInsert;
/** A new person as the people repository's upsert would create one. */
export interface PersonRow {
  key: string;
  platform: Platform;
  userId: string;
  displayName: string;
  email: string | null;
  sector: string | null;
  createdAt: string;
}

/** Where the rows end up, one per dialect. Each call runs inside the caller's transaction. */
export interface BulkSink {
  /** Rows gathered before a write: what one statement (or one burst of statements) takes. */
  batch: number;
  answers(rows: AnswerRow[]): Promise<void>;
  participation(rows: ParticipationRow[]): Promise<void>;
  /** New people created; known ones get name, e-mail and sector refreshed and keep the rest. */
  people(rows: PersonRow[]): Promise<void>;
}

export interface BulkWriter {
  answer(row: AnswerRow): Promise<void>;
  participation(row: ParticipationRow): Promise<void>;
  upsertPeople(rows: readonly PersonUpsert[], now: string): Promise<void>;
  /**
   * `store.transaction(fn)`, writing what `fn` buffered before it commits; `fn` gets the
   * transaction's handle for its other writes. Rows can only be added inside: none is written
   * outside its transaction, and a transaction that fails (or is retried) drops what it buffered.
   * Transactions do not nest.
   */
  transaction<T>(fn: (tx: Repositories) => Promise<T>): Promise<T>;
}

/** `secret`: the store's, so the people and participation written here are sealed as the store seals them. */
export function createBulkWriter(store: Store, database: DemoDatabase, secret: string): BulkWriter {
  const sealing = peopleSealing(createSealer(secret));
  const sink = database.dialect === 'sqlite' ? createSqliteSink(database.db) : createPgSink(database.sql);
  let answers: AnswerRow[] = [];
  let participation: ParticipationRow[] = [];
  let people: PersonRow[] = [];
  let depth = 0;
  // PostgreSQL's bulk statements run on other connections than the transaction's: they wait for its commit.
  const afterCommit = database.dialect === 'postgres';

  async function flush() {
    // Taken before writing: a failed statement fails the transaction, and its rows go with it.
    const [a, p, n] = [answers, participation, people];
    answers = [];
    participation = [];
    people = [];
    for (let start = 0; start < n.length; start += sink.batch)
      await sink.people(n.slice(start, start + sink.batch));
    if (a.length > 0) await sink.answers(a);
    if (p.length > 0) await sink.participation(p);
  }
  function inside(what: string) {
    if (depth === 0) throw new Error(`Demo ${what} are written inside the writer's transaction.`);
  }

  return {
    async answer(row) {
      inside('answers');
      answers.push(row);
      if (!afterCommit && answers.length >= sink.batch) await flush();
    },
    async participation(row) {
      inside('participations');
      participation.push({ ...row, personKey: sealing.token(row.personKey) });
      if (!afterCommit && participation.length >= sink.batch) await flush();
    },
    async upsertPeople(rows, now) {
      inside('people');
      const rowsToWrite = rows.map((row): PersonRow => {
        const sealed = sealing.sealUpsert(row);
        const parsed = parsePersonKey(sealed.key);
        if (!parsed) throw new Error(`Invalid person key: ${row.key}`);
        const { displayName, email = null, sector = null } = sealed;
        return { key: sealed.key, ...parsed, displayName, email, sector, createdAt: now };
      });
      if (afterCommit) {
        people.push(...rowsToWrite);
        return;
      }
      for (let start = 0; start < rowsToWrite.length; start += sink.batch) {
        await sink.people(rowsToWrite.slice(start, start + sink.batch));
      }
    },
    transaction(fn) {
      // The store refuses itself inside a body, so a body cannot open another transaction either.
      if (depth > 0) return Promise.reject(new Error("The demo writer's transactions do not nest."));
      const committed = store.transaction(async (tx) => {
        // A retry on PostgreSQL runs the body again from the start, with nothing buffered.
        answers = [];
        participation = [];
        people = [];
        depth += 1;
        try {
          const result = await fn(tx);
          if (!afterCommit) await flush();
          return result;
        } catch (error) {
          answers = [];
          participation = [];
          people = [];
          throw error;
        } finally {
          depth -= 1;
        }
      });
      if (!afterCommit) return committed;
      return committed.then(async (result) => {
        await flush();
        return result;
      });
    },
  };
}
