import { isUtf8 } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The one error that stops Kulturpuls for its key: the message says what to do, without a stack. */
export class SecretSetupError extends Error {
  readonly code = 'secret_setup';
}

/** Enough for HMAC-SHA256 and HKDF: `openssl rand -hex 32` writes 64. */
export const MIN_KEY_FILE_BYTES = 32;

/**
 * A key file the operator provides (KULTURPULS_SECRET_FILE, a systemd credential): trailing line
 * breaks are trimmed, as `echo` and editors add them. A binary key (`head -c 32 /dev/urandom`) is
 * used as its hex text, so the rest of the program still gets a string.
 */
export function readKeyFile(path: string, what: string): { secret: string; warnings: string[] } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new SecretSetupError(`${what} ${path} does not exist.`);
    throw new SecretSetupError(`${what} ${path} cannot be read by this user (${code ?? String(error)}).`);
  }
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === 0x0a || bytes[end - 1] === 0x0d)) end -= 1;
  const key = bytes.subarray(0, end);
  if (key.length < MIN_KEY_FILE_BYTES) {
    throw new SecretSetupError(
      `${what} ${path} holds ${key.length} bytes; a key needs at least ${MIN_KEY_FILE_BYTES}. ` +
        `For a new installation, write one with: (umask 077; openssl rand -hex 32 > ${path})`,
    );
  }
  const warnings: string[] = [];
  // A warning, not a refusal: Docker and Kubernetes mount secrets 0444/0644 by default, inside a
  // container where the service is the only user.
  const mode = statSync(path).mode & 0o777;
  if ((mode & 0o077) !== 0) {
    warnings.push(
      `${what} ${path} can be read by other users (mode ${mode.toString(8).padStart(4, '0')}): chmod 600 ${path}, or mount it owner-only.`,
    );
  }
  return { secret: isUtf8(key) ? key.toString('utf8') : key.toString('hex'), warnings };
}

/** The key Kulturpuls generated beside the database (local mode, or an earlier version). */
export function readDataFolderKey(file: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (text.length < 16) {
    throw new SecretSetupError(
      `${file} is empty or damaged; restore it from a backup or set KULTURPULS_SECRET_FILE (a new key lets people answer open pulses twice).`,
    );
  }
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  return text;
}

/** Writes 32 random bytes (hex) once, owner-only; never overwrites a key that is there. */
export function createDataFolderKey(file: string): string {
  // The data folder is owner-only, as the database makes it when it comes first.
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString('hex');
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temporary, `${secret}\n`, { mode: 0o600 });
  try {
    // link() fails if the file exists: when two processes start together, the first one wins.
    linkSync(temporary, file);
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const winner = readDataFolderKey(file);
    if (winner === undefined) throw error;
    return winner;
  } finally {
    unlinkSync(temporary);
  }
}
