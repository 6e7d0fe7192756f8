import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export const SECRET_FILE_NAME = '.kulturpuls-secret';

/**
 * The key for pulse pseudonyms. A changed key would let people vote twice, so a generated one is
 * written once beside the database (owner-only) and reused; it is never overwritten.
 */
export function loadOrCreateSecret(secretFromEnv: string | undefined, dbPath: string): string {
  if (secretFromEnv !== undefined && secretFromEnv !== '') return secretFromEnv;
  // An in-memory database forgets its answers on exit, so its key need not outlive the process.
  if (isMemoryDatabase(dbPath)) return randomBytes(32).toString('hex');

  const file = secretFilePath(dbPath);
  const existing = readSecret(file);
  if (existing !== undefined) return existing;

  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('hex');
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temporary, `${secret}\n`, { mode: 0o600 });
  try {
    // link() fails if the file exists: when two processes start together, the first one wins.
    linkSync(temporary, file);
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const winner = readSecret(file);
    if (winner === undefined) throw error;
    return winner;
  } finally {
    unlinkSync(temporary);
  }
}

export function secretFilePath(dbPath: string): string {
  return join(dirname(dbPath), SECRET_FILE_NAME);
}

function isMemoryDatabase(dbPath: string): boolean {
  return dbPath === ':memory:' || dbPath === '' || basename(dbPath).startsWith('file::memory:');
}

function readSecret(file: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (text.length < 16) {
    throw new Error(
      `${file} is empty or damaged; restore it from a backup or set KULTURPULS_SECRET (a new key lets people answer open pulses twice)`,
    );
  }
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  return text;
}
