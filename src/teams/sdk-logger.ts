import type { AppOptions, IPlugin } from '@microsoft/teams.apps';
import type { Logger } from '../core/ports.js';
import { sdkLine } from '../logger.js';

type SdkLogger = NonNullable<AppOptions<IPlugin>['logger']>;

function describe(parts: unknown[]): { msg: string; fields?: Record<string, unknown> } {
  const texts = parts.map((part) =>
    typeof part === 'string' ? part : part instanceof Error ? part.message : safeJson(part),
  );
  return { msg: sdkLine(texts.join(' ')) };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** The Teams SDK logs through our logger (its own console logger reads env vars and colours output). */
export function sdkLogger(logger: Logger, name = 'teams'): SdkLogger {
  const at =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...parts: unknown[]) => {
      // The SDK logs every activity at debug: not even described unless it is written.
      if (logger.enabled?.(level) === false) return;
      const { msg } = describe(parts);
      logger[level](`[${name}] ${msg}`);
    };
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    trace: at('debug'),
    log: (level, ...parts) => at(level === 'trace' ? 'debug' : level)(...parts),
    child: (child) => sdkLogger(logger, `${name}/${child}`),
  };
}
