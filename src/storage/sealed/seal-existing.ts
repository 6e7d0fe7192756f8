import { is } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as tables from '../schema/index.js';
import { classifiedColumns, type SealedForm } from '../schema/privacy.js';
import { createSealer, type Sealer, type SealPurpose } from './sealer.js';

/** Plain SQL on either dialect (`?` placeholders), for the one pass that seals rows from before sealing. */
export interface RawSql {
  all(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  run(sql: string, params?: unknown[]): Promise<void>;
  /** `body` runs its statements on the transaction's own handle. */
  transaction(body: (tx: RawSql) => Promise<void>): Promise<void>;
  /** Rewrites the files, so that no plain value stays in free pages or the write-ahead log. */
  compact(tables: string[]): Promise<void>;
}

const SEALING_VERSION = '1';

/** Each table with sealed columns, and its primary key (how its rows are found again). */
const SEALED_TABLES = Object.values(tables).flatMap((table) => {
  if (!is(table, SQLiteTable)) return [];
  const { name, columns, primaryKeys } = getTableConfig(table);
  const sealed = classifiedColumns(table).flatMap(({ name: column, kind }) =>
    kind?.class === 'sealed' ? [{ name: column, purpose: kind.purpose, form: kind.form }] : [],
  );
  const keys = (primaryKeys[0]?.columns ?? columns.filter((column) => column.primary)).map((c) => c.name);
  return sealed.length === 0 ? [] : [{ table: name, keys, columns: sealed }];
});

const jsonOf = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);
const isSealedJson = (value: unknown) => typeof jsonOf(value)?.['~sealed'] === 'string';

/** The sealed form of one stored value, or undefined when it is sealed already (or has nothing to seal). */
function sealValue(
  sealer: Sealer,
  purpose: SealPurpose,
  form: SealedForm,
  value: string,
  row: Record<string, unknown>,
): string | undefined {
  switch (form) {
    case 'person':
      return sealer.personOf(purpose, value) === undefined ? sealer.personToken(purpose, value) : undefined;
    case 'token':
      return sealer.open(purpose, value) === undefined ? sealer.token(purpose, value) : undefined;
    case 'text':
      return sealer.unseal(purpose, value) === undefined ? sealer.seal(purpose, value) : undefined;
    case 'json':
      return isSealedJson(value) ? undefined : JSON.stringify({ '~sealed': sealer.seal(purpose, value) });
    case 'dm-target': {
      if (row.target_kind !== 'dm') return undefined;
      const context = String(row.dedupe_key ?? row.idempotency_key);
      // The feed's targets are looked up by person, the outbox's are bound to their row.
      const bound = purpose === 'deliveries.target' ? context : '';
      return sealer.open(purpose, value, bound) === undefined
        ? sealer.token(purpose, value, bound)
        : undefined;
    }
    case 'notice-params': {
      const payload = jsonOf(value);
      if (payload?.type !== 'notice' || !payload.params || isSealedJson(payload.params)) return undefined;
      const params = { '~sealed': sealer.seal(purpose, JSON.stringify(payload.params)) };
      return JSON.stringify({ ...payload, params });
    }
  }
}

/**
 * Seals what an older version stored in plain form, once (`storage_meta` remembers it), in one
 * transaction, then compacts the files. Values sealed already are left as they are.
 */
export async function sealExistingRows(raw: RawSql, secret: string): Promise<number> {
  const done = async () =>
    (await raw.all('SELECT value FROM storage_meta WHERE key = ?', ['sealing']))[0]?.value ===
    SEALING_VERSION;
  if (await done()) return 0;
  try {
    return await sealAll(raw, secret);
  } catch (error) {
    // Replicas starting together: the one that lost the race finds the work done.
    if (await done()) return 0;
    throw error;
  }
}

async function sealAll(raw: RawSql, secret: string): Promise<number> {
  const sealer = createSealer(secret);
  let changed = 0;
  const touched = new Set<string>();
  await raw.transaction(async (tx) => {
    for (const { table, keys, columns } of SEALED_TABLES) {
      for (const row of await tx.all(`SELECT * FROM ${table}`)) {
        const set: Record<string, string> = {};
        for (const { name, purpose, form } of columns) {
          const value = row[name];
          if (typeof value !== 'string' || value === '') continue;
          const next = sealValue(sealer, purpose, form, value, row);
          if (next !== undefined) set[name] = next;
        }
        // The person's user id column is the token part of their (sealed) key.
        if (table === 'people' && set.key) set.user_id = set.key.slice(set.key.indexOf(':') + 1);
        const names = Object.keys(set);
        if (names.length === 0) continue;
        await tx.run(
          `UPDATE ${table} SET ${names.map((n) => `${n} = ?`).join(', ')} WHERE ${keys.map((k) => `${k} = ?`).join(' AND ')}`,
          [...names.map((n) => set[n]), ...keys.map((k) => row[k])],
        );
        changed += 1;
        touched.add(table);
      }
    }
    await tx.run(
      'INSERT INTO storage_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = ?',
      ['sealing', SEALING_VERSION, SEALING_VERSION],
    );
  });
  if (touched.size > 0) await raw.compact([...touched]);
  return changed;
}
