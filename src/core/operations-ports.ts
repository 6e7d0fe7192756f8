// The storage ports of the operations side: audit log, monthly aggregates, shared results, duty leases (part of `Store`).

export interface AuditEntry {
  id: number;
  at: string;
  /** Person key of the admin, or null for the CLI / the system. */
  actorKey: string | null;
  action: string;
  details: Record<string, unknown>;
}

export interface AuditRepository {
  append(entry: Omit<AuditEntry, 'id'>): Promise<void>;
  /** Newest first. */
  recent(limit: number): Promise<AuditEntry[]>;
  /** The newest entry of this action, if any. */
  latest(action: string): Promise<AuditEntry | undefined>;
}

/**
 * What survives retention: per local month (of the pulse's close) × statement × sector (null = all
 * sectors), the number of answers, their sum and how many gave 1…5 (counts[0] is value 1).
 */
export interface MonthlyAggregate {
  month: string;
  questionId: string;
  sector: string | null;
  n: number;
  sum: number;
  counts: [number, number, number, number, number];
}

export interface AggregateRepository {
  /** Adds these sums to the stored ones (inserting new rows). */
  add(rows: MonthlyAggregate[]): Promise<void>;
  /** Months `from` ≤ month < `to` (`YYYY-MM`). */
  inMonths(from: string, to: string): Promise<MonthlyAggregate[]>;
}

/** Results of a closed pulse shared back to its channel (one row per closed pulse). */
export interface PulseResultsState {
  pulseId: string;
  dueAt: string;
  note: string | null;
  notedAt: string | null;
  sharedAt: string | null;
}

export interface PulseResultsRepository {
  /** Inserts unless the pulse already has a row; true when new. */
  create(pulseId: string, dueAt: string): Promise<boolean>;
  get(pulseId: string): Promise<PulseResultsState | undefined>;
  /** The lead's sentence; who wrote it is not kept (it speaks for the leads, and needs no erasure). */
  setNote(pulseId: string, note: string, at: string): Promise<void>;
  /** Not yet shared and either due or given a note. */
  readyToShare(now: string): Promise<PulseResultsState[]>;
  /** Marks it shared; false when another process already did. */
  markShared(pulseId: string, at: string): Promise<boolean>;
}

/** An imported benchmark file (the coordinator's, verified on import), by the month it is for. */
export interface StoredBenchmark {
  month: string;
  body: string;
  importedAt: string;
}

export interface BenchmarkRepository {
  /** Stores the month's file; an import for a month already there replaces it (the coordinator's correction). */
  save(benchmark: StoredBenchmark): Promise<void>;
  /** The benchmark of the latest month up to and including `month`. */
  latest(month: string): Promise<StoredBenchmark | undefined>;
}

/** A duty one replica at a time runs (retention, the scheduler's jobs): a lease that expires. */
export interface DutyLease {
  name: string;
  /** Raised on every takeover, so writes of a replica that lost the lease can be told apart. */
  token: number;
  until: string;
}

/** Leases for duties that must run once across replicas; a dead replica's lease simply runs out. */
export interface DutyRepository {
  /** Takes or renews `name` until `until` when it is free, expired or already ours; null when another holds it. */
  acquire(name: string, owner: string, until: string, now: string): Promise<{ token: number } | null>;
  /** Lets the lease go at once (a clean stop), keeping its token for the next holder. */
  release(name: string, owner: string): Promise<void>;
  /** The leases `owner` holds at `now`. */
  held(owner: string, now: string): Promise<DutyLease[]>;
}
