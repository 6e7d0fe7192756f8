import type { MessageKey } from './i18n/translate.js';

/**
 * An unexpected failure with a stable code; the edge translates `messageKey` for the person.
 * Expected outcomes (a closed pulse, an invalid form) are values, not exceptions.
 */
export class KulturpulsError extends Error {
  constructor(
    readonly code: string,
    readonly messageKey: MessageKey,
    message?: string,
    options?: { cause?: unknown },
  ) {
    super(message ?? code, options);
    this.name = 'KulturpulsError';
  }
}

export function isKulturpulsError(error: unknown): error is KulturpulsError {
  return error instanceof KulturpulsError;
}

// node-postgres reports these without a SQLSTATE: a server that stopped answering, no free or new
// connection in time, a connection closed under a statement.
const LOST_CONNECTION =
  /^(Query read timeout|timeout exceeded when trying to connect|Connection terminated|Client has encountered a connection error)/;
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH']);

/**
 * The storage error's code, looked for through wrapping errors (drizzle wraps the driver's error in
 * `cause`). A lost connection without one reads as PostgreSQL's "connection failure", 08006.
 */
export function storageErrorCode(error: unknown): string | undefined {
  for (const e of errorChain(error) as { code?: unknown; message?: unknown }[]) {
    if (typeof e.code === 'string') return NETWORK_CODES.has(e.code) ? '08006' : e.code;
    if (typeof e.message === 'string' && LOST_CONNECTION.test(e.message)) return '08006';
  }
  return undefined;
}

/** The error and the errors it wraps (`cause`), outermost first, a few deep. */
export function errorChain(error: unknown): object[] {
  const chain: object[] = [];
  for (
    let e = error;
    e !== null && typeof e === 'object' && chain.length < 5;
    e = (e as { cause?: unknown }).cause
  )
    chain.push(e);
  return chain;
}

/** Busy, full, conflicting or unreachable storage: the person should simply try again. */
export function isTransientStorageError(error: unknown): boolean {
  const code = storageErrorCode(error);
  if (code === undefined) return false;
  // SQLite's busy/full/IO errors, and PostgreSQL's SQLSTATEs for serialization failures, deadlocks,
  // lock and statement timeouts, a server shutting down and a lost connection (class 08).
  return (
    /^SQLITE_(BUSY|LOCKED|FULL|IOERR|CANTOPEN|READONLY)/.test(code) ||
    /^(40001|40P01|55P03|57014|57P0[123]|08...)$/.test(code)
  );
}
