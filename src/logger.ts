import type { Logger } from './core/ports.js';

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 } as const;
export type LogLevelName = keyof typeof LEVELS;

/** Keys whose values never reach a log line. */
const SECRET_KEYS = /token|secret|password|authorization|signature|cookie/i;

function redact(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).map(([k, v]) => [k, SECRET_KEYS.test(k) ? '[redacted]' : v]),
  );
}

/** One JSON object per line on stderr, so stdout stays clean for CLI output. */
export function createLogger(
  level: LogLevelName = 'info',
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Logger {
  const min = LEVELS[level];
  const log =
    (name: LogLevelName) =>
    (msg: string, fields: Record<string, unknown> = {}) => {
      if (LEVELS[name] < min) return;
      write(JSON.stringify({ time: new Date().toISOString(), level: name, msg, ...redact(fields) }));
    };
  return {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    enabled: (name) => LEVELS[name] >= min,
  };
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {}, enabled: () => false };

/**
 * A platform SDK's own log line, reduced to what it says happened. SDKs log request and response
 * bodies at debug (a vote's "Takk! Du svarte …" next to the user id): everything from the first body
 * or quoted value on is dropped, and user ids are masked, at every level.
 */
export function sdkLine(text: string): string {
  const cut = text.search(/[{["«]/);
  const head = (cut === -1 ? text : `${text.slice(0, cut)}[body left out]`).slice(0, 300);
  return head.replace(/\b[UW][A-Z0-9]{5,}\b|\b29:[\w-]+|\b[0-9a-f]{8}-[0-9a-f-]{27}\b/g, '[id]');
}
