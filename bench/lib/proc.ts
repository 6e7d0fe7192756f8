import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const WORK = join(ROOT, 'bench', 'work');

const TASKSET = ['/usr/bin/taskset', '/bin/taskset'].some((file) => existsSync(file));
const CPUS = availableParallelism();

/**
 * Where the fake platform API and the servers run: apart (last CPU for the fake, the others for the
 * servers) when there are at least two CPUs and `taskset`; undefined (no pinning) otherwise.
 */
export const PINNING =
  TASKSET && CPUS >= 2 ? { fake: String(CPUS - 1), servers: CPUS === 2 ? '0' : `0-${CPUS - 2}` } : undefined;

/** A free TCP port on 127.0.0.1 (bound and released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface Child {
  process: ChildProcess;
  pid: number;
  output(): string;
  /** Resolves with the first stdout line matching `pattern`. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  stop(): Promise<void>;
  /** Resolves when the process has exited by itself. */
  exited: Promise<void>;
}

/** `node --import tsx <script> …args` (or plain `node` for built JS) from the repo root, with `env` on top of a minimal environment. */
export function spawnTs(
  script: string,
  args: string[],
  env: Record<string, string> = {},
  options: { ipc?: boolean; nodeArgs?: string[]; tsx?: boolean; cpus?: string } = {},
): Child {
  const { ipc = false, nodeArgs = [], tsx = true, cpus } = options;
  const loader = tsx ? ['--import', 'tsx'] : [];
  const command = [process.execPath, ...nodeArgs, ...loader, script, ...args];
  // `taskset -c LIST` execs node on those CPUs (same pid), where the machine allows it.
  const pinned = cpus !== undefined && TASKSET ? ['taskset', '-c', cpus, ...command] : command;
  const child = spawn(pinned[0] as string, pinned.slice(1), {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'production', ...env },
    stdio: ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const waiters: { pattern: RegExp; resolve: (m: RegExpExecArray) => void }[] = [];
  const onData = (chunk: Buffer) => {
    out += chunk.toString();
    if (out.length > 65_536) out = out.slice(-32_768);
    for (const w of [...waiters]) {
      const m = w.pattern.exec(out);
      if (m) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(m);
      }
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    process: child,
    pid: child.pid ?? 0,
    output: () => out,
    exited,
    waitFor(pattern, timeoutMs = 30_000) {
      const m = pattern.exec(out);
      if (m) return Promise.resolve(m);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`timeout waiting for ${pattern} from ${script}:\n${out.slice(-2000)}`)),
          timeoutMs,
        );
        waiters.push({
          pattern,
          resolve: (match) => {
            clearTimeout(timer);
            resolve(match);
          },
        });
        void exited.then(() => {
          clearTimeout(timer);
          reject(new Error(`${script} exited:\n${out.slice(-2000)}`));
        });
      });
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** VmRSS and VmHWM (peak) of a process in MiB, from /proc. */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/** Polls `url` until it answers 200; returns ms since `since`. */
export async function waitForOk(url: string, since: number, timeoutMs = 30_000): Promise<number> {
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.status === 200) return performance.now() - since;
    } catch {
      // not listening yet
    }
    if (performance.now() - since > timeoutMs) throw new Error(`${url} not ready in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
