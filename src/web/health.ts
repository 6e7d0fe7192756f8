import type { CoreServices } from '../core/create-core.js';
import type { DeliveryStats } from '../core/delivery/outbox-worker.js';
import type { DutyLease, Store } from '../core/ports.js';
import { settledWithin } from '../core/settled-within.js';
import type { Mount } from './server.js';

interface TickFailures {
  schedules: Readonly<Record<string, number>>;
  jobs: Readonly<Record<string, number>>;
}

export interface HealthSources {
  store: Store;
  core: CoreServices;
  platforms: Record<string, string | boolean>;
  deliveryStats: () => DeliveryStats;
  startedAt: Date;
  /** Failures counted by the scheduler tick, per schedule and per job. */
  tickFailures?: () => TickFailures;
  /** Each connected platform's own view of its connection (a plugin's `status()`), when it has one. */
  platformStatus?: () => Record<string, LinkStatus | undefined>;
  /** This replica's id and the once-per-cluster duties it holds now (the scheduler's leases). */
  duties?: () => Promise<{ replica: string; held: DutyLease[] }>;
  /** Why writes fail now (`disk full`), from the writes that failed and the free space: no write here. */
  writeProblem?: () => string | undefined;
}

/** A plugin's connection: connecting (retrying), connected, or error (a person must fix something). */
export interface LinkStatus {
  state: 'connecting' | 'connected' | 'error';
  detail?: string;
}

type Connectivity = 'ok' | 'error' | 'unknown';

/**
 * Platform connectivity from the last real call (no call per health check): `ok` when the last
 * send succeeded, `error` when it failed, `unknown` before the first send since start.
 */
function platformHealth(
  stats: DeliveryStats,
  platforms: Record<string, string | boolean>,
  links: Record<string, LinkStatus | undefined>,
) {
  const out: Record<string, { mode: string | boolean; connectivity: Connectivity; [key: string]: unknown }> =
    {};
  for (const [name, mode] of Object.entries(platforms)) {
    if (mode === 'off' || mode === false) continue;
    const contact = stats.platforms[name as keyof DeliveryStats['platforms']];
    const lastOk = contact?.lastOkAt ?? null;
    const lastError = contact?.lastErrorAt ?? null;
    const connectivity: Connectivity =
      !lastOk && !lastError ? 'unknown' : lastError && (!lastOk || lastError > lastOk) ? 'error' : 'ok';
    const link = links[name];
    out[name] = {
      mode,
      ...(link ? { state: link.state, ...(link.detail ? { detail: link.detail } : {}) } : {}),
      connectivity,
      lastOkAt: lastOk,
      ...(lastError ? { lastErrorAt: lastError, lastError: contact?.lastError } : {}),
    };
  }
  return out;
}

/** Label values in the Prometheus text format: backslash, quote and newline escaped. */
const label = (value: string) => value.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\n');

/** One counter with one label, a line per label value. */
function counterLines(
  name: string,
  help: string,
  labelName: string,
  values: Record<string, number>,
): string[] {
  return [
    `# HELP ${name} ${help}`,
    `# TYPE ${name} counter`,
    ...Object.entries(values).map(([value, n]) => `${name}{${labelName}="${label(value)}"} ${n}`),
  ];
}

function tickFailureLines(failures: TickFailures | undefined): string[] {
  if (!failures) return [];
  return [
    ...counterLines(
      'kulturpuls_schedule_failures_total',
      'Times a schedule failed in a scheduler tick (the others still ran).',
      'schedule',
      failures.schedules,
    ),
    ...counterLines(
      'kulturpuls_scheduler_job_failures_total',
      'Times a scheduler job (closing pulses, reminders, retention) failed.',
      'job',
      failures.jobs,
    ),
  ];
}

/** A nominee never asked: their nomination waits, and the nominator sees it in App Home. */
async function undeliveredConsents(store: Store): Promise<number> {
  const failed = await store.outbox.list({ status: 'failed', limit: 10_000 });
  return failed.filter((d) => d.payload.type === 'consent').length;
}

/** How long `/healthz` waits for the database before it says so: health answers at once either way. */
export const HEALTH_DATABASE_BUDGET_MS = 150;

type Probe = { database: 'ok' | 'unreachable'; duties: { replica?: string; duties?: DutyLease[] } };

/**
 * The database as `/healthz` sees it: one small read (and this replica's duty leases), never more than
 * one in flight, so a hung or locked database does not gather a queue of health checks on its pool.
 */
function databaseProbe(sources: HealthSources) {
  let pending: Promise<Probe> | undefined;
  const probe = async (): Promise<Probe> => {
    try {
      await sources.store.outbox.counts();
      const own = await sources.duties?.();
      return { database: 'ok', duties: own ? { replica: own.replica, duties: own.held } : {} };
    } catch {
      return { database: 'unreachable', duties: {} };
    }
  };
  return async (): Promise<Probe | undefined> => {
    pending ??= probe().finally(() => {
      pending = undefined;
    });
    return settledWithin(pending, HEALTH_DATABASE_BUDGET_MS);
  };
}

/** `/healthz` (database and platform connectivity) and `/metrics` (Prometheus text format). */
export function healthRoutes(sources: HealthSources): Mount {
  const probeDatabase = databaseProbe(sources);
  return (app) => {
    app.get('/healthz', async (_req, res) => {
      const probe = await probeDatabase();
      // Still waiting after the budget: the database is locked, overloaded or hung. Health says so now
      // (degraded, 200: a restart would not help); once the read fails it says unreachable (503).
      let database: string = probe?.database ?? 'slow';
      const duties = probe?.duties ?? {};
      // Reads work on a full disk while every vote fails: health reports what people get.
      const writeProblem = database !== 'unreachable' ? sources.writeProblem?.() : undefined;
      if (writeProblem) database = 'failing';
      const platforms = platformHealth(
        sources.deliveryStats(),
        sources.platforms,
        sources.platformStatus?.() ?? {},
      );
      const platformDown = Object.values(platforms).some(
        (p) => p.connectivity === 'error' || (p.state !== undefined && p.state !== 'connected'),
      );
      const down = database === 'unreachable' || writeProblem !== undefined;
      const status = down ? 'down' : database === 'slow' || platformDown ? 'degraded' : 'ok';
      // 503 only when the database is gone or takes no writes: a platform outage is retried by the outbox, not a restart.
      res.setHeader('Cache-Control', 'no-store');
      res.status(down ? 503 : 200).json({
        status,
        database,
        ...(writeProblem ? { databaseError: writeProblem } : {}),
        ...duties,
        platforms,
      });
    });

    app.get('/metrics', async (_req, res) => {
      const counts = await sources.store.outbox.counts();
      const openPulses = (await sources.core.pulses.openPulses()).length;
      const undelivered = await undeliveredConsents(sources.store);
      const stats = sources.deliveryStats();
      const lines = [
        '# HELP kulturpuls_outbox_deliveries Deliveries in the outbox by status.',
        '# TYPE kulturpuls_outbox_deliveries gauge',
        ...Object.entries(counts).map(
          ([status, n]) => `kulturpuls_outbox_deliveries{status="${status}"} ${n}`,
        ),
        '# HELP kulturpuls_deliveries_total Delivery attempts by this process by outcome.',
        '# TYPE kulturpuls_deliveries_total counter',
        `kulturpuls_deliveries_total{outcome="sent"} ${stats.sent}`,
        `kulturpuls_deliveries_total{outcome="retried"} ${stats.retried}`,
        `kulturpuls_deliveries_total{outcome="failed"} ${stats.failed}`,
        `kulturpuls_deliveries_total{outcome="recovered"} ${stats.recovered}`,
        `kulturpuls_deliveries_total{outcome="assumed_sent"} ${stats.assumedSent}`,
        `kulturpuls_deliveries_total{outcome="fenced"} ${stats.fenced}`,
        '# HELP kulturpuls_delivery_retries_total Retries by error code.',
        '# TYPE kulturpuls_delivery_retries_total counter',
        ...Object.entries(stats.retriedByCode).map(
          ([code, n]) => `kulturpuls_delivery_retries_total{code="${code.replace(/[^\w.-]/g, '_')}"} ${n}`,
        ),
        '# HELP kulturpuls_delivery_backoff_seconds_total Time waited before retries (backoff and Retry-After).',
        '# TYPE kulturpuls_delivery_backoff_seconds_total counter',
        `kulturpuls_delivery_backoff_seconds_total ${stats.backoffMs / 1000}`,
        '# HELP kulturpuls_rate_limited_seconds_total Time platforms asked us to wait (HTTP 429 Retry-After).',
        '# TYPE kulturpuls_rate_limited_seconds_total counter',
        `kulturpuls_rate_limited_seconds_total ${stats.rateLimitedMs / 1000}`,
        '# HELP kulturpuls_open_pulses Pulses open now.',
        '# TYPE kulturpuls_open_pulses gauge',
        `kulturpuls_open_pulses ${openPulses}`,
        ...tickFailureLines(sources.tickFailures?.()),
        '# HELP kulturpuls_consent_requests_undelivered Consent requests to nominees that failed for good.',
        '# TYPE kulturpuls_consent_requests_undelivered gauge',
        `kulturpuls_consent_requests_undelivered ${undelivered}`,
        '# HELP kulturpuls_uptime_seconds Seconds since start.',
        '# TYPE kulturpuls_uptime_seconds gauge',
        `kulturpuls_uptime_seconds ${Math.round((Date.now() - sources.startedAt.getTime()) / 1000)}`,
        '',
      ];
      res.type('text/plain; version=0.0.4').send(lines.join('\n'));
    });
  };
}
