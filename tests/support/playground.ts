import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PATIENCE_MS } from './process-harness.js';

/** The Playground's user in our yaml: person key `teams:<aadObjectId>` (see `playgroundConfig`). */
export const PLAYGROUND_USER = {
  id: 'user-id-0',
  name: 'Alex Wilber',
  aadObjectId: '00000000-0000-0000-0000-0000000000020',
} as const;
/**
 * A colleague in the Playground's directory. Real Teams' people picker (`graph.microsoft.com/users`)
 * answers with the Entra object id; the Playground's answers with the mock user's `id`, so her `id` is
 * her object id. The Playground plays only Alex: her side runs through the local connector.
 */
export const PLAYGROUND_COLLEAGUE = {
  id: '00000000-0000-0000-0000-0000000000021',
  name: 'Megan Bowen',
  aadObjectId: '00000000-0000-0000-0000-0000000000021',
} as const;
export const PLAYGROUND_TENANT = '00000000-0000-0000-0000-0000000000001';
export const PLAYGROUND_BOT_ID = '00000000-0000-0000-0000-00000000000011';
/** The personal chat's id, fixed with `--conversation-id` so the yaml can target it before it starts. */
export const PLAYGROUND_CONVERSATION = 'a:kulturpuls-playground-personal';

const LOCAL_HOSTS = ['localhost', '127.0.0.1', '::1', '::ffff:127.0.0.1', ''];

/**
 * Preloaded into the Playground's node process (`--require`): any TCP connection or DNS lookup for a
 * host that is not this machine is refused and written to the guard log. The Playground starts
 * Application Insights even with `--dt`, and sends exceptions to it regardless of that flag.
 */
const GUARD = `
const net = require('node:net');
const dns = require('node:dns');
const fs = require('node:fs');
const LOG = process.env.KULTURPULS_NET_GUARD_LOG;
const LOCAL = ${JSON.stringify(LOCAL_HOSTS)};
const isLocal = (host) => LOCAL.includes(String(host ?? '').toLowerCase()) || /^127\\./.test(String(host));
const note = (what) => { try { fs.appendFileSync(LOG, what + '\\n'); } catch {} };
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  let options = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (typeof options !== 'object' || options === null) {
    options = typeof options === 'number' || /^\\d+$/.test(String(options))
      ? { port: options, host: typeof args[1] === 'string' ? args[1] : 'localhost' }
      : { path: options };
  }
  if (!options.path && !isLocal(options.host ?? 'localhost')) {
    note('connect ' + options.host + ':' + options.port);
    process.nextTick(() => this.destroy(new Error('blocked by the Kulturpuls test network guard')));
    return this;
  }
  return connect.apply(this, args);
};
const lookup = dns.lookup;
dns.lookup = function (host, ...rest) {
  if (isLocal(host)) return lookup.call(this, host, ...rest);
  note('lookup ' + host);
  const callback = rest.at(-1);
  const error = Object.assign(new Error('blocked lookup ' + host), { code: 'ENOTFOUND' });
  if (typeof callback === 'function') process.nextTick(() => callback(error));
};
const promisesLookup = dns.promises.lookup;
dns.promises.lookup = function (host, ...rest) {
  if (isLocal(host)) return promisesLookup.call(this, host, ...rest);
  note('lookup ' + host);
  return Promise.reject(Object.assign(new Error('blocked lookup ' + host), { code: 'ENOTFOUND' }));
};
`;

export interface Playground {
  /** The web UI and the mocked connector (its `serviceUrl` is `${url}/_connector`). */
  url: string;
  port: number;
  /** The temporary working directory (the Playground writes `devTools/` there). */
  cwd: string;
  /** Connections and lookups the guard refused in the Playground's process. */
  blocked(): string[];
  /** Its console output and its log file (`devTools/m365agentsplayground.log`). */
  output(): string;
  stop(): Promise<void>;
}

export function playgroundCli(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@microsoft/m365agentsplayground/package.json')), 'cli.js');
}

/** The Playground's schema wants at least five other users. */
const OTHER_USERS = [
  ['Megan', 'Bowen'],
  ['Adele', 'Vance'],
  ['Isaiah', 'Langer'],
  ['Patti', 'Fernandez'],
  ['Lynne', 'Robbins'],
] as const;

/** `.m365agentsplayground.yml`: the built-in mock data with our fixed ids, written to the working dir. */
function playgroundConfig(): string {
  return `version: "0.1.1"
tenantId: ${PLAYGROUND_TENANT}
bot:
  id: ${PLAYGROUND_BOT_ID}
  name: Kulturpuls
currentUser:
  id: ${PLAYGROUND_USER.id}
  name: ${PLAYGROUND_USER.name}
  userPrincipleName: alexw@example.com
  aadObjectId: ${PLAYGROUND_USER.aadObjectId}
  givenName: Alex
  surname: Wilber
  email: alexw@example.com
users:
${OTHER_USERS.map(
  ([first, last], i) => `  - id: ${i === 0 ? PLAYGROUND_COLLEAGUE.id : `user-id-${i + 1}`}
    name: ${first} ${last}
    userPrincipleName: ${first.toLowerCase()}@example.com
    aadObjectId: 00000000-0000-0000-0000-000000000002${i + 1}
    givenName: ${first}
    surname: ${last}
    email: ${first.toLowerCase()}@example.com
`,
).join('')}personalChat:
  id: ${PLAYGROUND_CONVERSATION}
groupChat:
  id: group-chat-id
  name: Group Chat
team:
  id: team-id
  name: My Team
  aadGroupId: 00000000-0000-0000-0000-000000000031
  channels:
    - id: channel-announcements-id
      name: Announcements
`;
}

/**
 * Starts the Microsoft 365 Agents Playground (`@microsoft/m365agentsplayground`) in a temporary
 * working directory, without telemetry, without opening a browser and with the network guard.
 */
export async function startPlayground(input: {
  appEndpoint: string;
  timeoutMs?: number;
}): Promise<Playground> {
  const cwd = mkdtempSync(join(tmpdir(), 'kulturpuls-playground-'));
  const guardFile = join(cwd, 'net-guard.cjs');
  const guardLog = join(cwd, 'net-guard.log');
  writeFileSync(guardFile, GUARD);
  writeFileSync(join(cwd, '.m365agentsplayground.yml'), playgroundConfig());
  const args = [
    '--require',
    guardFile,
    playgroundCli(),
    '--app-endpoint',
    input.appEndpoint,
    '--channel-id',
    'msteams',
    '--conversation-id',
    PLAYGROUND_CONVERSATION,
    '--port',
    '0',
    '--dt',
  ];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH ?? '',
      HOME: cwd,
      TMPDIR: cwd,
      APPLICATION_INSIGHTS_NO_STATSBEAT: '1',
      TEAMSAPPTESTER_BROWSER: 'none',
      KULTURPULS_NET_GUARD_LOG: guardLog,
    },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // A test worker that dies must not leave the Playground running.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const log = () => {
    const file = join(cwd, 'devTools', 'm365agentsplayground.log');
    return existsSync(file) ? readFileSync(file, 'utf8') : '';
  };

  let port: number;
  try {
    port = await listeningPort(child, () => output, input.timeoutMs ?? PATIENCE_MS);
    await untilReady(`http://127.0.0.1:${port}`, log);
  } catch (error) {
    child.kill('SIGKILL');
    process.off('exit', killOnExit);
    rmSync(cwd, { recursive: true, force: true });
    throw error;
  }
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    port,
    cwd,
    blocked: () => (existsSync(guardLog) ? readFileSync(guardLog, 'utf8').split('\n').filter(Boolean) : []),
    output: () => `${output}\n${log()}`,
    async stop() {
      process.off('exit', killOnExit);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(cwd, { recursive: true, force: true });
    },
  };
}

function listeningPort(child: ChildProcess, output: () => string, timeoutMs: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the Playground did not start:\n${output()}`)),
      timeoutMs,
    );
    const check = () => {
      const match = /Listening on (\d+)/.exec(output());
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the Playground exited with ${code}:\n${output()}`));
    });
  });
}

/** It listens before it reads its config; a bad config shows only in its log file, then it closes. */
async function untilReady(url: string, log: () => string): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < PATIENCE_MS) {
    if (/Failed to start/.test(log())) throw new Error(`the Playground failed to start:\n${log()}`);
    const ok = await fetch(`${url}/`).then(
      (res) => res.ok,
      () => false,
    );
    if (ok && !/Failed to start/.test(log())) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the Playground's web UI did not answer:\n${log()}`);
}
