import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { isPostgresUrl } from './database-url.js';
import { createDataFolderKey, readDataFolderKey, readKeyFile, SecretSetupError } from './secret-files.js';

export { SecretSetupError } from './secret-files.js';

/** The key file an earlier version (and local mode today) keeps beside the database. */
export const SECRET_FILE_NAME = '.kulturpuls-secret';
/** The credential name in `LoadCredential=kulturpuls-secret:/etc/kulturpuls/secret` (systemd.exec(5)). */
export const CREDENTIAL_NAME = 'kulturpuls-secret';

/** Where the key may come from: the environment's part of the config. */
export interface SecretSettings {
  /** KULTURPULS_SECRET */
  secret: string | undefined;
  /** KULTURPULS_SECRET_FILE */
  secretFile?: string;
  /** CREDENTIALS_DIRECTORY, set by systemd when the unit loads a credential. */
  credentialsDirectory?: string;
  dbPath: string;
}

export type SecretSource =
  | { kind: 'environment' }
  | { kind: 'secret-file'; path: string }
  | { kind: 'systemd-credential'; path: string }
  | { kind: 'data-folder'; path: string }
  | { kind: 'memory' };

export interface ResolvedSecret {
  secret: string;
  source: SecretSource;
  /** Things the operator should fix, for the start log and `config check`. */
  warnings: string[];
}

export interface SecretOptions {
  /** Slack or Teams credentials are set: a key must not sit in the folder backups take. */
  production: boolean;
}

/**
 * The master key (pulse pseudonyms, link keys, sealed identities), by precedence: KULTURPULS_SECRET,
 * KULTURPULS_SECRET_FILE, the systemd credential, then the data folder. In production a key in the
 * data folder is only read (an earlier version's, with a warning), never generated: changing the
 * key would let people vote twice and make sealed data unreadable, so a missing one stops the start.
 */
export function resolveSecret(settings: SecretSettings, options: SecretOptions): ResolvedSecret {
  const found = findSecret(settings, options, { create: true });
  return { ...found, secret: found.secret as string };
}

/** As `resolveSecret`, but writes nothing: for `config check`. `secret` is undefined when one would be generated. */
export function inspectSecret(
  settings: SecretSettings,
  options: SecretOptions,
): Omit<ResolvedSecret, 'secret'> & { secret: string | undefined } {
  return findSecret(settings, options, { create: false });
}

function findSecret(settings: SecretSettings, options: SecretOptions, { create }: { create: boolean }) {
  const source = locateSecret(settings, options);
  const { secret, warnings } = readSource(source, settings, create);
  if (options.production && secret !== undefined)
    warnings.push(...leftoverWarnings(source, secret, settings));
  return { secret, source, warnings };
}

function locateSecret(settings: SecretSettings, options: SecretOptions): SecretSource {
  if (settings.secret) return { kind: 'environment' };
  if (settings.secretFile) return { kind: 'secret-file', path: resolve(settings.secretFile) };
  const credential = settings.credentialsDirectory && join(settings.credentialsDirectory, CREDENTIAL_NAME);
  // systemd sets the directory for any credential of the unit, so one without ours falls through.
  if (credential && existsSync(credential)) return { kind: 'systemd-credential', path: credential };
  if (isPostgresUrl(settings.dbPath)) throw new SecretSetupError(setupMessage('postgres'));
  // An in-memory database forgets its answers on exit, so its key need not outlive the process.
  if (isMemoryDatabase(settings.dbPath)) return { kind: 'memory' };
  const beside = secretFilePath(settings.dbPath);
  if (options.production && !existsSync(beside)) throw new SecretSetupError(setupMessage('production'));
  return { kind: 'data-folder', path: beside };
}

function readSource(
  source: SecretSource,
  settings: SecretSettings,
  create: boolean,
): { secret: string | undefined; warnings: string[] } {
  switch (source.kind) {
    case 'environment':
      return { secret: settings.secret, warnings: [] };
    case 'secret-file':
      return readKeyFile(source.path, 'KULTURPULS_SECRET_FILE');
    case 'systemd-credential':
      return readKeyFile(source.path, `The systemd credential ${CREDENTIAL_NAME}`);
    case 'memory':
      return { secret: randomBytes(32).toString('hex'), warnings: [] };
    case 'data-folder': {
      const existing = readDataFolderKey(source.path);
      return { secret: existing ?? (create ? createDataFolderKey(source.path) : undefined), warnings: [] };
    }
  }
}

/** In production: a key in the data folder, whether read from there or left behind after a move. */
function leftoverWarnings(source: SecretSource, secret: string, settings: SecretSettings): string[] {
  if (source.kind === 'data-folder') return [legacyMessage(source.path)];
  if (source.kind === 'memory' || isPostgresUrl(settings.dbPath)) return [];
  const warnings: string[] = [];
  const beside = secretFilePath(settings.dbPath);
  if (source.kind !== 'environment' && isInside(source.path, dirname(resolve(settings.dbPath)))) {
    warnings.push(
      `The key file ${source.path} is inside the data folder, which copies and backups take: move it elsewhere (e.g. /etc/kulturpuls/secret).`,
    );
  }
  const leftover = existsSync(beside) ? readDataFolderKey(beside) : undefined;
  if (leftover === undefined) return warnings;
  warnings.push(
    leftover === secret
      ? `An old copy of the key is still in the data folder (${beside}); Kulturpuls no longer reads it: delete it, since backups of the folder carry it.`
      : `The data folder holds a different key (${beside}) from the one in use (${describeSecretSource(source)}): answers and sealed data written with it cannot be read now. If it is the right key, point KULTURPULS_SECRET_FILE at a copy of it; otherwise delete it.`,
  );
  return warnings;
}

export function describeSecretSource(source: SecretSource): string {
  switch (source.kind) {
    case 'environment':
      return 'KULTURPULS_SECRET';
    case 'secret-file':
      return `KULTURPULS_SECRET_FILE (${source.path})`;
    case 'systemd-credential':
      return `the systemd credential ${CREDENTIAL_NAME} (${source.path})`;
    case 'data-folder':
      return `${source.path}, beside the database`;
    case 'memory':
      return 'memory only (in-memory database)';
  }
}

const SET_UP = [
  'Create one outside the data folder, once, and point Kulturpuls at it:',
  "  sudo sh -c 'umask 077; mkdir -p /etc/kulturpuls; openssl rand -hex 32 > /etc/kulturpuls/secret'",
  '  systemd: LoadCredential=kulturpuls-secret:/etc/kulturpuls/secret in the [Service] section',
  '  otherwise: chown the file to the user Kulturpuls runs as and set KULTURPULS_SECRET_FILE=/etc/kulturpuls/secret',
  '  containers: mount it as a secret and set KULTURPULS_SECRET_FILE=/run/secrets/kulturpuls-secret',
].join('\n');

function setupMessage(why: 'production' | 'postgres'): string {
  const first =
    why === 'postgres'
      ? 'Kulturpuls needs its key (KULTURPULS_SECRET, KULTURPULS_SECRET_FILE or the systemd credential kulturpuls-secret) on PostgreSQL: every replica must use the same one.'
      : 'Kulturpuls has no key (KULTURPULS_SECRET, KULTURPULS_SECRET_FILE or the systemd credential kulturpuls-secret). With Slack or Teams set up it does not generate one in the data folder, because copies and backups of that folder would carry it.';
  return `${first}\n${SET_UP}`;
}

function legacyMessage(file: string): string {
  return (
    `The key is read from ${file}, inside the data folder that copies and backups take (kept as an earlier version made it). ` +
    `Move it out once, with Kulturpuls stopped: mkdir -p /etc/kulturpuls && mv ${file} /etc/kulturpuls/secret, ` +
    'then add LoadCredential=kulturpuls-secret:/etc/kulturpuls/secret to the systemd unit, or set KULTURPULS_SECRET_FILE=/etc/kulturpuls/secret.'
  );
}

export function secretFilePath(dbPath: string): string {
  return join(dirname(dbPath), SECRET_FILE_NAME);
}

/** The key kept beside a database file or a backup, if there is one. */
export function readKeyBeside(dbPath: string): string | undefined {
  return readDataFolderKey(secretFilePath(dbPath));
}

function isInside(file: string, folder: string): boolean {
  const path = relative(folder, resolve(file));
  return path !== '' && !path.startsWith('..') && !path.startsWith('/');
}

function isMemoryDatabase(dbPath: string): boolean {
  return dbPath === ':memory:' || dbPath === '' || basename(dbPath).startsWith('file::memory:');
}
