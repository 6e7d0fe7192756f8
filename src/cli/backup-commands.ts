import { chmodSync, copyFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import {
  type AppConfig,
  describeSecretSource,
  inspectSecret,
  readKeyBeside,
  SecretSetupError,
  secretFilePath,
} from '../config.js';
import { createAuditTrail } from '../core/audit/audit-trail.js';
import type { Runtime } from '../runtime.js';
import { backupDatabase, ensurePrivateFolder, makeOwnerOnly, moveDatabaseAside } from '../storage/index.js';
import { withRuntime } from './commands.js';
import { type CliIo, configOrExit, type ExitCode, positionalAndFlag } from './io.js';
import { pointToPgTools } from './postgres-notes.js';

/** Opens a database copy read-only and runs `PRAGMA integrity_check`: 'ok', or what is wrong. */
export function verifyDatabaseFile(file: string): string {
  const copy = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const rows = copy.pragma('integrity_check') as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).join('; ');
  } finally {
    copy.close();
  }
}

/** `backup FILE [--with-secret]` and `restore FILE [--force]`: the file, the flag, a SQLite config. */
function sqliteFileCommand(
  io: CliIo,
  args: string[],
  command: 'backup' | 'restore',
  flag: string,
): { file: string; on: boolean; config: AppConfig } | undefined {
  const { value: file, on } = positionalAndFlag(args, flag, `usage: kulturpuls ${command} FILE [--${flag}]`);
  const config = configOrExit(io);
  if (!config || pointToPgTools(io, config, command)) return undefined;
  return { file, on, config };
}

/** Writes the key in use beside a backup (owner-only), wherever the running install reads it from. */
function writeKeyBeside(runtime: Runtime, backupFile: string): string {
  const target = secretFilePath(backupFile);
  ensurePrivateFolder(dirname(resolve(backupFile)));
  rmSync(target, { force: true });
  writeFileSync(target, `${runtime.secret}\n`, { mode: 0o600, flag: 'wx' });
  return target;
}

/**
 * `kulturpuls backup FILE [--with-secret]`. The pseudonym key stays out of the backup unless asked
 * for: a backup and the key together link every retained answer to its author (PRIVACY.md).
 */
export function backupCommand(io: CliIo, args: string[]): Promise<ExitCode> {
  const setup = sqliteFileCommand(io, args, 'backup', 'with-secret');
  if (!setup) return Promise.resolve(1);
  const { file, on: withSecret } = setup;
  return withRuntime(io, async (runtime): Promise<ExitCode> => {
    // PostgreSQL was pointed to pg_dump above.
    if (runtime.database.dialect !== 'sqlite') return 1;
    await backupDatabase(runtime.database.db, file);
    const integrity = verifyDatabaseFile(file);
    if (integrity !== 'ok') {
      io.err(`Backup ${file} failed its integrity check: ${integrity}`);
      return 1;
    }
    const keyFile = withSecret ? writeKeyBeside(runtime, file) : undefined;
    await createAuditTrail(runtime).record('backup.written', null, {
      file,
      secretCopied: keyFile !== undefined,
    });
    io.out(`Backup written to ${file} (integrity_check: ok, owner-only)`);
    const source = describeSecretSource(runtime.secretSource);
    if (keyFile) {
      io.out(`Pseudonym key (from ${source}) copied to ${keyFile} (owner-only): store the two apart.`);
    } else {
      io.out(
        `The pseudonym key was not copied. Keep ${source} backed up apart from the database, or add --with-secret.`,
      );
    }
    return 0;
  });
}

/** The pid in the last `config.loaded` audit entry, when that process is alive on this host. */
function runningBotPid(dbPath: string): number | undefined {
  if (!existsSync(dbPath)) return undefined;
  const db = new BetterSqlite3(dbPath, { readonly: true });
  try {
    const row = db
      .prepare("SELECT details FROM audit_log WHERE action = 'config.loaded' ORDER BY id DESC LIMIT 1")
      .get() as { details: string } | undefined;
    const pid = row ? Number((JSON.parse(row.details) as { pid?: unknown }).pid) : Number.NaN;
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return undefined;
    try {
      process.kill(pid, 0);
      return pid;
    } catch (error) {
      return (error as { code?: string }).code === 'EPERM' ? pid : undefined;
    }
  } catch {
    return undefined;
  } finally {
    db.close();
  }
}

/**
 * In production the key never goes into the data folder: the install must already have one (or
 * be pointed at the backup's), and a backup key that differs is reported, not copied.
 */
function checkProductionKey(io: CliIo, config: AppConfig, backupFile: string): boolean {
  const backupKey = readKeyBeside(backupFile);
  const hint = `The backup's key is ${secretFilePath(backupFile)}: move it to /etc/kulturpuls/secret and point Kulturpuls at it as above.`;
  try {
    const { secret, source } = inspectSecret(config.env, { production: true });
    if (backupKey !== undefined && backupKey !== secret) {
      io.err(
        `Warning: the key beside the backup differs from the key in use (${describeSecretSource(source)}): votes and sealed data of the backup will not be readable. ${hint}`,
      );
    }
    return true;
  } catch (error) {
    if (!(error instanceof SecretSetupError)) throw error;
    io.err(`${error.message}${backupKey === undefined ? '' : `\n${hint}`}`);
    return false;
  }
}

/** Local mode: the backup's key goes beside the restored database, as the demo install keeps it. */
function copyKeyBeside(fromDb: string, toDb: string): boolean {
  const from = secretFilePath(fromDb);
  if (!existsSync(from)) return false;
  ensurePrivateFolder(dirname(resolve(toDb)));
  copyFileSync(from, secretFilePath(toDb));
  chmodSync(secretFilePath(toDb), 0o600);
  return true;
}

/**
 * `kulturpuls restore FILE [--force]`: verifies the backup, refuses while a bot runs on the target
 * database, keeps an existing database aside (`--force`), copies the database (and, in local mode,
 * the pseudonym key), migrates.
 */
export function restoreCommand(io: CliIo, args: string[]): Promise<ExitCode> {
  const setup = sqliteFileCommand(io, args, 'restore', 'force');
  if (!setup) return Promise.resolve(1);
  const { file, on: force, config } = setup;
  const target = config.env.dbPath;
  if (!existsSync(file)) {
    io.err(`No backup at ${file}`);
    return Promise.resolve(1);
  }
  const integrity = verifyDatabaseFile(file);
  if (integrity !== 'ok') {
    io.err(`Backup ${file} failed its integrity check: ${integrity}`);
    return Promise.resolve(1);
  }
  const production = !config.platforms.local;
  if (production && !checkProductionKey(io, config, file)) return Promise.resolve(1);
  const pid = runningBotPid(target);
  if (pid !== undefined) {
    io.err(`A Kulturpuls process (pid ${pid}) is running on ${target}. Stop it first.`);
    return Promise.resolve(1);
  }
  if (existsSync(target)) {
    if (!force) {
      io.err(`${target} exists. Use --force to keep it aside as ${target}.before-restore-… and restore.`);
      return Promise.resolve(1);
    }
    const aside = `${target}.before-restore-${Date.now()}`;
    moveDatabaseAside(target, aside);
    io.out(`Kept the old database as ${aside}`);
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  ensurePrivateFolder(dirname(resolve(target)));
  makeOwnerOnly(target);
  copyFileSync(file, target);
  const secretCopied = !production && copyKeyBeside(file, target);
  if (!production && !secretCopied && inspectSecret(config.env, { production }).secret === undefined)
    io.err('Warning: no pseudonym key beside the backup and none set up: votes will not be recognised.');
  return withRuntime(io, async (runtime): Promise<ExitCode> => {
    await createAuditTrail(runtime).record('backup.restored', null, { file, secretCopied });
    io.out(`Restored ${file} to ${target} (integrity_check: ok, migrations applied).`);
    return 0;
  });
}
