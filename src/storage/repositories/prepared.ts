import { createHash } from 'node:crypto';
import { type Placeholder, sql } from 'drizzle-orm';

type Preparable<R> = {
  prepare(name: string): { execute(values?: Record<string, unknown>): Promise<R> };
  toSQL(): { sql: string };
};

export type Prepare = <R>(build: () => Preparable<R>) => (values?: Record<string, unknown>) => Promise<R>;

/**
 * Statements the vote path runs on every click, built once per kit and then only run: drizzle's
 * building (and better-sqlite3's preparing) costs many times what the database takes to run them.
 * With `named` (PostgreSQL), each is also a named server-side statement, parsed once per connection;
 * the name is the text's hash, so the same text has the same name on every connection and kit. A
 * transaction-mode pooler that cannot keep them (PgBouncer before 1.21) gets unnamed ones (`''`).
 */
export function preparing(named: boolean): Prepare {
  return <R>(build: () => Preparable<R>) => {
    let query: { execute(values?: Record<string, unknown>): Promise<R> } | undefined;
    return (values: Record<string, unknown> = {}): Promise<R> => {
      if (!query) {
        const statement = build();
        query = statement.prepare(named ? statementName(statement.toSQL().sql) : '');
      }
      return query.execute(values);
    };
  };
}

const statementName = (text: string) =>
  `kp_${createHash('sha256').update(text).digest('base64url').slice(0, 24)}`;

/**
 * A prepared statement with an `IN (…)` list, one per list length: `build` gets the list's
 * placeholders, the call the fixed values and the list.
 */
export function preparedForList<R>(
  prepared: Prepare,
  build: (list: Placeholder[]) => Preparable<R>,
): (values: Record<string, unknown>, list: readonly unknown[]) => Promise<R> {
  const byLength = new Map<number, (values?: Record<string, unknown>) => Promise<R>>();
  return (values, list) => {
    let run = byLength.get(list.length);
    if (!run) {
      const placeholders = list.map((_, i) => sql.placeholder(`in${i}`));
      run = prepared(() => build(placeholders));
      byLength.set(list.length, run);
    }
    const all: Record<string, unknown> = { ...values };
    list.forEach((item, i) => {
      all[`in${i}`] = item;
    });
    return run(all);
  };
}
