import type { Sealer, SealPurpose } from './sealer.js';

// How one column is sealed and opened: the pieces every sealed repository is built from.

/** Opens what the sealing layer wrote; a value that does not open is a fault, never shown as it is. */
export function opened(value: string | undefined, what: string): string {
  if (value === undefined) throw new Error(`A sealed ${what} does not open with this secret`);
  return value;
}

/** Sorts by a key that is the plain value again (stored order follows the tokens and means nothing). */
export const byKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/** Person keys, as tokens of one purpose. */
export function personColumns(sealer: Sealer, purpose: SealPurpose) {
  const token = (key: string) => sealer.personToken(purpose, key);
  const keyOf = (stored: string) => opened(sealer.personOf(purpose, stored), 'person key');
  return {
    token,
    keyOf,
    maybeToken: (key: string | null) => (key === null ? null : token(key)),
    maybeKey: (stored: string | null) => (stored === null ? null : keyOf(stored)),
  };
}

/** A text that names someone, sealed with a random nonce; read back only. */
export function textColumn(sealer: Sealer, purpose: SealPurpose) {
  return {
    seal: (text: string | null) => (text === null ? null : sealer.seal(purpose, text)),
    open: (sealed: string | null) =>
      sealed === null ? null : opened(sealer.unseal(purpose, sealed), 'text'),
  };
}

/** A JSON value sealed whole, stored in a JSON column as `{"~sealed": "…"}`. */
export function jsonColumn(sealer: Sealer, purpose: SealPurpose) {
  return {
    seal: (value: unknown) => ({ '~sealed': sealer.seal(purpose, JSON.stringify(value)) }),
    open(stored: unknown): unknown {
      const sealed = (stored as { '~sealed'?: unknown } | null)?.['~sealed'];
      if (typeof sealed !== 'string') return stored;
      return JSON.parse(opened(sealer.unseal(purpose, sealed), 'value'));
    },
  };
}

/** Each stored row opened, once the repository below has answered. */
export async function openAll<T, U>(rows: Promise<readonly T[]>, open: (row: T) => U): Promise<U[]> {
  return (await rows).map(open);
}

/** The stored row opened, if there is one. */
export async function openOne<T, U>(
  row: Promise<T | undefined>,
  open: (row: T) => U,
): Promise<U | undefined> {
  const found = await row;
  return found === undefined ? undefined : open(found);
}
