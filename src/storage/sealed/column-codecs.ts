import type { Table } from 'drizzle-orm';
import { classifiedColumns, type SealedForm } from '../schema/privacy.js';
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

/** One column's way in and out (null stays null). */
export interface Codec {
  seal(value: never): unknown;
  open(stored: never): unknown;
}

const orNull =
  (f: (value: string) => string) =>
  <V extends string | null>(value: V): V =>
    (value === null ? value : f(value)) as V;

/** Person keys, as tokens of one purpose. */
export function personColumn(sealer: Sealer, purpose: SealPurpose, what = 'person key') {
  const token = (key: string) => sealer.personToken(purpose, key);
  const keyOf = (stored: string) => opened(sealer.personOf(purpose, stored), what);
  return { token, keyOf, seal: orNull(token), open: orNull(keyOf) };
}

/** A looked-up value (an id), as a deterministic token of one purpose. */
export function tokenColumn(sealer: Sealer, purpose: SealPurpose, what: string) {
  const token = (value: string) => sealer.token(purpose, value);
  return { token, seal: orNull(token), open: orNull((stored) => opened(sealer.open(purpose, stored), what)) };
}

/** A text that names someone, sealed with a random nonce; read back only. */
export function textColumn(sealer: Sealer, purpose: SealPurpose, what = 'text') {
  return {
    seal: orNull((text) => sealer.seal(purpose, text)),
    open: orNull((stored) => opened(sealer.unseal(purpose, stored), what)),
  };
}

/** A JSON value sealed whole, stored in a JSON column as `{"~sealed": "…"}`. */
export function jsonColumn(sealer: Sealer, purpose: SealPurpose, what = 'value') {
  return {
    seal: <T>(value: T) => ({ '~sealed': sealer.seal(purpose, JSON.stringify(value)) }) as unknown as T,
    open<T>(stored: T): T {
      const sealed = (stored as { '~sealed'?: unknown } | null)?.['~sealed'];
      if (typeof sealed !== 'string') return stored;
      return JSON.parse(opened(sealer.unseal(purpose, sealed), what));
    },
  };
}

const FORMS: Partial<Record<SealedForm, (sealer: Sealer, purpose: SealPurpose, what: string) => Codec>> = {
  person: personColumn,
  token: tokenColumn,
  text: textColumn,
  json: jsonColumn,
};

type ColumnKey<T extends Table> = keyof T['_']['columns'] & string;

/** The purpose a sealed column's table declares for it. */
export function purposeOf<T extends Table>(table: T, key: ColumnKey<T>): SealPurpose {
  const kind = classifiedColumns(table).find((column) => column.key === key)?.kind;
  if (kind?.class !== 'sealed') throw new Error(`${key} is not a sealed column`);
  return kind.purpose;
}

/** A column of person keys, sealed for the purpose its table declares. */
export const personKeys = <T extends Table>(sealer: Sealer, table: T, key: ColumnKey<T>) =>
  personColumn(sealer, purposeOf(table, key));

/**
 * A table's rows, each sealed column through the codec of its declared form and purpose, so a repository
 * cannot seal a column otherwise than its table says. The forms that need the row (`dm-target`,
 * `notice-params`) and the columns in `except` are left to the repository.
 */
export function rowCodec<R extends object, T extends Table = Table>(
  sealer: Sealer,
  table: T,
  ...except: ColumnKey<T>[]
) {
  const fields = classifiedColumns(table).flatMap(({ key, name, kind }) => {
    if (kind?.class !== 'sealed' || (except as string[]).includes(key)) return [];
    const codec = FORMS[kind.form]?.(sealer, kind.purpose, name);
    return codec ? [{ key, codec }] : [];
  });
  // An absent field stays absent, null stays null.
  const through =
    (way: 'seal' | 'open') =>
    <V extends Partial<R>>(record: V): V => {
      const out: Record<string, unknown> = { ...record };
      for (const { key, codec } of fields) {
        if (out[key] !== undefined) out[key] = (codec[way] as (v: unknown) => unknown)(out[key]);
      }
      return out as V;
    };
  return { seal: through('seal'), open: through('open') };
}

type Method = (...args: unknown[]) => Promise<unknown>;
type Way = (value: never) => unknown;
type Names<R> = (keyof R & string)[];

/**
 * A repository below with its methods' arguments sealed and answers opened, a group of methods at a
 * time: `sealing(inner.kaffe).seal(token, 'join', 'leave').open(pair.open, 'getPair').repository`.
 */
export function sealing<R extends object>(inner: R) {
  const repository = { ...inner } as R;
  const methods = repository as Record<string, Method>;
  const wrap = (names: Names<R>, call: (method: Method, args: unknown[]) => Promise<unknown>) => {
    for (const name of names) {
      const method = methods[name] as Method;
      methods[name] = (...args) => call(method, args);
    }
    return chain;
  };
  const chain = {
    repository,
    /** The argument at `at` of each named method sealed (null stays null). */
    sealAt: (at: number, way: Way, ...names: Names<R>) =>
      wrap(names, (method, args) => {
        if (args[at] != null) args[at] = (way as (value: unknown) => unknown)(args[at]);
        return method(...args);
      }),
    seal: (way: Way, ...names: Names<R>) => chain.sealAt(0, way, ...names),
    /** The answer of each named method opened: a row, or each row of a list (nothing stays nothing). */
    open: (way: Way, ...names: Names<R>) =>
      wrap(names, async (method, args) => opening(way, await method(...args))),
  };
  return chain;
}

function opening(way: Way, answer: unknown): unknown {
  const open = way as (row: unknown) => unknown;
  return Array.isArray(answer) ? answer.map(open) : answer === undefined ? answer : open(answer);
}
