import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';

/**
 * Who holds an outbox lease: `host|pid|instance`. SQLite in WAL mode only works for processes on one
 * host (shared memory), so a lease of this host whose process is gone can be taken over at once
 * instead of after the lease times out; a lease of another host (or a live pid) simply expires.
 */
export interface WorkerIdentity {
  owner: string;
  /** True when the owner is certainly gone. */
  isDead(owner: string): boolean;
  release(): void;
}

// Workers alive in this process (tests run several apps in one process; each has its own instance).
const liveInstances = new Set<string>();

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

export function createWorkerIdentity(): WorkerIdentity {
  const host = hostname();
  const instance = randomUUID().slice(0, 8);
  liveInstances.add(instance);
  return {
    owner: `${host}|${process.pid}|${instance}`,
    isDead(owner) {
      const [ownerHost, pidText, ownerInstance] = owner.split('|');
      const pid = Number(pidText);
      if (ownerHost !== host || !Number.isInteger(pid) || pid <= 0 || !ownerInstance) return false;
      // The same pid is ours: a container restarted as pid 1 again. Then only our own instances live.
      if (pid === process.pid) return !liveInstances.has(ownerInstance);
      return !pidAlive(pid);
    },
    release: () => {
      liveInstances.delete(instance);
    },
  };
}
