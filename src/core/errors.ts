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

/** Busy, full, conflicting or unreachable storage: the person should simply try again. */
export function isTransientStorageError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  // SQLite's busy/full/IO errors, and PostgreSQL's SQLSTATEs for serialization failures, deadlocks,
  // lock and statement timeouts, a server shutting down and a lost connection (class 08).
  return (
    /^SQLITE_(BUSY|LOCKED|FULL|IOERR|CANTOPEN|READONLY)/.test(code) ||
    /^(40001|40P01|55P03|57014|57P0[123]|08...)$/.test(code)
  );
}
