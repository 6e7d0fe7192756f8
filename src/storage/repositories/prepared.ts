/**
 * A statement the vote path runs on every click, built once per kit and then only run: drizzle's
 * building (and better-sqlite3's preparing) costs many times what SQLite takes to run it. On SQLite
 * the store's repositories serve every transaction, so this is once per store. Unnamed on PostgreSQL
 * (`''`): a named server-side statement would not survive a transaction-mode pooler.
 */
export function prepared<R>(
  build: () => { prepare(name: string): { execute(values?: Record<string, unknown>): Promise<R> } },
) {
  let query: { execute(values?: Record<string, unknown>): Promise<R> } | undefined;
  return (values: Record<string, unknown> = {}): Promise<R> => {
    query ??= build().prepare('');
    return query.execute(values);
  };
}
