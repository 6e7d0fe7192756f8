// One query on a PostgreSQL database through a connection of its own, closed after: checks from
// outside the app (what another process sees), `$1` placeholders.
import pg from 'pg';

// As the store reads them: counts (bigint) as numbers, JSON as its text (as SQLite gives it).
const types = new pg.TypeOverrides();
types.setTypeParser(20, Number);
types.setTypeParser(114, String);

export async function pgQuery<T = Record<string, unknown>>(
  url: string,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url, types });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}
