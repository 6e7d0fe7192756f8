/** `postgres://…` or `postgresql://…` selects PostgreSQL; anything else is a SQLite path. */
export const isPostgresUrl = (value: string | undefined): value is string =>
  value !== undefined && /^postgres(ql)?:\/\//i.test(value);

export interface PgTarget {
  user: string;
  host: string;
  port: string;
  database: string;
  /** Only to mask it wherever a message might repeat it. */
  password: string;
}

/** What a PostgreSQL URL points at, with node-postgres's defaults filled in (port 5432, database = user). */
export function pgTarget(url: string): PgTarget {
  const parsed = new URL(url);
  const user = decodeURIComponent(parsed.username);
  return {
    user,
    // A Unix socket is given as `?host=/var/run/postgresql`.
    host: parsed.searchParams.get('host') ?? (parsed.hostname || 'localhost'),
    port: parsed.searchParams.get('port') ?? (parsed.port || '5432'),
    database: decodeURIComponent(parsed.pathname.slice(1)) || user,
    password: decodeURIComponent(parsed.password),
  };
}

/** `user@host:port/database`: where the data is, for people, without the password. */
export function pgTargetText(url: string): string {
  const { user, host, port, database } = pgTarget(url);
  return `${user ? `${user}@` : ''}${host}:${port}/${database}`;
}

/** The database in use, for the start banner and `migrate`: "PostgreSQL kulturpuls@db:5432/kulturpuls" or "SQLite ./data/kulturpuls.db". */
export function describeDatabase(dbPath: string): string {
  if (!isPostgresUrl(dbPath)) return `SQLite ${dbPath}`;
  try {
    return `PostgreSQL ${pgTargetText(dbPath)}`;
  } catch {
    return 'PostgreSQL (KULTURPULS_DB is not a valid URL)';
  }
}
