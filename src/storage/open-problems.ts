import { pgTarget, pgTargetText } from '../config/database-url.js';
import { errorChain } from '../core/errors.js';
import { pgPoolConfig } from './pg/pool-settings.js';

/** The database cannot be opened: the CLI prints the one-line message and exits 1, without a stack trace. */
export class DatabaseUnavailableError extends Error {
  readonly code = 'database_unavailable';
}

const first = (error: unknown, key: 'code' | 'message'): string => {
  for (const e of errorChain(error) as Record<string, unknown>[]) {
    if (typeof e[key] === 'string' && e[key] !== '') return e[key];
  }
  return '';
};

// node-postgres's own words for a connection that took longer than connect_timeout (a client, a pool).
const CONNECT_TIMEOUT = /^timeout expired$|timeout exceeded when trying to connect|connection timeout/i;
const UNREACHABLE = new Set(['ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

/** A password in the URL is never repeated, whatever the driver's message says. */
function masked(line: string, url: string): DatabaseUnavailableError {
  let password = '';
  try {
    password = pgTarget(url).password;
  } catch {}
  return new DatabaseUnavailableError(password ? line.split(password).join('***') : line);
}

/** One line for a URL node-postgres cannot use (a password with an unescaped `@`, `/` or `#`, a bad limit). */
export function pgUrlProblem(error: unknown, url: string): DatabaseUnavailableError {
  const why = error instanceof TypeError ? 'it is not a valid URL' : first(error, 'message');
  return masked(
    `KULTURPULS_DB cannot be used: ${why}. The form is postgres://USER:PASSWORD@HOST:5432/DATABASE; a password with @ : / ? # or % must be percent-encoded (@ as %40).`,
    url,
  );
}

/** One line for a first connection that failed: who, where, and what to check. */
export function pgConnectProblem(error: unknown, url: string): DatabaseUnavailableError {
  return masked(connectLine(error, url), url);
}

function connectLine(error: unknown, url: string): string {
  const { user, host, port, database } = pgTarget(url);
  const code = first(error, 'code');
  const message = first(error, 'message');
  const connect = `Cannot connect to PostgreSQL at ${host}:${port}`;
  const reach = `Cannot reach PostgreSQL at ${host}:${port}`;
  if (code === '28P01')
    return `${connect}: password authentication failed for user "${user}". Check the user and password in KULTURPULS_DB.`;
  if (code === '3D000')
    return `${connect}: database "${database}" does not exist. Create it (see "Running on PostgreSQL" in the README).`;
  if (code === 'ECONNREFUSED')
    return `${reach}: connection refused. Is the server running and listening on that address and port?`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `${reach}: the host name "${host}" is not known.`;
  if (UNREACHABLE.has(code) || CONNECT_TIMEOUT.test(message))
    return `${reach}: no answer within ${pgPoolConfig(url).limits.connect_timeout} ms (connect_timeout).`;
  if (/client password must be a string/.test(message))
    return `${connect}: the server asks user "${user}" for a password, and KULTURPULS_DB has none (postgres://USER:PASSWORD@HOST:PORT/DATABASE).`;
  return `Cannot connect to PostgreSQL (${pgTargetText(url)}): ${message || code || 'unknown error'}.`;
}

/**
 * One line for migrations the user may not run (42501 insufficient_privilege), or undefined: any other
 * failure of a migration is a fault to report whole.
 */
export function pgMigrateProblem(error: unknown, url: string): DatabaseUnavailableError | undefined {
  if (first(error, 'code') !== '42501') return undefined;
  const { user, database } = pgTarget(url);
  return masked(
    `PostgreSQL user "${user}" may not create Kulturpuls's tables in database "${database}" (${first(error, 'message')}). Make it the owner: ALTER DATABASE ${database} OWNER TO ${user};`,
    url,
  );
}

/** One line for a SQLite file that cannot be opened or created (a folder without write access, not a database). */
export function sqliteOpenProblem(error: unknown, path: string): DatabaseUnavailableError | undefined {
  const code = first(error, 'code');
  if (!/^(EACCES|EPERM|EROFS|ENOTDIR|EISDIR|SQLITE_CANTOPEN|SQLITE_NOTADB|SQLITE_READONLY)/.test(code))
    return undefined;
  return new DatabaseUnavailableError(`Cannot open the SQLite database ${path}: ${first(error, 'message')}.`);
}
