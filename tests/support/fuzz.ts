// A small seeded generator of hostile HTTP input, and the checks every fuzz test shares.
import { createHash } from 'node:crypto';
import { request } from 'node:http';
import type { Runtime } from '../../src/runtime.js';
import { appRows } from './app-database.js';

export interface Rng {
  next(): number;
  int(maxExclusive: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

/** mulberry32: tiny, fast, and the same sequence for the same seed on every machine. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (max: number) => Math.floor(next() * max);
  return { next, int, pick: (items) => items[int(items.length)] as never, chance: (p) => next() < p };
}

/**
 * Each of `classes` kinds of input in turn (0, 1, …, classes - 1, 0, …): a few hundred requests still
 * send every kind many times, where a random pick could leave one out.
 */
export function inTurn(classes: number): () => number {
  let next = 0;
  return () => next++ % classes;
}

/** Pieces of text that have broken parsers, renderers and chat clients before. */
export const HOSTILE_SNIPPETS = [
  '<!channel>',
  '<!here|here>',
  '<@U0ADMIN>',
  '<http://evil.example|click>',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE people; --",
  '=HYPERLINK("http://evil.example","x")',
  '+cmd|/C calc!A0',
  '@SUM(1+1)',
  '-2+3',
  '\u0000',
  '\u202e',
  '\u200b\u200d',
  '\ud800',
  '\udfff',
  '😀🏳️‍🌈',
  'ÆØÅ æøå',
  '%00%ff',
  '\\u0000',
  '__proto__',
  'constructor',
  '{{7*7}}',
  '$' + '{process.env}',
  '[x](javascript:alert(1))',
  '\r\n\t',
  '&amp;&lt;',
] as const;

export function junkString(rng: Rng, maxLength = 80): string {
  const parts: string[] = [];
  const length = rng.int(maxLength);
  while (parts.join('').length < length) {
    const roll = rng.int(4);
    if (roll === 0) parts.push(rng.pick(HOSTILE_SNIPPETS));
    else if (roll === 1) parts.push(String.fromCharCode(rng.int(0x80)));
    else if (roll === 2) parts.push(String.fromCharCode(0x80 + rng.int(0xffff - 0x80)));
    else parts.push('kulturpuls'.slice(0, rng.int(10)));
  }
  return parts.join('');
}

export function junkValue(rng: Rng, depth = 2): unknown {
  switch (rng.int(depth > 0 ? 9 : 7)) {
    case 0:
      return null;
    case 1:
      return rng.chance(0.5);
    case 2:
      return rng.pick([0, -1, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 6, 3]);
    case 3:
      return junkString(rng);
    case 4:
      return '';
    case 5:
      return rng.pick(HOSTILE_SNIPPETS);
    case 6:
      return 'x'.repeat(rng.int(5000));
    case 7:
      return Array.from({ length: rng.int(4) }, () => junkValue(rng, depth - 1));
    default:
      return Object.fromEntries(
        Array.from({ length: rng.int(4) }, () => [junkString(rng, 12), junkValue(rng, depth - 1)]),
      );
  }
}

/** A copy of `value` with one field removed, retyped or replaced by junk (nested objects included). */
export function mutate(rng: Rng, value: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = structuredClone(value);
  const keys = Object.keys(copy);
  const key = keys.length > 0 && rng.chance(0.85) ? rng.pick(keys) : junkString(rng, 12);
  const current = copy[key];
  const roll = rng.int(4);
  if (roll === 0) delete copy[key];
  else if (roll === 1 && current && typeof current === 'object' && !Array.isArray(current))
    copy[key] = mutate(rng, current as Record<string, unknown>);
  else copy[key] = junkValue(rng);
  return copy;
}

export function deepNesting(depth: number, kind: 'array' | 'object' = 'array'): string {
  return kind === 'array'
    ? `${'['.repeat(depth)}${']'.repeat(depth)}`
    : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

export const CONTENT_TYPES = [
  'application/json',
  'application/x-www-form-urlencoded',
  'text/plain',
  'text/html; charset=utf-8',
  'multipart/form-data; boundary=----x',
  'application/xml',
  'application/json; charset=utf-16',
  'application/octet-stream',
  '',
] as const;

/** Raw text that is not a well-formed body of any kind the endpoints expect. */
export function brokenBody(rng: Rng, valid: string): string {
  switch (rng.int(8)) {
    case 0:
      return valid.slice(0, Math.max(1, rng.int(valid.length)));
    case 1:
      return deepNesting(1_000 + rng.int(100_000), rng.chance(0.5) ? 'array' : 'object');
    case 2:
      return junkString(rng, 400);
    case 3:
      return Buffer.from(Array.from({ length: rng.int(300) + 1 }, () => rng.int(256))).toString('latin1');
    case 4:
      return `${valid}${valid}`;
    case 5:
      return valid.replace(/"/g, "'");
    case 6:
      return `${valid.slice(0, -1)},}`;
    default:
      return '\uFEFF{"a":1,,}';
  }
}

export const TWO_MB = 2 * 1024 * 1024;

/** A JSON text of about two megabytes. */
export function oversizedJson(rng: Rng): string {
  return JSON.stringify({ type: 'message', text: 'x'.repeat(TWO_MB + rng.int(1000)) });
}

export interface FuzzRequest {
  label: string;
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface FuzzAnswer {
  request: FuzzRequest;
  status: number;
  text: string;
}

/** One request over its own connection (no keep-alive pool shared between test servers). */
export function send(base: string, req: FuzzRequest): Promise<FuzzAnswer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...(req.headers ?? {}) };
    if (req.body !== undefined) headers['content-length'] = String(Buffer.byteLength(req.body));
    const outgoing = request(`${base}${req.path}`, { method: req.method, agent: false, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ request: req, status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
      );
      res.on('error', reject);
    });
    // A server may answer (413, 401) and close before reading a large body; that is an answer, not an error.
    outgoing.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EPIPE' || error.code === 'ECONNRESET'
        ? resolve({ request: req, status: -1, text: error.code })
        : reject(error),
    );
    outgoing.end(req.body);
  });
}

/** Sends every request, `batch` at a time in parallel. */
export async function sendAll(base: string, requests: FuzzRequest[], batch = 50): Promise<FuzzAnswer[]> {
  const answers: FuzzAnswer[] = [];
  for (let i = 0; i < requests.length; i += batch) {
    answers.push(...(await Promise.all(requests.slice(i, i + batch).map((r) => send(base, r)))));
  }
  return answers;
}

/** A hash of every row of every table of the running app's database: an update that keeps the counts still changes it. */
export async function tableDigest(runtime: Runtime): Promise<Record<string, string>> {
  const tables = await appRows<{ name: string }>(
    runtime,
    runtime.database.dialect === 'sqlite'
      ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
      : 'SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename',
  );
  // An empty list would make every digest equal, and the "writes nothing" checks pass unseen.
  if (tables.length < 10) throw new Error(`tableDigest found only ${tables.length} tables`);
  const digest: Record<string, string> = {};
  for (const { name } of tables) {
    // Sorted in JS: PostgreSQL gives no fixed order to rows that tie on an ORDER BY.
    const rows = (await appRows(runtime, `SELECT * FROM "${name}"`)).map((row) => JSON.stringify(row)).sort();
    digest[name] =
      `${rows.length}:${createHash('sha256').update(rows.join('\n')).digest('hex').slice(0, 16)}`;
  }
  return digest;
}

/** Status counts, e.g. `{ 400: 512, 401: 488 }`. */
export function statusHistogram(answers: FuzzAnswer[]): Record<number, number> {
  const histogram: Record<number, number> = {};
  for (const { status } of answers) histogram[status] = (histogram[status] ?? 0) + 1;
  return histogram;
}

/** Answers outside 4xx, with what was sent, for a readable failure. */
export function notClientErrors(answers: FuzzAnswer[]): string[] {
  return answers
    .filter((a) => a.status < 400 || a.status >= 500)
    .map(
      (a) => `${a.status} ${a.request.label} ${a.request.method} ${a.request.path} ${a.text.slice(0, 120)}`,
    );
}

/** Collects unhandled rejections and uncaught exceptions while a fuzz test runs. */
export function watchProcess(): { problems: string[]; stop(): void } {
  const problems: string[] = [];
  const onRejection = (reason: unknown) => problems.push(`unhandledRejection: ${String(reason)}`);
  const onException = (error: unknown) => problems.push(`uncaughtException: ${String(error)}`);
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return {
    problems,
    stop() {
      process.off('unhandledRejection', onRejection);
      process.off('uncaughtException', onException);
    },
  };
}

/** Secrets found in log lines (each line is what the logger was given, serialised). */
export function leakedSecrets(lines: string[], secrets: string[]): string[] {
  return secrets.filter((secret) => lines.some((line) => line.includes(secret)));
}
