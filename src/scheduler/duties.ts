import { hostname } from 'node:os';
import type { DutyLease, DutyRepository } from '../core/ports.js';

/**
 * How long a duty stays with the replica that took it. The tick renews it every minute, so a live
 * holder keeps it; a replica that dies (kill -9, lost host) hands it on once this has passed.
 */
const DUTY_LEASE_MS = 5 * 60_000;

/** The duties of a tick that must run once across replicas (schedules need none: their occurrence key is unique). */
const DUTIES = ['housekeeping', 'retention'] as const;
export type Duty = (typeof DUTIES)[number];

/** `KULTURPULS_REPLICA_ID`, or host name and process id: what `/healthz` and the lease table show. */
export function replicaId(configured?: string): string {
  return configured?.trim() || `${hostname()}:${process.pid}`;
}

export interface DutyOptions {
  repository: DutyRepository;
  owner?: string;
}

/** Runs a duty only while this replica holds its lease; without a repository (one process) always. */
export function createDuties(options: DutyOptions | undefined) {
  const owner = options?.owner ?? replicaId();
  const repo = options?.repository;
  return {
    owner,
    /** True when this replica holds (took or renewed) the duty's lease at `now`. */
    async take(duty: Duty, now: Date): Promise<boolean> {
      if (!repo) return true;
      const until = new Date(now.getTime() + DUTY_LEASE_MS).toISOString();
      return (await repo.acquire(duty, owner, until, now.toISOString())) !== null;
    },
    async held(now: Date): Promise<DutyLease[]> {
      return repo ? repo.held(owner, now.toISOString()) : [];
    },
    /** A clean stop hands the duties on at once instead of after the lease runs out. */
    async releaseAll(): Promise<void> {
      if (!repo) return;
      for (const duty of DUTIES) await repo.release(duty, owner);
    },
  };
}

export type Duties = ReturnType<typeof createDuties>;
