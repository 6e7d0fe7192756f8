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

/** SQLite busy/locked/full and I/O errors: the person should simply try again. */
export function isTransientStorageError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED|FULL|IOERR|CANTOPEN|READONLY)/.test(code);
}
