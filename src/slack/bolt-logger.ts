import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../core/ports.js';
import { sdkLine } from '../logger.js';

/**
 * Bolt and the WebClient log through our logger (same format, same level, no tokens). Socket Mode's
 * client logs its connection failures as errors; the connection reports them once itself, so those
 * are warnings (`errorsAsWarnings`).
 */
export function boltLogger(logger: Logger, options: { errorsAsWarnings?: boolean } = {}): BoltLogger {
  let level: LogLevel = LogLevel.INFO;
  const text = (parts: unknown[]) =>
    sdkLine(parts.map((p) => (typeof p === 'string' ? p : String(p))).join(' '));
  return {
    debug: (...msg) => logger.debug(`slack: ${text(msg)}`),
    info: (...msg) => logger.info(`slack: ${text(msg)}`),
    warn: (...msg) => logger.warn(`slack: ${text(msg)}`),
    error: (...msg) => (options.errorsAsWarnings ? logger.warn : logger.error)(`slack: ${text(msg)}`),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
