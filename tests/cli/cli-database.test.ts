import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { onPostgres, pgQuery, testPgUrl } from '../support/database.js';
import { type CliHarness, useCli } from './cli-harness.js';

const cli = useCli();

/** How many migrations a folder's drizzle-kit journal lists: what a first `migrate` applies. */
const journalLength = (folder: string) =>
  (JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] }).entries
    .length;

/** A port on 127.0.0.1 that nothing listens on (taken, then given back). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `kulturpuls ARGS` on another database; exactly one line on stderr, nothing on stdout. */
async function failsInOneLine(h: CliHarness, db: string, args = ['migrate']): Promise<string> {
  h.env.KULTURPULS_DB = db;
  const result = await h.run(args);
  expect(result.code).toBe(1);
  expect(result.out).toBe('');
  expect(result.err.trim().split('\n')).toHaveLength(1);
  expect(result.err).not.toMatch(/\n\s+at /);
  return result.err.trim();
}

describe('kulturpuls migrate and start: what happened to the database, in one line', () => {
  it.skipIf(onPostgres)(
    'says it created the tables on a first run on SQLite, and that nothing was left after',
    async () => {
      const h = await cli();
      const first = await h.run(['migrate']);
      expect(first).toMatchObject({ code: 0, err: '' });
      expect(first.out).toBe(
        `Created the database tables (${journalLength('migrations')} migrations applied).\nDatabase: SQLite ${h.dbPath}`,
      );
      const again = await h.run(['migrate']);
      expect(again.out).toBe(
        `Database is up to date (no migrations to apply).\nDatabase: SQLite ${h.dbPath}`,
      );
    },
  );

  it.skipIf(onPostgres)('a SQLite file that cannot be created is one line and exit 1', async () => {
    const h = await cli();
    // A folder path through a file: no one, not even root, can create the database there.
    const line = await failsInOneLine(h, join(h.configPath, 'kulturpuls.db'));
    expect(line).toMatch(/^Cannot open the SQLite database .*kulturpuls\.yaml\/kulturpuls\.db: .*ENOTDIR/);
  });

  it('an unreachable PostgreSQL server is one line naming host and port, for migrate and for start', async () => {
    const h = await cli();
    const port = await closedPort();
    const url = `postgres://kulturpuls:Hemmelig-passord-1@127.0.0.1:${port}/kulturpuls`;
    for (const command of ['migrate', 'start']) {
      const line = await failsInOneLine(h, url, [command]);
      expect(line).toBe(
        `Cannot reach PostgreSQL at 127.0.0.1:${port}: connection refused. Is the server running and listening on that address and port?`,
      );
    }
  });

  it('a server that accepts the connection and never answers is one line after connect_timeout', async () => {
    const h = await cli();
    const sockets: Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    try {
      const line = await failsInOneLine(
        h,
        `postgres://kulturpuls:pw@127.0.0.1:${port}/kulturpuls?connect_timeout=300`,
      );
      expect(line).toBe(
        `Cannot reach PostgreSQL at 127.0.0.1:${port}: no answer within 300 ms (connect_timeout).`,
      );
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('a URL node-postgres cannot read is one line that does not repeat the password', async () => {
    const h = await cli();
    // An unescaped '#' ends the URL's authority: the host becomes "kulturpuls:Hemme".
    const line = await failsInOneLine(h, 'postgres://kulturpuls:Hemme#lig@127.0.0.1:5432/kulturpuls');
    expect(line).toContain('KULTURPULS_DB cannot be used: it is not a valid URL.');
    expect(line).toContain('percent-encoded');
    expect(line).not.toMatch(/Hemme/);
  });
});

// A role with a password on the test server (scripts/pg-test-cluster.sh asks every role but the superuser
// for its password, scram-sha-256), and a database it owns, as the README creates them.
describe.runIf(onPostgres)('kulturpuls migrate on PostgreSQL with a password', () => {
  const role = `kp_role_${randomBytes(4).toString('hex')}`;
  const password = `Pw-${randomBytes(6).toString('hex')}`;
  const admin = () => testPgUrl();
  const at = (user: string, secret: string | undefined, database: string) => {
    const url = new URL(admin());
    url.username = user;
    url.password = secret ?? '';
    url.pathname = `/${database}`;
    return url.toString();
  };
  const server = () => new URL(admin()).host;

  afterEach(async () => {
    await pgQuery(admin(), `DROP DATABASE IF EXISTS ${role} WITH (FORCE)`);
    await pgQuery(admin(), `DROP ROLE IF EXISTS ${role}`);
  });

  const createRoleAndDatabase = async () => {
    await pgQuery(admin(), `CREATE ROLE ${role} LOGIN PASSWORD '${password}'`);
    await pgQuery(
      admin(),
      `CREATE DATABASE ${role} OWNER ${role} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'`,
    );
  };

  it('creates the tables as the database owner, then finds nothing to do', async () => {
    await createRoleAndDatabase();
    const h = await cli();
    h.env.KULTURPULS_DB = at(role, password, role);
    const first = await h.run(['migrate']);
    expect(first).toMatchObject({ code: 0, err: '' });
    expect(first.out).toBe(
      `Created the database tables (${journalLength('migrations-pg')} migrations applied).\nDatabase: PostgreSQL ${role}@${server()}/${role}`,
    );
    expect(first.out).not.toContain(password);
    expect((await h.run(['migrate'])).out).toMatch(/^Database is up to date \(no migrations to apply\)\./);
    const owners = await pgQuery<{ owner: string }>(
      at(role, password, role),
      "SELECT DISTINCT tableowner AS owner FROM pg_tables WHERE schemaname = 'public'",
    );
    expect(owners).toEqual([{ owner: role }]);
  });

  it('a wrong password is one line naming the user, never either password', async () => {
    await createRoleAndDatabase();
    const h = await cli();
    const wrong = 'Galt-passord-123';
    const line = await failsInOneLine(h, at(role, wrong, role));
    expect(line).toBe(
      `Cannot connect to PostgreSQL at ${server()}: password authentication failed for user "${role}". Check the user and password in KULTURPULS_DB.`,
    );
    expect(line).not.toContain(password);
  });

  it('no password where the server asks for one, and a database that does not exist, are one line each', async () => {
    await createRoleAndDatabase();
    const h = await cli();
    expect(await failsInOneLine(h, at(role, undefined, role))).toContain(
      `the server asks user "${role}" for a password, and KULTURPULS_DB has none`,
    );
    expect(await failsInOneLine(h, at(role, password, `${role}_missing`))).toBe(
      `Cannot connect to PostgreSQL at ${server()}: database "${role}_missing" does not exist. Create it (see "Running on PostgreSQL" in the README).`,
    );
  });

  it('a user that may not create tables is told to own the database', async () => {
    await pgQuery(admin(), `CREATE ROLE ${role} LOGIN PASSWORD '${password}'`);
    await pgQuery(admin(), `CREATE DATABASE ${role} TEMPLATE template0`);
    const h = await cli();
    expect(await failsInOneLine(h, at(role, password, role))).toBe(
      `PostgreSQL user "${role}" may not create Kulturpuls's tables in database "${role}" (permission denied for schema public). Make it the owner: ALTER DATABASE ${role} OWNER TO ${role};`,
    );
  });
});
