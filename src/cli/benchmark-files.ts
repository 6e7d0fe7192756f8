import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AppConfig } from '../config.js';
import { BenchmarkRefusal } from '../core/benchmark/refusal.js';
import { translator } from '../core/i18n/translate.js';
import { LOCALES, type Locale } from '../core/vocabulary.js';
import type { CliIo, ExitCode } from './io.js';
import { UsageError } from './io.js';

/** The installation's signing key lives beside the config file, not in the data folder backups copy. */
export const defaultKeyFile = (config: AppConfig) =>
  join(dirname(config.env.configPath), 'benchmark-key.pem');

/** Written owner-only; refused when the file exists, so a key in use is never replaced by accident. */
export function writeOwnerOnly(file: string, text: string, replace = false): void {
  writeFileSync(file, text, { mode: 0o600, flag: replace ? 'w' : 'wx' });
  chmodSync(file, 0o600);
}

/** The signing key, or a one-line refusal that says how to make one. */
export function readKey(file: string): string {
  if (!existsSync(file)) throw new BenchmarkRefusal('noKey', { file });
  return readFileSync(file, 'utf8');
}

export function readText(file: string): string {
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
  return readFileSync(file, 'utf8');
}

export function localeOf(lang: string | undefined, config: AppConfig): Locale {
  if (lang === undefined) return config.settings.defaultLocale;
  const locale = LOCALES.find((l) => l === lang);
  if (!locale) throw new UsageError(`unknown language "${lang}" (nb, nn or en)`);
  return locale;
}

/** A refusal as one localized line on stderr, exit 1; anything else is thrown on. */
export async function refusingInOneLine(
  io: CliIo,
  locale: Locale,
  run: () => Promise<ExitCode>,
): Promise<ExitCode> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof BenchmarkRefusal)) throw error;
    io.err(translator(locale)(error.messageKey, error.params));
    return 1;
  }
}
