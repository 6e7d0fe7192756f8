// Searches what an attacker holds (raw file bytes, table rows) for the planted values: as UTF-8, without
// regard to case, and as they look inside JSON-escaped strings. Each finding says where, for a readable
// failure.
import type { PlantedValue } from './planted-people.js';

export interface Finding {
  /** The copy and file or table it was found in, e.g. `mid-rush: kulturpuls.db-wal`. */
  where: string;
  /** Byte offset in a file, or the row number and column of a table. */
  at: string;
  planted: PlantedValue;
  /** How many times it occurs there. */
  count: number;
}

/** Lower-cases ASCII letters only, so byte offsets stay byte offsets. */
const asciiLower = (text: string) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());
const latin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
/** `\u00f8` for every non-ASCII character, as JSON encoders that escape everything write it. */
const unicodeEscaped = (text: string) =>
  text.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The byte patterns one planted value can take, already ASCII-lower-cased. */
export function needles(value: string): string[] {
  const cases = [value, value.toLowerCase(), value.toUpperCase()];
  const forms = cases.flatMap((v) => [v, JSON.stringify(v).slice(1, -1), unicodeEscaped(v)]);
  return [...new Set(forms.map((form) => asciiLower(latin1(form))))];
}

function occurrences(haystack: string, needle: string): { first: number; count: number } | undefined {
  let first = -1;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (first === -1) first = at;
    count += 1;
  }
  return count > 0 ? { first, count } : undefined;
}

/** Every planted value in the raw bytes of one file. */
export function searchBytes(where: string, bytes: Buffer, planted: PlantedValue[]): Finding[] {
  const haystack = asciiLower(bytes.toString('latin1'));
  const findings: Finding[] = [];
  for (const value of planted) {
    // Over all its forms: the first offset, and how often it occurs in any form.
    const found = needles(value.value).flatMap((needle) => occurrences(haystack, needle) ?? []);
    if (found.length === 0) continue;
    const first = Math.min(...found.map((f) => f.first));
    const count = found.reduce((sum, f) => sum + f.count, 0);
    findings.push({ where, at: `byte ${first}`, planted: value, count });
  }
  return findings;
}

export type Row = Record<string, unknown>;

/** Text of a row cell as an attacker reads it (binary cells as latin1, JSON as its text). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Buffer.isBuffer(value)) return value.toString('latin1');
  if (typeof value === 'object') return latin1(JSON.stringify(value));
  return latin1(String(value));
}

/** Every planted value in the rows of one table, by row number (in the order read) and column. */
export function searchRows(where: string, rows: Row[], planted: PlantedValue[]): Finding[] {
  const findings: Finding[] = [];
  rows.forEach((row, n) => {
    for (const [column, cell] of Object.entries(row)) {
      const text = asciiLower(cellText(cell));
      for (const value of planted) {
        if (needles(value.value).some((needle) => text.includes(needle)))
          findings.push({ where, at: `row ${n + 1}, column ${column}`, planted: value, count: 1 });
      }
    }
  });
  return findings;
}

/** One line per finding: which planted value was found where. */
export function describeFindings(findings: Finding[]): string {
  return findings
    .map(
      (f) =>
        `${f.where} @ ${f.at}: ${f.planted.kind} of ${f.planted.owner} «${f.planted.value}»${f.count > 1 ? ` (×${f.count})` : ''}`,
    )
    .join('\n');
}
