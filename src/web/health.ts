import type { Core } from '../core/create-core.js';
import type { DeliveryStats } from '../core/delivery/outbox-worker.js';
import type { Store } from '../core/ports.js';
import type { Mount } from './server.js';

export interface HealthSources {
  store: Store;
  core: Core;
  platforms: Record<string, string | boolean>;
  deliveryStats: () => DeliveryStats;
  startedAt: Date;
}

/** `/healthz` (database reachable, platforms configured) and `/metrics` (Prometheus text format). */
export function healthRoutes(sources: HealthSources): Mount {
  return (app) => {
    app.get('/healthz', (_req, res) => {
      let database = 'ok';
      try {
        sources.store.outbox.counts();
      } catch {
        database = 'error';
      }
      res
        .status(database === 'ok' ? 200 : 503)
        .json({ status: database === 'ok' ? 'ok' : 'degraded', database, platforms: sources.platforms });
    });

    app.get('/metrics', (_req, res) => {
      const counts = sources.store.outbox.counts();
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
        '# HELP kulturpuls_rate_limited_seconds_total Time platforms asked us to wait (HTTP 429 Retry-After).',
        '# TYPE kulturpuls_rate_limited_seconds_total counter',
        `kulturpuls_rate_limited_seconds_total ${stats.rateLimitedMs / 1000}`,
        '# HELP kulturpuls_open_pulses Pulses open now.',
        '# TYPE kulturpuls_open_pulses gauge',
        `kulturpuls_open_pulses ${sources.core.pulses.openPulses().length}`,
        '# HELP kulturpuls_uptime_seconds Seconds since start.',
        '# TYPE kulturpuls_uptime_seconds gauge',
        `kulturpuls_uptime_seconds ${Math.round((Date.now() - sources.startedAt.getTime()) / 1000)}`,
        '',
      ];
      res.type('text/plain; version=0.0.4').send(lines.join('\n'));
    });
  };
}
